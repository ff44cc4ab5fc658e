// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scene: every piece of state the window shows (curves, view, theme, language, selection).
// Widgets edit it through its setters and redraw from its signals; it serialises to the scene
// file format (scene_json.h).

#include <QColor>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace actviz::core {
struct FunctionSpec;
class FlavoredFunction;
enum class Flavor;
} // namespace actviz::core

namespace actviz::ui {

/// One curve: a catalogue function with its own parameter values and style.
struct Curve {
    const core::FunctionSpec* function = nullptr;
    std::vector<double> params;
    QColor color;
    bool visible = true;
    bool showDerivative = false; ///< f' (same colour, dashed)
    bool showGradient = false;   ///< df/dparam of each learnable parameter (dotted)
    /// Whose definition is drawn: the catalogue's ({}: core::Flavor::Exact) or a library's
    /// (core/parity.h); a parameter the library fixes has its fixed value in `params`.
    core::Flavor flavor{};
    /// f - f_exact (and f' - f'_exact with the derivative) on the right axis, for a flavour.
    bool showDifference = false;
    friend bool operator==(const Curve&, const Curve&) = default;
};

/// The curve as it is drawn: its function as its flavour defines it, with its parameter values.
/// The catalogue's definition when the flavour's cannot take the values (a scene the model
/// never accepts).
[[nodiscard]] core::FlavoredFunction drawnFunction(const Curve& curve);
/// The learnable parameters whose df/dparam the curve shows: those its definition takes (none
/// where a library computes another function, as JAX's GELU the tanh form).
[[nodiscard]] std::vector<std::size_t> drawnGradientParams(const Curve& curve);
/// The curve's function exactly as the catalogue defines it, with its parameter values.
[[nodiscard]] core::FlavoredFunction exactFunction(const Curve& curve);
/// Whether the curve's difference from the catalogue's definition is drawn (visible, asked for,
/// and a flavour other than the catalogue's).
[[nodiscard]] bool differenceDrawn(const Curve& curve);
/// flavoured - exact, and 0 where they are equal (equal infinities too).
[[nodiscard]] double definitionDifference(double flavoured, double exact);
/// " · JAX" after a curve's name when it shows a library's definition; empty for the catalogue's.
[[nodiscard]] QString flavorSuffix(const Curve& curve);

/// The visible rectangle of the plot, in data coordinates.
struct ViewRange {
    double xMin = -6.0;
    double xMax = 6.0;
    double yMin = -1.5;
    double yMax = 3.5;
    friend bool operator==(const ViewRange&, const ViewRange&) = default;
};

enum class Theme { Light, Dark, Presentation };

/// The whole displayable state, as a value (what a scene file holds).
/// A tangent pinned to curve `curve` at x0, labelled with x0, f(x0) and f'(x0).
struct Tangent {
    int curve = 0;
    double x0 = 0.0;
    friend bool operator==(const Tangent&, const Tangent&) = default;
};

/// The vanishing-gradient view: a chain of `layers` layers h_l = f(weight h_{l-1}), h_0 = input.
struct DepthSettings {
    bool shown = false; ///< the window shows this view instead of the curves
    int layers = 20;
    double weight = 1.0;
    double input = 0.5;
    friend bool operator==(const DepthSettings&, const DepthSettings&) = default;
};

/// The softmax view: softmax(z / T) over a few logits, as bars.
struct SoftmaxSettings {
    bool shown = false; ///< the window shows this view (it wins over the depth view)
    std::vector<double> logits{2.0, 1.0, 0.1};
    double temperature = 1.0;
    friend bool operator==(const SoftmaxSettings&, const SoftmaxSettings&) = default;
};

struct Scene {
    std::vector<Curve> curves;
    DepthSettings depth;
    SoftmaxSettings softmax;
    std::vector<Tangent> tangents;
    ViewRange view;
    Theme theme = Theme::Light;
    QString language = QStringLiteral("en");
    friend bool operator==(const Scene&, const Scene&) = default;
};

class SceneModel : public QObject {
    Q_OBJECT
public:
    explicit SceneModel(QObject* parent = nullptr);

