// SPDX-License-Identifier: GPL-3.0-or-later
#include "code_writer.h"

#include "code_writer_parts.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "actviz/core/parameter.h"

#include <QStringList>

#include <cmath>

namespace actviz::ui {
namespace {

constexpr std::array<CodeLanguageInfo, 5> kLanguages{{
    {CodeLanguage::Numpy, "numpy", "NumPy", "py"},
    {CodeLanguage::Matplotlib, "matplotlib", "Matplotlib", "py"},
    {CodeLanguage::PyTorch, "pytorch", "PyTorch", "py"},
    {CodeLanguage::Jax, "jax", "JAX", "py"},
    {CodeLanguage::Pgfplots, "pgfplots", "pgfplots", "tex"},
}};

} // namespace

namespace code {

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

std::vector<CodeCurve> codeCurves(const Scene& scene) {
    SceneModel model; // for the labels the window gives
    model.setScene(scene);
    std::vector<CodeCurve> out;
    for (int i = 0; i < model.curveCount(); ++i) {
        const Curve& c = model.curve(i);
        // A typed formula without NumPy code (see CustomFunction::numpyF) is left out.
        const core::CustomFunction* typed = core::customFunction(*c.function);
        if (!c.visible || (typed != nullptr && typed->numpyF.empty())) continue;
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
            if (o.fn->id == cc.fn->id) ++n; // typed formulas are all "formula"

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
        parts << (c.fn->program != nullptr ? qs(core::formulaPythonName(c.fn->params[p].id))
                                           : pyName(c.fn->params[p].id)) +
                     QStringLiteral("=") + pyNumber(c.params[p]);
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

} // namespace code

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
    using namespace code;
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
