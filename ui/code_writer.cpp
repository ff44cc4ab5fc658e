// SPDX-License-Identifier: GPL-3.0-or-later
#include "code_writer.h"

#include "text.h"
#include "theme_style.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"
#include "actviz/core/parity.h"
#include "actviz/core/sampling.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <vector>

namespace actviz::ui {
namespace {

constexpr std::array<CodeLanguageInfo, 5> kLanguages{{
    {CodeLanguage::Numpy, "numpy", "NumPy", "py"},
    {CodeLanguage::Matplotlib, "matplotlib", "Matplotlib", "py"},
    {CodeLanguage::PyTorch, "pytorch", "PyTorch", "py"},
    {CodeLanguage::Jax, "jax", "JAX", "py"},
    {CodeLanguage::Pgfplots, "pgfplots", "pgfplots", "tex"},
}};

/// One function in NumPy: its f and f' as the body of a Python function of x and the parameters
/// (named as the catalogue's ids; min and max as PyTorch's min_val and max_val). Every branch of
/// np.where is computed for every x, so each is written to be finite and warning-free for any
/// finite x: exponentials only of arguments that cannot overflow, and a rationalised branch
/// evaluated, where it is not chosen, at a point of its own side (xr), so its denominator cannot
/// vanish.
struct NumpyRow {
    std::string_view id;
    std::string_view f;
    std::string_view df;
    bool erf = false; ///< needs scipy.special.erf/erfc
};

constexpr std::string_view kSigmoidHelpers = R"py(def _sigmoid(z):
    """1 / (1 + e^-z), with e^-|z| only: no overflow."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _sech2(z):
    """1 / cosh(z)^2 = 4 e^(-2|z|) / (1 + e^(-2|z|))^2: no overflow."""
    t = np.exp(-2.0 * np.abs(z))
    return 4.0 * t / (1.0 + t) ** 2
)py";

const auto kNumpy = std::to_array<NumpyRow>({
    {"sigmoid", "return _sigmoid(x)", "return _sigmoid(x) * _sigmoid(-x)"},
    {"tanh", "return np.tanh(x)", "return _sech2(x)"},
    {"relu", "return np.maximum(x, 0.0)", "return np.where(x > 0, 1.0, 0.0)"},
    {"softmax", "return _sigmoid(x - c - np.log(k))",
     "z = x - c - np.log(k)\n    return _sigmoid(z) * _sigmoid(-z)"},
    {"leaky_relu", "return np.where(x > 0, x, slope * x)", "return np.where(x > 0, 1.0, slope)"},
    {"elu", "return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0)))",
     "return np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))"},
    {"prelu", "return np.where(x > 0, x, alpha * x)", "return np.where(x > 0, 1.0, alpha)"},
    {"swish", "return x * _sigmoid(beta * x)",
     "s = _sigmoid(beta * x)\n    return s + beta * x * s * _sigmoid(-beta * x)"},
    {"squareplus",
     "# (x + sqrt(x^2 + b)) / 2, and b / (2 (sqrt(x^2 + b) - x)) for x < 0 (no cancellation);\n"
     "    # sqrt(x^2 + b) as hypot(x, sqrt b), which does not overflow\n"
     "    xn = np.minimum(x, 0.0)\n"
     "    sn = np.hypot(xn, np.sqrt(b))\n"
     "    return np.where(x >= 0, 0.5 * (x + np.hypot(x, np.sqrt(b))), 0.5 * b / (sn - xn))",
     "xn = np.minimum(x, 0.0)\n"
     "    sn = np.hypot(xn, np.sqrt(b))\n"
     "    return np.where(x >= 0, 0.5 * (1.0 + x / np.hypot(x, np.sqrt(b))),\n"
     "                    0.5 * b / sn / (sn - xn))"},
    {"smu",
     "# alpha x + (1 - alpha) x erfc(-z) / 2: no cancellation where erf(z) is near -1\n"
     "    z = mu * (1.0 - alpha) * x\n"
     "    return alpha * x + 0.5 * (1.0 - alpha) * x * erfc(-z)",
     "z = mu * (1.0 - alpha) * x\n"
     "    zc = np.clip(z, -40.0, 40.0)  # z e^(-z^2) is 0 in double beyond\n"
     "    return alpha + 0.5 * (1.0 - alpha) * erfc(-z) + (1.0 - alpha) / np.sqrt(np.pi) * zc * "
     "np.exp(-zc * zc)",
     true},
    {"smu1",
     "# ((1 + a) x + s) / 2 with s = sqrt((1 - a)^2 x^2 + mu^2) = hypot((1 - a) x, mu). Where\n"
     "    # (1 + a) x < 0 and |x| > |mu| the two cancel: ((1 + a)^2 x^2 - s^2) / ((1 + a) x - s)\n"
     "    # instead, divided through by x; computed at xr, which is x there and elsewhere a point\n"
     "    # of that side (np.where computes both branches)\n"
     "    cancel = ((1.0 + alpha) * x < 0) & (np.abs(x) > np.abs(mu))\n"
     "    xr = np.where(cancel, x, -np.copysign(np.abs(mu) + 1.0, 1.0 + alpha))\n"
     "    m = mu / xr\n"
     "    rational = (4.0 * alpha * xr - mu * m) / (\n"
     "        1.0 + alpha - np.copysign(np.hypot(1.0 - alpha, m), xr))\n"
     "    return 0.5 * np.where(cancel, rational, (1.0 + alpha) * x + np.hypot((1.0 - alpha) * x, "
     "mu))",
     "# 1 + a + (1 - a)^2 x / s, rationalised where the two terms have opposite signs\n"
     "    cancel = (1.0 + alpha) * x < 0\n"
     "    xr = np.where(cancel, x, -np.copysign(1.0, 1.0 + alpha))\n"
     "    s = np.hypot((1.0 - alpha) * x, mu)\n"
     "    sr = np.hypot((1.0 - alpha) * xr, mu)\n"
     "    b = (1.0 - alpha) ** 2 * xr / sr\n"
     "    rational = (4.0 * alpha * ((1.0 - alpha) * xr / sr) ** 2 + ((1.0 + alpha) * mu / sr) ** "
     "2) / (\n"
     "        1.0 + alpha - b)\n"
     "    return 0.5 * np.where(cancel, rational, 1.0 + alpha + (1.0 - alpha) ** 2 * x / s)"},
    {"gelu", "return x * 0.5 * erfc(-x / np.sqrt(2.0))",
     "xc = np.clip(x, -40.0, 40.0)  # e^(-x^2/2) is 0 in double beyond\n"
     "    return 0.5 * erfc(-x / np.sqrt(2.0)) + xc * np.exp(-0.5 * xc * xc) / np.sqrt(2.0 * "
     "np.pi)",
     true},
    {"gelu_tanh",
     "# x (1 + tanh u) / 2 = x sigmoid(2u); u of x within +-1e3 (beyond, sigmoid(2u) is 0 or 1)\n"
     "    xc = np.clip(x, -1e3, 1e3)\n"
     "    u = np.sqrt(2.0 / np.pi) * (xc + 0.044715 * xc ** 3)\n"
     "    return x * _sigmoid(2.0 * u)",
     "xc = np.clip(x, -1e3, 1e3)\n"
     "    u = np.sqrt(2.0 / np.pi) * (xc + 0.044715 * xc ** 3)\n"
     "    du = np.sqrt(2.0 / np.pi) * (1.0 + 0.134145 * xc * xc)\n"
     "    return _sigmoid(2.0 * u) + 0.5 * xc * _sech2(u) * du"},
    {"silu", "return x * _sigmoid(x)", "return _sigmoid(x) * (1.0 + x * _sigmoid(-x))"},
    {"mish", "return x * np.tanh(np.logaddexp(0.0, x))",
     "sp = np.logaddexp(0.0, x)\n    return np.tanh(sp) + x * _sigmoid(x) * _sech2(sp)"},
    {"softplus", "return np.where(beta * x > threshold, x, np.logaddexp(0.0, beta * x) / beta)",
     "return np.where(beta * x > threshold, 1.0, _sigmoid(beta * x))"},
    {"selu",
     "return 1.0507009873554805 * np.where(x > 0, x, 1.6732632423543772 * "
     "np.expm1(np.minimum(x, 0.0)))",
     "return 1.0507009873554805 * np.where(x > 0, 1.0, 1.6732632423543772 * "
     "np.exp(np.minimum(x, 0.0)))"},
    {"celu",
     "# x / alpha no lower than -800: e^-800 is 0 in double, and the division cannot overflow\n"
     "    z = np.maximum(np.minimum(x, 0.0), -800.0 * alpha) / alpha\n"
     "    return np.where(x > 0, x, alpha * np.expm1(z))",
     "z = np.maximum(np.minimum(x, 0.0), -800.0 * alpha) / alpha\n"
     "    return np.where(x > 0, 1.0, np.exp(z))"},
    {"softsign", "return x / (1.0 + np.abs(x))", "return (1.0 / (1.0 + np.abs(x))) ** 2"},
    {"hardtanh", "return np.minimum(np.maximum(x, min_val), max_val)",
     "return np.where((x > min_val) & (x < max_val), 1.0, 0.0)"},
    {"hardsigmoid", "return np.minimum(np.maximum(x + 3.0, 0.0), 6.0) / 6.0",
     "return np.where((x > -3.0) & (x < 3.0), 1.0 / 6.0, 0.0)"},
    {"hardswish", "return x * np.minimum(np.maximum(x + 3.0, 0.0), 6.0) / 6.0",
     "return np.where(x < -3.0, 0.0, np.where(x > 3.0, 1.0, (2.0 * x + 3.0) / 6.0))"},
    {"relu6", "return np.minimum(np.maximum(x, 0.0), 6.0)",
     "return np.where((x > 0) & (x < 6.0), 1.0, 0.0)"},
    {"log_sigmoid", "return -np.logaddexp(0.0, -x)", "return _sigmoid(-x)"},
    {"tanhshrink",
     "# x - tanh x cancels near 0: its series there\n"
     "    xs = np.clip(x, -0.05, 0.05)\n"
     "    x2 = xs * xs\n"
     "    series = xs * x2 * (1.0 / 3 + x2 * (-2.0 / 15 + x2 * (17.0 / 315 + x2 * (-62.0 / 2835\n"
     "                       + x2 * (1382.0 / 155925)))))\n"
     "    return np.where(np.abs(x) < 0.05, series, x - np.tanh(x))",
     "return np.tanh(x) ** 2"},
});

/// One function in PyTorch and JAX: the library's call with the curve's arguments, or the
/// formula in its operations where it has no such function (or not with these parameters).
struct LibraryCall {
    std::string_view id;
    std::string_view torch; ///< "" where written out
    std::string_view jax;
};

/// The calls; {name} stands for a parameter's value.
const auto kCalls = std::to_array<LibraryCall>({
    {"sigmoid", "torch.sigmoid(x)", "jax.nn.sigmoid(x)"},
    {"tanh", "torch.tanh(x)", "jnp.tanh(x)"},
    {"relu", "F.relu(x)", "jax.nn.relu(x)"},
    // k logits c are one logit c + ln k to softmax: exact, and of constant size for any k.
    {"softmax",
     "torch.softmax(torch.stack([x, torch.full_like(x, {c} + math.log({k}))]), dim=0)[0]",
     "jax.nn.softmax(jnp.stack([x, jnp.full_like(x, {c} + math.log({k}))]), axis=0)[0]"},
    {"leaky_relu", "F.leaky_relu(x, negative_slope={slope})",
     "jax.nn.leaky_relu(x, negative_slope={slope})"},
    {"elu", "F.elu(x, alpha={alpha})", "jax.nn.elu(x, alpha={alpha})"},
    {"prelu", "F.prelu(x, torch.tensor([{alpha}], dtype=x.dtype))",
     "jnp.where(x > 0, x, {alpha} * x)"},
    {"swish", "x * torch.sigmoid({beta} * x)", "x * jax.nn.sigmoid({beta} * x)"},
    {"squareplus",
     "torch.where(x >= 0, 0.5 * (x + torch.sqrt(x * x + {b})),\n"
     "                       0.5 * {b} / (torch.sqrt(x.clamp(max=0) ** 2 + {b}) - x.clamp(max=0)))",
     "jax.nn.squareplus(x, b={b})"},
    {"smu", "0.5 * ((1 + {alpha}) * x + (1 - {alpha}) * x * torch.erf({mu} * (1 - {alpha}) * x))",
     "0.5 * ((1 + {alpha}) * x + (1 - {alpha}) * x * jax.scipy.special.erf({mu} * (1 - {alpha}) "
     "* x))"},
    {"smu1", "0.5 * ((1 + {alpha}) * x + torch.sqrt(((1 - {alpha}) * x) ** 2 + {mu} ** 2))",
     "0.5 * ((1 + {alpha}) * x + jnp.sqrt(((1 - {alpha}) * x) ** 2 + {mu} ** 2))"},
    {"gelu", "F.gelu(x)", "jax.nn.gelu(x, approximate=False)"},
    {"gelu_tanh", "F.gelu(x, approximate='tanh')", "jax.nn.gelu(x, approximate=True)"},
    {"silu", "F.silu(x)", "jax.nn.silu(x)"},
    {"mish", "F.mish(x)", "jax.nn.mish(x)"},
    {"softplus", "F.softplus(x, beta={beta}, threshold={threshold})",
     "jnp.where({beta} * x > {threshold}, x, jax.nn.softplus({beta} * x) / {beta})"},
    {"selu", "F.selu(x)", "jax.nn.selu(x)"},
    {"celu", "F.celu(x, alpha={alpha})", "jax.nn.celu(x, alpha={alpha})"},
    {"softsign", "F.softsign(x)", "jax.nn.soft_sign(x)"},
    {"hardtanh", "F.hardtanh(x, min_val={min}, max_val={max})", "jnp.clip(x, {min}, {max})"},
    {"hardsigmoid", "F.hardsigmoid(x)", "jax.nn.hard_sigmoid(x)"},
    {"hardswish", "F.hardswish(x)", "jax.nn.hard_swish(x)"},
    {"relu6", "F.relu6(x)", "jax.nn.relu6(x)"},
    {"log_sigmoid", "F.logsigmoid(x)", "jax.nn.log_sigmoid(x)"},
    {"tanhshrink", "F.tanhshrink(x)", "x - jnp.tanh(x)"},
});

template <typename Row, std::size_t N>
const Row* findRow(const std::array<Row, N>& rows, std::string_view id) {
    const auto it =
        std::find_if(rows.begin(), rows.end(), [id](const Row& r) { return r.id == id; });
    return it == rows.end() ? nullptr : &*it;
}

QString str(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// A number as Python reads it back as the same double.
QString pyNumber(double v) {
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("float(\"inf\")") : QStringLiteral("-float(\"inf\")");
    QString s = qs(core::formatNumber(v));
    if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e'))) s += QStringLiteral(".0");
    return s;
}

/// A parameter's name in Python: the catalogue's id; min and max (built-ins) as PyTorch names
/// them.
QString pyName(std::string_view id) {
    if (id == "min") return QStringLiteral("min_val");
    if (id == "max") return QStringLiteral("max_val");
    return str(id);
}

/// A visible curve as the code writes it: the function drawn (a library's flavour may compute
/// another, as JAX's GELU the tanh form) with its values, and a Python identifier.
struct CodeCurve {
    const Curve* curve;
    const core::FunctionSpec* fn; ///< the function drawn
    std::vector<double> params;   ///< its values
    QString ident;                ///< "leaky_relu", "leaky_relu_2" for a second copy
    QString label;                ///< the legend text
    QString name;                 ///< the legend text without the parameters
    core::FlavoredFunction drawn; ///< f and f' as drawn (a library's kink derivatives too)
    std::size_t index;            ///< its place in the scene's curves
};

std::vector<CodeCurve> codeCurves(const Scene& scene) {
    SceneModel model; // for the labels the window gives
    model.setScene(scene);
    std::vector<CodeCurve> out;
    for (int i = 0; i < model.curveCount(); ++i) {
        const Curve& c = model.curve(i);
        if (!c.visible) continue;
        const core::FlavoredFunction drawn = drawnFunction(c);
        CodeCurve cc{&scene.curves[static_cast<std::size_t>(i)],
                     &drawn.target(),
                     {drawn.params().begin(), drawn.params().end()},
                     {},
                     model.curveLabel(i),
                     model.curveName(i) + flavorSuffix(c),
                     drawn,
                     static_cast<std::size_t>(i)};
        QString ident = str(cc.fn->id);
        int n = 1;
        for (const CodeCurve& o : out)
            if (o.fn == cc.fn) ++n;
        if (n > 1) ident += QStringLiteral("_%1").arg(n);
        cc.ident = ident;
        out.push_back(std::move(cc));
    }
    return out;
}

/// "slope=0.1, alpha=1.0": the curve's values as keyword defaults.
QString pyDefaults(const CodeCurve& c) {
    QStringList parts;
    for (std::size_t p = 0; p < c.params.size(); ++p)
        parts << pyName(c.fn->params[p].id) + QStringLiteral("=") + pyNumber(c.params[p]);
    return parts.join(QStringLiteral(", "));
}

/// The kinks of each curve inside [lo, hi], for the scripts' grids.
std::vector<double> kinksIn(const CodeCurve& c, double lo, double hi) {
    std::vector<double> ks;
    for (double k : c.drawn.kinks())
        if (k >= lo && k <= hi) ks.push_back(k);
    return ks;
}

QString pyList(const std::vector<double>& v) {
    QStringList parts;
    for (double x : v)
        parts << pyNumber(x);
    return QStringLiteral("[") + parts.join(QStringLiteral(", ")) + QStringLiteral("]");
}

QString pyString(const QString& s) {
    QString e = s;
    e.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("\"") + e + QStringLiteral("\"");
}

QString header(const QString& what) {
    return QStringLiteral("#!/usr/bin/env python3\n# %1\n# Written by actviz from a scene; "
                          "every number is the scene's own.\n")
        .arg(what);
}

/// Where the curve's library gives f' other values than the catalogue's formula (JAX's Leaky
/// ReLU has 1 at 0; PyTorch's hardsigmoid' is float's 1/6), as NumPy lines that set them on d:
/// at each kink, and on each stretch between kinks where the library's f' is a constant.
QString derivativeOverrides(const CodeCurve& c) {
    if (c.curve->flavor == core::Flavor::Exact) return {};
    QString lines;
    const std::vector<double> kinks = c.drawn.kinks();
    for (double k : kinks)
        if (const double v = c.drawn.df(k); v != c.fn->df(k, c.params))
            lines +=
                QStringLiteral("    d = np.where(x == %1, %2, d)  # %3's f' at the kink\n")
                    .arg(pyNumber(k), pyNumber(v), str(core::flavorInfo(c.curve->flavor).name));
    for (std::size_t i = 0; i + 1 < kinks.size(); ++i) {
        const double a = kinks[i], b = kinks[i + 1];
        const double m1 = a + (b - a) / 3, m2 = a + 2 * (b - a) / 3;
        const double v = c.drawn.df(m1);
        if (v != c.fn->df(m1, c.params) && c.drawn.df(m2) == v)
            lines += QStringLiteral("    d = np.where((x > %1) & (x < %2), %3, d)  # %4's f'\n")
                         .arg(pyNumber(a), pyNumber(b), pyNumber(v),
                              str(core::flavorInfo(c.curve->flavor).name));
    }
    return lines;
}

/// The NumPy functions of every curve, and the CURVES list (label, f, f', kinks).
QString numpyFunctions(const std::vector<CodeCurve>& curves, const ViewRange& view) {
    bool erf = false;
    for (const CodeCurve& c : curves)
        if (const NumpyRow* row = findRow(kNumpy, c.fn->id)) erf = erf || row->erf;
    QString code = QStringLiteral("import numpy as np\n");
    if (erf) code += QStringLiteral("from scipy.special import erf, erfc  # NumPy has no erf\n");
    code += QStringLiteral("\n\n") + str(kSigmoidHelpers);
    for (const CodeCurve& c : curves) {
        const NumpyRow* row = findRow(kNumpy, c.fn->id);
        if (row == nullptr) continue;
        QString args = QStringLiteral("x");
        if (!c.params.empty()) args += QStringLiteral(", ") + pyDefaults(c);
        code += QStringLiteral("\n\ndef %1(%2):\n    \"\"\"%3: f.\"\"\"\n    x = np.asarray(x, "
                               "dtype=float)\n    %4\n")
                    .arg(c.ident, args, c.label, str(row->f));
        QString df = str(row->df);
        if (const QString overrides = derivativeOverrides(c); !overrides.isEmpty()) {
            const qsizetype last = df.lastIndexOf(QStringLiteral("return "));
            df = df.left(last) + QStringLiteral("d = ") + df.mid(last + 7) + QStringLiteral("\n") +
                 overrides + QStringLiteral("    return d");
        }
        code += QStringLiteral("\n\ndef d_%1(%2):\n    \"\"\"%3: f'.\"\"\"\n    x = "
                               "np.asarray(x, dtype=float)\n    %4\n")
                    .arg(c.ident, args, c.label, df);
    }
    code += QStringLiteral("\n\n# label, f, f', kinks in the scene's x range, derivative shown\n"
                           "CURVES = [\n");
    for (const CodeCurve& c : curves)
        code +=
            QStringLiteral("    (%1, %2, d_%2, %3, %4),\n")
                .arg(pyString(c.label), c.ident, pyList(kinksIn(c, view.xMin, view.xMax)),
                     c.curve->showDerivative ? QStringLiteral("True") : QStringLiteral("False"));
    code += QStringLiteral("]\n");
    return code;
}

QString numpyProgram(const Scene& scene, const std::vector<CodeCurve>& curves) {
    QString code = header(QStringLiteral(
        "f and f' of each visible curve in NumPy, numerically stable: no overflow or warning for\n"
        "# |x| from 1e-300 to 1e300, unless a parameter times x itself overflows."));
    code += numpyFunctions(curves, scene.view);
    code += QStringLiteral("\n\nif __name__ == \"__main__\":\n"
                           "    x = np.linspace(%1, %2, 7)\n"
                           "    for label, f, df, kinks, _ in CURVES:\n"
                           "        print(label)\n"
                           "        print(\"  x  \", x)\n"
                           "        print(\"  f  \", f(x))\n"
                           "        print(\"  f' \", df(x))\n")
                .arg(pyNumber(scene.view.xMin), pyNumber(scene.view.xMax));
    return code;
}

QString matplotlibProgram(const Scene& scene, const std::vector<CodeCurve>& curves) {
    const ThemeStyle s = themeStyle(scene.theme);
    QString code = header(QStringLiteral(
        "The scene's figure in Matplotlib: its curves, derivatives, colours, ranges and theme.\n"
        "# Usage: python3 THIS_FILE [OUTPUT] (default actviz-plot.png)."));
    code += QStringLiteral("import sys\n\nimport matplotlib\n\nmatplotlib.use(\"Agg\")  # no "
                           "window needed\nimport matplotlib.pyplot as plt  # noqa: E402\n");
    code += numpyFunctions(curves, scene.view);
    code += QStringLiteral(R"py(

def _line(f, x, kinks):
    """x and f(x), broken where f jumps at a kink (its limits either side, no vertical line)."""
    xs, ys = [], []
    y = f(x)
    for xi, yi in zip(x, y):
        if xi in kinks:
            left = float(f(np.nextafter(xi, -np.inf)))
            right = float(f(np.nextafter(xi, np.inf)))
            if abs(left - right) > 1e-9 * (1.0 + abs(left)):
                xs += [xi, xi, xi]
                ys += [left, np.nan, right]
                continue
        xs.append(xi)
        ys.append(yi)
    return np.array(xs), np.array(ys)


def main():
    x_min, x_max, y_min, y_max = %1, %2, %3, %4
    plt.rcParams.update({"font.size": %5, "axes.labelsize": %6})
    fig, ax = plt.subplots(figsize=(12.8, 7.2), dpi=100)
    fig.patch.set_facecolor("%7")
    ax.set_facecolor("%7")
    for side in ax.spines.values():
        side.set_color("%8")
    ax.tick_params(colors="%8")
    ax.xaxis.label.set_color("%8")
    ax.yaxis.label.set_color("%8")
    ax.grid(True, color="%9", linewidth=1.0)
    ax.axhline(0.0, color="%10", linewidth=1.3)
    ax.axvline(0.0, color="%10", linewidth=1.3)
    base = np.linspace(x_min, x_max, 2001)
)py")
                .arg(pyNumber(scene.view.xMin), pyNumber(scene.view.xMax),
                     pyNumber(scene.view.yMin), pyNumber(scene.view.yMax))
                .arg(s.fontPointSize)
                .arg(s.labelPointSize)
                .arg(s.background.name(), s.foreground.name(), s.grid.name(), s.zeroLine.name());
    // A colour used before is told apart by a dash-dot line, as in the window.
    QStringList colours, styles;
    int entries = 0;
    for (const CodeCurve& c : curves) {
        colours << pyString(c.curve->color.name());
        styles << (colourRepeat(scene.curves, static_cast<int>(c.index)) > 0
                       ? QStringLiteral("\"-.\"")
                       : QStringLiteral("\"-\""));
        entries += c.curve->showDerivative ? 2 : 1;
    }
    code += QStringLiteral("    colours = [%1]\n    styles = [%2]\n")
                .arg(colours.join(QStringLiteral(", ")), styles.join(QStringLiteral(", ")));
    // Many entries, or the presentation's large type, go beside the plot.
    const QString legendPlace = entries > 8 || scene.theme == Theme::Presentation
                                    ? QStringLiteral("loc=\"upper left\", bbox_to_anchor=(1.02, 1)")
                                    : QStringLiteral("loc=\"upper left\"");
    code +=
        QStringLiteral(
            R"py(    for (label, f, df, kinks, derivative), colour, style in zip(CURVES, colours, styles):
        x = np.union1d(base, kinks)
        ax.plot(*_line(f, x, kinks), color=colour, linewidth=%1, linestyle=style, label=label)
        if derivative:
            ax.plot(*_line(df, x, kinks), color=colour, linewidth=%2, linestyle="--",
                    label=label + ": f'")
    ax.set_xlim(x_min, x_max)
    ax.set_ylim(y_min, y_max)
    ax.set_xlabel("x")
    ax.set_ylabel("f(x)")
    if CURVES:  # a legend of nothing would warn
        legend = ax.legend(%6, facecolor="%3", edgecolor="%4")
        for text in legend.get_texts():
            text.set_color("%5")
    fig.tight_layout()
    fig.savefig(sys.argv[1] if len(sys.argv) > 1 else "actviz-plot.png",
                facecolor=fig.get_facecolor())


if __name__ == "__main__":
    main()
)py")
            .arg(pyNumber(s.curveWidth * 0.75), pyNumber(s.curveWidth * 0.6),
                 s.legendBackground.name(), s.grid.name(), s.foreground.name(), legendPlace);
    return code;
}

/// "{slope}" in a call template replaced by the curve's values.
QString fillCall(std::string_view call, const CodeCurve& c) {
    QString out = str(call);
    for (std::size_t p = 0; p < c.params.size(); ++p) {
        const core::ParamSpec& spec = c.fn->params[p];
        // In parentheses when negative: -3.0 ** 2 is -9 in Python.
        QString value = pyNumber(c.params[p]);
        if (c.params[p] < 0) value = QStringLiteral("(") + value + QStringLiteral(")");
        out.replace(QStringLiteral("{") + str(spec.id) + QStringLiteral("}"), value);
    }
    return out;
}

/// How the library's own definition of the curve's function differs, as comment lines.
QString libraryComment(const CodeCurve& c, core::Flavor library) {
    QString comment;
    const auto definition = core::libraryDefinition(c.fn->id, library);
    const QString name = str(core::flavorInfo(library).name);
    if (!definition || !definition->available) {
        comment += QStringLiteral("    # %1 has no %2: written out in its operations.\n")
                       .arg(name, str(c.fn->name));
        if (definition && !definition->note.empty())
            comment += QStringLiteral("    # (%1)\n").arg(str(definition->note));
        return comment;
    }
    if (!definition->note.empty())
        comment += QStringLiteral("    # %1's %2: %3\n")
                       .arg(name, str(definition->call), str(definition->note));
    if (c.curve->flavor != core::Flavor::Exact && c.curve->flavor != library)
        comment += QStringLiteral("    # The curve shows %1's definition.\n")
                       .arg(str(core::flavorInfo(c.curve->flavor).name));
    return comment;
}

QString libraryProgram(const Scene& scene, const std::vector<CodeCurve>& curves,
                       core::Flavor library) {
    const bool torch = library == core::Flavor::PyTorch;
    QString code = header(
        torch ? QStringLiteral("The scene's curves with PyTorch's own functions (float64); f' by "
                               "autograd.")
              : QStringLiteral("The scene's curves with JAX's own functions (float64); f' by "
                               "jax.grad."));
    code += torch ? QStringLiteral("import math\n\nimport torch\nimport torch.nn.functional as F\n")
                  : QStringLiteral("import math\n\nimport jax\nimport jax.numpy as jnp\nimport "
                                   "jax.scipy.special  # noqa: F401\n\njax.config.update("
                                   "\"jax_enable_x64\", True)\n");
    for (const CodeCurve& c : curves) {
        const LibraryCall* row = findRow(kCalls, c.fn->id);
        if (row == nullptr) continue;
        std::string_view call = torch ? row->torch : row->jax;
        // The library's function where it computes the curve: Swish with beta 1 is silu.
        if (c.fn->id == "swish" && c.params[0] == 1.0)
            call = torch ? "F.silu(x)" : "jax.nn.swish(x)";
        if (!torch && c.fn->id == "hardtanh" && c.params[0] == -1.0 && c.params[1] == 1.0)
            call = "jax.nn.hard_tanh(x)";
        if (!torch && c.fn->id == "softplus" && c.params[0] == 1.0 && std::isinf(c.params[1]))
            call = "jax.nn.softplus(x)";
        code += QStringLiteral("\n\ndef %1(x):\n    \"\"\"%2\"\"\"\n%3    return %4\n")
                    .arg(c.ident, c.label, libraryComment(c, library), fillCall(call, c));
    }
    code += QStringLiteral("\n\nCURVES = [\n");
    for (const CodeCurve& c : curves)
        code += QStringLiteral("    (%1, %2),\n").arg(pyString(c.label), c.ident);
    code += QStringLiteral("]\n");
    const QString range =
        QStringLiteral("%1, %2").arg(pyNumber(scene.view.xMin), pyNumber(scene.view.xMax));
    if (torch) {
        code += QStringLiteral(R"py(

def f_and_df(f, x):
    """f(x) and f'(x) by autograd, in float64."""
    x = torch.as_tensor(x, dtype=torch.float64).clone().requires_grad_(True)
    y = f(x)
    (dy,) = torch.autograd.grad(y.sum(), x)
    return y.detach().numpy(), dy.numpy()


if __name__ == "__main__":
    x = torch.linspace(%1, 7, dtype=torch.float64)
    for label, f in CURVES:
        y, dy = f_and_df(f, x)
        print(label)
        print("  f  ", y)
        print("  f' ", dy)
)py")
                    .arg(range);
    } else {
        code += QStringLiteral(R"py(

def f_and_df(f, x):
    """f(x) and f'(x) by jax.grad, in float64."""
    x = jnp.asarray(x, dtype=jnp.float64)
    return f(x), jax.vmap(jax.grad(f))(x)


if __name__ == "__main__":
    x = jnp.linspace(%1, 7)
    for label, f in CURVES:
        y, dy = f_and_df(f, x)
        print(label)
        print("  f  ", y)
        print("  f' ", dy)
)py")
                    .arg(range);
    }
    return code;
}

