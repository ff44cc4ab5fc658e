// SPDX-License-Identifier: GPL-3.0-or-later
// The precision lens: for every catalogue function, its textbook formulation (the source
// article's where it gives one) and the stable one a careful library uses, for f and f', written
// in the narrow format's arithmetic (format_arithmetic.h).

#include "actviz/core/precision.h"

#include "actviz/core/parameter.h"
#include "format_arithmetic.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numbers>

namespace actviz::core {
namespace {

using lp::Value;

using Formula = Value (*)(Value x, const Value* p);

struct Row {
    std::string_view id;
    Formulations text;
    Formula textbookF;
    Formula textbookDf;
    Formula stableF;
    Formula stableDf;
};

Value one(Value x) {
    return lp::make(x.dtype, 1.0);
}
Value zero(Value x) {
    return lp::make(x.dtype, 0.0);
}

// --- stable building blocks -----------------------------------------------------------------

/// sigma(t) from e^{-|t|}, which cannot overflow.
Value sigmoid(Value t) {
    if (t.v >= 0.0) return 1.0 / (1.0 + lp::exp(-t));
    const Value e = lp::exp(t);
    return e / (1.0 + e);
}

/// sqrt(a^2 + b^2) without squaring the larger one (which overflows float16 beyond 256).
Value hypot(Value a, Value b) {
    const Value big = lp::max(lp::abs(a), lp::abs(b));
    const Value small = lp::min(lp::abs(a), lp::abs(b));
    if (big.v == 0.0) return big;
    const Value r = small / big;
    return big * lp::sqrt(1.0 + r * r);
}

// --- sigmoid and tanh -----------------------------------------------------------------------

Value sigmoidTextbook(Value x, const Value*) {
    return 1.0 / (1.0 + lp::exp(-x));
}
Value sigmoidTextbookDf(Value x, const Value*) {
    const Value e = lp::exp(-x);
    return e / ((1.0 + e) * (1.0 + e));
}
Value sigmoidStable(Value x, const Value*) {
    return sigmoid(x);
}
Value sigmoidStableDf(Value x, const Value*) {
    return sigmoid(x) * sigmoid(-x);
}

Value tanhTextbook(Value x, const Value*) {
    const Value a = lp::exp(x);
    const Value b = lp::exp(-x);
    return (a - b) / (a + b);
}
Value tanhTextbookDf(Value x, const Value* p) {
    const Value t = tanhTextbook(x, p);
    return 1.0 - t * t;
}
Value tanhStable(Value x, const Value*) {
    return lp::tanh(x);
}
/// 1 - tanh^2 x = 4e/(1+e)^2 with e = e^{-2|x|}: no cancellation where tanh x is near +-1.
Value tanhStableDf(Value x, const Value*) {
    const Value e = lp::exp(-2.0 * lp::abs(x));
    return 4.0 * e / ((1.0 + e) * (1.0 + e));
}

// --- piecewise-linear and rational functions: one formulation --------------------------------

Value reluF(Value x, const Value*) {
    return lp::max(x, zero(x));
}
Value reluDf(Value x, const Value*) {
    return x.v > 0.0 ? one(x) : zero(x);
}
Value leakyF(Value x, const Value* p) {
    return x.v > 0.0 ? x : p[0] * x;
}
Value leakyDf(Value x, const Value* p) {
    return x.v > 0.0 ? one(x) : p[0];
}
Value relu6F(Value x, const Value*) {
    return lp::min(lp::max(x, zero(x)), lp::make(x.dtype, 6.0));
}
Value relu6Df(Value x, const Value*) {
    return x.v > 0.0 && x.v < 6.0 ? one(x) : zero(x);
}
Value hardtanhF(Value x, const Value* p) {
    return lp::min(lp::max(x, p[0]), p[1]);
}
Value hardtanhDf(Value x, const Value* p) {
    return x.v > p[0].v && x.v < p[1].v ? one(x) : zero(x);
}
Value hardsigmoidF(Value x, const Value* p) {
    return relu6F(x + 3.0, p) / 6.0;
}
Value hardsigmoidDf(Value x, const Value*) {
    return x.v > -3.0 && x.v < 3.0 ? lp::make(x.dtype, 1.0 / 6.0) : zero(x);
}
Value hardswishF(Value x, const Value* p) {
    return x * relu6F(x + 3.0, p) / 6.0;
}
Value hardswishDf(Value x, const Value*) {
    if (x.v < -3.0) return zero(x);
    if (x.v > 3.0) return one(x);
    return (2.0 * x + 3.0) / 6.0;
}
Value softsignF(Value x, const Value*) {
    return x / (1.0 + lp::abs(x));
}
/// 1/(1+|x|)^2 squares 1+|x| first, which overflows float16 beyond |x| = 255.
Value softsignTextbookDf(Value x, const Value*) {
    const Value d = 1.0 + lp::abs(x);
    return 1.0 / (d * d);
}
Value softsignStableDf(Value x, const Value*) {
    const Value r = 1.0 / (1.0 + lp::abs(x));
    return r * r;
}

// --- softmax: the curve's logit x against k others equal to c --------------------------------

Value softmaxTextbook(Value x, const Value* p) {
    const Value e = lp::exp(x);
    return e / (e + p[1] * lp::exp(p[0]));
}
Value softmaxTextbookDf(Value x, const Value* p) {
    const Value s = softmaxTextbook(x, p);
    return s * (1.0 - s);
}
/// Both exponents shifted by the largest logit, so neither exceeds e^0.
struct Shifted {
    Value own;
    Value others;
};
Shifted softmaxParts(Value x, const Value* p) {
    const Value m = lp::max(x, p[0]);
    return {lp::exp(x - m), p[1] * lp::exp(p[0] - m)};
}
Value softmaxStable(Value x, const Value* p) {
    const Shifted s = softmaxParts(x, p);
    return s.own / (s.own + s.others);
}
Value softmaxStableDf(Value x, const Value* p) {
    const Shifted s = softmaxParts(x, p);
    const Value sum = s.own + s.others;
    return (s.own / sum) * (s.others / sum);
}

// --- exponential linear units -----------------------------------------------------------------

Value eluTextbook(Value x, const Value* p) {
    return x.v > 0.0 ? x : p[0] * (lp::exp(x) - 1.0);
}
Value eluStable(Value x, const Value* p) {
    return x.v > 0.0 ? x : p[0] * lp::expm1(x);
}
Value eluDf(Value x, const Value* p) {
    return x.v > 0.0 ? one(x) : p[0] * lp::exp(x);
}

constexpr double kSeluLambda = 1.0507009873554804934;
constexpr double kSeluAlpha = 1.6732632423543772848;

Value seluTextbook(Value x, const Value*) {
    return x.v > 0.0 ? kSeluLambda * x : kSeluLambda * (kSeluAlpha * (lp::exp(x) - 1.0));
}
Value seluStable(Value x, const Value*) {
    return x.v > 0.0 ? kSeluLambda * x : kSeluLambda * (kSeluAlpha * lp::expm1(x));
}
Value seluDf(Value x, const Value*) {
    return x.v > 0.0 ? lp::make(x.dtype, kSeluLambda) : kSeluLambda * (kSeluAlpha * lp::exp(x));
}

Value celuTextbook(Value x, const Value* p) {
    return x.v > 0.0 ? x : p[0] * (lp::exp(x / p[0]) - 1.0);
}
Value celuStable(Value x, const Value* p) {
    return x.v > 0.0 ? x : p[0] * lp::expm1(x / p[0]);
}
Value celuDf(Value x, const Value* p) {
    return x.v > 0.0 ? one(x) : lp::exp(x / p[0]);
}

// --- sigmoid-gated units ----------------------------------------------------------------------

Value swishTextbook(Value x, const Value* p) {
    return x / (1.0 + lp::exp(-(p[0] * x)));
}
Value swishTextbookDf(Value x, const Value* p) {
    const Value bx = p[0] * x;
    const Value s = 1.0 / (1.0 + lp::exp(-bx));
    return s + bx * s * (1.0 - s);
}
Value swishStable(Value x, const Value* p) {
    return x * sigmoid(p[0] * x);
}
Value swishStableDf(Value x, const Value* p) {
    const Value bx = p[0] * x;
    const Value s = sigmoid(bx);
    return s + bx * (s * sigmoid(-bx));
}
Value siluTextbook(Value x, const Value*) {
    const Value beta = one(x);
    return swishTextbook(x, &beta);
}
Value siluTextbookDf(Value x, const Value*) {
    const Value beta = one(x);
    return swishTextbookDf(x, &beta);
}
Value siluStable(Value x, const Value*) {
    const Value beta = one(x);
    return swishStable(x, &beta);
}
Value siluStableDf(Value x, const Value*) {
    const Value beta = one(x);
    return swishStableDf(x, &beta);
}

// --- softplus and log-sigmoid -------------------------------------------------------------------

Value softplusTextbook(Value x, const Value* p) {
    const Value bx = p[0] * x;
    if (bx.v > p[1].v) return x;
    return lp::log(1.0 + lp::exp(bx)) / p[0];
}
Value softplusTextbookDf(Value x, const Value* p) {
    const Value bx = p[0] * x;
    if (bx.v > p[1].v) return one(x);
    return 1.0 / (1.0 + lp::exp(-bx));
}
/// max(t, 0) + log1p(e^{-|t|}): the exponential never overflows, and log1p keeps the small
/// values that ln(1 + tiny) rounds to 0.
Value softplusStable(Value x, const Value* p) {
    const Value bx = p[0] * x;
    if (bx.v > p[1].v) return x;
    return (lp::max(bx, zero(x)) + lp::log1p(lp::exp(-lp::abs(bx)))) / p[0];
}
Value softplusStableDf(Value x, const Value* p) {
    const Value bx = p[0] * x;
    if (bx.v > p[1].v) return one(x);
    return sigmoid(bx);
}

Value logSigmoidTextbook(Value x, const Value*) {
    return lp::log(1.0 / (1.0 + lp::exp(-x)));
}
Value logSigmoidTextbookDf(Value x, const Value*) {
    return 1.0 - 1.0 / (1.0 + lp::exp(-x));
}
Value logSigmoidStable(Value x, const Value*) {
    return lp::min(x, zero(x)) - lp::log1p(lp::exp(-lp::abs(x)));
}
Value logSigmoidStableDf(Value x, const Value*) {
    return sigmoid(-x);
}

// --- Mish
// -----------------------------------------------------------------------------------------

Value mishTextbook(Value x, const Value*) {
    return x * lp::tanh(lp::log(1.0 + lp::exp(x)));
}
Value mishTextbookDf(Value x, const Value*) {
    const Value t = lp::tanh(lp::log(1.0 + lp::exp(x)));
    return t + x * (1.0 - t * t) * (1.0 / (1.0 + lp::exp(-x)));
}
/// tanh(ln(1+e^x)) = n/(n+2) with n = e^x (e^x + 2) for x <= 0, and (1+2u)/(1+2u(1+u)) with
/// u = e^{-x} above: no overflow, no cancellation.
Value mishGate(Value x) {
    if (x.v <= 0.0) {
        const Value e = lp::exp(x);
        const Value n = e * (e + 2.0);
        return n / (n + 2.0);
    }
    const Value u = lp::exp(-x);
    const Value n = 1.0 + 2.0 * u;
    return n / (n + 2.0 * (u * u));
}
/// sech^2(ln(1+e^x)) = 4q^2/(q^2+1)^2 with q = 1+e^x, written with u = e^{-x} above 0.
Value mishSech2(Value x) {
    if (x.v <= 0.0) {
        const Value q = 1.0 + lp::exp(x);
        const Value q2 = q * q;
        return 4.0 * q2 / ((q2 + 1.0) * (q2 + 1.0));
    }
    const Value u = lp::exp(-x);
    const Value q = 1.0 + u;
    const Value d = q * q + u * u;
    const Value qu = q * u;
    return 4.0 * (qu * qu) / (d * d);
}
Value mishStable(Value x, const Value*) {
    return x * mishGate(x);
}
Value mishStableDf(Value x, const Value*) {
    return mishGate(x) + x * sigmoid(x) * mishSech2(x);
}

// --- GELU
// -----------------------------------------------------------------------------------------

constexpr double kSqrt2 = std::numbers::sqrt2;
constexpr double kInvSqrt2Pi = 0.39894228040143267794;  // 1/sqrt(2 pi)
constexpr double kSqrt2OverPi = 0.79788456080286535588; // sqrt(2/pi)

Value geluTextbook(Value x, const Value*) {
    return 0.5 * x * (1.0 + lp::erf(x / kSqrt2));
}
Value geluTextbookDf(Value x, const Value*) {
    return 0.5 * (1.0 + lp::erf(x / kSqrt2)) + x * lp::exp(-0.5 * x * x) * kInvSqrt2Pi;
}
/// 1 + erf(t) = erfc(-t): no cancellation for negative x.
Value geluStable(Value x, const Value*) {
    return 0.5 * x * lp::erfc(-x / kSqrt2);
}
Value geluStableDf(Value x, const Value*) {
    return 0.5 * lp::erfc(-x / kSqrt2) + x * lp::exp(-0.5 * x * x) * kInvSqrt2Pi;
}

Value geluTanhU(Value x) {
    return kSqrt2OverPi * (x + 0.044715 * x * x * x);
}
Value geluTanhTextbook(Value x, const Value*) {
    return 0.5 * x * (1.0 + lp::tanh(geluTanhU(x)));
}
Value geluTanhTextbookDf(Value x, const Value*) {
    const Value t = lp::tanh(geluTanhU(x));
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * kSqrt2OverPi * (1.0 + 0.134145 * x * x);
}
/// (1 + tanh u)/2 = sigma(2u), with u = sqrt(2/pi) x (1 + 0.044715 x^2) (no x^3).
Value geluTanhStableU(Value x) {
    return kSqrt2OverPi * x * (1.0 + 0.044715 * x * x);
}
Value geluTanhStable(Value x, const Value*) {
    return x * sigmoid(2.0 * geluTanhStableU(x));
}
Value geluTanhStableDf(Value x, const Value*) {
    const Value u2 = 2.0 * geluTanhStableU(x);
    const Value s = sigmoid(u2);
    const Value g = s * sigmoid(-u2); // (1 - tanh^2 u)/4
    if (g.v == 0.0) return s;         // far out, where x^2 may overflow but the term is 0
    return s + 2.0 * (g * x) * (kSqrt2OverPi * (1.0 + 0.134145 * x * x));
}

// --- SMU and SMU-1 (p[0] = alpha, p[1] = mu)
// --------------------------------------------------------

constexpr double kTwoOverSqrtPi = 1.1283791670955125739;

Value smuZ(Value x, const Value* p) {
    return p[1] * ((1.0 - p[0]) * x);
}
Value smuTextbook(Value x, const Value* p) {
    const Value a = p[0];
    return ((1.0 + a) * x + (1.0 - a) * x * lp::erf(p[1] * (1.0 - a) * x)) / 2.0;
}
Value smuTextbookDf(Value x, const Value* p) {
    const Value a = p[0];
    const Value z = p[1] * (1.0 - a) * x;
    return ((1.0 + a) + (1.0 - a) * lp::erf(z) +
            kTwoOverSqrtPi * (1.0 - a) * z * lp::exp(-(z * z))) /
           2.0;
}
/// x/2 (1 + a + (1 - a) erf z), with 1 + erf z = erfc(-z) for z < 0 (no cancellation).
Value smuGate(Value z, Value a) {
    if (z.v < 0.0) return 2.0 * a + (1.0 - a) * lp::erfc(-z);
    return (1.0 + a) + (1.0 - a) * lp::erf(z);
}
Value smuStable(Value x, const Value* p) {
    return 0.5 * x * smuGate(smuZ(x, p), p[0]);
}
Value smuStableDf(Value x, const Value* p) {
    const Value z = smuZ(x, p);
    const Value bump = kTwoOverSqrtPi * (1.0 - p[0]) * z * lp::exp(-(z * z));
    return 0.5 * (smuGate(z, p[0]) + bump);
}

Value smu1Textbook(Value x, const Value* p) {
    const Value a = p[0];
    const Value d = x - a * x;
    return ((1.0 + a) * x + lp::sqrt(d * d + p[1] * p[1])) / 2.0;
}
Value smu1TextbookDf(Value x, const Value* p) {
    const Value a = p[0];
    const Value d = (1.0 - a) * x;
    return ((1.0 + a) + (1.0 - a) * d / lp::sqrt(d * d + p[1] * p[1])) / 2.0;
}
/// For x < 0, (1+a)x + h = (mu^2 - 4a x^2)/(h - (1+a)x), all divided by s = max(|x|, |mu|) so
/// that nothing is squared beyond 1; h = sqrt(((1-a)x)^2 + mu^2) without squaring either.
Value smu1Stable(Value x, const Value* p) {
    const Value a = p[0];
    const Value h = hypot((1.0 - a) * x, p[1]);
    if (x.v >= 0.0) return 0.5 * ((1.0 + a) * x + h);
    const Value s = lp::max(lp::abs(x), lp::abs(p[1]));
    const Value xs = x / s;
    const Value ms = p[1] / s;
    const Value num = ms * ms - 4.0 * a * (xs * xs);
    const Value den = h / s - (1.0 + a) * xs;
    return 0.5 * (num / den * s);
}
/// For x < 0, 1 + a + (1-a)^2 x/h = (4a((1-a)x)^2 + ((1+a)mu)^2)/(h((1+a)h - (1-a)^2 x)),
/// scaled by s as above.
Value smu1StableDf(Value x, const Value* p) {
    const Value a = p[0];
    const Value d = (1.0 - a) * x;
    const Value h = hypot(d, p[1]);
    if (x.v >= 0.0) return 0.5 * ((1.0 + a) + (1.0 - a) * (d / h));
    const Value s = lp::max(lp::abs(x), lp::abs(p[1]));
    const Value ds = d / s;
    const Value ms = (1.0 + a) * (p[1] / s);
    const Value hs = h / s;
    const Value num = 4.0 * a * (ds * ds) + ms * ms;
    const Value den = hs * ((1.0 + a) * hs - (1.0 - a) * ds);
    return 0.5 * (num / den);
}

// --- Squareplus (p[0] = b)
// ------------------------------------------------------------------------

Value squareplusTextbook(Value x, const Value* p) {
    return 0.5 * (x + lp::sqrt(x * x + p[0]));
}
Value squareplusTextbookDf(Value x, const Value* p) {
    return 0.5 * (1.0 + x / lp::sqrt(x * x + p[0]));
}
/// With |x| > 1: h = |x| sqrt(1 + u), u = b/|x|/|x| (x^2 is never formed). For x < 0,
/// (x + h)/2 = b/(2(h - x)) = (b/|x|)/(2(sqrt(1+u) + 1)) (no cancellation).
Value squareplusStable(Value x, const Value* p) {
    const Value b = p[0];
    const Value ax = lp::abs(x);
    if (ax.v <= 1.0) {
        const Value h = lp::sqrt(x * x + b);
        return x.v >= 0.0 ? 0.5 * (x + h) : 0.5 * (b / (h - x));
    }
    const Value r = lp::sqrt(1.0 + b / ax / ax);
    if (x.v >= 0.0) return x * (0.5 * (1.0 + r));
    return 0.5 * ((b / ax) / (r + 1.0));
}
/// For x < 0, 1 + x/h = b/(h(h - x)) = u/(r(r + 1)) with r = h/|x| as above.
Value squareplusStableDf(Value x, const Value* p) {
    const Value b = p[0];
    const Value ax = lp::abs(x);
    if (ax.v <= 1.0) {
        const Value h = lp::sqrt(x * x + b);
        return x.v >= 0.0 ? 0.5 * (1.0 + x / h) : 0.5 * (b / (h * (h - x)));
    }
    const Value u = b / ax / ax;
    const Value r = lp::sqrt(1.0 + u);
    if (x.v >= 0.0) return 0.5 * (1.0 + 1.0 / r);
    return 0.5 * (u / (r * (r + 1.0)));
}

// --- Tanhshrink
// -----------------------------------------------------------------------------------

Value tanhshrinkTextbook(Value x, const Value*) {
    return x - lp::tanh(x);
}
Value tanhshrinkTextbookDf(Value x, const Value*) {
    const Value c = lp::exp(x) + lp::exp(-x);
    return 1.0 - 4.0 / (c * c);
}
/// x - tanh x loses leading digits below |x| = 1 (it is x^3/3 near 0): there, its Taylor series
/// x^3 (1/3 - 2x^2/15 + ...), whose 23 terms reach float32's precision at |x| = 1.
Value tanhshrinkStable(Value x, const Value*) {
    if (lp::abs(x).v >= 1.0) return x - lp::tanh(x);
    static constexpr std::array<double, 23> kSeries{
        0.3333333333333333,     -0.13333333333333333,    0.05396825396825397,
        -0.021869488536155203,  0.008863235529902197,    -0.003592128036572481,
        0.0014558343870513183,  -0.000590027440945586,   0.00023912911424355248,
        -9.691537956929451e-05, 3.927832388331683e-05,   -1.5918905069328964e-05,
        6.451689215655431e-06,  -2.6147711512907546e-06, 1.0597268320104654e-06,
        -4.294911078273806e-07, 1.7406618963571648e-07,  -7.054636946400968e-08,
        2.859136662305254e-08,  -1.1587644432798853e-08, 4.6962953982309016e-09,
        -1.903336833931276e-09, 7.713933635359062e-10};
    const Value x2 = x * x;
    Value sum = lp::make(x.dtype, kSeries.back());
    for (auto c = kSeries.rbegin() + 1; c != kSeries.rend(); ++c)
        sum = *c + x2 * sum;
    return x * x2 * sum;
}
Value tanhshrinkStableDf(Value x, const Value*) {
    const Value t = lp::tanh(x);
    return t * t;
}

// --- the table ---------------------------------------------------------------------------

// The texts are mathematics only (the same in every language); a function with one formulation
// shows it in both columns.
const auto kRows = std::to_array<Row>({
    {"sigmoid",
     {true, "1/(1+e^-x)", "e^-x/(1+e^-x)^2", "x ≥ 0: 1/(1+e^-x); x < 0: e^x/(1+e^x)", "σ(x)·σ(-x)"},
     sigmoidTextbook,
     sigmoidTextbookDf,
     sigmoidStable,
     sigmoidStableDf},
    {"tanh",
     {true, "(e^x-e^-x)/(e^x+e^-x)", "1-t², t = (e^x-e^-x)/(e^x+e^-x)", "tanh x",
      "4e/(1+e)², e = e^-2|x|"},
     tanhTextbook,
     tanhTextbookDf,
     tanhStable,
     tanhStableDf},
    {"relu",
     {false, "max(0, x)", "x > 0: 1; x ≤ 0: 0", "max(0, x)", "x > 0: 1; x ≤ 0: 0"},
     reluF,
     reluDf,
     reluF,
     reluDf},
    {"softmax",
     {true, "e^x/(e^x+k·e^c)", "s(1-s)", "e^(x-m)/(e^(x-m)+k·e^(c-m)), m = max(x, c)",
      "s·k·e^(c-m)/(e^(x-m)+k·e^(c-m))"},
     softmaxTextbook,
     softmaxTextbookDf,
     softmaxStable,
     softmaxStableDf},
    {"leaky_relu",
     {false, "x > 0: x; x ≤ 0: a·x", "x > 0: 1; x ≤ 0: a", "x > 0: x; x ≤ 0: a·x",
      "x > 0: 1; x ≤ 0: a"},
     leakyF,
     leakyDf,
     leakyF,
     leakyDf},
    {"elu",
     {true, "x ≤ 0: α(e^x-1)", "x ≤ 0: α·e^x", "x ≤ 0: α·expm1(x)", "x ≤ 0: α·e^x"},
     eluTextbook,
     eluDf,
     eluStable,
     eluDf},
    {"prelu",
     {false, "x > 0: x; x ≤ 0: α·x", "x > 0: 1; x ≤ 0: α", "x > 0: x; x ≤ 0: α·x",
      "x > 0: 1; x ≤ 0: α"},
     leakyF,
     leakyDf,
     leakyF,
     leakyDf},
    {"swish",
     {true, "x/(1+e^-βx)", "s+βx·s(1-s), s = 1/(1+e^-βx)", "x·σ(βx)", "s+βx·s·σ(-βx), s = σ(βx)"},
     swishTextbook,
     swishTextbookDf,
     swishStable,
     swishStableDf},
    {"squareplus",
     {true, "(x+√(x²+b))/2", "(1+x/√(x²+b))/2", "x < 0: b/(2(h-x)), h = |x|·√(1+b/x²)",
      "x < 0: b/(2h(h-x))"},
     squareplusTextbook,
     squareplusTextbookDf,
     squareplusStable,
     squareplusStableDf},
    {"smu",
     {true, "((1+α)x+(1-α)x·erf(μ(1-α)x))/2", "(1+α+(1-α)erf z+(2/√π)(1-α)z·e^-z²)/2",
      "z < 0: x(2α+(1-α)erfc(-z))/2, z = μ(1-α)x",
      "z < 0: (2α+(1-α)erfc(-z)+(2/√π)(1-α)z·e^-z²)/2"},
     smuTextbook,
     smuTextbookDf,
     smuStable,
     smuStableDf},
    {"smu1",
     {true, "((1+α)x+√((x-αx)²+μ²))/2", "(1+α+(1-α)²x/√((1-α)²x²+μ²))/2",
      "x < 0: (μ²-4αx²)/(2(h-(1+α)x)), h = hypot((1-α)x, μ)",
      "x < 0: (4α(1-α)²x²+(1+α)²μ²)/(2h((1+α)h-(1-α)²x))"},
     smu1Textbook,
     smu1TextbookDf,
     smu1Stable,
     smu1StableDf},
    {"gelu",
     {true, "x(1+erf(x/√2))/2", "(1+erf(x/√2))/2+x·e^(-x²/2)/√(2π)", "x·erfc(-x/√2)/2",
      "erfc(-x/√2)/2+x·e^(-x²/2)/√(2π)"},
     geluTextbook,
     geluTextbookDf,
     geluStable,
     geluStableDf},
    {"gelu_tanh",
     {true, "x(1+tanh(√(2/π)(x+0.044715x³)))/2", "(1+t)/2+x(1-t²)√(2/π)(1+0.134145x²)/2",
      "x·σ(2u), u = √(2/π)·x(1+0.044715x²)", "σ(2u)+2x·σ(2u)σ(-2u)·u′"},
     geluTanhTextbook,
     geluTanhTextbookDf,
     geluTanhStable,
     geluTanhStableDf},
    {"silu",
     {true, "x/(1+e^-x)", "s+x·s(1-s), s = 1/(1+e^-x)", "x·σ(x)", "s+x·s·σ(-x), s = σ(x)"},
     siluTextbook,
     siluTextbookDf,
     siluStable,
     siluStableDf},
    {"mish",
     {true, "x·tanh(ln(1+e^x))", "t+x(1-t²)/(1+e^-x), t = tanh(ln(1+e^x))",
      "x·n/(n+2), n = e^x(e^x+2)", "g+x·σ(x)·4q²/(q²+1)², q = 1+e^x"},
     mishTextbook,
     mishTextbookDf,
     mishStable,
     mishStableDf},
    {"softplus",
     {true, "ln(1+e^βx)/β", "1/(1+e^-βx)", "(max(βx, 0)+log1p(e^-|βx|))/β", "σ(βx)"},
     softplusTextbook,
     softplusTextbookDf,
     softplusStable,
     softplusStableDf},
    {"selu",
     {true, "x ≤ 0: λα(e^x-1)", "x ≤ 0: λα·e^x", "x ≤ 0: λα·expm1(x)", "x ≤ 0: λα·e^x"},
     seluTextbook,
     seluDf,
     seluStable,
     seluDf},
    {"celu",
     {true, "x ≤ 0: α(e^(x/α)-1)", "x ≤ 0: e^(x/α)", "x ≤ 0: α·expm1(x/α)", "x ≤ 0: e^(x/α)"},
     celuTextbook,
     celuDf,
     celuStable,
     celuDf},
    {"softsign",
     {true, "x/(1+|x|)", "1/(1+|x|)²", "x/(1+|x|)", "(1/(1+|x|))²"},
     softsignF,
     softsignTextbookDf,
     softsignF,
     softsignStableDf},
    {"hardtanh",
     {false, "min(max(x, x_min), x_max)", "x_min < x < x_max: 1", "min(max(x, x_min), x_max)",
      "x_min < x < x_max: 1"},
     hardtanhF,
     hardtanhDf,
     hardtanhF,
     hardtanhDf},
    {"hardsigmoid",
     {false, "relu6(x+3)/6", "-3 < x < 3: 1/6", "relu6(x+3)/6", "-3 < x < 3: 1/6"},
     hardsigmoidF,
     hardsigmoidDf,
     hardsigmoidF,
     hardsigmoidDf},
    {"hardswish",
     {false, "x·relu6(x+3)/6", "-3 ≤ x ≤ 3: (2x+3)/6", "x·relu6(x+3)/6", "-3 ≤ x ≤ 3: (2x+3)/6"},
     hardswishF,
     hardswishDf,
     hardswishF,
     hardswishDf},
    {"relu6",
     {false, "min(max(0, x), 6)", "0 < x < 6: 1", "min(max(0, x), 6)", "0 < x < 6: 1"},
     relu6F,
     relu6Df,
     relu6F,
     relu6Df},
    {"log_sigmoid",
     {true, "ln(1/(1+e^-x))", "1-1/(1+e^-x)", "min(x, 0)-log1p(e^-|x|)", "σ(-x)"},
     logSigmoidTextbook,
     logSigmoidTextbookDf,
     logSigmoidStable,
     logSigmoidStableDf},
    {"tanhshrink",
     {true, "x-tanh x", "1-4/(e^x+e^-x)²", "|x| < 1: x³(1/3-2x²/15+17x⁴/315-…)", "tanh² x"},
     tanhshrinkTextbook,
     tanhshrinkTextbookDf,
     tanhshrinkStable,
     tanhshrinkStableDf},
});

const Row* findRow(std::string_view id) {
    const auto it =
        std::find_if(kRows.begin(), kRows.end(), [id](const Row& r) { return r.id == id; });
    return it == kRows.end() ? nullptr : &*it;
}

} // namespace

std::variant<std::vector<double>, std::string>
roundParameters(const FunctionSpec& fn, std::span<const double> params, Dtype dtype) {
    std::vector<double> held(params.begin(), params.end());
    for (std::size_t i = 0; i < held.size() && i < fn.params.size(); ++i) {
        const double rounded = roundToFormat(dtype, held[i]);
        std::vector<double> trial = held;
        trial[i] = rounded;
        if (auto why = fn.validate(trial)) {
            return std::string(fn.params[i].id) + " = " + formatNumber(held[i]) + " is " +
                   formatNumber(rounded) + " in " + std::string(dtypeInfo(dtype).name) + ": " +
                   *why;
        }
        held[i] = rounded;
    }
    return held;
}

std::optional<Formulations> formulations(std::string_view id) {
    const Row* row = findRow(id);
    if (row == nullptr) return std::nullopt;
    return row->text;
}

std::vector<PrecisionSample> precisionSamples(const FunctionSpec& fn,
                                              std::span<const double> params, Dtype dtype,
                                              bool derivative, std::span<const double> xs) {
    std::vector<PrecisionSample> out;
    const Row* row = findRow(fn.id);
    if (row == nullptr) return out;
    // The parameters as the format holds them, for the formulations and the exact value alike.
    std::vector<double> held(params.begin(), params.end());
    std::vector<Value> p;
    p.reserve(held.size());
    for (double& v : held) {
        v = roundToFormat(dtype, v);
        p.push_back({v, dtype});
    }
    const Formula textbook = derivative ? row->textbookDf : row->textbookF;
    const Formula stable = derivative ? row->stableDf : row->stableF;
    out.reserve(xs.size());
    for (const double x : xs) {
        const Value v = lp::make(dtype, x);
        lp::Trace trace;
        double tb = 0.0;
        {
            const lp::TraceScope scope(trace);
            tb = textbook(v, p.data()).v;
        }
        out.push_back({v.v, derivative ? fn.df(v.v, held) : fn.f(v.v, held), tb,
                       stable(v, p.data()).v, trace.hazard, trace.op});
    }
    return out;
}

std::vector<HazardRegion> hazardRegions(Dtype dtype, std::span<const PrecisionSample> samples) {
    std::vector<HazardRegion> regions;
    if (samples.empty()) return regions;
    // Runs of one cause that are this close (a fortieth of the range) are one region: a lucky
    // rounding here and there does not split it.
    const double gap = (samples.back().x - samples.front().x) / 40.0;
    bool open = false;
    for (const PrecisionSample& s : samples) {
        const double tb = ulpError(dtype, s.textbook, s.exact);
        const double st = ulpError(dtype, s.stable, s.exact);
        // Rounding errors that merely add up are shown where they grow large.
        const double worth = s.hazard == Hazard::None ? 16.0 : 8.0;
        if (!(tb > worth && tb > 4.0 * st)) {
            open = false;
            continue;
        }
        const bool joins = !regions.empty() && regions.back().hazard == s.hazard &&
                           regions.back().op == s.op && (open || s.x - regions.back().to <= gap);
        if (!joins) regions.push_back({s.x, s.x, s.hazard, s.op, 0.0, 0.0, 0, 0, 0, 0});
        open = true;
        HazardRegion& r = regions.back();
        r.to = s.x;
        r.textbookUlps = std::max(r.textbookUlps, tb);
        r.stableUlps = std::max(r.stableUlps, st);
        ++r.points;
        r.nanPoints += std::isnan(s.textbook) ? 1 : 0;
        r.infinitePoints += std::isinf(s.textbook) ? 1 : 0;
        r.zeroPoints += s.textbook == 0.0 && s.exact != 0.0 ? 1 : 0;
    }
    std::erase_if(regions, [](const HazardRegion& r) {
        return r.points == 1 && std::isfinite(r.textbookUlps) && r.textbookUlps < 64.0;
    });
    return regions;
}

std::string formatUlps(double ulps) {
    if (std::isinf(ulps)) return "inf";
    char text[32];
    if (ulps >= 10.0 && ulps < 1e6)
        std::snprintf(text, sizeof text, "%.0f", ulps);
    else
        std::snprintf(text, sizeof text, "%.3g", ulps);
    return text;
}

} // namespace actviz::core
