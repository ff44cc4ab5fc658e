// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue table. One row per function; the kernels live in kernels/*.h.

#include "actviz/core/catalogue.h"

#include "actviz/core/sampling.h"

#include "kernels/relu_family.h"
#include "kernels/s_shaped.h"
#include "kernels/smooth.h"
#include "kernels/smu.h"
#include "row.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace actviz::core {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

constexpr Domain kFinite{};
constexpr Domain kPositive{0.0, kInf, false, false};
constexpr Domain kFiniteNonZero{-kInf, kInf, false, false, false, true};
constexpr Domain kCountAtLeastOne{1.0, kInf, true, false, true};
constexpr Domain kFiniteOrInf{-kInf, kInf, false, true};

constexpr auto L = Scale::Linear;
constexpr auto G = Scale::Log;

constexpr std::string_view kSShaped = "S-shaped";
constexpr std::string_view kRelu = "ReLU family";
constexpr std::string_view kSmooth = "Smooth rectifiers";
constexpr std::string_view kOutput = "Output layer";

/// A row whose cross check is explained by `words` in messages.
constexpr FunctionSpec withConstraint(FunctionSpec spec, std::string_view words) {
    spec.constraint = words;
    return spec;
}

template <class K>
constexpr FunctionSpec row(std::string_view id, std::string_view name, std::string_view family,
                           std::string_view texF, std::string_view texDf,
                           std::string_view reference, bool fromSource,
                           std::span<const ParamSpec> params = {},
                           CrossCheckFn crossCheck = nullptr, std::span<const Ghost> ghosts = {}) {
    return FunctionSpec{id,
                        name,
                        family,
                        texF,
                        texDf,
                        reference,
                        fromSource,
                        params,
                        &detail::evalBatch<K>,
                        &detail::gradBatch<K>,
                        &detail::kinksOf<K>,
                        crossCheck,
                        ghosts};
}

// Parameters: id, TeX, name, default, domain, slider min/max, scale, learnable.
constexpr std::array kSoftmaxParams{
    ParamSpec{"c", "c", "other logits", 0.0, kFinite, -5.0, 5.0, L, false},
    ParamSpec{"k", "k", "number of other logits", 1.0, kCountAtLeastOne, 1.0, 20.0, L, false}};
constexpr std::array kLeakyParams{
    ParamSpec{"slope", "a", "negative slope", 0.01, kFinite, 0.0, 1.0, L, false}};
constexpr std::array kEluParams{
    ParamSpec{"alpha", "\\alpha", "saturation value", 1.0, kFinite, 0.0, 3.0, L, false}};
constexpr std::array kPreluParams{ParamSpec{"alpha", "\\alpha", "learned negative slope", 0.25,
                                            kFinite, 0.0, 1.0, L, true,
                                            R"(\frac{\partial f}{\partial \alpha} = \min(0, x))"}};
constexpr std::array kSwishParams{ParamSpec{
    "beta", "\\beta", "gate sharpness", 1.0, kFinite, 0.0, 10.0, L, true,
    R"(\frac{\partial f}{\partial \beta} = x^2\,\sigma(\beta x)\bigl(1 - \sigma(\beta x)\bigr))"}};
constexpr std::array kSquareplusParams{
    ParamSpec{"b", "b", "curvature near 0", 0.2, kPositive, 1e-4, 16.0, G, false}};
constexpr std::array kSmuParams{
    ParamSpec{"alpha", "\\alpha", "negative slope", 0.25, kFinite, 0.0, 1.0, L, false},
    ParamSpec{
        "mu", "\\mu", "smoothing", 1e6, kFinite, 1e-9, 1e7, G, true,
        R"(\frac{\partial f}{\partial \mu} = \frac{(1-\alpha)^2 x^2}{\sqrt{\pi}}\,e^{-z^2},\ z = \mu(1-\alpha)x)"}};
constexpr std::array kSmu1Params{
    ParamSpec{"alpha", "\\alpha", "negative slope", 0.25, kFinite, 0.0, 1.0, L, false},
    ParamSpec{"mu", "\\mu", "smoothing", 4.352665993287951e-9, kFiniteNonZero, 1e-9, 10.0, G, true,
              R"(\frac{\partial f}{\partial \mu} = \frac{\mu}{2\sqrt{(1-\alpha)^2 x^2 + \mu^2}})"}};
