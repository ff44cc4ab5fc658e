// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameter_panel.h"

#include "flavor_box.h"
#include "parameter_slider.h"
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
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace actviz::ui {

ParameterPanel::ParameterPanel(SceneModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_layout(new QVBoxLayout(this))
    , m_title(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_mode(new QComboBox(this))
    , m_speed(new QComboBox(this))
    , m_flavor(new FlavorBox(model, this)) {
    m_title->setWordWrap(true);
    m_layout->addWidget(m_title);
    // The sweep: about 30 frames a second, 3 s across the range at 1x.
    m_timer->setInterval(33);
    connect(m_timer, &QTimer::timeout, this, &ParameterPanel::step);
    for (SweepMode mode : {SweepMode::Once, SweepMode::Loop, SweepMode::Bounce})
        m_mode->addItem(QString(), static_cast<int>(mode));
    m_mode->setCurrentIndex(2);
    for (double s : {0.25, 0.5, 1.0, 2.0, 4.0})
        m_speed->addItem(QStringLiteral("%1x").arg(s), s);
    m_speed->setCurrentIndex(2);
    auto* sweepRow = new QHBoxLayout;
    m_sweepLabel = new QLabel(this);
    m_sweepLabel->setBuddy(m_mode);
    sweepRow->addWidget(m_sweepLabel);
    sweepRow->addWidget(m_mode);
    sweepRow->addWidget(m_speed);
    sweepRow->addStretch(1);
    m_layout->addLayout(sweepRow);
    m_layout->addWidget(m_flavor);
    m_layout->addStretch(1);
    connect(m_model, &SceneModel::selectionChanged, this, &ParameterPanel::rebuild);
    connect(m_model, &SceneModel::sceneReset, this, &ParameterPanel::rebuild);
    connect(m_model, &SceneModel::curveRemoved, this, &ParameterPanel::rebuild);
    connect(m_model, &SceneModel::curveParametersChanged, this, [this](int i) {
        if (i == m_curve) refreshValues();
    });
    connect(m_model, &SceneModel::curveStyleChanged, this, [this](int i) {
        if (i == m_curve) refreshTitle();
    });
    connect(m_model, &SceneModel::curveAdded, this, &ParameterPanel::refreshTitle); // copy numbers
    // A new definition ends a sweep of the curve (it may fix the swept parameter).
    // Another function (a typed formula switched to the catalogue's) has other parameters.
    connect(m_model, &SceneModel::curveDefinitionChanged, this, [this](int i) {
        if (i != m_curve) return;
        animate(-1);
        rebuild();
    });
    rebuild();
    retranslate();
}

void ParameterPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void ParameterPanel::retranslate() {
    const char* modes[] = {QT_TR_NOOP("Once"), QT_TR_NOOP("Loop"), QT_TR_NOOP("Bounce")};
    for (int k = 0; k < 3; ++k)
        m_mode->setItemText(k, tr(modes[k]));
    m_mode->setToolTip(tr("How the play buttons sweep a parameter"));
    m_mode->setAccessibleName(tr("Sweep mode"));
    m_speed->setToolTip(tr("Sweep speed (1x: 3 s across the slider)"));
    m_speed->setAccessibleName(tr("Sweep speed"));
    m_sweepLabel->setText(tr("Sweep"));
    refreshTitle();
    if (m_noParameters != nullptr) m_noParameters->setText(tr("This function has no parameters."));
    if (m_resetAll != nullptr) m_resetAll->setText(tr("Reset all to defaults"));
    refreshFixed();
}

void ParameterPanel::refreshTitle() {
    m_title->setText(
        m_curve < 0
            ? tr("Select a curve to change its parameters.")
            : QStringLiteral("<b>%1</b>").arg(m_model->curveLabel(m_curve).toHtmlEscaped()));
}

void ParameterPanel::setSweepMode(SweepMode mode) {
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(mode)));
}

void ParameterPanel::animate(int param) {
    if (m_animated >= 0 && m_animated < sliderCount()) {
        const QSignalBlocker block(slider(m_animated)->playButton());
        slider(m_animated)->playButton()->setChecked(false);
        slider(m_animated)->playButton()->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    }
    const bool wasAnimating = m_animated >= 0;
    m_animated = param >= 0 && param < sliderCount() ? param : -1;
    if (m_animated < 0) {
        m_timer->stop();
        if (wasAnimating) emit liveEditFinished();
        return;
    }
    ParameterSlider* s = slider(m_animated);
    {
        const QSignalBlocker block(s->playButton());
        s->playButton()->setChecked(true);
        s->playButton()->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    }
    m_position = s->slider()->value();
    if (m_position >= s->slider()->maximum()) m_position = 0.0; // a sweep from the start
    m_direction = 1.0;
    if (!wasAnimating) emit liveEditStarted(m_curve);
    m_timer->start();
}

void ParameterPanel::step() {
    if (m_animated < 0 || m_animated >= sliderCount()) return;
    QSlider* s = slider(m_animated)->slider();
    const double max = s->maximum();
    const double advance = max / 90.0 * m_speed->currentData().toDouble(); // 90 frames at 1x
    m_position += m_direction * advance;
    const auto mode = static_cast<SweepMode>(m_mode->currentData().toInt());
    bool finished = false;
    if (m_position > max || m_position < 0.0) {
        if (mode == SweepMode::Once) {
            m_position = std::clamp(m_position, 0.0, max);
            finished = true;
        } else if (mode == SweepMode::Loop) {
            m_position = m_position > max ? 0.0 : max;
        } else {
            m_direction = -m_direction;
            m_position = std::clamp(m_position, 0.0, max);
        }
    }
    s->setValue(static_cast<int>(std::lround(m_position)));
    if (finished) animate(-1);
}

void ParameterPanel::rebuild() {
    animate(-1);
    // A slider still held down goes with the panel: its drag ends here, not never.
    for (ParameterSlider* s : m_sliders)
        if (s->slider()->isSliderDown()) {
            emit liveEditFinished();
            break;
        }
    delete m_body;
    m_body = nullptr;
    m_sliders.clear();
    m_noParameters = nullptr;
    m_resetAll = nullptr;
    m_curve = m_model->selected();
    refreshTitle();
    if (m_curve < 0) return;
    const Curve& c = m_model->curve(m_curve);
    m_body = new QWidget(this);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    if (c.params.empty()) {
        m_noParameters = new QLabel(tr("This function has no parameters."), m_body);
        m_noParameters->setWordWrap(true); // a narrow panel, or the presentation's large type
        body->addWidget(m_noParameters);
    }
    for (std::size_t p = 0; p < c.params.size(); ++p) {
        auto* s = new ParameterSlider(c.function->params[p], m_body);
        s->setValue(c.params[p]);
        connect(s, &ParameterSlider::valueEdited, this, [this, p](double v) { edit(p, v); });
        connect(s, &ParameterSlider::dragStarted, this, [this] { emit liveEditStarted(m_curve); });
        connect(s, &ParameterSlider::dragFinished, this, &ParameterPanel::liveEditFinished);
        const int index = static_cast<int>(p);
        connect(s, &ParameterSlider::playToggled, this,
                [this, index](bool on) { animate(on ? index : -1); });
        connect(s, &ParameterSlider::resetRequested, this, [this, p] {
            const Curve& cur = m_model->curve(m_curve);
            edit(p, core::definitionDefaults(*cur.function, cur.flavor)[p]);
        });
        body->addWidget(s);
        m_sliders.push_back(s);
    }
    if (c.params.size() > 1) {
        auto* resetAll = m_resetAll = new QPushButton(tr("Reset all to defaults"), m_body);
        connect(resetAll, &QPushButton::clicked, this, [this] {
            m_model->resetParameters(m_curve);
            for (ParameterSlider* s : m_sliders)
                s->setMessage({});
        });
        body->addWidget(resetAll);
    }
    m_layout->insertWidget(1, m_body);
    refreshFixed();
    // Tab visits the new controls where they are shown, before the sweep row; new widgets would
    // otherwise come last in the window's focus chain.
    QList<QWidget*> order;
    for (ParameterSlider* s : m_sliders)
        order << s->controls();
    if (m_resetAll != nullptr) order << m_resetAll;
    order << m_mode << m_speed << m_flavor->flavorChoice() << m_flavor->differenceBox();
    // After the last control before the title (setTabOrder ignores a widget that takes no focus).
    QWidget* previous = m_title->previousInFocusChain();
    while (previous != m_title && previous->focusPolicy() == Qt::NoFocus)
        previous = previous->previousInFocusChain();
    for (QWidget* w : order) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
    // Nothing to sweep without parameters: the sweep row goes.
    for (QWidget* w : {static_cast<QWidget*>(m_mode), static_cast<QWidget*>(m_speed),
                       static_cast<QWidget*>(m_sweepLabel)})
        w->setVisible(!c.params.empty());
}

void ParameterPanel::refreshValues() {
    const Curve& c = m_model->curve(m_curve);
    for (std::size_t p = 0; p < m_sliders.size() && p < c.params.size(); ++p)
        m_sliders[p]->setValue(c.params[p]);
    refreshFixed();
    refreshTitle();
}

void ParameterPanel::refreshFixed() {
    if (m_curve < 0) return;
    const Curve& c = m_model->curve(m_curve);
    const std::vector<bool> taken = core::takenParameters(*c.function, c.flavor);
    for (std::size_t p = 0; p < m_sliders.size() && p < taken.size(); ++p) {
        QString why;
        if (c.flavor != core::Flavor::Exact && !taken[p]) {
            why = tr("%1's definition fixes %2 at %3.")
                      .arg(qs(core::flavorInfo(c.flavor).name),
                           texSymbolToText(qs(c.function->params[p].tex)),
                           qs(core::formatShort(c.params[p])));
            if (m_animated == static_cast<int>(p)) animate(-1);
        }
        m_sliders[p]->setFixed(why);
    }
}

void ParameterPanel::edit(std::size_t param, double value) {
    if (m_curve < 0) return;
    ParameterSlider* s = m_sliders[param];
    if (const auto refused = m_model->setParameter(m_curve, param, value)) {
        s->setMessage(*refused);
        s->setValue(m_model->curve(m_curve).params[param]); // show what is really in effect
        return;
    }
    s->setMessage({});
}

} // namespace actviz::ui