/// Plain text for LaTeX: its special characters escaped; the name's middle dot as maths.
QString texEscape(const QString& s) {
    QString e;
    for (QChar ch : s) {
        if (QStringLiteral("#$%&_{}").contains(ch))
            e += QLatin1Char('\\') + QString(ch);
        else if (ch == QLatin1Char('\\'))
            e += QStringLiteral("\\textbackslash{}");
        else if (ch == QLatin1Char('^'))
            e += QStringLiteral("\\^{}");
        else if (ch == QLatin1Char('~'))
            e += QStringLiteral("\\~{}");
        else if (ch == QChar(0x00b7))
            e += QStringLiteral("$\\cdot$");
        else if (ch.unicode() > 127)
            e += QLatin1Char('?'); // names are ASCII: not reached
        else
            e += ch;
    }
    return e;
}

/// The legend text in LaTeX: the name, then the parameters with the formulas' symbols
/// ("Swish ($\beta$=1.5)").
QString texLabel(const CodeCurve& c) {
    QString label = texEscape(c.name);
    if (c.params.empty()) return label;
    QStringList parts;
    for (std::size_t p = 0; p < c.params.size(); ++p)
        parts << QStringLiteral("$%1$=%2").arg(str(c.fn->params[p].tex),
                                               qs(core::formatShort(c.params[p])));
    return label + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QStringLiteral(")");
}