constexpr std::array kSoftplusParams{
    ParamSpec{"beta", "\\beta", "sharpness", 1.0, kPositive, 0.1, 100.0, G, false},
    ParamSpec{"threshold", "t", "linear above beta x >", 20.0, kFiniteOrInf, 0.0, 50.0, L, false}};
constexpr std::array kCeluParams{
    ParamSpec{"alpha", "\\alpha", "saturation value", 1.0, kPositive, 0.1, 5.0, L, false}};
constexpr std::array kHardtanhParams{
    ParamSpec{"min", "x_{\\min}", "lower limit", -1.0, kFinite, -5.0, 5.0, L, false},
    ParamSpec{"max", "x_{\\max}", "upper limit", 1.0, kFinite, -5.0, 5.0, L, false}};

std::optional<std::string> hardtanhOrder(const double* p) {
    if (p[0] < p[1]) return std::nullopt;
    return "hardtanh.min must be less than hardtanh.max, got min = " + formatShort(p[0], 17) +
           " and max = " + formatShort(p[1], 17);
}

// Ghosts: the curves a function tends to, or equals at special parameter values.
double reluOf(double x, const double*) {
    return x > 0.0 ? x : (std::isnan(x) ? x : 0.0);
}
double halfOf(double x, const double*) {
    return 0.5 * x;
}
double leakyOfAlpha(double x, const double* p) {
    return x > 0.0 ? x : p[0] * x;
}
double geluOf(double x, const double*) {
    const double none = 0.0;
    kernels::Gelu::Prep prep(&none);
    return kernels::Gelu::eval(x, prep).f;
}

constexpr std::array kSwishGhosts{Ghost{"ReLU (beta -> inf)", "beta", &reluOf},
                                  Ghost{"x/2 (beta = 0)", "beta", &halfOf}};
constexpr std::array kToReluB{Ghost{"ReLU (b -> 0)", "b", &reluOf}};
constexpr std::array kToReluBeta{Ghost{"ReLU (beta -> inf)", "beta", &reluOf}};
constexpr std::array kSmu1Ghosts{Ghost{"Leaky ReLU, slope alpha (mu -> 0)", "", &leakyOfAlpha}};
constexpr std::array kSmuGhosts{Ghost{"GELU (alpha = 0, mu = 1/sqrt 2)", "", &geluOf},
                                Ghost{"Leaky ReLU, slope alpha (mu -> inf)", "mu", &leakyOfAlpha}};
constexpr std::array kGeluTanhGhosts{Ghost{"GELU (exact)", "", &geluOf}};

using namespace kernels;

