#include "parameter_panel.h"

#include "parameter_slider.h"
#include "scene_model.h"

#include "actviz/core/catalogue.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace actviz::ui {

ParameterPanel::ParameterPanel(SceneModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_layout(new QVBoxLayout(this))
    , m_title(new QLabel(this)) {
    m_title->setWordWrap(true);
    m_layout->addWidget(m_title);
    m_layout->addStretch(1);
    connect(m_model, &SceneModel::selectionChanged, this, &ParameterPanel::rebuild);
    connect(m_model, &SceneModel::sceneReset, this, &ParameterPanel::rebuild);
    connect(m_model, &SceneModel::curveRemoved, this, &ParameterPanel::rebuild);
    connect(m_model, &SceneModel::curveParametersChanged, this, [this](int i) {
        if (i == m_curve) refreshValues();
    });
    connect(m_model, &SceneModel::curveStyleChanged, this, [this](int i) {
        if (i == m_curve)
            m_title->setText(
                QStringLiteral("<b>%1</b>").arg(m_model->curveLabel(i).toHtmlEscaped()));
    });
    rebuild();
}

void ParameterPanel::rebuild() {
    delete m_body;
    m_body = nullptr;
    m_sliders.clear();
    m_curve = m_model->selected();
    if (m_curve < 0) {
        m_title->setText(tr("Select a curve to change its parameters."));
        return;
    }
    const Curve& c = m_model->curve(m_curve);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(m_model->curveLabel(m_curve).toHtmlEscaped()));
    m_body = new QWidget(this);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    if (c.params.empty())
        body->addWidget(new QLabel(tr("This function has no parameters."), m_body));
    for (std::size_t p = 0; p < c.params.size(); ++p) {
        auto* s = new ParameterSlider(c.function->params[p], m_body);
        s->setValue(c.params[p]);
        connect(s, &ParameterSlider::valueEdited, this, [this, p](double v) { edit(p, v); });
        connect(s, &ParameterSlider::dragStarted, this, [this] { emit liveEditStarted(m_curve); });
        connect(s, &ParameterSlider::dragFinished, this, &ParameterPanel::liveEditFinished);
        connect(s, &ParameterSlider::resetRequested, this, [this, p] {
            const Curve& cur = m_model->curve(m_curve);
            edit(p, cur.function->params[p].defaultValue);
        });
        body->addWidget(s);
        m_sliders.push_back(s);
    }
    if (c.params.size() > 1) {
        auto* resetAll = new QPushButton(tr("Reset all to defaults"), m_body);
        connect(resetAll, &QPushButton::clicked, this, [this] {
            m_model->resetParameters(m_curve);
            for (ParameterSlider* s : m_sliders)
                s->setMessage({});
        });
        body->addWidget(resetAll);
    }
    m_layout->insertWidget(1, m_body);
}

void ParameterPanel::refreshValues() {
    const Curve& c = m_model->curve(m_curve);
    for (std::size_t p = 0; p < m_sliders.size() && p < c.params.size(); ++p)
        m_sliders[p]->setValue(c.params[p]);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(m_model->curveLabel(m_curve).toHtmlEscaped()));
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
