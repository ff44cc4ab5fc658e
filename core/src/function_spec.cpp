// SPDX-License-Identifier: GPL-3.0-or-later
// FunctionSpec's methods: validation and the checked entry points around the raw kernels.

#include "actviz/core/catalogue.h"
#include "actviz/core/formula_program.h"
#include "actviz/core/parallel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace actviz::core {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Below this many points a batch runs on the calling thread (a window's curve is a few
/// thousand points); above it, the work is split across the hardware threads, as PyTorch does
/// for its element-wise kernels. Every element is computed on its own, so the results are the
/// same either way.
constexpr std::size_t kParallelThreshold = std::size_t{1} << 16;

/// Runs work(begin, end) over [0, n), in contiguous chunks on the pool (see parallel.h).
template <class Work> void forChunks(std::size_t n, Work work) {
    if (n < kParallelThreshold) {
        work(std::size_t{0}, n);
        return;
    }
    parallelFor(n, kParallelThreshold / 2, work);
}

} // namespace

std::vector<double> FunctionSpec::defaults() const {
    std::vector<double> v;
    v.reserve(params.size());
    for (const ParamSpec& p : params)
        v.push_back(p.defaultValue);
    return v;
}

std::optional<std::size_t> FunctionSpec::paramIndex(std::string_view paramId) const {
    for (std::size_t i = 0; i < params.size(); ++i)
        if (params[i].id == paramId) return i;
    return std::nullopt;
}

std::vector<std::size_t> FunctionSpec::learnableParams() const {
    std::vector<std::size_t> v;
    for (std::size_t i = 0; i < params.size(); ++i)
        if (params[i].learnable) v.push_back(i);
    return v;
}

std::optional<std::string> FunctionSpec::validate(std::span<const double> values) const {
    if (values.size() != params.size()) {
        return std::string(id) + " takes " + std::to_string(params.size()) + " parameter" +
               (params.size() == 1 ? "" : "s") + ", got " + std::to_string(values.size());
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (auto why = params[i].check(values[i])) return std::string(id) + "." + *why;
    }
    if (crossCheck != nullptr) return crossCheck(values.data());
    return std::nullopt;
}

double FunctionSpec::f(double x, std::span<const double> values) const {
    double out = kNaN;
    evaluate(std::span(&x, 1), values, std::span(&out, 1), {});
    return out;
}

double FunctionSpec::df(double x, std::span<const double> values) const {
    double out = kNaN;
    evaluate(std::span(&x, 1), values, {}, std::span(&out, 1));
    return out;
}

double FunctionSpec::grad(double x, std::span<const double> values, std::size_t param) const {
    double out = kNaN;
    gradient(std::span(&x, 1), values, param, std::span(&out, 1));
    return out;
}

void FunctionSpec::evaluate(std::span<const double> x, std::span<const double> values,
                            std::span<double> fOut, std::span<double> dfOut) const {
    double* f = fOut.size() >= x.size() ? fOut.data() : nullptr;
    double* d = dfOut.size() >= x.size() ? dfOut.data() : nullptr;
    if (validate(values)) {
        if (f != nullptr) std::fill_n(f, x.size(), kNaN);
        if (d != nullptr) std::fill_n(d, x.size(), kNaN);
        return;
    }
    if (program != nullptr) {
        forChunks(x.size(), [&](std::size_t b, std::size_t e) {
            program->evaluate(x.subspan(b, e - b), values.data(), f ? f + b : nullptr,
                              d ? d + b : nullptr);
        });
        return;
    }
    forChunks(x.size(), [&](std::size_t b, std::size_t e) {
        evalKernel(x.subspan(b, e - b), values.data(), f ? f + b : nullptr, d ? d + b : nullptr);
    });
}

void FunctionSpec::gradient(std::span<const double> x, std::span<const double> values,
                            std::size_t param, std::span<double> out) const {
    if (out.size() < x.size()) return;
    if (param >= params.size() || !params[param].learnable || validate(values)) {
        std::fill_n(out.data(), x.size(), kNaN);
        return;
    }
    if (program != nullptr) {
        forChunks(x.size(), [&](std::size_t b, std::size_t e) {
            program->gradient(x.subspan(b, e - b), values.data(), param, out.data() + b);
        });
        return;
    }
    forChunks(x.size(), [&](std::size_t b, std::size_t e) {
        gradKernel(x.subspan(b, e - b), values.data(), param, out.data() + b);
    });
}

std::vector<double> FunctionSpec::kinks(std::span<const double> values) const {
    if (validate(values)) return {};
    std::vector<double> k =
        program != nullptr ? program->kinks(values.data()) : kinkFn(values.data());
    std::erase_if(k, [](double v) { return !std::isfinite(v); });
    std::sort(k.begin(), k.end());
    k.erase(std::unique(k.begin(), k.end()), k.end());
    return k;
}

} // namespace actviz::core