const std::array kCatalogue{
    row<Sigmoid>("sigmoid", "Sigmoid", kSShaped, R"(\sigma(x) = \frac{1}{1 + e^{-x}})",
                 R"(\sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr))",
                 "Logistic function; Rumelhart, Hinton & Williams, Nature 323, 1986", true),
    row<Tanh>("tanh", "Tanh", kSShaped, R"(\tanh x = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}})",
              R"(\tanh' x = 1 - \tanh^2 x)",
              "Hyperbolic tangent; LeCun, Bottou, Orr & Mueller, Efficient BackProp, 1998", true),
    row<Relu>("relu", "ReLU", kRelu, R"(\operatorname{ReLU}(x) = \max(0, x))",
              R"(\operatorname{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases})",
              "Nair & Hinton, ICML 2010; Glorot, Bordes & Bengio, AISTATS 2011", true),
    row<Softmax>(
        "softmax", "Softmax", kOutput,
        R"(s(x) = \operatorname{softmax}(x, \underbrace{c, \dots, c}_{k})_1 = \frac{e^{x}}{e^{x} + k\,e^{c}})",
        R"(\frac{\partial s}{\partial x} = s(x)\,\bigl(1 - s(x)\bigr))",
        "Normalised exponential; Bridle, Neurocomputing, 1990", true, kSoftmaxParams),
    row<LeakyRelu>("leaky_relu", "Leaky ReLU", kRelu,
                   R"(f(x) = \begin{cases} x & x > 0 \\ a\,x & x \le 0 \end{cases})",
                   R"(f'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases})",
                   "Maas, Hannun & Ng, ICML Workshop on Deep Learning, 2013", true, kLeakyParams),
    row<Elu>("elu", "ELU", kRelu,
             R"(f(x) = \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases})",
             R"(f'(x) = \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases})",
             "Clevert, Unterthiner & Hochreiter, ICLR 2016 (arXiv:1511.07289)", true, kEluParams),
    row<Prelu>("prelu", "PReLU", kRelu,
               R"(f(x) = \begin{cases} x & x > 0 \\ \alpha\,x & x \le 0 \end{cases})",
               R"(f'(x) = \begin{cases} 1 & x > 0 \\ \alpha & x \le 0 \end{cases})",
               "He, Zhang, Ren & Sun, ICCV 2015 (arXiv:1502.01852)", true, kPreluParams),
    row<Swish>(
        "swish", "Swish", kSmooth, R"(f(x) = x\,\sigma(\beta x))",
        R"(f'(x) = \sigma(\beta x) + \beta x\,\sigma(\beta x)\bigl(1 - \sigma(\beta x)\bigr))",
        "Ramachandran, Zoph & Le, 2017 (arXiv:1710.05941)", true, kSwishParams, nullptr,
        kSwishGhosts),
    row<Squareplus>("squareplus", "Squareplus", kSmooth,
                    R"(f(x) = \tfrac{1}{2}\bigl(x + \sqrt{x^2 + b}\bigr))",
                    R"(f'(x) = \tfrac{1}{2}\Bigl(1 + \frac{x}{\sqrt{x^2 + b}}\Bigr))",
                    "Barron, 2021 (arXiv:2112.11687)", true, kSquareplusParams, nullptr, kToReluB),
    row<Smu>(
        "smu", "SMU", kSmooth,
        R"(f(x) = \tfrac{1}{2}\Bigl((1+\alpha)\,x + (1-\alpha)\,x\,\operatorname{erf}\bigl(\mu(1-\alpha)x\bigr)\Bigr))",
        R"(f'(x) = \tfrac{1}{2}\Bigl(1 + \alpha + (1-\alpha)\operatorname{erf}(z) + \tfrac{2}{\sqrt{\pi}}(1-\alpha)\,z\,e^{-z^2}\Bigr),\ z = \mu(1-\alpha)x)",
        "Biswas, Kumar, Banerjee & Pandey, Smooth Maximum Unit, CVPR 2022 (arXiv:2111.04682)", true,
        kSmuParams, nullptr, kSmuGhosts),
    row<Smu1>(
        "smu1", "SMU-1", kSmooth,
        R"(f(x) = \tfrac{1}{2}\Bigl((1+\alpha)\,x + \sqrt{(1-\alpha)^2 x^2 + \mu^2}\Bigr))",
        R"(f'(x) = \tfrac{1}{2}\Bigl(1 + \alpha + \frac{(1-\alpha)^2 x}{\sqrt{(1-\alpha)^2 x^2 + \mu^2}}\Bigr))",
        "Biswas, Kumar, Banerjee & Pandey, Smooth Maximum Unit, CVPR 2022 (arXiv:2111.04682)", true,
        kSmu1Params, nullptr, kSmu1Ghosts),
    row<Gelu>(
        "gelu", "GELU", kSmooth,
        R"(f(x) = x\,\Phi(x) = \tfrac{x}{2}\Bigl(1 + \operatorname{erf}\tfrac{x}{\sqrt{2}}\Bigr))",
        R"(f'(x) = \Phi(x) + x\,\varphi(x),\ \varphi(x) = \tfrac{1}{\sqrt{2\pi}}\,e^{-x^2/2})",
        "Hendrycks & Gimpel, 2016 (arXiv:1606.08415)", false),
    row<GeluTanh>(
        "gelu_tanh", "GELU (tanh)", kSmooth,
        R"(f(x) = \tfrac{x}{2}\bigl(1 + \tanh u\bigr),\ u = \sqrt{2/\pi}\,\bigl(x + 0.044715\,x^3\bigr))",
        R"(f'(x) = \tfrac{1}{2}\bigl(1 + \tanh u\bigr) + \tfrac{x}{2}\bigl(1 - \tanh^2 u\bigr)\sqrt{2/\pi}\,\bigl(1 + 0.134145\,x^2\bigr))",
        "Hendrycks & Gimpel, 2016 (arXiv:1606.08415), tanh approximation", false, {}, nullptr,
        kGeluTanhGhosts),
    row<Silu>("silu", "SiLU", kSmooth, R"(f(x) = x\,\sigma(x))",
              R"(f'(x) = \sigma(x)\bigl(1 + x\,(1 - \sigma(x))\bigr))",
              "Hendrycks & Gimpel, 2016 (arXiv:1606.08415); Elfwing, Uchibe & Doya, 2017 "
              "(arXiv:1702.03118)",
              false),
    row<Mish>(
        "mish", "Mish", kSmooth,
        R"(f(x) = x \tanh\bigl(\operatorname{softplus}(x)\bigr),\ \operatorname{softplus}(x) = \ln(1 + e^{x}))",
        R"(f'(x) = \tanh\bigl(\operatorname{softplus}(x)\bigr) + x\,\sigma(x)\operatorname{sech}^2\bigl(\operatorname{softplus}(x)\bigr))",
        "Misra, 2019 (arXiv:1908.08681)", false),
    row<Softplus>(
        "softplus", "Softplus", kSmooth,
        R"(f(x) = \begin{cases} \tfrac{1}{\beta}\ln\bigl(1 + e^{\beta x}\bigr) & \beta x \le t \\ x & \beta x > t \end{cases})",
        R"(f'(x) = \begin{cases} \sigma(\beta x) & \beta x \le t \\ 1 & \beta x > t \end{cases})",
        "Dugas et al., NIPS 2000; threshold rule of torch.nn.Softplus", false, kSoftplusParams,
        nullptr, kToReluBeta),
    row<Selu>(
        "selu", "SELU", kRelu,
        R"(f(x) = \lambda \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases},\ \lambda \approx 1.0507,\ \alpha \approx 1.6733)",
        R"(f'(x) = \lambda \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases})",
        "Klambauer, Unterthiner, Mayr & Hochreiter, NIPS 2017 (arXiv:1706.02515)", false),
    row<Celu>(
        "celu", "CELU", kRelu,
        R"(f(x) = \begin{cases} x & x > 0 \\ \alpha\,\bigl(e^{x/\alpha} - 1\bigr) & x \le 0 \end{cases})",
        R"(f'(x) = \begin{cases} 1 & x > 0 \\ e^{x/\alpha} & x \le 0 \end{cases})",
        "Barron, 2017 (arXiv:1704.07483)", false, kCeluParams),
    row<Softsign>("softsign", "Softsign", kSShaped, R"(f(x) = \frac{x}{1 + |x|})",
                  R"(f'(x) = \frac{1}{(1 + |x|)^2})",
                  "Turian, Bergstra & Bengio, NAACL 2009; Glorot & Bengio, AISTATS 2010", false),
    withConstraint(
        row<HardTanh>(
            "hardtanh", "Hardtanh", kSShaped,
            R"(f(x) = \min\bigl(\max(x, x_{\min}), x_{\max}\bigr))",
            R"(f'(x) = \begin{cases} 1 & x_{\min} < x < x_{\max} \\ 0 & \text{otherwise} \end{cases})",
            "Collobert, 2004; torch.nn.Hardtanh", false, kHardtanhParams, &hardtanhOrder),
        "the lower limit must stay below the upper limit"),
    row<HardSigmoid>(
        "hardsigmoid", "Hardsigmoid", kSShaped, R"(f(x) = \frac{\operatorname{ReLU6}(x + 3)}{6})",
        R"(f'(x) = \begin{cases} 1/6 & -3 < x < 3 \\ 0 & \text{otherwise} \end{cases})",
        "Howard et al., Searching for MobileNetV3, 2019 (arXiv:1905.02244)", false),
    row<HardSwish>(
        "hardswish", "Hardswish", kSmooth, R"(f(x) = x\,\frac{\mathrm{ReLU6}(x + 3)}{6})",
        R"(f'(x) = \begin{cases} 0 & x < -3 \\ \frac{2x + 3}{6} & -3 \le x \le 3 \\ 1 & x > 3 \end{cases})",
        "Howard et al., Searching for MobileNetV3, 2019 (arXiv:1905.02244)", false),
    row<Relu6>("relu6", "ReLU6", kRelu, R"(f(x) = \min\bigl(\max(0, x), 6\bigr))",
               R"(f'(x) = \begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases})",
               "Krizhevsky, Convolutional Deep Belief Networks on CIFAR-10, 2010", false),
    row<LogSigmoid>("log_sigmoid", "LogSigmoid", kSShaped,
                    R"(f(x) = \ln \sigma(x) = -\ln\bigl(1 + e^{-x}\bigr))",
                    R"(f'(x) = 1 - \sigma(x) = \sigma(-x))", "torch.nn.LogSigmoid", false),
    row<TanhShrink>("tanhshrink", "Tanhshrink", kSShaped, R"(f(x) = x - \tanh x)",
                    R"(f'(x) = \tanh^2 x)", "torch.nn.Tanhshrink", false),
};

} // namespace

