// SPDX-License-Identifier: GPL-3.0-or-later
// Copy as code in PyTorch and JAX: the library's own calls with the curve's arguments (its
// operations where it has no such function), f' by autograd.

#include "code_writer_parts.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "actviz/core/parameter.h"

#include <QRegularExpression>

#include <array>
#include <cmath>
#include <string_view>

namespace actviz::ui::code {
namespace {

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

/// A catalogue function inside a typed formula: the library's call at `argument`.
std::string callIn(bool torch, const core::FunctionSpec& fn, const std::string& argument,
                   const std::vector<std::string>& params) {
    const LibraryCall* row = findRow(kCalls, fn.id);
    QString out = str(torch ? row->torch : row->jax);
    out.replace(QRegularExpression(QStringLiteral("\\bx\\b")),
                QStringLiteral("(") + QString::fromStdString(argument) + QStringLiteral(")"));
    for (std::size_t p = 0; p < fn.params.size() && p < params.size(); ++p)
        out.replace(QStringLiteral("{") + str(fn.params[p].id) + QStringLiteral("}"),
                    QStringLiteral("(") + QString::fromStdString(params[p]) + QStringLiteral(")"));
    return out.toStdString();
}

std::string torchCall(const core::FunctionSpec& fn, const std::string& argument,
                      const std::vector<std::string>& params) {
    return callIn(true, fn, argument, params);
}

std::string jaxCall(const core::FunctionSpec& fn, const std::string& argument,
                    const std::vector<std::string>& params) {
    return callIn(false, fn, argument, params);
}

/// A typed formula in the library's operations: f as typed (f' by autograd).
QString typedCall(const core::CustomFunction& typed, bool torch) {
    static const core::PythonDialect kTorch{"torch.", "torch.special.erf", "torch.where",
                                            "torch.as_tensor({}, dtype=x.dtype)", &torchCall};
    static const core::PythonDialect kJax{"jnp.", "jax.scipy.special.erf", "jnp.where", "",
                                          &jaxCall};
    return QString::fromStdString(core::formulaAsPython(typed, torch ? kTorch : kJax));
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

} // namespace

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
        if (const core::CustomFunction* typed = core::customFunction(*c.fn)) {
            QString args = QStringLiteral("x");
            if (!c.params.empty()) args += QStringLiteral(", ") + pyDefaults(c);
            code += QStringLiteral("\n\ndef %1(%2):\n    \"\"\"%3, typed as %4\"\"\"\n    "
                                   "return %5\n")
                        .arg(c.ident, args, c.label,
                             QString::fromStdString(typed->text)
                                 .replace(QLatin1Char('"'), QLatin1Char('\'')),
                             typedCall(*typed, torch));
            continue;
        }
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

} // namespace actviz::ui::code
