// SPDX-License-Identifier: GPL-3.0-or-later
#include "curve_data.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace actviz::ui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/// Beyond this, pixel transforms overflow; distances are measured on clamped values.
constexpr double kClamp = 1e200;

double clamped(double v) {
    return std::clamp(v, -kClamp, kClamp);
}

/// Pixel length of the step from point a to point b (both finite), capped so sums stay finite.
double stepLength(double xa, double ya, double xb, double yb, PixelScale s) {
    const double dx = std::clamp((xb - xa) * s.sx, -1e6, 1e6);
    const double dy = std::clamp((clamped(yb) - clamped(ya)) * s.sy, -1e6, 1e6);
    // Both at most 1e6 pixels: the plain formula cannot overflow (std::hypot guards against
    // that at several times the cost, once per sample of every drag step).
    return std::sqrt(dx * dx + dy * dy);
}

/// Adds x between the grid points where a step is longer than `maxStep` pixels.
void refine(const std::vector<double>& grid, const std::vector<double>& y, PixelScale s,
            double maxStep, int maxExtraPerStep, std::vector<double>& out) {
    out.clear();
    out.reserve(grid.size());
    for (std::size_t i = 0; i < grid.size(); ++i) {
        if (i > 0 && std::isfinite(y[i]) && std::isfinite(y[i - 1])) {
            const double length = stepLength(grid[i - 1], y[i - 1], grid[i], y[i], s);
            const int extra =
                std::min(maxExtraPerStep, static_cast<int>(std::ceil(length / maxStep)) - 1);
            for (int k = 1; k <= extra; ++k) {
                const double x =
                    std::lerp(grid[i - 1], grid[i], static_cast<double>(k) / (extra + 1));
                if (x > out.back() && x < grid[i]) out.push_back(x);
            }
        }
        out.push_back(grid[i]);
    }
}

/// Replaces (k, value at k) by (k, left limit), a gap, (k, right limit) where the quantity jumps
/// by half a pixel or more at a kink k, and the value at k by the limit where only it differs.
void breakAtJumps(const std::vector<double>& x, std::vector<double>& y,
                  std::span<const double> kinks, double sy, const Evaluate& evaluate,
                  SampledLine& out) {
    out.x.clear();
    out.y.clear();
    std::size_t copied = 0;
    // A kink at an end of the range draws the limit from inside the range there: the value at
    // the kink itself (PyTorch's convention, e.g. hardsigmoid'(-3) = 0) would hang a connector
    // from the edge.
    std::vector<double> ends;
    for (double k : kinks) {
        if (x.size() < 2 || (k != x.front() && k != x.back())) continue;
        const double inside = std::nextafter(k, k == x.front() ? kClamp : -kClamp);
        double limit = 0.0;
        evaluate(std::span<const double>(&inside, 1), std::span<double>(&limit, 1));
        ends.push_back(limit);
    }
    const bool atEnds = !ends.empty();
    for (double k : kinks) {
        const auto it = std::lower_bound(x.begin(), x.end(), k);
        if (it == x.begin() || it == x.end() || *it != k || it + 1 == x.end()) continue;
        const auto j = static_cast<std::size_t>(it - x.begin());
        if (j < copied) continue;
        const double xs[2] = {std::nextafter(k, -kClamp), std::nextafter(k, kClamp)};
        double side[2] = {0.0, 0.0};
        evaluate(std::span<const double>(xs), std::span<double>(side));
        if (!std::isfinite(side[0]) || !std::isfinite(side[1])) continue;
        if (std::fabs(clamped(side[1]) - clamped(side[0])) * sy < 0.5) {
            // No jump, but a value of its own at the kink (two definitions whose derivatives
            // differ there only): the line goes through the limit, not up to the point and back.
            if (std::isfinite(y[j]) && std::fabs(clamped(y[j]) - clamped(side[0])) * sy >= 0.5)
                y[j] = side[0];
            continue;
        }
        out.x.insert(out.x.end(), x.begin() + static_cast<std::ptrdiff_t>(copied), it);
        out.y.insert(out.y.end(), y.begin() + static_cast<std::ptrdiff_t>(copied),
                     y.begin() + static_cast<std::ptrdiff_t>(j));
        out.x.insert(out.x.end(), {k, k, k});
        out.y.insert(out.y.end(), {side[0], kNaN, side[1]});
        copied = j + 1;
    }
    out.x.insert(out.x.end(), x.begin() + static_cast<std::ptrdiff_t>(copied), x.end());
    out.y.insert(out.y.end(), y.begin() + static_cast<std::ptrdiff_t>(copied), y.end());
    if (!atEnds) return;
    std::size_t e = 0;
    for (double k : kinks) {
        if (x.size() < 2 || (k != x.front() && k != x.back())) continue;
        out.y[k == x.front() ? 0 : out.y.size() - 1] = ends[e++];
    }
}

} // namespace

bool Dashes::gapAt(double s) const {
    const double p = period();
    if (p <= 0.0) return false;
    const double t = std::fmod(s, p);
    if (t < on) return false;
    if (t < on + off) return true;
    return !(t < on + off + on2);
}

double Dashes::shortest() const {
    double m = std::numeric_limits<double>::infinity();
    for (double part : {on, off, on2, off2})
        if (part > 0.0) m = std::min(m, part);
    return m;
}

void sampleLine(const std::vector<double>& grid, std::span<const double> values,
                const Evaluate& evaluate, std::span<const double> kinks, PixelScale scale,
                const Dashes& dashes, SampledLine& out, int maxExtraPerStep) {
    std::vector<double> y(values.begin(), values.end());
    if (y.size() != grid.size()) {
        y.resize(grid.size());
        evaluate(grid, y);
    }
    const std::vector<double>* xs = &grid;
    std::vector<double> refined;
    if (dashes.period() > 0.0) {
        refine(grid, y, scale, dashes.shortest() / 2.0, maxExtraPerStep, refined);
        if (refined.size() != grid.size()) {
            y.resize(refined.size());
            evaluate(refined, y);
            xs = &refined;
        }
    }
    breakAtJumps(*xs, y, kinks, scale.sy, evaluate, out);
    if (dashes.period() <= 0.0) return;
    double arc = 0.0;
    double previous = kNaN; // the value before dashing: gaps cut by the pattern still count
    for (std::size_t i = 0; i < out.x.size(); ++i) {
        const double v = out.y[i];
        if (i > 0 && std::isfinite(v) && std::isfinite(previous))
            arc += stepLength(out.x[i - 1], previous, out.x[i], v, scale);
        previous = v;
        if (std::isfinite(v) && dashes.gapAt(arc)) out.y[i] = kNaN;
    }
}

} // namespace actviz::ui
