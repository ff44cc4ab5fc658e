// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>

namespace actviz::ui {

const std::vector<std::pair<QString, QString>>& interfaceLanguages() {
    static const std::vector<std::pair<QString, QString>> languages{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    return languages;
}

int textWidthInLetters(const QString& text) {
    auto wide = [](char32_t u) { // East Asian Wide and Fullwidth, as Unicode's UAX #11 has them
        return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF && u != 0x303F) ||
               (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
               (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
               (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x20000 && u <= 0x3FFFD);
    };
    int width = 0;
    for (const char32_t u : text.toUcs4())
        width += wide(u) ? 2 : 1;
    return width;
}

bool isInterfaceLanguage(const QString& code) {
    for (const auto& [c, name] : interfaceLanguages())
        if (c == code) return true;
    return false;
}

QString interfaceLanguageFor(const QLocale& locale) {
    for (const QString& name : locale.uiLanguages()) {
        const QLocale l(name);
        if (l.language() == QLocale::English) return QStringLiteral("en");
        if (l.language() == QLocale::Chinese) return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

Translators::Translators(QObject* parent)
    : QObject(parent) {}

Translators::~Translators() {
    QCoreApplication::removeTranslator(&m_ours);
    QCoreApplication::removeTranslator(&m_qt);
}

void Translators::apply(const QString& language) {
    if (language == m_language) return;
    m_language = language;
    QCoreApplication::removeTranslator(&m_ours);
    QCoreApplication::removeTranslator(&m_qt);
    if (language != QLatin1String("en")) {
        if (m_ours.load(QStringLiteral(":/i18n/actviz_%1.qm").arg(language)))
            QCoreApplication::installTranslator(&m_ours);
        if (m_qt.load(QStringLiteral("qtbase_%1").arg(language),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    // Every widget retranslates now, not at some later turn of the event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

} // namespace actviz::ui
