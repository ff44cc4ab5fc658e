// SPDX-License-Identifier: GPL-3.0-or-later
// Reference definitions at 50 digits. Each is the textbook formula, rewritten only where even 50
// digits would cancel completely (tails of sigmoid', tanh', 1 + erf, x - tanh x near 0).

#include "reference.h"

#include <boost/math/special_functions/erf.hpp>
#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/log1p.hpp>

#include <cmath>
#include <functional>
#include <map>
#include <string>

namespace actviz::test {
namespace {

using boost::multiprecision::abs;
using boost::multiprecision::exp;
using boost::multiprecision::sqrt;
using P = std::vector<double>;
using Fn = std::function<RefValue(const Real&, const P&)>;

const Real kPi = boost::math::constants::pi<Real>();

Real expm1r(const Real& x) {
    return boost::math::expm1(x);
}
Real log1pr(const Real& x) {
    return boost::math::log1p(x);
}
Real erfcr(const Real& x) {
    return boost::math::erfc(x);
}

Real sig(const Real& t) {
    if (t >= 0) return 1 / (1 + exp(-t));
    const Real e = exp(t);
    return e / (1 + e);
}
Real dsig(const Real& t) {
    const Real e = exp(-abs(t));
    return e / ((1 + e) * (1 + e));
}
Real softplusR(const Real& t) {
    return (t > 0 ? t : Real(0)) + log1pr(exp(-abs(t)));
}
Real tanhR(const Real& x) {
    const Real em = expm1r(-2 * abs(x));
    const Real t = -em / (2 + em);
    return x < 0 ? Real(-t) : t;
}
Real sech2R(const Real& x) {
    const Real e = exp(-2 * abs(x));
    return 4 * e / ((1 + e) * (1 + e));
}

RefValue plain(const Real& f, const Real& df, std::size_t nParams = 0) {
    return {f, df, std::vector<std::optional<Real>>(nParams)};
}

const Real kSeluLambda("1.0507009873554804934193349852946");
const Real kSeluAlpha("1.6732632423543772848170429916717");

const std::map<std::string, Fn, std::less<>>& table() {
    static const std::map<std::string, Fn, std::less<>> t = {
        {"sigmoid", [](const Real& x, const P&) { return plain(sig(x), dsig(x)); }},
        {"tanh", [](const Real& x, const P&) { return plain(tanhR(x), sech2R(x)); }},
        {"relu",
         [](const Real& x, const P&) { return plain(x > 0 ? x : Real(0), Real(x > 0 ? 1 : 0)); }},
        {"softmax",
         [](const Real& x, const P& p) {
             const Real u = x - Real(p[0]);
             const Real k = p[1];
             Real s, m;
             if (u >= 0) {
                 const Real e = exp(-u);
                 s = 1 / (1 + k * e);
                 m = k * e / (1 + k * e);
             } else {
                 const Real e = exp(u);
                 s = e / (e + k);
                 m = k / (e + k);
             }
             return plain(s, s * m, 2);
         }},
        {"leaky_relu",
         [](const Real& x, const P& p) {
             const Real a = p[0];
             return plain(x > 0 ? x : Real(a * x), x > 0 ? Real(1) : a, 1);
         }},
        {"elu",
         [](const Real& x, const P& p) {
             const Real a = p[0];
             if (x > 0) return plain(x, 1, 1);
             return plain(a * expm1r(x), a * exp(x), 1);
         }},
        {"prelu",
         [](const Real& x, const P& p) {
             const Real a = p[0];
             RefValue v = plain(x > 0 ? x : Real(a * x), x > 0 ? Real(1) : a, 1);
             v.grads[0] = x > 0 ? Real(0) : x;
             return v;
         }},
        {"swish",
         [](const Real& x, const P& p) {
             const Real b = p[0];
             const Real t = b * x;
             RefValue v = plain(x * sig(t), sig(t) + t * dsig(t), 1);
             v.grads[0] = x * x * dsig(t);
             return v;
         }},
        {"squareplus",
         [](const Real& x, const P& p) {
             const Real b = p[0];
             const Real r = sqrt(x * x + b);
             if (x >= 0) return plain((x + r) / 2, (1 + x / r) / 2, 1);
             return plain(b / (2 * (r - x)), b / (2 * r * (r - x)), 1);
         }},
        {"smu",
         [](const Real& x, const P& p) {
             const Real a = p[0];
             const Real mu = p[1];
             const Real z = mu * (1 - a) * x;
             const Real ez = exp(-z * z);
             RefValue v = plain(a * x + (1 - a) * x * erfcr(-z) / 2,
                                a + (1 - a) * erfcr(-z) / 2 + (1 - a) * z * ez / sqrt(kPi), 2);
             v.grads[1] = (1 - a) * (1 - a) * x * x * ez / sqrt(kPi);
             return v;
         }},
        {"smu1",
         [](const Real& x, const P& p) {
             const Real a = p[0];
             const Real mu = p[1];
             const Real w = (1 - a) * x;
             const Real r = sqrt(w * w + mu * mu);
             // Rationalised where (1+a) x + r would cancel beyond even 50 digits.
             const Real px = (1 + a) * x;
             const Real f = px >= 0 ? (px + r) / 2 : (4 * a * x * x - mu * mu) / (2 * (px - r));
             const Real rMinusAbsW = mu * mu / (r + abs(w));
             // (1 + a +- (1 - a)(1 - delta)) / 2 with the 1s cancelled by hand.
             const Real delta = rMinusAbsW / r;
             const Real df = w >= 0 ? 1 - (1 - a) * delta / 2 : a + (1 - a) * delta / 2;
             RefValue v = plain(f, df, 2);
             v.grads[1] = mu / (2 * r);
             return v;
         }},
        {"gelu",
         [](const Real& x, const P&) {
             const Real cdf = erfcr(-x / sqrt(Real(2))) / 2;
             return plain(x * cdf, cdf + x * exp(-x * x / 2) / sqrt(2 * kPi));
         }},
        {"gelu_tanh",
         [](const Real& x, const P&) {
             const Real c = sqrt(2 / kPi);
             const Real k("0.044715");
             const Real t = 2 * c * (x + k * x * x * x);
             return plain(x * sig(t), sig(t) + x * dsig(t) * 2 * c * (1 + 3 * k * x * x));
         }},
        {"silu", [](const Real& x, const P&) { return plain(x * sig(x), sig(x) + x * dsig(x)); }},
        {"mish",
         [](const Real& x, const P&) {
             const Real sp = softplusR(x);
             const Real t = tanhR(sp);
             return plain(x * t, t + x * sig(x) * sech2R(sp));
         }},
        {"softplus",
         [](const Real& x, const P& p) {
             const Real b = p[0];
             // The switch to the identity is decided on the double product, as PyTorch does.
             const double tx = p[0] * static_cast<double>(x);
             if (tx > p[1]) return plain(x, 1, 2);
             const Real t = b * x;
             return plain(softplusR(t) / b, sig(t), 2);
         }},
        {"selu",
         [](const Real& x, const P&) {
             if (x > 0) return plain(kSeluLambda * x, kSeluLambda);
             return plain(kSeluLambda * kSeluAlpha * expm1r(x), kSeluLambda * kSeluAlpha * exp(x));
         }},
        {"celu",
         [](const Real& x, const P& p) {
             const Real a = p[0];
             if (x > 0) return plain(x, 1, 1);
             return plain(a * expm1r(x / a), exp(x / a), 1);
         }},
        {"softsign",
         [](const Real& x, const P&) {
             const Real d = 1 + abs(x);
             return plain(x / d, 1 / (d * d));
         }},
        {"hardtanh",
         [](const Real& x, const P& p) {
             const Real lo = p[0], hi = p[1];
             if (x <= lo) return plain(lo, 0, 2);
             if (x >= hi) return plain(hi, 0, 2);
             return plain(x, 1, 2);
         }},
        {"hardsigmoid",
         [](const Real& x, const P&) {
             if (x <= -3) return plain(0, 0);
             if (x >= 3) return plain(1, 0);
             return plain((x + 3) / 6, Real(1) / 6);
         }},
        {"hardswish",
         [](const Real& x, const P&) {
             if (x < -3) return plain(0, 0);
             if (x > 3) return plain(x, 1);
             return plain(x * (x + 3) / 6, x / 3 + Real(1) / 2);
         }},
        {"relu6",
         [](const Real& x, const P&) {
             if (x <= 0) return plain(0, 0);
             if (x >= 6) return plain(6, 0);
             return plain(x, 1);
         }},
        {"log_sigmoid", [](const Real& x, const P&) { return plain(-softplusR(-x), sig(-x)); }},
        {"tanhshrink",
         [](const Real& x, const P&) {
             const Real t = tanhR(x);
             if (abs(x) < Real("1e-5")) {
                 const Real x2 = x * x;
                 return plain(x * x2 * (Real(1) / 3 - x2 * (Real(2) / 15 - x2 * Real(17) / 315)),
                              t * t);
             }
             return plain(x - t, t * t);
         }},
    };
    return t;
}

} // namespace

bool hasReference(std::string_view id) {
    return table().find(id) != table().end();
}

std::optional<RefValue> reference(std::string_view id, double x,
                                  const std::vector<double>& params) {
    const auto it = table().find(id);
    if (it == table().end()) return std::nullopt;
    Real xr = x;
    if (std::isinf(x)) xr = x > 0 ? Real("1e4000") : Real("-1e4000");
    return it->second(xr, params);
}

} // namespace actviz::test
