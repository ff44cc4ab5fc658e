// SPDX-License-Identifier: GPL-3.0-or-later
#include "formula_panel.h"

#include "text.h"

#include "scene_model.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "actviz/core/parameter.h"
#include "actviz/core/parity.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QSvgRenderer>
#include <QVBoxLayout>

#include <algorithm>

namespace actviz::ui {
namespace {} // namespace

FormulaPanel::FormulaPanel(SceneModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_f(new QLabel(this))
    , m_df(new QLabel(this))
    , m_params(new QLabel(this)) {
    for (QLabel* l : {m_f, m_df}) {
        l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        l->setStyleSheet(
            QStringLiteral("background: white; color: black; border-radius: 4px; padding: 6px;"));
    }
    m_params->setWordWrap(true);
    m_params->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_f);
    layout->addWidget(m_df);
    layout->addWidget(m_params);
    layout->addStretch(1);
    connect(m_model, &SceneModel::selectionChanged, this, &FormulaPanel::refresh);
    connect(m_model, &SceneModel::sceneReset, this, &FormulaPanel::refresh);
    connect(m_model, &SceneModel::curveDefinitionChanged, this, [this](int i) {
        if (i == m_model->selected()) refresh();
    });
    connect(m_model, &SceneModel::curveParametersChanged, this, [this](int i) {
        if (i == m_model->selected()) m_params->setText(parameterText());
    });
    refresh();
}

QString FormulaPanel::formulaPath(const QString& functionId, const QString& kind) {
    return QStringLiteral(":/functions/%1/%2.svg").arg(functionId, kind);
}

QString FormulaPanel::parameterText() const {
    const int i = m_model->selected();
    if (i < 0) return {};
    const Curve& c = m_model->curve(i);
    if (c.params.empty()) return tr("No parameters.");
    QStringList parts;
    for (std::size_t p = 0; p < c.params.size(); ++p) {
        const auto& spec = c.function->params[p];
        parts << QStringLiteral("%1 = %2").arg(texSymbolToText(qs(spec.tex)),
                                               qs(core::formatShort(c.params[p], 10)));
    }
    return parts.join(QStringLiteral(", "));
}

int FormulaPanel::formulaCount() const {
    int n = 0;
    for (const QLabel* l : {m_f, m_df})
        n += l->isVisibleTo(this) ? 1 : 0;
    for (const QLabel* l : m_grads)
        n += l->isVisibleTo(this) ? 1 : 0;
    return n;
}

QSize FormulaPanel::formulaSize(int k) const {
    std::vector<const QLabel*> shown;
    for (const QLabel* l : {m_f, m_df})
        if (l->isVisibleTo(this)) shown.push_back(l);
    for (const QLabel* l : m_grads)
        if (l->isVisibleTo(this)) shown.push_back(l);
    if (k < 0 || k >= static_cast<int>(shown.size())) return {};
    const QPixmap p = shown[static_cast<size_t>(k)]->pixmap();
    return p.size() / p.devicePixelRatio();
}

void FormulaPanel::render(QLabel* target, const QString& path) {
    QSvgRenderer svg(path);
    if (!svg.isValid()) {
        target->setText(tr("(formula image missing: %1)").arg(path));
        return;
    }
    // One type size for every formula: the SVGs are made at 8 px per ex (a 16 px em), drawn
    // here at the panel's font size; never shrunk to fit.
    const double scale = std::max(1.0, fontInfo().pixelSize() / 14.0);
    const QSizeF size = svg.defaultSize() * scale;
    const qreal dpr = devicePixelRatioF();
    QImage image((size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();
    image.setDevicePixelRatio(dpr);
    target->setPixmap(QPixmap::fromImage(image));
    target->setMinimumSize(size.toSize() + QSize(12, 12)); // the label's padding
}

void FormulaPanel::refresh() {
    const int i = m_model->selected();
    m_f->setVisible(i >= 0);
    m_df->setVisible(i >= 0);
    for (QLabel* l : m_grads)
        l->setVisible(false);
    if (i < 0) {
        m_title->setText(tr("Select a curve to see its formula."));
        m_params->clear();
        return;
    }
    // The formulas of the function drawn: a library may compute another (JAX's GELU: the tanh
    // form).
    const Curve& c = m_model->curve(i);
    const core::FunctionSpec& fn = drawnFunction(c).target();
    const QString id = qs(fn.id);
    QString title = qs(c.function->name) + flavorSuffix(c);
    if (&fn != c.function) title += QStringLiteral(": ") + qs(fn.name);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    if (const core::CustomFunction* custom = core::customFunction(fn)) {
        showTyped(*custom);
        m_params->setText(parameterText());
        return;
    }
    render(m_f, formulaPath(id, QStringLiteral("f")));
    render(m_df, formulaPath(id, QStringLiteral("df")));
    std::size_t k = 0;
    for (const core::ParamSpec& p : fn.params) {
        if (p.texGrad.empty()) continue;
        if (k == m_grads.size()) {
            auto* label = new QLabel(this);
            label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            label->setStyleSheet(m_f->styleSheet());
            static_cast<QVBoxLayout*>(layout())->insertWidget(3 + static_cast<int>(k), label);
            m_grads.push_back(label);
        }
        render(m_grads[k], formulaPath(id, QStringLiteral("grad_") + qs(p.id)));
        m_grads[k]->setVisible(true);
        ++k;
    }
    m_params->setText(parameterText());
}

void FormulaPanel::showTyped(const core::CustomFunction& fn) {
    // No typeset formula exists for a typed one: its mathematics as text, at the formulas' size.
    const auto show = [](QLabel* label, const QString& lhs, const std::string& rhs) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setText(QStringLiteral("<span style=\"font-size: large; font-family: serif\">"
                                      "%1 = %2</span>")
                           .arg(lhs, QString::fromStdString(rhs).toHtmlEscaped()));
    };
    show(m_f, QStringLiteral("f(x)"), fn.shownF);
    show(m_df, QStringLiteral("f′(x)"), fn.shownDf);
    for (std::size_t k = 0; k < fn.shownGrad.size(); ++k) {
        if (k == m_grads.size()) {
            auto* label = new QLabel(this);
            label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            label->setStyleSheet(m_f->styleSheet());
            static_cast<QVBoxLayout*>(layout())->insertWidget(3 + static_cast<int>(k), label);
            m_grads.push_back(label);
        }
        show(m_grads[k],
             QStringLiteral("∂f/∂") +
                 QString::fromStdString(core::formulaSymbol(fn.parameters[k].name)),
             fn.shownGrad[k]);
        m_grads[k]->setVisible(true);
    }
}

void FormulaPanel::changeEvent(QEvent* event) {
    // New words, or a new type size (presentation mode): draw again.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) refresh();
    QWidget::changeEvent(event);
}

} // namespace actviz::ui
