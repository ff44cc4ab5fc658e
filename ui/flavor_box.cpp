// SPDX-License-Identifier: GPL-3.0-or-later
#include "flavor_box.h"

#include "catalogue_text.h"
#include "scene_model.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"
#include "actviz/core/parity.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace actviz::ui {

FlavorBox::FlavorBox(SceneModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_choice(new QComboBox(this))
    , m_difference(new QCheckBox(this))
    , m_note(new QLabel(this)) {
    for (const core::FlavorInfo& f : core::flavors())
        m_choice->addItem(QString(), static_cast<int>(f.flavor));
    m_title->setBuddy(m_choice);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addWidget(m_title);
    row->addWidget(m_choice, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_difference);
    layout->addWidget(m_note);

    connect(m_choice, &QComboBox::activated, this, [this](int index) {
        if (m_syncing) return;
        const auto flavor = static_cast<core::Flavor>(m_choice->itemData(index).toInt());
        if (const auto refused = m_model->setFlavor(m_model->selected(), flavor)) {
            refresh();
            m_note->setText(refused->toHtmlEscaped());
            m_note->setVisible(true);
        }
    });
    connect(m_difference, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing) m_model->setShowDifference(m_model->selected(), on);
    });
    connect(m_model, &SceneModel::selectionChanged, this, &FlavorBox::refresh);
    connect(m_model, &SceneModel::sceneReset, this, &FlavorBox::refresh);
    connect(m_model, &SceneModel::curveRemoved, this, &FlavorBox::refresh);
    connect(m_model, &SceneModel::curveDefinitionChanged, this, [this](int i) {
        if (i == m_model->selected()) refresh();
    });
    connect(m_model, &SceneModel::curveStyleChanged, this, [this](int i) {
        if (i != m_model->selected()) return;
        const QSignalBlocker block(m_difference);
        m_difference->setChecked(m_model->curve(i).showDifference);
    });
    // A slider step changes only the values the note gives.
    connect(m_model, &SceneModel::curveParametersChanged, this, [this](int i) {
        if (i == m_model->selected()) refreshNote();
    });
    retranslate();
}

QString FlavorBox::noteText() const {
    return m_note->text();
}

void FlavorBox::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void FlavorBox::retranslate() {
    m_title->setText(tr("Definition"));
    m_choice->setToolTip(tr("Draw the curve as the catalogue or a library defines it"));
    m_choice->setAccessibleName(tr("Definition"));
    m_difference->setText(tr("Δf against exact (right axis)"));
    m_difference->setToolTip(
        tr("Draw f(library) − f(exact), and f′ too when the derivative is shown, on the right "
           "axis"));
    refresh();
}

void FlavorBox::refresh() {
    const int i = m_model->selected();
    // A typed formula has one definition, its own: nothing to choose.
    const bool typed = i >= 0 && m_model->curve(i).function->program != nullptr;
    setVisible(i >= 0 && !typed);
    if (i < 0 || typed) return;
    const Curve& c = m_model->curve(i);
    const QString name = qs(c.function->name);
    m_syncing = true;
    auto* items = qobject_cast<QStandardItemModel*>(m_choice->model());
    bool anyLibrary = false;
    for (const core::FlavorInfo& f : core::flavors()) {
        const int k = static_cast<int>(f.flavor);
        const auto definition = core::libraryDefinition(c.function->id, f.flavor);
        const bool available = definition && definition->available;
        anyLibrary = anyLibrary || (available && f.flavor != core::Flavor::Exact);
        m_choice->setItemText(k, f.flavor == core::Flavor::Exact ? tr("Catalogue (exact)")
                                                                 : qs(f.name));
        items->item(k)->setEnabled(available);
        QString tip = available ? qs(definition->call) : tr("%1 has no %2.").arg(qs(f.name), name);
        if (!available && definition && !definition->note.empty())
            tip += QStringLiteral(" (%1)").arg(catalogueText(definition->note));
        m_choice->setItemData(k, tip, Qt::ToolTipRole);
    }
    m_choice->setCurrentIndex(static_cast<int>(c.flavor));
    m_choice->setEnabled(anyLibrary);
    m_difference->setHidden(c.flavor == core::Flavor::Exact);
    m_difference->setChecked(c.showDifference);
    m_syncing = false;
    refreshNote();
}

void FlavorBox::refreshNote() {
    const int i = m_model->selected();
    if (i < 0 || m_model->curve(i).function->program != nullptr) return;
    const Curve& c = m_model->curve(i);
    // The catalogue's own definition needs no more words, unless no library has the function.
    QString note;
    if (c.flavor == core::Flavor::Exact) {
        if (!m_choice->isEnabled())
            note = tr("PyTorch, JAX and Keras have no %1.").arg(qs(c.function->name));
    } else {
        const auto definition = core::libraryDefinition(c.function->id, c.flavor);
        note = QStringLiteral("<code>%1</code>").arg(qs(definition->call).toHtmlEscaped());
        if (!definition->note.empty())
            note += QStringLiteral("<br>") + catalogueText(definition->note).toHtmlEscaped();
        if (definition->target != c.function->id)
            note += QStringLiteral("<br>") +
                    tr("Drawn: %1.").arg(qs(core::findFunction(definition->target)->name));
        // The call above has the library's defaults; say where the curve's values differ.
        const std::vector<double> defaults = core::definitionDefaults(*c.function, c.flavor);
        QStringList changed;
        for (std::size_t p = 0; p < c.params.size(); ++p)
            if (c.params[p] != defaults[p])
                changed << tr("%1 = %2 (its default: %3)")
                               .arg(texSymbolToText(qs(c.function->params[p].tex)),
                                    qs(core::formatShort(c.params[p])),
                                    qs(core::formatShort(defaults[p])));
        if (!changed.isEmpty())
            note += QStringLiteral("<br>") + tr("Called with %1.").arg(changed.join(tr(", ")));
    }
    m_note->setText(note);
    m_note->setHidden(note.isEmpty());
}

} // namespace actviz::ui