/// Keeps, of the points [first, last] of one unbroken run, those the line needs to stay within
/// `tolerance` (in view units, x and y each scaled to [0, 1]) of all of them (Douglas and
/// Peucker); `keep` marks them.
void simplifyRun(const std::vector<double>& x, const std::vector<double>& y, std::size_t first,
                 std::size_t last, double sx, double sy, double tolerance,
                 std::vector<bool>& keep) {
    if (last <= first + 1) return;
    const double ax = x[first] * sx, ay = y[first] * sy;
    const double bx = x[last] * sx, by = y[last] * sy;
    const double length = std::hypot(bx - ax, by - ay);
    double worst = -1.0;
    std::size_t at = first;
    for (std::size_t i = first + 1; i < last; ++i) {
        const double px = x[i] * sx, py = y[i] * sy;
        const double d = length > 0.0
                             ? std::fabs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
                             : std::hypot(px - ax, py - ay);
        if (d > worst) {
            worst = d;
            at = i;
        }
    }
    if (worst <= tolerance) return;
    keep[at] = true;
    simplifyRun(x, y, first, at, sx, sy, tolerance, keep);
    simplifyRun(x, y, at, last, sx, sy, tolerance, keep);
}

/// Sampled coordinates of one quantity: broken (a nan) where it jumps at a kink, left out far
/// outside the y range (TeX's dimensions are small), and thinned to the points the line needs
/// to stay within a hair (1/5000 of the view) of every sample, kinks kept: TeX's memory holds
/// every coordinate of every plot.
QString coordinates(const CodeCurve& c, bool derivative, const ViewRange& v) {
    std::vector<double> grid;
    const std::vector<double> kinks = c.drawn.kinks();
    core::sampleGrid(v.xMin, v.xMax, 1000, kinks, grid);
    std::vector<double> values(grid.size());
    if (derivative)
        c.drawn.evaluate(grid, {}, values);
    else
        c.drawn.evaluate(grid, values, {});
    auto at = [&](double x) { return derivative ? c.drawn.df(x) : c.drawn.f(x); };
    const double span = v.yMax - v.yMin;
    std::vector<double> xs, ys;
    std::vector<bool> keep;
    auto add = [&](double x, double y, bool kept) {
        const bool inside = std::isfinite(y) && y >= v.yMin - 10 * span && y <= v.yMax + 10 * span;
        xs.push_back(x);
        ys.push_back(inside ? y : std::nan(""));
        keep.push_back(kept || !inside);
    };
    for (std::size_t i = 0; i < grid.size(); ++i) {
        const bool kink = std::find(kinks.begin(), kinks.end(), grid[i]) != kinks.end();
        if (kink && i > 0 && i + 1 < grid.size()) {
            const double left = at(std::nextafter(grid[i], -INFINITY));
            const double right = at(std::nextafter(grid[i], INFINITY));
            if (std::fabs(left - right) > 1e-9 * (1.0 + std::fabs(left))) {
                add(grid[i], left, true);
                add(grid[i], std::nan(""), true);
                add(grid[i], right, true);
                continue;
            }
        }
        add(grid[i], values[i], kink || i == 0 || i + 1 == grid.size());
    }
    // Each run between gaps keeps its ends and what its shape needs.
    const double sx = 1.0 / (v.xMax - v.xMin), sy = 1.0 / span;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= xs.size(); ++i) {
        if (i < xs.size() && std::isfinite(ys[i])) continue;
        if (i > start) {
            keep[start] = keep[i - 1] = true;
            std::size_t from = start;
            for (std::size_t k = start + 1; k < i; ++k)
                if (keep[k]) { // kinks split the run
                    simplifyRun(xs, ys, from, k, sx, sy, 2e-4, keep);
                    from = k;
                }
        }
        start = i + 1;
    }
    // One nan per gap: a run of points out of view is one break in the line.
    QStringList pts;
    bool gap = true;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (!keep[i]) continue;
        const bool finite = std::isfinite(ys[i]);
        if (!finite && gap) continue;
        gap = !finite;
        pts << QStringLiteral("(%1,%2)").arg(qs(core::formatNumber(xs[i])),
                                             finite ? qs(core::formatNumber(ys[i]))
                                                    : QStringLiteral("nan"));
    }
    // A few points a line keeps TeX's input lines short.
    QString out;
    for (int i = 0; i < pts.size(); ++i)
        out += pts[i] + ((i + 1) % 4 == 0 ? QStringLiteral("\n    ") : QStringLiteral(" "));
    return out.trimmed();
}

