// SPDX-License-Identifier: GPL-3.0-or-later
#include "scene_json.h"

#include "formula_curve.h"
#include "languages.h"
#include "strict_json.h"

#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"
#include "actviz/core/parity.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <variant>

namespace actviz::ui {
namespace {

/// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::SceneFile)
};

using core::kMaxCurves;

/// JSON has no literal for infinities: those values are written as strings.
QJsonValue numberValue(double v) {
    if (std::isfinite(v)) return v;
    return QString::fromStdString(core::formatNumber(v));
}

std::optional<double> readNumber(const QJsonValue& v) {
    if (v.isDouble()) return v.toDouble();
    if (v.isString()) return core::parseNumber(v.toString().toStdString());
    return std::nullopt;
}

/// Checks that `o` has only the keys in `allowed`; names the first stranger.
std::optional<QString> unknownKey(const QJsonObject& o, std::initializer_list<const char*> allowed,
                                  const QString& where) {
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const char* k : allowed)
            known = known || it.key() == QLatin1String(k);
        if (!known) return Text::tr("%1 has an unknown key \"%2\".").arg(where, it.key());
    }
    return std::nullopt;
}

std::optional<QString> readBool(const QJsonObject& o, const char* key, bool& out,
                                const QString& where) {
    if (!o.contains(QLatin1String(key))) return std::nullopt;
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isBool()) return Text::tr("%1: \"%2\" must be true or false.").arg(where, key);
    out = v.toBool();
    return std::nullopt;
}

std::optional<QString> readCurve(const QJsonValue& value, int index, Curve& c) {
    const QString where = Text::tr("Curve %1").arg(index + 1);
    if (!value.isObject()) return Text::tr("%1 is not an object.").arg(where);
    const QJsonObject o = value.toObject();
    if (auto bad = unknownKey(o,
                              {"function", "formula", "parameters", "params", "color", "visible",
                               "derivative", "gradient", "flavor", "difference"},
                              where))
        return bad;
    const QJsonValue id = o.value(QLatin1String("function"));
    if (o.contains(QLatin1String("formula"))) {
        if (!id.isUndefined())
            return Text::tr("%1 has both a \"function\" and a \"formula\".").arg(where);
        if (auto bad = readFormulaFunction(o, where, c.function)) return bad;
    } else {
        if (o.contains(QLatin1String("parameters")))
            return Text::tr("%1: \"parameters\" belong to a \"formula\".").arg(where);
        if (!id.isString()) return Text::tr("%1 has no \"function\" name.").arg(where);
        c.function = core::findFunction(id.toString().toStdString());
        if (c.function == nullptr)
            return Text::tr("%1: unknown function \"%2\".").arg(where, id.toString().left(60));
    }
    // The flavour first: parameters not given take its definition's defaults.
    const QJsonValue flavor = o.value(QLatin1String("flavor"));
    if (!flavor.isUndefined()) {
        const auto f =
            flavor.isString() ? core::parseFlavor(flavor.toString().toStdString()) : std::nullopt;
        if (!f) {
            const QString got = flavor.isString()
                                    ? QStringLiteral("\"%1\"").arg(flavor.toString().left(30))
                                    : Text::tr("a value that is not a string");
            return Text::tr("%1: unknown \"flavor\" %2 (use exact, pytorch, jax or keras).")
                .arg(where, got);
        }
        const auto definition = core::libraryDefinition(c.function->id, *f);
        if (definition && !definition->available)
            return Text::tr("%1: %2 has no %3.")
                .arg(where, qs(core::flavorInfo(*f).name), qs(c.function->name));
        c.flavor = *f;
    }
    c.params = core::definitionDefaults(*c.function, c.flavor);
    const QJsonValue params = o.value(QLatin1String("params"));
    if (!params.isUndefined()) {
        if (!params.isObject()) return Text::tr("%1: \"params\" must be an object.").arg(where);
        const QJsonObject p = params.toObject();
        for (auto it = p.begin(); it != p.end(); ++it) {
            const auto k = c.function->paramIndex(it.key().toStdString());
            if (!k)
                return Text::tr("%1: %2 has no parameter \"%3\".")
                    .arg(where, qs(c.function->id), it.key().left(60));
            const auto v = readNumber(it.value());
            if (!v) return Text::tr("%1: parameter %2 is not a number.").arg(where, it.key());
            c.params[*k] = *v;
        }
        if (auto why = c.function->validate(c.params))
            return Text::tr("%1: %2.").arg(where, QString::fromStdString(*why));
    }
    const QJsonValue color = o.value(QLatin1String("color"));
    if (!color.isUndefined()) {
        if (!color.isString() || !QColor::isValidColorName(color.toString()))
            return Text::tr("%1: \"color\" must be a colour such as \"#0072b2\".").arg(where);
        c.color = QColor::fromString(color.toString());
    }
    if (auto bad = readBool(o, "visible", c.visible, where)) return bad;
    if (auto bad = readBool(o, "derivative", c.showDerivative, where)) return bad;
    if (auto bad = readBool(o, "gradient", c.showGradient, where)) return bad;
    if (auto bad = readBool(o, "difference", c.showDifference, where)) return bad;
    // A parameter the library fixes must have its fixed value.
    auto made = core::flavoredWith(*c.function, c.flavor, c.params);
    if (auto* why = std::get_if<std::string>(&made))
        return Text::tr("%1: %2.").arg(where, QString::fromStdString(*why));
    return std::nullopt;
}

