#pragma once
// Four fields for the view's x and y ranges, so a lecturer can type exact bounds.

#include <QWidget>

class QLineEdit;

namespace actviz::ui {

class SceneModel;

class ViewRangeBar : public QWidget {
    Q_OBJECT
public:
    explicit ViewRangeBar(SceneModel* model, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* field(int i) const { return m_fields[i]; } ///< xmin, xmax, ymin, ymax

private:
    void refresh();
    void apply();

    SceneModel* m_model;
    QLineEdit* m_fields[4];
};

} // namespace actviz::ui
