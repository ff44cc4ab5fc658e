// SPDX-License-Identifier: GPL-3.0-or-later
#include "scene_model.h"

#include "catalogue_text.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"
#include "actviz/core/parity.h"

#include <cmath>
#include <variant>

namespace actviz::ui {

const std::vector<QColor>& curvePalette(Theme theme) {
    // Okabe & Ito (2008), then Tol's and Brewer's colours picked greedily for the largest
    // smallest CIELAB distance to those before them. On white, the light ones (orange, sky blue,
    // yellow, pink) are darkened in HLS lightness to a WCAG contrast of at least 3.2:1; on the
    // dark background (#1e1f22) the dark ones are lightened the same way (black becomes grey).
    static const std::vector<QColor> onWhite{
        QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
        QColor(0xc8, 0x70, 0xa1), QColor(0xbb, 0x81, 0x00), QColor(0x1c, 0x95, 0xd9),
        QColor(0x00, 0x00, 0x00), QColor(0x9a, 0x90, 0x0c), QColor(0x33, 0x22, 0x88),
        QColor(0x2c, 0xa0, 0x2c), QColor(0x5f, 0x0f, 0x40), QColor(0xe4, 0x1a, 0x1c),
        QColor(0x8c, 0x56, 0x4b), QColor(0x00, 0x5f, 0x5f), QColor(0x98, 0x4e, 0xa3),
        QColor(0xa6, 0x56, 0x28)};
    static const std::vector<QColor> onDark{
        QColor(0x00, 0x79, 0xbc), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
        QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
        QColor(0x73, 0x73, 0x73), QColor(0xf0, 0xe4, 0x42), QColor(0x75, 0x61, 0xd8),
        QColor(0x2c, 0xa0, 0x2c), QColor(0xd4, 0x21, 0x8f), QColor(0xe4, 0x1a, 0x1c),
        QColor(0xa2, 0x63, 0x57), QColor(0x00, 0x83, 0x83), QColor(0xa2, 0x55, 0xae),
        QColor(0xb2, 0x5c, 0x2b)};
    return theme == Theme::Dark ? onDark : onWhite;
}

int colourRepeat(const std::vector<Curve>& curves, int i) {
    int n = 0;
    for (int j = 0; j < i && j < static_cast<int>(curves.size()); ++j)
        n += curves[static_cast<size_t>(j)].color == curves[static_cast<size_t>(i)].color;
    return n;
}

core::FlavoredFunction exactFunction(const Curve& curve) {
    return {*curve.function, curve.params, nullptr};
}

core::FlavoredFunction drawnFunction(const Curve& curve) {
    if (curve.flavor == core::Flavor::Exact) return exactFunction(curve);
    auto made = core::flavoredWith(*curve.function, curve.flavor, curve.params);
    if (auto* f = std::get_if<core::FlavoredFunction>(&made)) return std::move(*f);
    return exactFunction(curve);
}

std::vector<std::size_t> drawnGradientParams(const Curve& curve) {
    const core::FunctionSpec& fn = *curve.function;
    std::vector<std::size_t> shown;
    if (curve.flavor != core::Flavor::Exact) {
        const auto definition = core::libraryDefinition(fn.id, curve.flavor);
        if (!definition || definition->target != fn.id) return shown;
    }
    const std::vector<bool> taken = core::takenParameters(fn, curve.flavor);
    for (std::size_t p : fn.learnableParams())
        if (taken[p]) shown.push_back(p);
    return shown;
}

bool differenceDrawn(const Curve& curve) {
    return curve.visible && curve.showDifference && curve.flavor != core::Flavor::Exact;
}

double definitionDifference(double flavoured, double exact) {
    return flavoured == exact ? 0.0 : flavoured - exact;
}

QString flavorSuffix(const Curve& curve) {
    if (curve.flavor == core::Flavor::Exact) return {};
    return QStringLiteral(" · ") + qs(core::flavorInfo(curve.flavor).name);
}

SceneModel::SceneModel(QObject* parent)
    : QObject(parent) {}

QString SceneModel::curveName(int i) const {
    const Curve& c = curve(i);
    int copies = 0;
    int number = 0;
    for (int j = 0; j < curveCount(); ++j) {
        if (curve(j).function != c.function) continue;
        ++copies;
        if (j <= i) ++number;
    }
    const QString name = qs(c.function->name);
    return copies > 1 ? QStringLiteral("%1 #%2").arg(name).arg(number) : name;
}

QString SceneModel::curveLabel(int i, ParameterNames names) const {
    const Curve& c = curve(i);
    QString label = curveName(i);
    label += flavorSuffix(c);
    if (c.params.empty()) return label;
    QStringList parts;
    for (std::size_t p = 0; p < c.params.size(); ++p) {
        const auto& spec = c.function->params[p];
        parts << (names == ParameterNames::Symbols ? texSymbolToText(qs(spec.tex)) : qs(spec.id)) +
                     "=" + QString::fromStdString(core::formatShort(c.params[p]));
    }
    return label + " (" + parts.join(", ") + ")";
}

QColor firstUnusedColor(const std::vector<Curve>& curves, Theme theme) {
    const auto& palette = curvePalette(theme);
    for (const QColor& c : palette) {
        bool used = false;
        for (const Curve& curve : curves)
            used = used || curve.color == c;
        if (!used) return c;
    }
    return palette[curves.size() % palette.size()];
}

QColor SceneModel::nextColor() const {
    return firstUnusedColor(m_scene.curves, m_scene.theme);
}

int SceneModel::addCurve(const QString& functionId) {
    const core::FunctionSpec* fn = core::findFunction(functionId.toStdString());
    return fn == nullptr ? -1 : addCurve(*fn);
}

void SceneModel::setFunction(int i, const core::FunctionSpec& fn) {
    setFunction(i, fn, fn.defaults());
}

void SceneModel::setFunction(int i, const core::FunctionSpec& fn, std::vector<double> params) {
    if (!valid(i)) return;
    if (fn.validate(params)) params = fn.defaults();
    Curve& c = m_scene.curves[static_cast<size_t>(i)];
    if (c.function == &fn && c.params == params) return;
    c.function = &fn;
    c.params = std::move(params);
    c.flavor = core::Flavor::Exact;
    c.showDifference = false;
    emit curveFunctionChanged(i);
    emit curveDefinitionChanged(i);
    emit curveParametersChanged(i);
}

int SceneModel::addCurve(const core::FunctionSpec& fn) {
    if (curveCount() >= core::kMaxCurves) return -1;
    Curve c;
    c.function = &fn;
    c.params = fn.defaults();
    c.color = nextColor();
    m_scene.curves.push_back(std::move(c));
    const int i = curveCount() - 1;
    emit curveAdded(i);
    setSelected(i);
    return i;
}

void SceneModel::setDepth(const DepthSettings& depth) {
    if (depth.layers < core::kMinDepth || depth.layers > core::kMaxDepth ||
        !std::isfinite(depth.weight) || !std::isfinite(depth.input) || depth == m_scene.depth)
        return;
    m_scene.depth = depth;
    emit depthChanged();
}

std::optional<QString> SceneModel::setSoftmax(const SoftmaxSettings& softmax) {
    if (softmax.logits.size() < core::kMinLogits || softmax.logits.size() > core::kMaxLogits)
        return tr("Softmax takes 2 to 10 logits, got %1.").arg(softmax.logits.size());
    for (double z : softmax.logits)
        if (!std::isfinite(z)) return tr("Every logit must be a finite number.");
    if (!std::isfinite(softmax.temperature) || !(softmax.temperature > 0.0))
        return tr("The temperature must be a finite number > 0.");
    if (softmax == m_scene.softmax) return std::nullopt;
    m_scene.softmax = softmax;
    emit softmaxChanged();
    return std::nullopt;
}

int SceneModel::addTangent(int curve, double x0) {
    if (!valid(curve) || !std::isfinite(x0) ||
        static_cast<int>(m_scene.tangents.size()) >= core::kMaxTangents)
        return -1;
    m_scene.tangents.push_back({curve, x0});
    emit tangentsChanged();
    return static_cast<int>(m_scene.tangents.size()) - 1;
}

void SceneModel::moveTangent(int t, double x0) {
    if (t < 0 || t >= static_cast<int>(m_scene.tangents.size()) || !std::isfinite(x0)) return;
    if (m_scene.tangents[static_cast<size_t>(t)].x0 == x0) return;
    m_scene.tangents[static_cast<size_t>(t)].x0 = x0;
    emit tangentsChanged();
}

void SceneModel::removeTangent(int t) {
    if (t < 0 || t >= static_cast<int>(m_scene.tangents.size())) return;
    m_scene.tangents.erase(m_scene.tangents.begin() + t);
    emit tangentsChanged();
}

void SceneModel::clearTangents() {
    if (m_scene.tangents.empty()) return;
    m_scene.tangents.clear();
    emit tangentsChanged();
}

void SceneModel::removeCurve(int i) {
    if (!valid(i)) return;
    m_scene.curves.erase(m_scene.curves.begin() + i);
    // Tangents follow their curves: those of the removed one go, later ones shift down.
    bool tangentsMoved = false;
    for (auto it = m_scene.tangents.begin(); it != m_scene.tangents.end();) {
        if (it->curve == i) {
            it = m_scene.tangents.erase(it);
            tangentsMoved = true;
            continue;
        }
        if (it->curve > i) {
            --it->curve;
            tangentsMoved = true;
        }
        ++it;
    }
    // The selection is valid again before anyone hears of the removal.
    const int before = m_selected;
    if (m_selected > i || m_selected >= curveCount()) m_selected -= 1;
    if (m_selected == i && before == i && i < curveCount()) m_selected = i;
    if (m_selected < 0 && curveCount() > 0) m_selected = 0;
    emit curveRemoved(i);
    emit selectionChanged(m_selected);
    if (tangentsMoved) emit tangentsChanged();
}

std::optional<QString> SceneModel::setParameter(int i, std::size_t param, double value) {
    if (!valid(i)) return tr("There is no curve %1.").arg(i);
    Curve& c = m_scene.curves[static_cast<size_t>(i)];
    if (param >= c.params.size())
        return tr("%1 has no parameter %2.").arg(curveLabel(i)).arg(param);
    if (c.params[param] == value) return std::nullopt;
    std::vector<double> candidate = c.params;
    candidate[param] = value;
    if (c.function->validate(candidate)) return refusal(*c.function, param, value);
    if (c.flavor != core::Flavor::Exact) {
        auto made = core::flavoredWith(*c.function, c.flavor, candidate);
        if (auto* why = std::get_if<std::string>(&made)) return QString::fromStdString(*why);
    }
    c.params = std::move(candidate);
    emit curveParametersChanged(i);
    return std::nullopt;
}

QString SceneModel::refusal(const core::FunctionSpec& fn, std::size_t param, double value) {
    // The core explains in English; the window says the same in the interface's language.
    const core::ParamSpec& p = fn.params[param];
    // "Hardtanh lower limit (x_min)": the function's name and the parameter's translated name.
    const QString name = QStringLiteral("%1 %2 (%3)")
                             .arg(qs(fn.name), catalogueText(p.name), texSymbolToText(qs(p.tex)));
    const QString got = QString::fromStdString(core::formatShort(value, 17));
    if (!p.domain.contains(value)) {
        const core::Domain& d = p.domain;
        QString what;
        if (d.integer)
            what = tr("a whole number >= %1").arg(qs(core::formatShort(d.lo)));
        else if (std::isfinite(d.lo) && !d.loInclusive)
            what = tr("a number > %1").arg(qs(core::formatShort(d.lo)));
        else if (d.nonZero)
            what = tr("a finite number other than 0");
        else if (d.hiInclusive)
            what = tr("a finite number (or inf)");
        else
            what = tr("a finite number");
        return tr("%1 must be %2, got %3.").arg(name, what, got);
    }
    // Valid alone, so a constraint between parameters (hardtanh's min < max) refused it.
    return tr("%1 = %2 would break the rule between the parameters: %3.")
        .arg(name, got, catalogueText(fn.constraint));
}

void SceneModel::resetParameters(int i) {
    if (!valid(i)) return;
    Curve& c = m_scene.curves[static_cast<size_t>(i)];
    const std::vector<double> defaults = core::definitionDefaults(*c.function, c.flavor);
    if (c.params == defaults) return;
    c.params = defaults;
    emit curveParametersChanged(i);
}

void SceneModel::setColor(int i, const QColor& color) {
    if (!valid(i) || !color.isValid() || curve(i).color == color) return;
    m_scene.curves[static_cast<size_t>(i)].color = color;
    emit curveStyleChanged(i);
}

void SceneModel::setVisible(int i, bool visible) {
    if (!valid(i) || curve(i).visible == visible) return;
    m_scene.curves[static_cast<size_t>(i)].visible = visible;
    emit curveStyleChanged(i);
}

void SceneModel::setShowDerivative(int i, bool show) {
    if (!valid(i) || curve(i).showDerivative == show) return;
    m_scene.curves[static_cast<size_t>(i)].showDerivative = show;
    emit curveStyleChanged(i);
}

void SceneModel::setShowGradient(int i, bool show) {
    if (!valid(i) || curve(i).showGradient == show) return;
    m_scene.curves[static_cast<size_t>(i)].showGradient = show;
    emit curveStyleChanged(i);
}

std::optional<QString> SceneModel::setFlavor(int i, core::Flavor flavor) {
    if (!valid(i)) return tr("There is no curve %1.").arg(i);
    Curve& c = m_scene.curves[static_cast<size_t>(i)];
    if (c.flavor == flavor) return std::nullopt;
    const auto definition = core::libraryDefinition(c.function->id, flavor);
    if (definition && !definition->available)
        return tr("%1 has no %2.").arg(qs(core::flavorInfo(flavor).name), qs(c.function->name));
    std::vector<double> params = core::carryParameters(*c.function, c.flavor, flavor, c.params);
    auto made = core::flavoredWith(*c.function, flavor, params);
    if (auto* why = std::get_if<std::string>(&made)) return QString::fromStdString(*why);
    c.flavor = flavor;
    c.params = std::move(params);
    emit curveDefinitionChanged(i);
    emit curveParametersChanged(i); // the values drawn change
    return std::nullopt;
}

void SceneModel::setShowDifference(int i, bool show) {
    if (!valid(i) || curve(i).showDifference == show) return;
    m_scene.curves[static_cast<size_t>(i)].showDifference = show;
    emit curveStyleChanged(i);
}

std::optional<QString> axisRangeProblem(double lo, double hi, const QString& axis) {
    switch (core::checkAxisRange(lo, hi)) {
    case core::AxisRangeProblem::None:
        return std::nullopt;
    case core::AxisRangeProblem::NotFinite:
        return SceneModel::tr("The %1 range needs two finite numbers.").arg(axis);
    case core::AxisRangeProblem::NotOrdered:
        return SceneModel::tr("The %1 range must start below where it ends.").arg(axis);
    case core::AxisRangeProblem::TooFar:
        return SceneModel::tr("The %1 range must stay within ±%2.")
            .arg(axis, qs(core::formatShort(core::kMaxAxisMagnitude)));
    case core::AxisRangeProblem::TinyEnd:
        return SceneModel::tr("Each end of the %1 range must be 0 or at least %2 away from 0.")
            .arg(axis, qs(core::formatShort(core::kMinAxisEndMagnitude)));
    case core::AxisRangeProblem::TooNarrow:
        return SceneModel::tr("The %1 range is too narrow to draw: it must span at least %2 of its "
                              "larger end (and at least %3).")
            .arg(axis, qs(core::formatShort(core::kMinAxisRelativeWidth)),
                 qs(core::formatShort(core::kMinAxisWidth)));
    }
    return std::nullopt;
}

std::optional<QString> viewRangeProblem(const ViewRange& view) {
    if (auto x = axisRangeProblem(view.xMin, view.xMax, QStringLiteral("x"))) return x;
    return axisRangeProblem(view.yMin, view.yMax, QStringLiteral("y"));
}

std::optional<QString> SceneModel::setView(const ViewRange& view) {
    if (auto why = viewRangeProblem(view)) return why;
    if (view == m_scene.view) return std::nullopt;
    m_scene.view = view;
    emit viewChanged();
    return std::nullopt;
}

void SceneModel::setTheme(Theme theme) {
    if (theme == m_scene.theme) return;
    retheme(m_scene, theme);
    emit themeChanged();
}

void SceneModel::setThemeOverride(std::optional<Theme> theme) {
    if (theme == m_themeOverride) return;
    const Theme drawn = this->theme();
    m_themeOverride = theme;
    if (this->theme() != drawn) emit themeChanged();
}

void retheme(Scene& scene, Theme theme) {
    // Automatic colours follow the theme (colour k of one palette becomes colour k of the other);
    // colours the user chose stay.
    const auto& from = curvePalette(scene.theme);
    const auto& to = curvePalette(theme);
    for (Curve& c : scene.curves)
        for (std::size_t k = 0; k < from.size(); ++k)
            if (c.color == from[k]) {
                c.color = to[k];
                break;
            }
    scene.theme = theme;
}

void SceneModel::setLanguage(const QString& language) {
    if (language == m_scene.language) return;
    m_scene.language = language;
    emit languageChanged();
}

void SceneModel::setSelected(int i) {
    if (!valid(i)) i = -1;
    if (i == m_selected) return;
    m_selected = i;
    emit selectionChanged(i);
}

void SceneModel::restoreScene(const Scene& scene) {
    m_scene = scene;
    if (m_selected >= curveCount()) m_selected = curveCount() - 1;
    emit sceneReset();
    emit selectionChanged(m_selected);
    emit sceneRestored();
}

void SceneModel::setScene(const Scene& scene) {
    m_scene = scene;
    m_home = scene.view;
    m_selected = m_scene.curves.empty() ? -1 : 0;
    emit sceneReset();
    emit selectionChanged(m_selected);
}

Scene SceneModel::lectureScene() {
    Scene s;
    const auto& palette = curvePalette();
    int n = 0;
    for (const char* id : {"sigmoid", "tanh", "relu", "leaky_relu"}) {
        Curve c;
        c.function = core::findFunction(id);
        c.params = c.function->defaults();
        c.color = palette[static_cast<size_t>(n++)];
        s.curves.push_back(c);
    }
    s.curves.back().params = {0.1}; // a slope a class can see (the default 0.01 hides the leak)
    return s;
}

} // namespace actviz::ui