std::optional<QString> readRange(const QJsonObject& view, const char* key, double& lo, double& hi) {
    const QJsonValue v = view.value(QLatin1String(key));
    if (v.isUndefined()) return std::nullopt;
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a[0].isDouble() || !a[1].isDouble())
        return Text::tr("The view's \"%1\" must be a pair of numbers [min, max].").arg(key);
    const double l = a[0].toDouble(), h = a[1].toDouble();
    if (auto why = axisRangeProblem(l, h, QString::fromLatin1(key))) return why;
    lo = l;
    hi = h;
    return std::nullopt;
}

} // namespace

QString themeName(Theme theme) {
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::Presentation:
        return QStringLiteral("presentation");
    }
    return {};
}

std::optional<Theme> themeFromName(const QString& name) {
    for (Theme t : {Theme::Light, Theme::Dark, Theme::Presentation})
        if (themeName(t) == name) return t;
    return std::nullopt;
}

QJsonObject sceneToObject(const Scene& scene) {
    QJsonArray curves;
    for (const Curve& c : scene.curves) {
        QJsonObject params;
        for (std::size_t p = 0; p < c.params.size(); ++p)
            params.insert(qs(c.function->params[p].id), numberValue(c.params[p]));
        QJsonObject curve{{"params", params},
                          {"color", c.color.name()},
                          {"visible", c.visible},
                          {"derivative", c.showDerivative},
                          {"gradient", c.showGradient}};
        if (const core::CustomFunction* custom = core::customFunction(*c.function)) {
            writeFormulaFunction(*custom, curve);
        } else {
            curve.insert(QStringLiteral("function"), qs(c.function->id));
        }
        // Only when set: files without them open in earlier versions too.
        if (c.flavor != core::Flavor::Exact)
            curve.insert(QStringLiteral("flavor"), qs(core::flavorInfo(c.flavor).id));
        if (c.showDifference) curve.insert(QStringLiteral("difference"), true);
        curves.append(curve);
    }
    const QJsonObject view{{"x", QJsonArray{scene.view.xMin, scene.view.xMax}},
                           {"y", QJsonArray{scene.view.yMin, scene.view.yMax}}};
    QJsonArray tangents;
    for (const Tangent& t : scene.tangents)
        tangents.append(QJsonObject{{"curve", t.curve}, {"x", t.x0}});
    const QJsonObject depth{{"shown", scene.depth.shown},
                            {"layers", scene.depth.layers},
                            {"weight", scene.depth.weight},
                            {"input", scene.depth.input}};
    QJsonArray logits;
    for (double z : scene.softmax.logits)
        logits.append(z);
    const QJsonObject softmax{{"shown", scene.softmax.shown},
                              {"logits", logits},
                              {"temperature", scene.softmax.temperature}};
    return QJsonObject{{"format", QLatin1String(kSceneFormat)},
                       {"version", kSceneFormatVersion},
                       {"tangents", tangents},
                       {"depth", depth},
                       {"softmax", softmax},
                       {"curves", curves},
                       {"view", view},
                       {"theme", themeName(scene.theme)},
                       {"language", scene.language}};
}

QByteArray sceneToJson(const Scene& scene) {
    // The format and version come first (Qt would sort them among the others), so that a file
    // manager's content sniffing finds "format": "actviz-scene" in the first line or two.
    return jsonWithFormatFirst(sceneToObject(scene));
}

std::optional<QString> jsonObjectProblem(const QByteArray& json, QJsonObject& object) {
    if (json.trimmed().isEmpty()) return Text::tr("The file is empty.");
    // RFC 8259 exactly, and each key once per object (after unescaping).
    if (auto problem = strictJsonProblem(json)) return problem;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Text::tr("Not valid JSON: %1 at byte %2.")
            .arg(error.errorString())
            .arg(error.offset);
    if (!doc.isObject()) return Text::tr("Not an actviz scene: the top level is not an object.");
    object = doc.object();
    return std::nullopt;
}