std::span<const FunctionSpec> catalogue() {
    return kCatalogue;
}

double ghostDistance(const FunctionSpec& fn, std::span<const double> params, const Ghost& ghost,
                     double a, double b, std::size_t count) {
    if (fn.validate(params)) return std::numeric_limits<double>::quiet_NaN();
    std::vector<double> xs;
    std::vector<double> centres = fn.kinks(params);
    sampleGrid(a, b, count, centres, xs);
    // Where a smooth curve meets a limit with a corner (SMU and its Leaky ReLU, at 0), the gap
    // can be far narrower than the grid's step (about 1/mu wide): around 0 and every kink, points
    // 2^-k away on either side, down to 2^-100.
    centres.push_back(0.0);
    for (const double c : centres) {
        if (!(c >= a && c <= b)) continue;
        xs.push_back(c);
        for (double h = std::max(std::fabs(c), 1.0); h >= 0x1p-100 && c + h != c; h /= 2) {
            if (c - h >= a) xs.push_back(c - h);
            if (c + h <= b) xs.push_back(c + h);
        }
    }
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    auto gap = [&](double x) {
        double f = 0.0;
        fn.evaluate(std::span<const double>(&x, 1), params, std::span<double>(&f, 1), {});
        return std::fabs(f - ghost.g(x, params.data()));
    };
    std::vector<double> f(xs.size());
    fn.evaluate(xs, params, f, {});
    double worst = 0.0;
    std::size_t best = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const double d = std::fabs(f[i] - ghost.g(xs[i], params.data()));
        if (std::isnan(d)) return d;
        if (d > worst) {
            worst = d;
            best = i;
        }
    }
    if (worst == 0.0 || xs.size() < 3) return worst;
    // The peak between the best point's neighbours, by golden-section search (the gap is one
    // hump there at the scale of the points).
    double lo = xs[best == 0 ? 0 : best - 1], hi = xs[std::min(best + 1, xs.size() - 1)];
    const double r = (std::sqrt(5.0) - 1.0) / 2.0;
    double x1 = hi - r * (hi - lo), x2 = lo + r * (hi - lo);
    double d1 = gap(x1), d2 = gap(x2);
    for (int it = 0; it < 200 && x1 < x2; ++it) {
        worst = std::max({worst, d1, d2});
        if (d1 < d2) {
            lo = x1;
            x1 = x2;
            d1 = d2;
            x2 = lo + r * (hi - lo);
            d2 = gap(x2);
        } else {
            hi = x2;
            x2 = x1;
            d2 = d1;
            x1 = hi - r * (hi - lo);
            d1 = gap(x1);
        }
    }
    return std::max({worst, d1, d2});
}

const FunctionSpec* findFunction(std::string_view id) {
    for (const FunctionSpec& fn : kCatalogue)
        if (fn.id == id) return &fn;
    return nullptr;
}

} // namespace actviz::core
