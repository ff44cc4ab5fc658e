// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep_dialog.h"

#include "catalogue_text.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace actviz::ui {

SweepDialog::SweepDialog(const SceneModel& model, int curve, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_curve(curve)
    , m_param(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_frames(new QSpinBox(this))
    , m_format(new QComboBox(this))
    , m_message(new QLabel(this)) {
    setWindowTitle(tr("Export an animation"));
    setMinimumWidth(460);
    const Curve& c = m_model.curve(m_curve);
    for (const core::ParamSpec& p : c.function->params)
        m_param->addItem(QStringLiteral("%1 (%2)").arg(qs(p.id), catalogueText(p.name)));
    m_frames->setRange(2, core::kMaxSweepFrames);
    m_frames->setValue(60);
    m_frames->setToolTip(tr("25 frames a second"));
    m_format->addItem(tr("Animated GIF (.gif)"), QStringLiteral("gif"));
    m_format->addItem(tr("Numbered PNG frames (.png)"), QStringLiteral("png"));
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Curve"), new QLabel(qs(c.function->name), this));
    form->addRow(tr("Parameter"), m_param);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Frames"), m_frames);
    form->addRow(tr("Format"), m_format);
    auto* note = new QLabel(
        tr("Frames are drawn at the size and theme of the last image export (Ctrl+E)."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SweepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_param, &QComboBox::currentIndexChanged, this, &SweepDialog::parameterChanged);
    parameterChanged();
}

void SweepDialog::parameterChanged() {
    const Curve& c = m_model.curve(m_curve);
    const auto index = static_cast<std::size_t>(std::max(0, m_param->currentIndex()));
    const core::ParamSpec& p = c.function->params[index];
    // The part of the slider's range where the function stays valid with the other parameters
    // as they are (hardtanh's min must stay below its max): the run of valid values around the
    // current one, found on the slider's own steps.
    constexpr int kSteps = 400;
    auto valueAt = [&](int k) {
        const double t = static_cast<double>(k) / kSteps;
        return p.scale == core::Scale::Log && p.sliderMin > 0.0
                   ? p.sliderMin * std::pow(p.sliderMax / p.sliderMin, t)
                   : std::lerp(p.sliderMin, p.sliderMax, t);
    };
    auto validAt = [&](double v) {
        std::vector<double> params = c.params;
        params[index] = v;
        return !c.function->validate(params).has_value();
    };
    int current = 0;
    for (int k = 0; k <= kSteps; ++k)
        if (std::fabs(valueAt(k) - c.params[index]) < std::fabs(valueAt(current) - c.params[index]))
            current = k;
    int lo = current;
    int hi = current;
    if (validAt(valueAt(current))) {
        while (lo > 0 && validAt(valueAt(lo - 1)))
            --lo;
        while (hi < kSteps && validAt(valueAt(hi + 1)))
            ++hi;
    }
    const bool whole = lo == 0 && hi == kSteps;
    m_from->setText(qs(core::formatShort(whole ? p.sliderMin : valueAt(lo), 6)));
    m_to->setText(qs(core::formatShort(whole ? p.sliderMax : valueAt(hi), 6)));
    if (lo == hi) { // no room to sweep within the slider: from here to the slider's end
        m_from->setText(qs(core::formatShort(c.params[index], 6)));
    }
    m_message->setVisible(false);
}

std::optional<Sweep> SweepDialog::sweep(QString* why) const {
    auto refuse = [&](const QString& reason) -> std::optional<Sweep> {
        if (why != nullptr) *why = reason;
        return std::nullopt;
    };
    const Curve& c = m_model.curve(m_curve);
    Sweep s;
    s.curves = {m_curve};
    s.param = static_cast<std::size_t>(std::max(0, m_param->currentIndex()));
    s.frames = m_frames->value();
    const auto from = core::parseNumber(m_from->text().trimmed().toStdString());
    const auto to = core::parseNumber(m_to->text().trimmed().toStdString());
    if (!from) return refuse(tr("'%1' is not a number").arg(m_from->text()));
    if (!to) return refuse(tr("'%1' is not a number").arg(m_to->text()));
    s.from = *from;
    s.to = *to;
    // A logarithmic parameter (SMU's mu spans 1e-9 to 1e7) is stepped by a constant factor.
    s.geometric =
        c.function->params[s.param].scale == core::Scale::Log && s.from > 0.0 && s.to > 0.0;
    if (auto reason = validateSweep(m_model.scene(), s)) return refuse(*reason);
    return s;
}

QString SweepDialog::suffix() const {
    return m_format->currentData().toString();
}

void SweepDialog::setParameter(int index) {
    m_param->setCurrentIndex(index);
}

void SweepDialog::setRange(const QString& from, const QString& to) {
    m_from->setText(from);
    m_to->setText(to);
}

void SweepDialog::setFrames(int frames) {
    m_frames->setValue(frames);
}

void SweepDialog::setSuffix(const QString& suffix) {
    m_format->setCurrentIndex(m_format->findData(suffix));
}

QString SweepDialog::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void SweepDialog::accept() {
    QString why;
    const auto s = sweep(&why);
    if (s && m_exporter) {
        const auto failed = m_exporter(*s);
        if (!failed) {
            QDialog::accept();
            return;
        }
        why = *failed;
    }
    if (!s || !why.isEmpty()) {
        m_message->setText(why);
        m_message->setVisible(!why.isEmpty());
        return;
    }
    if (!m_exporter) QDialog::accept();
}

} // namespace actviz::ui
