// SPDX-License-Identifier: GPL-3.0-or-later
#include "curve_list.h"

#include "scene_model.h"

#include "actviz/core/catalogue.h"

#include <QColorDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace actviz::ui {
namespace {

enum Column { kName, kDerivative, kGradient };

QIcon swatch(const QColor& color) {
    QPixmap p(14, 14);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(130));
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return {p};
}

} // namespace

CurveList::CurveList(SceneModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_tree(new QTreeWidget(this)) {
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(kName, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(kDerivative, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(kGradient, QHeaderView::ResizeToContents);

    auto* colour = m_colour = new QPushButton(this);
    auto* remove = m_remove = new QPushButton(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(colour);
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);

    connect(colour, &QPushButton::clicked, this, [this] { recolour(m_model->selected()); });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_model->removeCurve(m_model->selected()); });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item, int column) {
                if (column == kName) recolour(m_tree->indexOfTopLevelItem(item));
            });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!m_syncing && item != nullptr) m_model->setSelected(m_tree->indexOfTopLevelItem(item));
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (m_syncing) return;
        const int i = m_tree->indexOfTopLevelItem(item);
        const bool on = item->checkState(column) == Qt::Checked;
        if (column == kName) m_model->setVisible(i, on);
        if (column == kDerivative) m_model->setShowDerivative(i, on);
        if (column == kGradient) m_model->setShowGradient(i, on);
    });
    connect(m_model, &SceneModel::curveAdded, this, &CurveList::rebuild);
    connect(m_model, &SceneModel::curveRemoved, this, &CurveList::rebuild);
    connect(m_model, &SceneModel::sceneReset, this, &CurveList::rebuild);
    connect(m_model, &SceneModel::curveStyleChanged, this, &CurveList::refreshRow);
    connect(m_model, &SceneModel::curveParametersChanged, this, &CurveList::refreshRow);
    // Copy numbers change when curves come and go; automatic colours follow the theme.
    connect(m_model, &SceneModel::themeChanged, this, &CurveList::retranslate);
    connect(m_model, &SceneModel::selectionChanged, this, [this](int i) {
        m_syncing = true;
        m_tree->setCurrentItem(i >= 0 ? m_tree->topLevelItem(i) : nullptr);
        m_syncing = false;
    });
    rebuild();
    retranslate();
}

void CurveList::recolour(int i) {
    if (i < 0 || i >= m_model->curveCount()) return;
    const QColor chosen = QColorDialog::getColor(m_model->curve(i).color, this, tr("Curve colour"));
    if (chosen.isValid()) m_model->setColor(i, chosen);
}

void CurveList::rebuild() {
    m_syncing = true;
    m_tree->clear();
    for (int i = 0; i < m_model->curveCount(); ++i) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
    m_syncing = false;
    for (int i = 0; i < m_model->curveCount(); ++i)
        refreshRow(i);
    m_syncing = true;
    const int s = m_model->selected();
    m_tree->setCurrentItem(s >= 0 && s < m_tree->topLevelItemCount() ? m_tree->topLevelItem(s)
                                                                     : nullptr);
    m_syncing = false;
}

void CurveList::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void CurveList::retranslate() {
    m_tree->setHeaderLabels({tr("Curve"), tr("f′"), tr("df/dθ")});
    m_tree->headerItem()->setToolTip(kDerivative, tr("Show the derivative (dashed)"));
    m_tree->headerItem()->setToolTip(kGradient,
                                     tr("Show df/dparam of the learnable parameters (dotted)"));
    m_tree->setAccessibleName(tr("Curves"));
    m_tree->setAccessibleDescription(
        tr("The curves on the plot; the check boxes show or hide a curve, its derivative f′ and "
           "its parameter gradients df/dθ"));
    m_colour->setText(tr("Colour…"));
    m_colour->setToolTip(tr("Choose the colour of the selected curve"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected curve from the plot"));
    for (int i = 0; i < m_model->curveCount(); ++i)
        refreshRow(i);
}

void CurveList::refreshRow(int i) {
    QTreeWidgetItem* item = m_tree->topLevelItem(i);
    if (item == nullptr) return;
    const Curve& c = m_model->curve(i);
    m_syncing = true;
    item->setText(kName, m_model->curveLabel(i));
    // The whole name (a narrow panel elides the parameter values), then what a click does.
    item->setToolTip(kName, QStringLiteral("%1\n%2").arg(m_model->curveLabel(i),
                                                         tr("Double-click to change the colour")));
    item->setIcon(kName, swatch(c.color));
    item->setCheckState(kName, c.visible ? Qt::Checked : Qt::Unchecked);
    item->setCheckState(kDerivative, c.showDerivative ? Qt::Checked : Qt::Unchecked);
    if (!drawnGradientParams(c).empty()) // none where a library fixes the parameters
        item->setCheckState(kGradient, c.showGradient ? Qt::Checked : Qt::Unchecked);
    else
        item->setData(kGradient, Qt::CheckStateRole, QVariant());
    m_syncing = false;
}

} // namespace actviz::ui