    // getters:
    [[nodiscard]] int curveCount() const { return static_cast<int>(m_scene.curves.size()); }
    [[nodiscard]] const Curve& curve(int i) const {
        return m_scene.curves.at(static_cast<size_t>(i));
    }
    [[nodiscard]] const ViewRange& view() const { return m_scene.view; }
    [[nodiscard]] const ViewRange& homeView() const { return m_home; }
    /// The theme the scene is drawn in: the scene's own, or the override (presentation mode).
    [[nodiscard]] Theme theme() const { return m_themeOverride.value_or(m_scene.theme); }
    [[nodiscard]] const QString& language() const { return m_scene.language; }
    [[nodiscard]] int selected() const { return m_selected; }
    [[nodiscard]] const Scene& scene() const { return m_scene; }
    /// How curveLabel names the parameters.
    enum class ParameterNames {
        Symbols, ///< as the formulas do ("Swish (β=1)"): the same in every language
        Ids      ///< as the command line does ("Swish (beta=1)"): CSV headers
    };
    /// "Leaky ReLU (a=0.1)": the legend text of curve i (its name and parameter values).
    [[nodiscard]] QString curveLabel(int i, ParameterNames names = ParameterNames::Symbols) const;
    /// "Leaky ReLU", or "Leaky ReLU #2" for the second of several copies of one function.
    [[nodiscard]] QString curveName(int i) const;

    // setters (each validates, stores, then signals):
    /// Adds `functionId` with default parameters and the next palette colour; returns its
    /// index, or -1 for an unknown id or when the scene holds core::kMaxCurves already.
    int addCurve(const QString& functionId);
    /// Adds `fn` (a catalogue row or a typed formula) likewise.
    int addCurve(const core::FunctionSpec& fn);
    /// Makes curve i draw `fn` with its defaults (its colour and what it shows stay): a typed
    /// formula replaced by the catalogue's exact version of it.
    void setFunction(int i, const core::FunctionSpec& fn);
    /// Likewise with `params` (valid for `fn`; otherwise its defaults): an edited formula
    /// keeping the values of the parameters it still has.
    void setFunction(int i, const core::FunctionSpec& fn, std::vector<double> params);
    void removeCurve(int i);
    /// Sets one parameter. A value outside the parameter's domain (or breaking a cross
    /// constraint such as hardtanh's min < max) is refused: the scene stays as it was and the
    /// reason is returned.
    std::optional<QString> setParameter(int i, std::size_t param, double value);
    /// Back to the defaults of the curve's definition (a library's, under its flavour).
    void resetParameters(int i);
    void setColor(int i, const QColor& color);
    void setVisible(int i, bool visible);
    void setShowDerivative(int i, bool show);
    void setShowGradient(int i, bool show);
    /// Draws curve i as `flavor` defines it; refused with the reason when that library has no
    /// such function. Parameters the library fixes, and those
    /// left at the old definition's default, take the new definition's values (one edit).
    std::optional<QString> setFlavor(int i, core::Flavor flavor);
    /// Draws (or not) curve i's difference from the catalogue's definition, for a flavour.
    void setShowDifference(int i, bool show);
    /// Sets the visible rectangle; a range that breaks the axis limits (core/limits.h) is
    /// refused with the reason, and the view stays as it was.
    std::optional<QString> setView(const ViewRange& view);
    void resetView() { (void)setView(m_home); }
    void setTheme(Theme theme);
    /// Draws the scene in `theme` without changing the scene (presentation mode); nullopt ends
    /// the override. Emits themeChanged when the drawn theme changes; never an edit.
    void setThemeOverride(std::optional<Theme> theme);
    [[nodiscard]] std::optional<Theme> themeOverride() const { return m_themeOverride; }
    void setLanguage(const QString& language);
    void setSelected(int i);
    /// Replaces everything at once (scene files, settings): one sceneReset, not N signals. The
    /// new scene's view becomes the home view, and its first curve is selected.
    void setScene(const Scene& scene);
    /// Puts back an earlier state of the same document (undo, redo): like setScene, but the
    /// home view stays and the selection stays where it can.
    void restoreScene(const Scene& scene);

