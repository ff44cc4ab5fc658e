// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a lecturer says about the selected function: the prose (English or Chinese, from
// resources/functions/<id>/about.<lang>.md) and the properties the core computes for the current
// parameters over the current view.

#include <QWidget>

class QTextBrowser;

namespace actviz::core {
struct CustomFunction;
}

namespace actviz::ui {

class SceneModel;

class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesPanel(SceneModel* model, QWidget* parent = nullptr);

    /// The text shown (brought up to date first if the panel is hidden).
    [[nodiscard]] QString markdown() {
        if (m_stale) update();
        return m_markdown;
    }
    /// The prose for a function in a language ("en", "zh_CN"), from the resources.
    [[nodiscard]] static QString prose(const QString& functionId, const QString& language);
    /// What the panel says of a typed formula (and of the catalogue function it equals).
    [[nodiscard]] static QString formulaProse(const core::CustomFunction& fn);
    /// The properties the core computes for curve i over the view, one sentence each.
    [[nodiscard]] static QStringList computedLines(const SceneModel& model, int i);
    /// The computed part, as Markdown.
    [[nodiscard]] QString computedMarkdown() const;

    /// Whether the panel is on screen (a dock tab raised): text is laid out only then.
    void setActive(bool active);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Recomputes now when visible, else when next shown (text layout is not free).
    void refresh();
    void update();

    SceneModel* m_model;
    QTextBrowser* m_text;
    QString m_markdown;
    bool m_stale = true;
    bool m_active = false; ///< shown: kept up to date (see setActive)
};

} // namespace actviz::ui
