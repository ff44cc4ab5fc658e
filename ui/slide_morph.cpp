// SPDX-License-Identifier: GPL-3.0-or-later
#include "slide_morph.h"

#include "actviz/core/catalogue.h"

#include <cmath>

namespace actviz::ui {
namespace {

double linear(double a, double b, double t) {
    if (!std::isfinite(a) || !std::isfinite(b)) return t < 1.0 ? a : b; // an infinite threshold
    return std::lerp(a, b, t);
}

/// Between two values of one sign, by a constant factor; linearly otherwise.
double geometric(double a, double b, double t) {
    if (a > 0 && b > 0 && std::isfinite(a) && std::isfinite(b))
        return t >= 1.0 ? b : a * std::pow(b / a, t);
    if (a < 0 && b < 0) return -geometric(-a, -b, t);
    return linear(a, b, t);
}

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(linear(a.redF(), b.redF(), t)),
                            static_cast<float>(linear(a.greenF(), b.greenF(), t)),
                            static_cast<float>(linear(a.blueF(), b.blueF(), t)));
}

/// One axis range: its centre moves linearly and its width by a constant factor, so a zoom by 10
/// looks like a steady zoom.
void range(double a0, double a1, double b0, double b1, double t, double& lo, double& hi) {
    const double centre = linear((a0 + a1) / 2, (b0 + b1) / 2, t);
    const double half = geometric((a1 - a0) / 2, (b1 - b0) / 2, t);
    lo = t >= 1.0 ? b0 : centre - half;
    hi = t >= 1.0 ? b1 : centre + half;
    if (!(lo < hi)) { // rounding at extreme ranges: the nearer end's
        lo = t < 0.5 ? a0 : b0;
        hi = t < 0.5 ? a1 : b1;
    }
}

} // namespace

bool canMorph(const Scene& from, const Scene& to) {
    if (from.curves.size() != to.curves.size() || from.depth.shown != to.depth.shown ||
        from.softmax.shown != to.softmax.shown)
        return false;
    for (std::size_t i = 0; i < from.curves.size(); ++i)
        if (from.curves[i].function != to.curves[i].function ||
            from.curves[i].flavor != to.curves[i].flavor)
            return false;
    return true;
}

std::optional<Scene> morphScene(const Scene& from, const Scene& to, double t) {
    if (!canMorph(from, to)) return std::nullopt;
    t = std::clamp(t, 0.0, 1.0);
    Scene s = to;
    for (std::size_t i = 0; i < s.curves.size(); ++i) {
        Curve& c = s.curves[i];
        const Curve& a = from.curves[i];
        for (std::size_t p = 0; p < c.params.size(); ++p)
            c.params[p] = c.function->params[p].scale == core::Scale::Log
                              ? geometric(a.params[p], to.curves[i].params[p], t)
                              : linear(a.params[p], to.curves[i].params[p], t);
        // A value between two valid ones can be invalid where the domain has a hole (SMU-1's μ
        // from -1 to 1 passes 0): such a curve takes the next slide's values at once.
        if (c.function->validate(c.params)) c.params = to.curves[i].params;
        c.color = mix(a.color, c.color, t);
    }
    range(from.view.xMin, from.view.xMax, to.view.xMin, to.view.xMax, t, s.view.xMin, s.view.xMax);
    range(from.view.yMin, from.view.yMax, to.view.yMin, to.view.yMax, t, s.view.yMin, s.view.yMax);
    if (from.tangents.size() == to.tangents.size())
        for (std::size_t k = 0; k < s.tangents.size(); ++k)
            if (from.tangents[k].curve == to.tangents[k].curve)
                s.tangents[k].x0 = linear(from.tangents[k].x0, to.tangents[k].x0, t);
    s.depth.weight = linear(from.depth.weight, to.depth.weight, t);
    s.depth.input = linear(from.depth.input, to.depth.input, t);
    s.depth.layers = static_cast<int>(std::lround(linear(from.depth.layers, to.depth.layers, t)));
    if (from.softmax.logits.size() == to.softmax.logits.size())
        for (std::size_t k = 0; k < s.softmax.logits.size(); ++k)
            s.softmax.logits[k] = linear(from.softmax.logits[k], to.softmax.logits[k], t);
    s.softmax.temperature = geometric(from.softmax.temperature, to.softmax.temperature, t);
    return s;
}

} // namespace actviz::ui