QString pgfplotsDocument(const Scene& scene, const std::vector<CodeCurve>& curves) {
    const ThemeStyle s = themeStyle(scene.theme);
    const ViewRange& v = scene.view;
    QString doc = QStringLiteral(
        "%% The scene's figure as a self-contained pgfplots document: pdflatex THIS_FILE.\n"
        "%% Written by actviz; the coordinates are the exact values sampled by actviz, kinks "
        "included.\n"
        "\\documentclass{article}\n\\usepackage{pgfplots}\n"
        "\\pgfplotsset{compat=1.16}\n\\pagestyle{empty}\n\\newsavebox\\plotbox\n");
    for (std::size_t i = 0; i < curves.size(); ++i)
        doc += QStringLiteral("\\definecolor{curve%1}{HTML}{%2}\n")
                   .arg(i + 1)
                   .arg(curves[i].curve->color.name().mid(1).toUpper());
    doc += QStringLiteral("\\definecolor{background}{HTML}{%1}\n\\definecolor{foreground}{HTML}{%2}"
                          "\n\\definecolor{gridline}{HTML}{%3}\n")
               .arg(s.background.name().mid(1).toUpper(), s.foreground.name().mid(1).toUpper(),
                    s.grid.name().mid(1).toUpper());
    // Many entries go beside the plot; the presentation theme's type and lines are large.
    int entries = 0;
    for (const CodeCurve& c : curves)
        entries += c.curve->showDerivative ? 2 : 1;
    const bool big = scene.theme == Theme::Presentation;
    const QString legendPlace = entries > 8 ? QStringLiteral("at={(1.03,1)}, anchor=north west")
                                            : QStringLiteral("at={(0.02,0.98)}, anchor=north west");
    const QString x0 = qs(core::formatNumber(v.xMin)), x1 = qs(core::formatNumber(v.xMax));
    const QString y0 = qs(core::formatNumber(v.yMin)), y1 = qs(core::formatNumber(v.yMax));
    const double span = v.yMax - v.yMin;
    doc += QStringLiteral(
               "\\begin{document}\n\\pagecolor{background}\n"
               "\\sbox\\plotbox{\\begin{tikzpicture}\n"
               "\\begin{axis}[width=16cm, height=10cm, xmin=%1, xmax=%2, ymin=%3, ymax=%4,\n"
               "  restrict y to domain=%5:%6, font=%7,\n"
               "  xlabel={$x$}, ylabel={$f(x)$}, grid=major, grid style={gridline},\n"
               "  axis line style={foreground}, tick label style={foreground},\n"
               "  label style={foreground}, unbounded coords=jump, legend cell align=left,\n"
               "  legend style={%8, fill=background, text=foreground}]\n")
               .arg(x0, x1, y0, y1, qs(core::formatNumber(v.yMin - 10 * span)),
                    qs(core::formatNumber(v.yMax + 10 * span)),
                    big ? QStringLiteral("\\Large") : QStringLiteral("\\normalsize"), legendPlace);
    // The axes' zero lines, where they are in view.
    if (v.yMin <= 0 && v.yMax >= 0)
        doc += QStringLiteral(
                   "\\addplot[foreground, thin, forget plot] coordinates {(%1,0) (%2,0)};\n")
                   .arg(x0, x1);
    if (v.xMin <= 0 && v.xMax >= 0)
        doc += QStringLiteral(
                   "\\addplot[foreground, thin, forget plot] coordinates {(0,%1) (0,%2)};\n")
                   .arg(y0, y1);
    const QString width = pyNumber(s.curveWidth * 0.75); // pixels at 96 dpi, in points
    const QString dwidth = pyNumber(s.curveWidth * 0.6);
    for (std::size_t i = 0; i < curves.size(); ++i) {
        const CodeCurve& c = curves[i];
        // A colour used before is told apart by a dash-dot pattern, as in the window.
        const QString style = colourRepeat(scene.curves, static_cast<int>(c.index)) > 0
                                  ? QStringLiteral(", dash dot")
                                  : QString();
        for (const bool derivative : {false, true}) {
            if (derivative && !c.curve->showDerivative) continue;
            const QString options = QStringLiteral("curve%1, line width=%2pt%3")
                                        .arg(i + 1)
                                        .arg(derivative ? dwidth : width,
                                             derivative ? QStringLiteral(", dashed") : style);
            const QString label = texLabel(c) + (derivative ? QStringLiteral(": $f'$") : QString());
            const QString points = coordinates(c, derivative, v);
            // A line wholly out of view draws nothing; its legend entry keeps its place.
            static const QRegularExpression finitePoint(QStringLiteral("\\([^,]+,[^n)]"));
            if (points.contains(finitePoint))
                doc +=
                    QStringLiteral("\\addplot[%1] coordinates {\n    %2};\n\\addlegendentry{%3}\n")
                        .arg(options, points, label);
            else
                doc += QStringLiteral("\\addlegendimage{%1}\n\\addlegendentry{%2}\n")
                           .arg(options, label);
        }
    }
    // The page is the picture's size, with a small margin (the standalone class's job, done by
    // hand: plain LaTeX and pgfplots are all it needs); the box is shipped out as it is, so a
    // tall legend never spills onto another page.
    doc += QStringLiteral("\\end{axis}\n\\end{tikzpicture}}\n"
                          "\\pdfpagewidth=\\dimexpr\\wd\\plotbox+12pt\\relax\n"
                          "\\pdfpageheight=\\dimexpr\\ht\\plotbox+\\dp\\plotbox+12pt\\relax\n"
                          "\\hoffset=-1in \\voffset=-1in\n"
                          "\\shipout\\vbox{\\kern6pt\\hbox{\\kern6pt\\usebox\\plotbox}}\n"
                          "\\end{document}\n");
    return doc;
}

} // namespace

std::span<const CodeLanguageInfo> codeLanguages() {
    return kLanguages;
}

const CodeLanguageInfo& codeLanguageInfo(CodeLanguage language) {
    return kLanguages[static_cast<std::size_t>(language)];
}

std::optional<CodeLanguage> codeLanguageFromId(const QString& id) {
    for (const CodeLanguageInfo& l : kLanguages)
        if (id == QLatin1String(l.id)) return l.language;
    return std::nullopt;
}

QByteArray sceneCode(const Scene& scene, CodeLanguage language) {
    const std::vector<CodeCurve> curves = codeCurves(scene);
    switch (language) {
    case CodeLanguage::Numpy:
        return numpyProgram(scene, curves).toUtf8();
    case CodeLanguage::Matplotlib:
        return matplotlibProgram(scene, curves).toUtf8();
    case CodeLanguage::PyTorch:
        return libraryProgram(scene, curves, core::Flavor::PyTorch).toUtf8();
    case CodeLanguage::Jax:
        return libraryProgram(scene, curves, core::Flavor::Jax).toUtf8();
    case CodeLanguage::Pgfplots:
        return pgfplotsDocument(scene, curves).toUtf8();
    }
    return {};
}

} // namespace actviz::ui
