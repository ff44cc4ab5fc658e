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