SceneParse sceneFromJson(const QByteArray& json) {
    QJsonObject root;
    if (auto bad = jsonObjectProblem(json, root)) return {std::nullopt, *bad};
    return sceneFromObject(root);
}

SceneParse sceneFromObject(const QJsonObject& root) {
    auto fail = [](const QString& why) { return SceneParse{std::nullopt, why}; };
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kSceneFormat))
        return fail(Text::tr("Not an actviz scene: \"format\" is not \"actviz-scene\"."));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
        version.toDouble() < 1)
        return fail(Text::tr("The scene has no valid format \"version\"."));
    if (version.toDouble() > kSceneFormatVersion)
        return fail(Text::tr("The scene was written by a newer actviz (format version %1; this "
                             "version reads up to %2).")
                        .arg(version.toDouble())
                        .arg(kSceneFormatVersion));
    if (auto bad = unknownKey(root,
                              {"format", "version", "curves", "tangents", "depth", "softmax",
                               "view", "theme", "language"},
                              Text::tr("The scene")))
        return fail(*bad);

    Scene scene;
    const QJsonValue curves = root.value(QLatin1String("curves"));
    if (!curves.isUndefined()) {
        if (!curves.isArray()) return fail(Text::tr("\"curves\" must be an array."));
        const QJsonArray a = curves.toArray();
        if (a.size() > kMaxCurves)
            return fail(Text::tr("The scene has %1 curves; at most %2 are supported.")
                            .arg(a.size())
                            .arg(kMaxCurves));
        for (int i = 0; i < a.size(); ++i) {
            Curve c;
            if (auto bad = readCurve(a[i], i, c)) return fail(*bad);
            scene.curves.push_back(c);
        }
    }
    const QJsonValue tangents = root.value(QLatin1String("tangents"));
    if (!tangents.isUndefined()) {
        if (!tangents.isArray()) return fail(Text::tr("\"tangents\" must be an array."));
        if (tangents.toArray().size() > core::kMaxTangents)
            return fail(Text::tr("The scene has %1 tangents; at most %2 are supported.")
                            .arg(tangents.toArray().size())
                            .arg(core::kMaxTangents));
        int n = 0;
        for (const auto t : tangents.toArray()) {
            const QString where = Text::tr("Tangent %1").arg(++n);
            if (!t.isObject()) return fail(Text::tr("%1 is not an object.").arg(where));
            const QJsonObject o = t.toObject();
            if (auto bad = unknownKey(o, {"curve", "x"}, where)) return fail(*bad);
            const QJsonValue curve = o.value(QLatin1String("curve"));
            const QJsonValue x = o.value(QLatin1String("x"));
            const auto curves = static_cast<int>(scene.curves.size());
            if (curves == 0) return fail(Text::tr("%1: the scene has no curve for it.").arg(where));
            if (!curve.isDouble() || curve.toDouble() != std::floor(curve.toDouble()) ||
                curve.toDouble() < 0 || curve.toDouble() >= curves)
                return fail(Text::tr("%1: \"curve\" must be the index of one of the scene's "
                                     "curves, from 0 to %2.")
                                .arg(where)
                                .arg(curves - 1));
            if (!x.isDouble() || !std::isfinite(x.toDouble()))
                return fail(Text::tr("%1: \"x\" must be a finite number.").arg(where));
            scene.tangents.push_back({curve.toInt(), x.toDouble()});
        }
    }
    const QJsonValue depth = root.value(QLatin1String("depth"));
    if (!depth.isUndefined()) {
        const QJsonObject d = depth.toObject();
        if (!depth.isObject()) return fail(Text::tr("\"depth\" must be an object."));
        if (auto bad =
                unknownKey(d, {"shown", "layers", "weight", "input"}, Text::tr("The depth view")))
            return fail(*bad);
        if (auto bad = readBool(d, "shown", scene.depth.shown, Text::tr("The depth view")))
            return fail(*bad);
        const QJsonValue layers = d.value(QLatin1String("layers"));
        if (!layers.isUndefined()) {
            if (!layers.isDouble() || layers.toDouble() != std::floor(layers.toDouble()) ||
                layers.toDouble() < core::kMinDepth || layers.toDouble() > core::kMaxDepth)
                return fail(
                    Text::tr("The depth view's \"layers\" must be a whole number from 1 to 1000."));
            scene.depth.layers = layers.toInt();
        }
        for (const char* key : {"weight", "input"}) {
            const QJsonValue v = d.value(QLatin1String(key));
            if (v.isUndefined()) continue;
            if (!v.isDouble() || !std::isfinite(v.toDouble()))
                return fail(Text::tr("The depth view's \"%1\" must be a finite number.").arg(key));
            (QLatin1String(key) == QLatin1String("weight") ? scene.depth.weight
                                                           : scene.depth.input) = v.toDouble();
        }
    }
    const QJsonValue softmax = root.value(QLatin1String("softmax"));
    if (!softmax.isUndefined()) {
        const QJsonObject o = softmax.toObject();
        const QString where = Text::tr("The softmax view");
        if (!softmax.isObject()) return fail(Text::tr("\"softmax\" must be an object."));
        if (auto bad = unknownKey(o, {"shown", "logits", "temperature"}, where)) return fail(*bad);
        if (auto bad = readBool(o, "shown", scene.softmax.shown, where)) return fail(*bad);
        if (o.contains(QLatin1String("logits"))) {
            const QJsonArray a = o.value(QLatin1String("logits")).toArray();
            if (!o.value(QLatin1String("logits")).isArray() ||
                a.size() < static_cast<qsizetype>(core::kMinLogits) ||
                a.size() > static_cast<qsizetype>(core::kMaxLogits))
                return fail(Text::tr("The softmax view needs 2 to 10 \"logits\"."));
            scene.softmax.logits.clear();
            for (const auto z : a) {
                if (!z.isDouble() || !std::isfinite(z.toDouble()))
                    return fail(Text::tr("Every softmax logit must be a finite number."));
                scene.softmax.logits.push_back(z.toDouble());
            }
        }
        if (o.contains(QLatin1String("temperature"))) {
            const QJsonValue t = o.value(QLatin1String("temperature"));
            if (!t.isDouble() || !std::isfinite(t.toDouble()) || !(t.toDouble() > 0))
                return fail(Text::tr("The softmax temperature must be a finite number > 0."));
            scene.softmax.temperature = t.toDouble();
        }
    }
    const QJsonValue view = root.value(QLatin1String("view"));
    if (!view.isUndefined()) {
        if (!view.isObject()) return fail(Text::tr("\"view\" must be an object."));
        const QJsonObject v = view.toObject();
        if (auto bad = unknownKey(v, {"x", "y"}, Text::tr("The view"))) return fail(*bad);
        if (auto bad = readRange(v, "x", scene.view.xMin, scene.view.xMax)) return fail(*bad);
        if (auto bad = readRange(v, "y", scene.view.yMin, scene.view.yMax)) return fail(*bad);
    }
    const QJsonValue theme = root.value(QLatin1String("theme"));
    if (!theme.isUndefined()) {
        const auto t = themeFromName(theme.toString());
        if (!theme.isString() || !t)
            return fail(Text::tr("Unknown theme (use light, dark or presentation)."));
        scene.theme = *t;
    }
    const QJsonValue language = root.value(QLatin1String("language"));
    if (!language.isUndefined()) {
        if (!isInterfaceLanguage(language.toString()))
            return fail(Text::tr("Unknown language (use en or zh_CN)."));
        scene.language = language.toString();
    }
    // Curves without a colour take the theme's palette colours the others do not use.
    for (Curve& c : scene.curves)
        if (!c.color.isValid()) c.color = firstUnusedColor(scene.curves, scene.theme);
    return {scene, {}};
}

