// SPDX-License-Identifier: GPL-3.0-or-later
// Copy as code in NumPy (f and f' of each curve, numerically stable) and the Matplotlib script
// that redraws the figure with those functions.

#include "code_writer_parts.h"
#include "text.h"
#include "theme_style.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>
#include <string_view>

namespace actviz::ui::code {
namespace {

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

/// A typed formula's f and f' in NumPy: its own expressions, as written (f' as derived).
QString typedFunctions(const CodeCurve& c, const core::CustomFunction& typed) {
    QString args = QStringLiteral("x");
    if (!c.params.empty()) args += QStringLiteral(", ") + pyDefaults(c);
    // An expression without x (f' of a straight line) still gives one value per x.
    const auto body = [](const std::string& e) {
        QString b = QString::fromStdString(e);
        if (!QRegularExpression(QStringLiteral("\\bx\\b")).match(b).hasMatch())
            b += QStringLiteral(" + np.zeros_like(x)");
        return b;
    };
    // As written, a formula may overflow or take a root of a negative number (np.where computes
    // both sides): NaN and inf as in the window, without warnings.
    return QStringLiteral(
               "\n\ndef %1(%2):\n    \"\"\"%3: f, typed as %4\"\"\"\n    x = "
               "np.asarray(x, dtype=float)\n    with np.errstate(all=\"ignore\"):\n"
               "        return %5\n\n\ndef d_%1(%2):\n    "
               "\"\"\"%3: f' (derived symbolically).\"\"\"\n    x = np.asarray(x, "
               "dtype=float)\n    with np.errstate(all=\"ignore\"):\n        return %6\n")
        .arg(c.ident, args, c.label,
             QString::fromStdString(typed.text).replace(QLatin1Char('"'), QLatin1Char('\'')),
             body(typed.numpyF), body(typed.numpyDf));
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
    // The catalogue functions typed formulas call, each once.
    std::vector<const core::FunctionSpec*> called;
    for (const CodeCurve& c : curves) {
        if (const NumpyRow* row = findRow(kNumpy, c.fn->id)) erf = erf || row->erf;
        const core::CustomFunction* typed = core::customFunction(*c.fn);
        if (typed == nullptr) continue;
        erf = erf || typed->numpyF.find("erf(") != std::string::npos ||
              typed->numpyDf.find("erf(") != std::string::npos;
        for (const core::FunctionSpec* fn : typed->calls) {
            if (std::find(called.begin(), called.end(), fn) != called.end()) continue;
            called.push_back(fn);
            if (const NumpyRow* row = findRow(kNumpy, fn->id)) erf = erf || row->erf;
        }
    }
    QString code = QStringLiteral("import numpy as np\n");
    if (erf) code += QStringLiteral("from scipy.special import erf, erfc  # NumPy has no erf\n");
    code += QStringLiteral("\n\n") + str(kSigmoidHelpers);
    for (const core::FunctionSpec* fn : called) {
        const NumpyRow* row = findRow(kNumpy, fn->id);
        QString args = QStringLiteral("x");
        for (const core::ParamSpec& p : fn->params)
            args += QStringLiteral(", ") + pyName(p.id);
        code += QStringLiteral("\n\ndef _f_%1(%2):\n    \"\"\"%3, called by typed formulas.\"\"\"\n"
                               "    %4\n\n\ndef _df_%1(%2):\n    %5\n")
                    .arg(str(fn->id), args, str(fn->name), str(row->f), str(row->df));
    }
    for (const CodeCurve& c : curves) {
        if (const core::CustomFunction* typed = core::customFunction(*c.fn)) {
            code += typedFunctions(c, *typed);
            continue;
        }
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

} // namespace

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

} // namespace actviz::ui::code
