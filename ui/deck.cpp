// SPDX-License-Identifier: GPL-3.0-or-later
#include "deck.h"

#include "scene_json.h"
#include "strict_json.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace actviz::ui {
namespace {

/// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::DeckFile)
};

QJsonValue textValue(const SlideText& text) {
    QJsonObject o;
    if (!text.en.isEmpty()) o.insert(QStringLiteral("en"), text.en);
    if (!text.zh.isEmpty()) o.insert(QStringLiteral("zh_CN"), text.zh);
    return o;
}

/// A title or caption: one string for both languages, or {"en": ..., "zh_CN": ...}.
std::optional<QString> readText(const QJsonValue& value, bool caption, const QString& where,
                                SlideText& out) {
    if (value.isUndefined()) return std::nullopt;
    const QString what =
        caption ? Text::tr("%1's caption").arg(where) : Text::tr("%1's title").arg(where);
    auto check = [&](const QJsonValue& v, QString& target) -> std::optional<QString> {
        if (!v.isString())
            return Text::tr("%1 must be a string, or an object of \"en\" and \"zh_CN\" strings.")
                .arg(what);
        if (auto problem = slideTextProblem(v.toString(), caption))
            return QStringLiteral("%1: %2").arg(what, *problem);
        target = v.toString();
        return std::nullopt;
    };
    if (value.isString()) {
        if (auto bad = check(value, out.en)) return bad;
        out.zh = out.en;
        return std::nullopt;
    }
    if (!value.isObject()) return check(value, out.en);
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("en") && it.key() != QLatin1String("zh_CN"))
            return Text::tr("%1 has an unknown language \"%2\" (use en or zh_CN).")
                .arg(what, it.key());
    if (o.contains(QLatin1String("en")))
        if (auto bad = check(o.value(QLatin1String("en")), out.en)) return bad;
    if (o.contains(QLatin1String("zh_CN")))
        if (auto bad = check(o.value(QLatin1String("zh_CN")), out.zh)) return bad;
    return std::nullopt;
}

std::optional<QString> readSlide(const QJsonValue& value, int index, Slide& slide) {
    const QString where = Text::tr("Slide %1").arg(index + 1);
    if (!value.isObject()) return Text::tr("%1 is not an object.").arg(where);
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("title") && it.key() != QLatin1String("caption") &&
            it.key() != QLatin1String("scene"))
            return Text::tr("%1 has an unknown key \"%2\".").arg(where, it.key());
    if (auto bad = readText(o.value(QLatin1String("title")), false, where, slide.title)) return bad;
    if (auto bad = readText(o.value(QLatin1String("caption")), true, where, slide.caption))
        return bad;
    const QJsonValue scene = o.value(QLatin1String("scene"));
    if (!scene.isObject())
        return Text::tr("%1 has no \"scene\" object (a scene as a scene file holds it).")
            .arg(where);
    SceneParse parsed = sceneFromObject(scene.toObject());
    if (!parsed.scene) return QStringLiteral("%1: %2").arg(where, parsed.error);
    slide.scene = std::move(*parsed.scene);
    return std::nullopt;
}

} // namespace

QString SlideText::in(const QString& language) const {
    const bool chinese = language == QLatin1String("zh_CN");
    const QString& first = chinese ? zh : en;
    return first.isEmpty() ? (chinese ? en : zh) : first;
}

bool Deck::isPlainScene() const {
    return slides.size() == 1 && slides.front().title.isEmpty() && slides.front().caption.isEmpty();
}

std::optional<QString> slideTextProblem(const QString& text, bool caption) {
    const int limit = caption ? kMaxSlideCaption : kMaxSlideTitle;
    if (text.size() > limit)
        return Text::tr("%1 characters; at most %2 fit on a slide.").arg(text.size()).arg(limit);
    for (const QChar c : text) {
        // A caption may break lines, as any editor writes them (\n or \r\n).
        if (caption && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) continue;
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return caption ? Text::tr("control characters other than line breaks are not allowed.")
                           : Text::tr("a title is one line, without control characters.");
    }
    return std::nullopt;
}

QByteArray deckToJson(const Deck& deck) {
    QJsonArray slides;
    for (const Slide& s : deck.slides) {
        QJsonObject slide{{"scene", sceneToObject(s.scene)}};
        if (!s.title.isEmpty()) slide.insert(QStringLiteral("title"), textValue(s.title));
        if (!s.caption.isEmpty()) slide.insert(QStringLiteral("caption"), textValue(s.caption));
        slides.append(slide);
    }
    return jsonWithFormatFirst(QJsonObject{{"format", QLatin1String(kDeckFormat)},
                                           {"version", kDeckFormatVersion},
                                           {"slides", slides}});
}

QByteArray documentToJson(const Deck& deck) {
    return deck.isPlainScene() ? sceneToJson(deck.slides.front().scene) : deckToJson(deck);
}

DeckParse deckFromJson(const QByteArray& json) {
    auto fail = [](const QString& why) { return DeckParse{std::nullopt, why}; };
    QJsonObject root;
    if (auto bad = jsonObjectProblem(json, root)) return fail(*bad);
    const QString format = root.value(QLatin1String("format")).toString();
    if (format == QLatin1String(kSceneFormat)) {
        SceneParse parsed = sceneFromObject(root);
        if (!parsed.scene) return fail(parsed.error);
        return {Deck{{Slide{std::move(*parsed.scene), {}, {}}}}, {}};
    }
    if (format != QLatin1String(kDeckFormat))
        return fail(Text::tr("Not an actviz scene or deck: \"format\" is neither \"actviz-scene\" "
                             "nor \"actviz-deck\"."));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
        version.toDouble() < 1)
        return fail(Text::tr("The deck has no valid format \"version\"."));
    if (version.toDouble() > kDeckFormatVersion)
        return fail(Text::tr("The deck was written by a newer actviz (format version %1; this "
                             "version reads up to %2).")
                        .arg(version.toDouble())
                        .arg(kDeckFormatVersion));
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("version") &&
            it.key() != QLatin1String("slides"))
            return fail(Text::tr("The deck has an unknown key \"%1\".").arg(it.key()));
    const QJsonValue slides = root.value(QLatin1String("slides"));
    if (!slides.isArray() || slides.toArray().isEmpty())
        return fail(Text::tr("A deck needs \"slides\": an array of at least one slide."));
    const QJsonArray a = slides.toArray();
    if (a.size() > kMaxSlides)
        return fail(Text::tr("The deck has %1 slides; at most %2 are supported.")
                        .arg(a.size())
                        .arg(kMaxSlides));
    Deck deck;
    for (int i = 0; i < a.size(); ++i) {
        Slide slide;
        if (auto bad = readSlide(a[i], i, slide)) return fail(*bad);
        deck.slides.push_back(std::move(slide));
    }
    return {std::move(deck), {}};
}

DeckParse readDeckFile(const QString& path) {
    QByteArray bytes;
    if (auto why =
            readBoundedFile(path, kMaxDeckFileBytes, Text::tr("a scene or deck file"), bytes))
        return {std::nullopt, *why};
    DeckParse parsed = deckFromJson(bytes);
    if (!parsed.deck)
        parsed.error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), parsed.error);
    return parsed;
}

} // namespace actviz::ui
