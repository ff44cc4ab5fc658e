// SPDX-License-Identifier: GPL-3.0-or-later
#include "formula_curve.h"

#include "text.h"

#include "actviz/core/formula.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <vector>

namespace actviz::ui {
namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::SceneFile)
};

std::optional<double> numberIn(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble()) return std::nullopt;
    return v.toDouble();
}

} // namespace

QString formulaMessage(const std::string& message) {
    return QString::fromStdString(message);
}

std::optional<QString> readFormulaFunction(const QJsonObject& curve, const QString& where,
                                           const core::FunctionSpec*& out) {
    const QJsonValue text = curve.value(QLatin1String("formula"));
    if (!text.isString()) return Text::tr("%1: \"formula\" must be a string.").arg(where);
    if (curve.contains(QLatin1String("flavor")))
        return Text::tr("%1: a formula has no \"flavor\".").arg(where);
    std::vector<core::FormulaParameter> settings;
    const QJsonValue parameters = curve.value(QLatin1String("parameters"));
    if (!parameters.isUndefined()) {
        if (!parameters.isObject() || parameters.toObject().size() > 64)
            return Text::tr("%1: \"parameters\" must be an object.").arg(where);
        const QJsonObject all = parameters.toObject();
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QString who = Text::tr("%1: parameter \"%2\"").arg(where, it.key().left(40));
            if (!it.value().isObject()) return Text::tr("%1 must be an object.").arg(who);
            const QJsonObject o = it.value().toObject();
            for (auto k = o.begin(); k != o.end(); ++k) {
                if (k.key() != QLatin1String("default") && k.key() != QLatin1String("min") &&
                    k.key() != QLatin1String("max") && k.key() != QLatin1String("scale"))
                    return Text::tr("%1 has an unknown key \"%2\".").arg(who, k.key().left(40));
            }
            core::FormulaParameter p;
            p.name = it.key().toStdString();
            for (const auto& [key, target] :
                 {std::pair{"default", &p.defaultValue}, std::pair{"min", &p.sliderMin},
                  std::pair{"max", &p.sliderMax}}) {
                if (!o.contains(QLatin1String(key))) continue;
                const auto v = numberIn(o, key);
                if (!v) return Text::tr("%1: \"%2\" must be a number.").arg(who, key);
                *target = *v;
            }
            const QJsonValue scale = o.value(QLatin1String("scale"));
            if (!scale.isUndefined()) {
                if (scale == QLatin1String("log")) {
                    p.scale = core::Scale::Log;
                } else if (scale != QLatin1String("linear")) {
                    return Text::tr("%1: \"scale\" must be \"linear\" or \"log\".").arg(who);
                }
            }
            settings.push_back(std::move(p));
        }
    }
    const core::FormulaResult r = core::compileFormula(text.toString().toStdString(), settings);
    if (r.error)
        return Text::tr("%1: formula \"%2\": %3.")
            .arg(where, text.toString().left(80), formulaMessage(r.error->message));
    out = r.function->spec;
    return std::nullopt;
}

void writeFormulaFunction(const core::CustomFunction& fn, QJsonObject& curve) {
    curve.insert(QStringLiteral("formula"), QString::fromStdString(fn.text));
    QJsonObject parameters;
    for (const core::FormulaParameter& p : fn.parameters) {
        parameters.insert(
            QString::fromStdString(p.name),
            QJsonObject{{"default", p.defaultValue},
                        {"min", p.sliderMin},
                        {"max", p.sliderMax},
                        {"scale", p.scale == core::Scale::Log ? QStringLiteral("log")
                                                              : QStringLiteral("linear")}});
    }
    if (!parameters.isEmpty()) curve.insert(QStringLiteral("parameters"), parameters);
}

} // namespace actviz::ui
