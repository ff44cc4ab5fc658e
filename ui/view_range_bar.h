// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Four fields for the view's x and y ranges, so a lecturer can type exact bounds. A bound that
// cannot be shown marks its own field, says why beside the fields, and changes nothing.

#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;

namespace actviz::ui {

class SceneModel;

class ViewRangeBar : public QWidget {
    Q_OBJECT
public:
    explicit ViewRangeBar(SceneModel* model, QWidget* parent = nullptr);
    ~ViewRangeBar() override;

    /// xmin, xmax, ymin, ymax
    [[nodiscard]] QLineEdit* field(int i) const { return m_fields.at(static_cast<size_t>(i)); }
    /// Whether field i is marked as the cause of the last refusal.
    [[nodiscard]] bool marked(int i) const { return m_marked.at(static_cast<size_t>(i)); }
    /// Why the typed range was refused (empty when it was not).
    [[nodiscard]] QString message() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void apply(int edited);
    void applyRange(int edited);
    void mark(int i, bool on);
    void say(const QString& why);

    SceneModel* m_model;
    std::array<QLabel*, 4> m_labels{};
    std::array<QLineEdit*, 4> m_fields{};
    std::array<bool, 4> m_marked{};
    QLabel* m_message;
    bool m_applying = false;
};

} // namespace actviz::ui
