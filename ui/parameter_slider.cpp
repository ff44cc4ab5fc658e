// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameter_slider.h"

#include "text.h"

#include "catalogue_text.h"

#include "actviz/core/parameter.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace actviz::ui {
namespace {

constexpr int kSteps = 1000;

} // namespace

ParameterSlider::ParameterSlider(const core::ParamSpec& spec, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_field(new QLineEdit(this))
    , m_reset(new QToolButton(this))
    , m_play(new QToolButton(this))
    , m_message(new QLabel(this))
    , m_name(new QLabel(this))
    , m_fixedNote(new QLabel(this)) {
    auto* name = m_name;
    const int steps = spec.domain.integer
                          ? static_cast<int>(std::lround(spec.sliderMax - spec.sliderMin))
                          : kSteps;
    m_slider->setRange(0, steps);
    // From the keyboard: an arrow key moves a hundredth of the range, Page Up/Down a tenth, and
    // Shift with an arrow key a thousandth (one position; see eventFilter).
    m_slider->setSingleStep(std::max(1, steps / 100));
    m_slider->setPageStep(std::max(1, steps / 10));
    m_slider->installEventFilter(this);
    m_field->setMaximumWidth(130);
    m_reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_fixedNote->setWordWrap(true);
    m_fixedNote->setVisible(false);
    m_fixedNote->setForegroundRole(QPalette::PlaceholderText);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->addWidget(name, 0, 0, 1, 3);
    grid->addWidget(m_slider, 1, 0);
    grid->addWidget(m_field, 1, 1);
    grid->addWidget(m_reset, 1, 2);
    grid->addWidget(m_play, 1, 3);
    grid->addWidget(m_message, 2, 0, 1, 3);
    grid->addWidget(m_fixedNote, 3, 0, 1, 4);
    grid->setColumnStretch(0, 1);

    connect(m_slider, &QSlider::valueChanged, this, &ParameterSlider::onSliderMoved);
    connect(m_slider, &QSlider::sliderPressed, this, &ParameterSlider::dragStarted);
    connect(m_slider, &QSlider::sliderReleased, this, &ParameterSlider::dragFinished);
    connect(m_field, &QLineEdit::editingFinished, this, &ParameterSlider::onFieldEdited);
    connect(m_reset, &QToolButton::clicked, this, &ParameterSlider::resetRequested);
    m_play->setCheckable(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        m_play->setIcon(style()->standardIcon(on ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
        emit playToggled(on);
    });
    setValue(spec.defaultValue);
    retranslate();
}

ParameterSlider::~ParameterSlider() {
    // The field losing the focus as the slider goes would still report its edit.
    m_field->disconnect(this);
}

QList<QWidget*> ParameterSlider::controls() const {
    return {m_slider, m_field, m_reset, m_play};
}

bool ParameterSlider::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_slider && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool fine = key->modifiers() & Qt::ShiftModifier;
        const int direction = key->key() == Qt::Key_Right || key->key() == Qt::Key_Up    ? 1
                              : key->key() == Qt::Key_Left || key->key() == Qt::Key_Down ? -1
                                                                                         : 0;
        if (fine && direction != 0) {
            m_slider->setValue(m_slider->value() + direction);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ParameterSlider::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void ParameterSlider::retranslate() {
    const QString symbol = texSymbolToText(qs(m_spec.tex));
    const QString name = catalogueText(m_spec.name);
    m_name->setText(QStringLiteral("<b>%1</b> &nbsp;<span style='color:gray'>%2</span>")
                        .arg(symbol.toHtmlEscaped(), name.toHtmlEscaped()));
    m_slider->setToolTip(
        tr("%1 .. %2 (%3 scale); type any value in the field: %4")
            .arg(qs(core::formatShort(m_spec.sliderMin)), qs(core::formatShort(m_spec.sliderMax)),
                 m_spec.scale == core::Scale::Log ? tr("logarithmic") : tr("linear"),
                 qs(m_spec.domain.describe())));
    m_field->setToolTip(tr("Exact value: %1").arg(qs(m_spec.domain.describe())));
    m_reset->setToolTip(
        tr("Reset to the default, %1").arg(qs(core::formatShort(m_spec.defaultValue, 17))));
    m_play->setToolTip(tr("Sweep this parameter across its slider range"));
    // Screen readers announce the parameter with each control.
    m_slider->setAccessibleName(tr("%1 (%2), slider").arg(name, symbol));
    m_field->setAccessibleName(tr("%1 (%2), exact value").arg(name, symbol));
    m_reset->setAccessibleName(tr("Reset %1").arg(name));
    m_play->setAccessibleName(tr("Sweep %1").arg(name));
}

double ParameterSlider::valueAt(int position) const {
    const double t = static_cast<double>(position) / m_slider->maximum();
    if (m_spec.scale == core::Scale::Log)
        return std::exp(std::lerp(std::log(m_spec.sliderMin), std::log(m_spec.sliderMax), t));
    const double v = std::lerp(m_spec.sliderMin, m_spec.sliderMax, t);
    return m_spec.domain.integer ? std::round(v) : v;
}

int ParameterSlider::positionOf(double value) const {
    double t;
    if (m_spec.scale == core::Scale::Log) {
        t = value > 0.0 ? (std::log(value) - std::log(m_spec.sliderMin)) /
                              (std::log(m_spec.sliderMax) - std::log(m_spec.sliderMin))
                        : 0.0;
    } else {
        t = (value - m_spec.sliderMin) / (m_spec.sliderMax - m_spec.sliderMin);
    }
    if (!std::isfinite(t)) t = value > 0.0 ? 1.0 : 0.0;
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * m_slider->maximum()));
}

void ParameterSlider::setValue(double value) {
    m_value = value;
    const QSignalBlocker block(m_slider);
    m_slider->setValue(positionOf(value));
    m_field->setText(QString::fromStdString(core::formatShort(value, 10)));
}

void ParameterSlider::setMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString ParameterSlider::message() const {
    return m_message->text();
}

void ParameterSlider::setFixed(const QString& why) {
    if (why == m_fixed) return;
    m_fixed = why;
    for (QWidget* w : {static_cast<QWidget*>(m_slider), static_cast<QWidget*>(m_field),
                       static_cast<QWidget*>(m_reset), static_cast<QWidget*>(m_play)})
        w->setEnabled(why.isEmpty());
    m_fixedNote->setText(why);
    m_fixedNote->setVisible(!why.isEmpty());
}

void ParameterSlider::onSliderMoved(int position) {
    const double v = valueAt(position);
    m_field->setText(QString::fromStdString(core::formatShort(v, 10)));
    emit valueEdited(v);
}

void ParameterSlider::onFieldEdited() {
    const QString text = m_field->text();
    const auto v = core::parseNumber(text.toStdString());
    if (!v) {
        setMessage(tr("\"%1\" is not a number.").arg(text.left(30)));
        return;
    }
    if (*v == m_value && message().isEmpty()) return;
    emit valueEdited(*v);
}

} // namespace actviz::ui
