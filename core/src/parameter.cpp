// SPDX-License-Identifier: GPL-3.0-or-later
// Parameter domains, their messages, and the number syntax shared by the command line and files.

#include "actviz/core/parameter.h"

#include <cctype>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdlib>

namespace actviz::core {

bool Domain::contains(double v) const {
    if (std::isnan(v)) return false;
    const bool aboveLo = loInclusive ? v >= lo : v > lo;
    const bool belowHi = hiInclusive ? v <= hi : v < hi;
    if (!aboveLo || !belowHi) return false;
    if (integer && std::isfinite(v) && v != std::floor(v)) return false;
    if (nonZero && v == 0.0) return false;
    return true;
}

std::string Domain::describe() const {
    const bool loBound = std::isfinite(lo);
    const bool hiBound = std::isfinite(hi);
    // "a number > 0" would take inf: say finite unless an infinity is in the domain.
    const bool infinite = (!hiBound && hiInclusive) || (!loBound && loInclusive);
    std::string s = integer ? "an integer" : infinite ? "a number" : "a finite number";
    if (loBound) s += (loInclusive ? " >= " : " > ") + formatNumber(lo);
    if (loBound && hiBound) s += " and";
    if (hiBound) s += (hiInclusive ? " <= " : " < ") + formatNumber(hi);
    if (!loBound && !hiBound && !integer) s = "a finite number";
    if (nonZero) s += " other than 0";
    if (!hiBound && hiInclusive) s += " (or inf)";
    return s;
}

std::optional<std::string> ParamSpec::check(double v) const {
    if (domain.contains(v)) return std::nullopt;
    return std::string(id) + " must be " + domain.describe() + ", got " + formatNumber(v);
}

std::optional<double> parseNumber(std::string_view text) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && blank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && blank(text.back()))
        text.remove_suffix(1);
    if (text.empty()) return std::nullopt;
    bool negative = false;
    if (text.front() == '+' || text.front() == '-') {
        negative = text.front() == '-';
        text.remove_prefix(1);
        if (text.empty() || text.front() == '+' || text.front() == '-') return std::nullopt;
    }
    double v = 0.0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, v, std::chars_format::general);
    if (ptr != end) return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        // Beyond the double range: round as IEEE does (to inf, or to 0), whatever the locale.
        static const locale_t cLocale = newlocale(LC_ALL_MASK, "C", locale_t{});
        const std::string copy(text);
        v = strtod_l(copy.c_str(), nullptr, cLocale);
    } else if (ec != std::errc{}) {
        return std::nullopt;
    }
    return negative ? -v : v;
}

namespace {

/// "1e+06" -> "1e6", "4.3e-09" -> "4.3e-9".
std::string compactExponent(std::string s) {
    if (const auto e = s.find('e'); e != std::string::npos) {
        std::string mant = s.substr(0, e);
        std::string exp = s.substr(e + 1);
        const bool neg = !exp.empty() && exp[0] == '-';
        if (!exp.empty() && (exp[0] == '+' || exp[0] == '-')) exp.erase(0, 1);
        while (exp.size() > 1 && exp[0] == '0')
            exp.erase(0, 1);
        s = mant + "e" + (neg ? "-" : "") + exp;
    }
    return s;
}

} // namespace

std::string formatNumber(double v) {
    if (std::isnan(v)) return "nan";
    char buf[64];
    // The shortest digits that read back as v (0.1, not 0.10000000000000001).
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc{} ? compactExponent(std::string(buf, ptr)) : std::string("nan");
}

std::string formatShort(double v, int digits) {
    if (std::isnan(v)) return "nan";
    char buf[64];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, digits);
    if (ec != std::errc{}) return "nan";
    // Shorter in legends and messages.
    return compactExponent(std::string(buf, ptr));
}

} // namespace actviz::core
