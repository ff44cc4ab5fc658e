#pragma once
// What a lecturer says about the selected function: the prose (English or Chinese, from
// resources/functions/<id>/about.<lang>.md) and the properties the core computes for the current
// parameters over the current view.

#include <QWidget>

class QTextBrowser;

namespace actviz::ui {

class SceneModel;

class PropertiesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesPanel(SceneModel* model, QWidget* parent = nullptr);

    [[nodiscard]] QString markdown() const { return m_markdown; }
    /// The prose for a function in a language ("en", "zh_CN"), from the resources.
    [[nodiscard]] static QString prose(const QString& functionId, const QString& language);
    /// The computed part, as Markdown.
    [[nodiscard]] QString computedMarkdown() const;

private:
    void refresh();

    SceneModel* m_model;
    QTextBrowser* m_text;
    QString m_markdown;
};

} // namespace actviz::ui
