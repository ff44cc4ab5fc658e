// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The interface languages and their translators: actviz's own strings and Qt's (dialog buttons
// and the like). Installing them makes Qt send QEvent::LanguageChange to every widget, which
// retranslates itself in place.

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

#include <utility>
#include <vector>

namespace actviz::ui {

/// The languages the interface speaks: code ("en", "zh_CN") and its own name ("简体中文").
[[nodiscard]] const std::vector<std::pair<QString, QString>>& interfaceLanguages();
/// The width of a name in widths of a Latin letter, a wide East Asian character (CJK, Hangul,
/// full-width forms) counting as two: enough to size a box for it without measuring it in a
/// font, which for "简体中文" would load a CJK font.
[[nodiscard]] int textWidthInLetters(const QString& text);
/// Whether `code` is one of them.
[[nodiscard]] bool isInterfaceLanguage(const QString& code);
/// The interface language for a user of `locale` (the first of its UI languages that the
/// interface speaks, by language: any Chinese gets Simplified Chinese), English otherwise.
[[nodiscard]] QString interfaceLanguageFor(const QLocale& locale);

class Translators : public QObject {
    Q_OBJECT
public:
    explicit Translators(QObject* parent = nullptr);
    ~Translators() override;
    /// Installs the translators of `language` (none for English), replacing the previous ones,
    /// and delivers the LanguageChange events at once.
    void apply(const QString& language);
    [[nodiscard]] const QString& language() const { return m_language; }

private:
    QTranslator m_ours;
    QTranslator m_qt;
    QString m_language = QStringLiteral("en");
};

} // namespace actviz::ui
