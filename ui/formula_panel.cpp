#include "formula_panel.h"

#include "text.h"

#include "scene_model.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"

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
        l->setStyleSheet(QStringLiteral("background: white; border-radius: 4px; padding: 6px;"));
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

void FormulaPanel::render(QLabel* target, const QString& path) {
    QSvgRenderer svg(path);
    if (!svg.isValid()) {
        target->setText(tr("(formula image missing: %1)").arg(path));
        return;
    }
    const QSizeF natural = svg.defaultSize();
    const double available = std::max(80, width() - 40);
    const double scale = std::clamp(available / natural.width(), 0.4, 1.5);
    const qreal dpr = devicePixelRatioF();
    QImage image((natural * scale * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();
    image.setDevicePixelRatio(dpr);
    target->setPixmap(QPixmap::fromImage(image));
}

void FormulaPanel::refresh() {
    const int i = m_model->selected();
    m_f->setVisible(i >= 0);
    m_df->setVisible(i >= 0);
    if (i < 0) {
        m_title->setText(tr("Select a curve to see its formula."));
        m_params->clear();
        return;
    }
    const QString id = qs(m_model->curve(i).function->id);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(qs(m_model->curve(i).function->name)));
    render(m_f, formulaPath(id, QStringLiteral("f")));
    render(m_df, formulaPath(id, QStringLiteral("df")));
    m_params->setText(parameterText());
}

void FormulaPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) refresh();
    QWidget::changeEvent(event);
}

void FormulaPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (m_model->selected() >= 0) refresh();
}

} // namespace actviz::ui
