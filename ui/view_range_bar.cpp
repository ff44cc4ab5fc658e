#include "view_range_bar.h"

#include "scene_model.h"

#include "actviz/core/parameter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace actviz::ui {

ViewRangeBar::ViewRangeBar(SceneModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    const QString labels[4] = {tr("x from"), tr("to"), tr("y from"), tr("to")};
    for (int i = 0; i < 4; ++i) {
        layout->addWidget(new QLabel(labels[i], this));
        m_fields[i] = new QLineEdit(this);
        m_fields[i]->setMaximumWidth(80);
        m_fields[i]->setToolTip(tr("Type a bound and press Enter"));
        layout->addWidget(m_fields[i]);
        connect(m_fields[i], &QLineEdit::editingFinished, this, &ViewRangeBar::apply);
    }
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_model, &SceneModel::viewChanged, this, &ViewRangeBar::refresh);
    connect(m_model, &SceneModel::sceneReset, this, &ViewRangeBar::refresh);
    refresh();
}

void ViewRangeBar::refresh() {
    const ViewRange& v = m_model->view();
    const double values[4] = {v.xMin, v.xMax, v.yMin, v.yMax};
    for (int i = 0; i < 4; ++i) {
        m_fields[i]->setText(QString::fromStdString(core::formatShort(values[i], 6)));
        m_fields[i]->setStyleSheet({});
    }
}

void ViewRangeBar::apply() {
    double values[4];
    for (int i = 0; i < 4; ++i) {
        const auto v = core::parseNumber(m_fields[i]->text().toStdString());
        if (!v || !std::isfinite(*v)) {
            m_fields[i]->setStyleSheet(QStringLiteral("background: #fde2e0;"));
            m_fields[i]->setToolTip(tr("Not a finite number"));
            return;
        }
        values[i] = *v;
    }
    if (!(values[0] < values[1]) || !(values[2] < values[3])) {
        for (QLineEdit* f : m_fields)
            f->setStyleSheet(QStringLiteral("background: #fde2e0;"));
        return;
    }
    m_model->setView({values[0], values[1], values[2], values[3]});
    refresh();
}

} // namespace actviz::ui
