// SPDX-License-Identifier: GPL-3.0-or-later
#include "formula_curve.h"

#include "text.h"

#include "actviz/core/formula.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

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
    // The core's messages are English sentences with the user's text in them; the common ones
    // are said in the interface's language, the rest as they are.
    struct Pattern {
        const char* english; ///< a regular expression over the whole message
        const char* text;    ///< its translation, %1... its captures
    };
    static const Pattern kPatterns[] = {
        {R"(missing \) at column (\d+) to close the \( at column (\d+))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula",
                           "missing ) at column %1 to close the ( at column %2")},
        {R"(missing \) before (.+) at column (\d+) to close the \( at column (\d+))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula",
                           "missing ) before %1 at column %2 to close the ( at column %3")},
        {R"(unmatched \) at column (\d+))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula", "unmatched ) at column %1")},
        {R"(unknown function (\S+) at column (\d+))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula", "unknown function %1 at column %2")},
        {R"(unexpected character (.+) at column (\d+))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula", "unexpected character %1 at column %2")},
        {R"(expected an operator before (.+) at column (\d+) \(write 2\*x, not 2x\))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula",
                           "expected an operator before %1 at column %2 (write 2*x, not 2x)")},
        {R"(expected an operator before (.+) at column (\d+))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula", "expected an operator before %1 at column %2")},
        {R"(the formula ends too early: expected a number, a name or \( after column (\d+))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula", "the formula ends too early: expected a "
                                                  "number, a name or ( after column %1")},
        {R"(expected a number, a name or \( at column (\d+), found (.+))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula",
                           "expected a number, a name or ( at column %1, found %2")},
        {R"(the formula does not use x: an activation is a function of x)",
         QT_TRANSLATE_NOOP("actviz::ui::Formula",
                           "the formula does not use x: an activation is a function of x")},
        {R"(the formula does not depend on x)",
         QT_TRANSLATE_NOOP("actviz::ui::Formula", "the formula does not depend on x")},
        {R"((\S+) is a function: write (\S+) at column (\d+))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula", "%1 is a function: write %2 at column %3")},
        {R"((\S+) takes (\d+) arguments?, got (\d+) at column (\d+))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula", "%1 takes %2 argument(s), got %3 at column %4")},
        {R"(the formula divides by zero)",
         QT_TRANSLATE_NOOP("actviz::ui::Formula", "the formula divides by zero")},
        {R"(the formula takes the logarithm of 0)",
         QT_TRANSLATE_NOOP("actviz::ui::Formula", "the formula takes the logarithm of 0")},
        {R"(the formula is not real-valued \(it takes the logarithm or a root of a negative number\))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula", "the formula is not real-valued (it takes the "
                                                  "logarithm or a root of a negative number)")},
        {R"(a formula may have at most (\d+) parameters; (\S+) at column (\d+) would be one more)",
         QT_TRANSLATE_NOOP("actviz::ui::Formula", "a formula may have at most %1 parameters; %2 "
                                                  "at column %3 would be one more")},
        {R"(use <, <=, > or >= in a condition at column (\d+))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula",
                           "use <, <=, > or >= in a condition at column %1")},
        {R"(if needs a condition first, such as if\(x > 0, x, 0\) at column (\d+))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula",
                           "if needs a condition first, such as if(x > 0, x, 0) at column %1")},
        {R"(type a formula in x, such as x \* sigmoid\(x\))",
         QT_TRANSLATE_NOOP("actviz::ui::Formula", "type a formula in x, such as x * sigmoid(x)")},
    };
    QString english = QString::fromStdString(message);
    for (const Pattern& p : kPatterns) {
        const QRegularExpression re(QStringLiteral("^") + QString::fromUtf8(p.english) +
                                    QStringLiteral("$"));
        const QRegularExpressionMatch m = re.match(english);
        if (!m.hasMatch()) continue;
        QString text = QCoreApplication::translate("actviz::ui::Formula", p.text);
        // All at once: a capture holding "%1" must not be replaced in turn.
        const auto c = [&m](int k) { return m.captured(k); };
        switch (m.lastCapturedIndex()) {
        case 0:
            return text;
        case 1:
            return text.arg(c(1));
        case 2:
            return text.arg(c(1), c(2));
        case 3:
            return text.arg(c(1), c(2), c(3));
        default:
            return text.arg(c(1), c(2), c(3), c(4));
        }
    }
    return english;
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
