#include "sweep_dialog.h"

#include "catalogue_text.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

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
    const Curve& c = m_model.curve(m_curve);
    for (const core::ParamSpec& p : c.function->params)
        m_param->addItem(QStringLiteral("%1 (%2)").arg(qs(p.id), catalogueText(p.name)));
    m_frames->setRange(2, kMaxSweepFrames);
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
    const core::ParamSpec& p =
        m_model.curve(m_curve)
            .function->params[static_cast<std::size_t>(std::max(0, m_param->currentIndex()))];
    m_from->setText(qs(core::formatShort(p.sliderMin, 17)));
    m_to->setText(qs(core::formatShort(p.sliderMax, 17)));
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
    if (!sweep(&why)) {
        m_message->setText(why);
        m_message->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace actviz::ui
