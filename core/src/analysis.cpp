// SPDX-License-Identifier: GPL-3.0-or-later
// Properties over a view interval, computed from the kernels on a dense grid and refined where a
// location matters (minima by bisection on f').

#include "actviz/core/analysis.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace actviz::core {
namespace {

constexpr std::size_t kGridPoints = 4001;

/// Bisects f' between lo (f' < 0) and hi (f' > 0) down to adjacent doubles.
double refineMinimum(const FunctionSpec& fn, std::span<const double> params, double lo, double hi) {
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * lo + 0.5 * hi;
        if (mid <= lo || mid >= hi) break;
        if (fn.df(mid, params) < 0.0)
            lo = mid;
        else
            hi = mid;
    }
    return fn.f(lo, params) <= fn.f(hi, params) ? lo : hi;
}

Smoothness smoothnessAt(const FunctionSpec& fn, std::span<const double> params, double k) {
    const double d = 1e-12 * std::max(1.0, std::fabs(k));
    const double fl = fn.f(k - d, params), fr = fn.f(k + d, params);
    const double dl = fn.df(k - d, params), dr = fn.df(k + d, params);
    const double allowed =
        4.0 * d * (std::fabs(dl) + std::fabs(dr)) + 1e-14 * (1.0 + std::fabs(fn.f(k, params)));
    if (std::fabs(fr - fl) > allowed) return Smoothness::Discontinuous;
    if (std::fabs(dr - dl) > 1e-6 * (1.0 + std::fabs(dl))) return Smoothness::Continuous;
    return Smoothness::C1;
}

} // namespace

std::string smoothnessName(Smoothness s) {
    switch (s) {
    case Smoothness::Smooth:
        return "C-infinity";
    case Smoothness::C1:
        return "C1";
    case Smoothness::Continuous:
        return "C0";
    case Smoothness::Discontinuous:
        return "discontinuous";
    }
    return {};
}

std::optional<Properties> analyse(const FunctionSpec& fn, std::span<const double> params, double a,
                                  double b) {
    if (fn.validate(params) || !std::isfinite(a) || !std::isfinite(b) || !(a < b))
        return std::nullopt;
    Properties p{};
    p.f0 = fn.f(0.0, params);
    p.df0 = fn.df(0.0, params);

    const std::vector<double> allKinks = fn.kinks(params);
    std::vector<double> xs;
    sampleGrid(a, b, kGridPoints, allKinks, xs);
    std::vector<double> f(xs.size()), df(xs.size());
    fn.evaluate(xs, params, f, df);

    p.minValue = std::numeric_limits<double>::infinity();
    p.maxValue = -std::numeric_limits<double>::infinity();
    bool up = true, down = true;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (!std::isnan(f[i])) {
            p.minValue = std::min(p.minValue, f[i]);
            p.maxValue = std::max(p.maxValue, f[i]);
        }
        if (df[i] < 0.0) up = false;
        if (df[i] > 0.0) down = false;
        if (i > 0 && f[i] < f[i - 1]) up = false;
        if (i > 0 && f[i] > f[i - 1]) down = false;
    }
    p.monotonic = up ? 1 : (down ? -1 : 0);

    for (double k : allKinks)
        if (k >= a && k <= b) p.kinks.push_back(k);
    auto isKink = [&](double x) { return std::binary_search(p.kinks.begin(), p.kinks.end(), x); };

    // Minima: f' goes from negative to positive, between two samples or across a kink.
    for (std::size_t i = 0; i + 1 < xs.size(); ++i) {
        if (!(df[i] < 0.0)) continue;
        std::size_t j = i + 1;
        while (j < xs.size() && df[j] == 0.0 && !isKink(xs[j]))
            ++j;
        if (j >= xs.size() || !(df[j] > 0.0)) continue;
        double x;
        if (isKink(xs[j]) && j + 1 < xs.size())
            x = xs[j];
        else if (isKink(xs[i + 1]))
            x = xs[i + 1];
        else
            x = refineMinimum(fn, params, xs[i], xs[j]);
        if (x > a && x < b) p.minima.push_back({x, fn.f(x, params)});
    }

    // Zero-centred: f(0) = 0 and f odd on the part of the view symmetric about 0.
    const double scale = std::max(std::fabs(p.minValue), std::fabs(p.maxValue));
    if (a < 0.0 && b > 0.0 && std::fabs(p.f0) <= 1e-12 * std::max(1.0, scale)) {
        const double l = std::min(-a, b);
        bool odd = true;
        for (int i = 1; i <= 200 && odd; ++i) {
            const double x = l * i / 200.0;
            odd = std::fabs(fn.f(x, params) + fn.f(-x, params)) <= 1e-9 * std::max(1.0, scale);
        }
        p.zeroCentred = odd;
    }

    // Saturation: maximal runs of samples with |f'| below the threshold.
    for (std::size_t i = 0; i < xs.size();) {
        if (!(std::fabs(df[i]) < kSaturation)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < xs.size() && std::fabs(df[j + 1]) < kSaturation)
            ++j;
        const bool reachesEnd = i == 0 || j + 1 == xs.size();
        (reachesEnd ? p.saturated : p.stationary).push_back({xs[i], xs[j]});
        i = j + 1;
    }

    p.smoothness = Smoothness::Smooth;
    for (double k : allKinks) {
        const Smoothness s = smoothnessAt(fn, params, k);
        if (static_cast<int>(s) > static_cast<int>(p.smoothness)) p.smoothness = s;
    }
    return p;
}

} // namespace actviz::core