std::optional<QString> readBoundedFile(const QString& path, qint64 limit, const QString& what,
                                       QByteArray& bytes) {
    QFile file(path);
    if (QFileInfo(path).isDir()) return Text::tr("%1 is a folder, not %2").arg(path, what);
    if (!file.open(QIODevice::ReadOnly))
        return Text::tr("cannot open %1: %2").arg(path, file.errorString());
    // Read one byte past the limit rather than trust size(): pipes and devices report 0.
    bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        return Text::tr("%1 is larger than %2 bytes: not %3").arg(path).arg(limit).arg(what);
    return std::nullopt;
}

QByteArray jsonWithFormatFirst(QJsonObject object) {
    // The format and version come first (Qt would sort them among the others), so that a file
    // manager's content sniffing finds "format": "actviz-..." in the first line or two.
    const QByteArray format = object.take(QLatin1String("format")).toString().toUtf8();
    const int version = object.take(QLatin1String("version")).toInt();
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
    Q_ASSERT(json.startsWith("{\n    \"")); // an object with members, indented by four
    json.insert(2, QByteArray("    \"format\": \"") + format +
                       "\",\n    \"version\": " + QByteArray::number(version) + ",\n");
    return json;
}

SceneParse readSceneFile(const QString& path) {
    QByteArray bytes;
    if (auto why = readBoundedFile(path, kMaxSceneFileBytes, Text::tr("a scene file"), bytes))
        return {std::nullopt, *why};
    SceneParse parsed = sceneFromJson(bytes);
    if (!parsed.scene)
        parsed.error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), parsed.error);
    return parsed;
}

} // namespace actviz::ui
