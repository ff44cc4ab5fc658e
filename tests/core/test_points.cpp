// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_points.h"

#include "actviz/core/parameter.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace actviz::test {
namespace {

void addKinkNeighbours(const std::vector<double>& kinks, std::vector<double>& out) {
    for (double k : kinks) {
        out.push_back(k);
        out.push_back(std::nextafter(k, -INFINITY));
        out.push_back(std::nextafter(k, INFINITY));
        const double s = std::max(1.0, std::fabs(k));
        for (double d : {1e-12, 1e-6, 1e-3}) {
            out.push_back(k - d * s);
            out.push_back(k + d * s);
        }
    }
}

} // namespace

std::vector<ParamSet> parameterSets(const core::FunctionSpec& fn) {
    std::vector<ParamSet> sets{{"defaults", fn.defaults()}};
    for (std::size_t i = 0; i < fn.params.size(); ++i) {
        const core::ParamSpec& p = fn.params[i];
        const double mid = p.scale == core::Scale::Log ? std::sqrt(p.sliderMin * p.sliderMax)
                                                       : 0.5 * (p.sliderMin + p.sliderMax);
        for (double v : {p.sliderMin, mid, p.sliderMax}) {
            if (p.domain.integer) v = std::round(v);
            std::vector<double> values = fn.defaults();
            values[i] = v;
            if (v == p.defaultValue || fn.validate(values)) continue;
            sets.push_back({std::string(p.id) + "=" + core::formatShort(v, 17), values});
        }
    }
    return sets;
}

std::vector<double> extremePoints(const std::vector<double>& kinks) {
    constexpr double kMax = std::numeric_limits<double>::max();
    std::vector<double> xs{0.0,    -0.0,   5e-324, 2.2250738585072014e-308,
                           1e-310, 1e-300, 1e-200, 1e-100,
                           1e-20,  1e-16,  1e-8,   1e-4,
                           0.1,    0.5,    0.75,   1.0,
                           1.5,    2.0,    3.0,    5.0,
                           6.0,    10.0,   19.0,   20.0,
                           21.0,   26.0,   30.0,   36.0,
                           37.0,   38.0,   40.0,   50.0,
                           100.0,  300.0,  700.0,  708.0,
                           709.0,  709.78, 710.0,  740.0,
                           745.0,  746.0,  800.0,  1e4,
                           1e6,    1e10,   1e20,   1e100,
                           1e154,  1e155,  1e200,  1e300,
                           1e307,  kMax};
    const std::size_t n = xs.size();
    for (std::size_t i = 0; i < n; ++i)
        xs.push_back(-xs[i]);
    // A log-spaced sweep with irregular mantissas, both signs.
    for (double e = -320.0; e <= 308.0; e += 0.731) {
        xs.push_back(std::pow(10.0, e));
        xs.push_back(-std::pow(10.0, e));
    }
    for (double x = -40.0; x <= 40.0; x += 0.37)
        xs.push_back(x);
    addKinkNeighbours(kinks, xs);
    xs.push_back(INFINITY);
    xs.push_back(-INFINITY);
    return xs;
}

std::vector<double> ordinaryPoints(const std::vector<double>& kinks) {
    std::vector<double> xs;
    for (int i = 0; i <= 2000; ++i)
        xs.push_back(-10.0 + i * 0.0099987654321);
    for (double x = -10.0; x <= 10.0; x += 0.25)
        xs.push_back(x);
    addKinkNeighbours(kinks, xs);
    std::erase_if(xs, [](double x) { return std::fabs(x) > 10.0; });
    return xs;
}

bool nearKink(double x, const std::vector<double>& kinks, double gap) {
    return std::any_of(kinks.begin(), kinks.end(), [&](double k) {
        return std::fabs(x - k) <= gap * std::max(1.0, std::fabs(k));
    });
}

} // namespace actviz::test
