// SPDX-License-Identifier: GPL-3.0-or-later
#include "view_range_bar.h"

#include "scene_model.h"

#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

#include <cmath>
#include <optional>

namespace actviz::ui {
namespace {

std::optional<double> finiteNumber(const QLineEdit* field) {
    const auto v = core::parseNumber(field->text().toStdString());
    if (!v || !std::isfinite(*v)) return std::nullopt;
    return v;
}

} // namespace

ViewRangeBar::ViewRangeBar(SceneModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_message(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    for (int i = 0; i < 4; ++i) {
        auto* label = new QLabel(this);
        auto* edit = new QLineEdit(this);
        label->setBuddy(edit);
        edit->setMaximumWidth(80);
        layout->addWidget(label);
        layout->addWidget(edit);
        m_labels[static_cast<size_t>(i)] = label;
        m_fields[static_cast<size_t>(i)] = edit;
        connect(edit, &QLineEdit::editingFinished, this, [this, i] { apply(i); });
        // A mark goes as soon as the field holds a number again.
        connect(edit, &QLineEdit::textEdited, this, [this, i] {
            if (!marked(i) || !finiteNumber(field(i))) return;
            mark(i, false);
            if (m_marked == std::array<bool, 4>{}) say({});
        });
    }
    m_message->setWordWrap(false);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_message->setVisible(false);
    layout->addWidget(m_message);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_model, &SceneModel::viewChanged, this, &ViewRangeBar::refresh);
    connect(m_model, &SceneModel::sceneReset, this, &ViewRangeBar::refresh);
    retranslate();
    refresh();
}

ViewRangeBar::~ViewRangeBar() {
    // A field losing the focus as the bar goes would still report its edit.
    for (QLineEdit* f : m_fields)
        f->disconnect(this);
}

void ViewRangeBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void ViewRangeBar::retranslate() {
    const QString labels[4] = {tr("x from"), tr("to"), tr("y from"), tr("to")};
    for (std::size_t i = 0; i < 4; ++i) {
        m_labels[i]->setText(labels[i]);
        m_fields[i]->setToolTip(tr("Type a bound and press Enter"));
        m_fields[i]->setAccessibleName(labels[i]);
    }
}

QString ViewRangeBar::message() const {
    return m_message->isVisible() ? m_message->text() : QString();
}

void ViewRangeBar::refresh() {
    const ViewRange& v = m_model->view();
    const double values[4] = {v.xMin, v.xMax, v.yMin, v.yMax};
    for (int i = 0; i < 4; ++i) {
        m_fields[static_cast<size_t>(i)]->setText(
            QString::fromStdString(core::formatShort(values[i], 6)));
        mark(i, false);
    }
    say({});
}

void ViewRangeBar::mark(int i, bool on) {
    if (m_marked[static_cast<size_t>(i)] == on) return;
    m_marked[static_cast<size_t>(i)] = on;
    // A palette, not a style sheet: no re-polish, cheap at every keystroke.
    QLineEdit* f = m_fields[static_cast<size_t>(i)];
    QPalette p = f->style()->standardPalette();
    if (on) {
        p.setColor(QPalette::Base, QColor(0xfd, 0xe2, 0xe0));
        p.setColor(QPalette::Text, QColor(0x1f, 0x1f, 0x1f));
    }
    f->setPalette(on ? p : QPalette());
}

void ViewRangeBar::say(const QString& why) {
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    m_message->setToolTip(why);
}

void ViewRangeBar::apply(int edited) {
    // Moving the focus to a field to blame makes the field that had it finish editing too:
    // that second call is the same request, already answered.
    if (m_applying) return;
    m_applying = true;
    applyRange(edited);
    m_applying = false;
}

void ViewRangeBar::applyRange(int edited) {
    for (int i = 0; i < 4; ++i)
        mark(i, false);
    std::array<double, 4> values{};
    for (int i = 0; i < 4; ++i) {
        const auto v = finiteNumber(field(i));
        if (!v) {
            mark(i, true);
            say(tr("“%1” is not a finite number.").arg(field(i)->text()));
            field(i)->setFocus();
            return;
        }
        values[static_cast<size_t>(i)] = *v;
    }
    const ViewRange view{values[0], values[1], values[2], values[3]};
    if (view == m_model->view()) {
        say({});
        return;
    }
    for (int axis = 0; axis < 2; ++axis) {
        const double lo = values[2 * static_cast<size_t>(axis)];
        const double hi = values[2 * static_cast<size_t>(axis) + 1];
        const auto why =
            axisRangeProblem(lo, hi, axis == 0 ? QStringLiteral("x") : QStringLiteral("y"));
        if (!why) continue;
        // The field to blame: one beyond the limit, else the one just typed, else both ends.
        int blame = -1;
        if (core::checkAxisRange(lo, hi) == core::AxisRangeProblem::TooFar)
            blame = std::fabs(lo) > core::kMaxAxisMagnitude ? 2 * axis : 2 * axis + 1;
        else if (edited / 2 == axis)
            blame = edited;
        if (blame >= 0) {
            mark(blame, true);
        } else {
            mark(2 * axis, true);
            mark(2 * axis + 1, true);
        }
        say(*why);
        field(blame >= 0 ? blame : 2 * axis)->setFocus();
        return;
    }
    (void)m_model->setView(view);
}

} // namespace actviz::ui