    [[nodiscard]] const DepthSettings& depth() const { return m_scene.depth; }
    /// Sets the chain (layers 1 to 50 on the slider, any 1..1000 typed; finite w and x0).
    void setDepth(const DepthSettings& depth);

    [[nodiscard]] const SoftmaxSettings& softmax() const { return m_scene.softmax; }
    /// Sets the logits (2 to 10, finite) and temperature (finite, > 0); refuses anything else.
    std::optional<QString> setSoftmax(const SoftmaxSettings& softmax);

    // tangents:
    [[nodiscard]] const std::vector<Tangent>& tangents() const { return m_scene.tangents; }
    /// Pins a tangent to curve i at x0 (finite); returns its index or -1.
    int addTangent(int curve, double x0);
    /// Moves tangent t along its curve.
    void moveTangent(int t, double x0);
    void removeTangent(int t);
    void clearTangents();

    /// The scene a lecture starts with: Sigmoid, Tanh, ReLU and Leaky ReLU on [-6, 6].
    [[nodiscard]] static Scene lectureScene();
    /// The colour the next new curve gets: the first palette colour not in use.
    [[nodiscard]] QColor nextColor() const;

signals:
    void curveAdded(int i);
    void curveRemoved(int i);
    void curveParametersChanged(int i);
    /// Curve i's flavour changed (followed by curveParametersChanged: the values drawn change).
    void curveDefinitionChanged(int i);
    /// Curve i draws another function (setFunction; followed by curveDefinitionChanged).
    void curveFunctionChanged(int i);
    void curveStyleChanged(int i);
    void viewChanged();
    void themeChanged();
    void languageChanged();
    void selectionChanged(int i);
    void sceneReset();
    /// After restoreScene (also followed by sceneReset).
    void sceneRestored();
    void tangentsChanged();
    void depthChanged();
    void softmaxChanged();

private:
    [[nodiscard]] bool valid(int i) const { return i >= 0 && i < curveCount(); }
    /// Why `value` was refused for parameter `param` of `fn`, in the interface's language.
    [[nodiscard]] static QString refusal(const core::FunctionSpec& fn, std::size_t param,
                                         double value);

    Scene m_scene;
    std::optional<Theme> m_themeOverride;
    ViewRange m_home;
    int m_selected = -1;
};

/// Why [lo, hi] cannot be the range of the axis named `axis` ("x" or "y"), in the interface's
/// language; nullopt when it can be shown (the same limits bind the window, scene files and the
/// command line).
[[nodiscard]] std::optional<QString> axisRangeProblem(double lo, double hi, const QString& axis);
/// Both axes of `view` (the x axis's problem first).
[[nodiscard]] std::optional<QString> viewRangeProblem(const ViewRange& view);

/// The 16 colours new curves take, in order, for `theme`'s background: Okabe and Ito's
/// colour-blind-safe eight first, then eight more as far from those as possible. Each has at
/// least 3:1 contrast against the background; colour k of one theme is the same hue as colour k
/// of another, so a theme switch carries automatic colours over.
[[nodiscard]] const std::vector<QColor>& curvePalette(Theme theme = Theme::Light);

/// The first palette colour none of `curves` uses (cycling when all are taken).
[[nodiscard]] QColor firstUnusedColor(const std::vector<Curve>& curves, Theme theme = Theme::Light);

/// Sets the scene's theme, carrying automatic colours over to the new theme's palette.
void retheme(Scene& scene, Theme theme);

/// How many curves before curve i share its colour: 0 for a colour of its own; from 1 on the
/// curve is told apart by a dash pattern too.
[[nodiscard]] int colourRepeat(const std::vector<Curve>& curves, int i);

} // namespace actviz::ui
