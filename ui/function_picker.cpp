// SPDX-License-Identifier: GPL-3.0-or-later
#include "function_picker.h"

#include "text.h"

#include "catalogue_text.h"
#include "scene_model.h"

#include "actviz/core/catalogue.h"

#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace actviz::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kFamilyRole = Qt::UserRole + 2;

} // namespace

FunctionPicker::FunctionPicker(SceneModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_tree(new QTreeWidget(this))
    , m_again(new QPushButton(this))
    , m_typed(new QPushButton(this)) {
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    std::map<std::string_view, QTreeWidgetItem*> families;
    for (const core::FunctionSpec& fn : core::catalogue()) {
        QTreeWidgetItem*& family = families[fn.family];
        if (family == nullptr) {
            family = new QTreeWidgetItem(m_tree);
            family->setData(0, kFamilyRole, qs(fn.family));
            family->setFlags(Qt::ItemIsEnabled);
            family->setExpanded(true);
            QFont bold = family->font(0);
            bold.setBold(true);
            family->setFont(0, bold);
        }
        auto* item = new QTreeWidgetItem(family, {qs(fn.name)});
        item->setData(0, kIdRole, qs(fn.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(0, qs(fn.reference));
    }
    auto* again = m_again;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addWidget(m_typed);
    connect(m_typed, &QPushButton::clicked, this, &FunctionPicker::formulaRequested);

    connect(m_tree, &QTreeWidget::itemChanged, this, &FunctionPicker::onItemChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, kIdRole).toString();
        if (!id.isEmpty()) m_model->addCurve(id);
    });
    connect(again, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem* item = m_tree->currentItem();
        if (item != nullptr && !item->data(0, kIdRole).toString().isEmpty())
            m_model->addCurve(item->data(0, kIdRole).toString());
    });
    for (auto signal : {&SceneModel::curveAdded, &SceneModel::curveRemoved})
        connect(m_model, signal, this, &FunctionPicker::syncChecks);
    connect(m_model, &SceneModel::sceneReset, this, &FunctionPicker::syncChecks);
    connect(m_model, &SceneModel::curveDefinitionChanged, this, &FunctionPicker::syncChecks);
    syncChecks();
    retranslate();
}

void FunctionPicker::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void FunctionPicker::retranslate() {
    for (int f = 0; f < m_tree->topLevelItemCount(); ++f) {
        QTreeWidgetItem* family = m_tree->topLevelItem(f);
        family->setText(0, catalogueText(family->data(0, kFamilyRole).toString().toStdString()));
    }
    m_tree->setAccessibleName(tr("Functions"));
    m_tree->setAccessibleDescription(tr("Check a function to add its curve to the plot"));
    m_again->setText(tr("Add again"));
    m_again->setToolTip(
        tr("Add another curve of the selected function, to compare parameter values"));
    m_typed->setText(tr("From formula…"));
    m_typed->setToolTip(tr("Type a function of your own (Functions → New from formula…, "
                           "Ctrl+Shift+F)"));
}

QTreeWidgetItem* FunctionPicker::itemFor(const QString& id) const {
    for (int f = 0; f < m_tree->topLevelItemCount(); ++f) {
        QTreeWidgetItem* family = m_tree->topLevelItem(f);
        for (int i = 0; i < family->childCount(); ++i)
            if (family->child(i)->data(0, kIdRole).toString() == id) return family->child(i);
    }
    return nullptr;
}

void FunctionPicker::syncChecks() {
    m_syncing = true;
    for (const core::FunctionSpec& fn : core::catalogue()) {
        int count = 0;
        for (int i = 0; i < m_model->curveCount(); ++i)
            count += m_model->curve(i).function == &fn;
        QTreeWidgetItem* item = itemFor(qs(fn.id));
        item->setCheckState(0, count > 0 ? Qt::Checked : Qt::Unchecked);
        item->setText(0, count > 1 ? QStringLiteral("%1 (×%2)").arg(qs(fn.name)).arg(count)
                                   : qs(fn.name));
    }
    m_syncing = false;
}

void FunctionPicker::onItemChanged(QTreeWidgetItem* item) {
    if (m_syncing) return;
    const QString id = item->data(0, kIdRole).toString();
    if (id.isEmpty()) return;
    const core::FunctionSpec* fn = core::findFunction(id.toStdString());
    if (item->checkState(0) == Qt::Checked) {
        bool present = false;
        for (int i = 0; i < m_model->curveCount(); ++i)
            present = present || m_model->curve(i).function == fn;
        if (!present) m_model->addCurve(id);
        return;
    }
    int copies = 0;
    for (int i = 0; i < m_model->curveCount(); ++i)
        copies += m_model->curve(i).function == fn;
    const QString question =
        tr("Remove all %1 %2 curves? (Select one in the curve list to remove only that one.)")
            .arg(copies)
            .arg(qs(fn->name));
    const bool go = copies < 2 || (m_confirm ? m_confirm(question)
                                             : QMessageBox::question(this, tr("Remove curves"),
                                                                     question) == QMessageBox::Yes);
    if (!go) {
        syncChecks(); // checked again: nothing was removed
        return;
    }
    for (int i = m_model->curveCount() - 1; i >= 0; --i)
        if (m_model->curve(i).function == fn) m_model->removeCurve(i);
}

} // namespace actviz::ui
