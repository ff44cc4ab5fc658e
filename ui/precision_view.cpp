// SPDX-License-Identifier: GPL-3.0-or-later
#include "precision_view.h"

#include "plot_style.h"
#include "scene_model.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"
#include "actviz/core/precision.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QShowEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace actviz::ui {
namespace {

/// Errors are drawn between these (a correctly rounded result is at most 0.5; 0 is drawn at the
/// floor, infinities and NaN at the ceiling, marked by a line).
constexpr double kFloor = 1e-3;
/// The axis starts a little below the floor, so that an error of 0 shows as a line above it.
constexpr double kBottom = kFloor / 3;
constexpr double kCeiling = 1e9;
constexpr double kTop = kCeiling * 9; ///< above the ceiling, below the next tick
constexpr int kPoints = 801;

double drawn(double ulps) {
    if (!(ulps < kCeiling)) return kCeiling;
    return std::max(ulps, kFloor);
}

/// "an exponential", "a sum", ...: the operation a hazard happened in.
QString operationText(std::string_view op) {
    if (op == "exp") return PrecisionView::tr("an exponential");
    if (op == "+") return PrecisionView::tr("a sum");
    if (op == "-") return PrecisionView::tr("a difference");
    if (op == "*") return PrecisionView::tr("a product");
    if (op == "/") return PrecisionView::tr("a quotient");
    if (op == "log") return PrecisionView::tr("a logarithm");
    if (op == "sqrt") return PrecisionView::tr("a square root");
    return qs(op); // tanh, erf, erfc, expm1, log1p: their names
}

/// What went wrong in a region, in a sentence part.
QString hazardText(const core::HazardRegion& r, const QString& format) {
    const QString op = operationText(r.op);
    switch (r.hazard) {
    case core::Hazard::Overflow:
        return PrecisionView::tr("%1 overflows %2").arg(op, format);
    case core::Hazard::Underflow:
        return PrecisionView::tr("%1 underflows to 0 in %2").arg(op, format);
    case core::Hazard::Cancellation:
        if (r.op == "log")
            return PrecisionView::tr("the logarithm of a number near 1 magnifies its rounding "
                                     "error (ln(1 + t) wants log1p)");
        return PrecisionView::tr("%1 of nearly equal numbers cancels the leading digits").arg(op);
    case core::Hazard::Invalid:
        return PrecisionView::tr("%1 gives NaN (∞/∞, ∞ − ∞ or 0·∞)").arg(op);
    case core::Hazard::Absorption:
        return PrecisionView::tr("%1 keeps few digits of its small term (1 + tiny)").arg(op);
    case core::Hazard::None:
        break;
    }
    return PrecisionView::tr("rounding errors add up");
}

/// What the textbook form gives there: NaN, an infinity or 0 throughout or in places, or how far
/// off it is.
QString outcomeText(const core::HazardRegion& r) {
    if (r.nanPoints == r.points) return PrecisionView::tr("the textbook form gives NaN");
    if (r.infinitePoints == r.points)
        return PrecisionView::tr("the textbook form gives an infinity");
    if (r.zeroPoints == r.points) return PrecisionView::tr("the textbook form gives 0");
    if (r.nanPoints > 0) return PrecisionView::tr("the textbook form gives NaN in places");
    if (r.infinitePoints > 0)
        return PrecisionView::tr("the textbook form gives an infinity in places");
    if (r.zeroPoints > 0) return PrecisionView::tr("the textbook form gives 0 in places");
    return PrecisionView::tr("the textbook form is off by up to %1 ulps")
        .arg(qs(core::formatUlps(r.textbookUlps)));
}

} // namespace

PrecisionView::PrecisionView(SceneModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_curve(new QComboBox(this))
    , m_dtype(new QComboBox(this))
    , m_derivative(new QCheckBox(this))
    , m_plot(new QCustomPlot(this))
    , m_curveLabel(new QLabel(this))
    , m_dtypeLabel(new QLabel(this))
    , m_regions(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QHBoxLayout;
    m_curveLabel->setBuddy(m_curve);
    m_dtypeLabel->setBuddy(m_dtype);
    m_curve->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const core::DtypeInfo& d : core::dtypes())
        m_dtype->addItem(qs(d.name), static_cast<int>(d.dtype));
    m_dtype->setCurrentIndex(m_dtype->findData(static_cast<int>(core::Dtype::Float16)));
    controls->addWidget(m_curveLabel);
    controls->addWidget(m_curve, 1);
    controls->addSpacing(12);
    controls->addWidget(m_dtypeLabel);
    controls->addWidget(m_dtype);
    controls->addSpacing(12);
    controls->addWidget(m_derivative);
    layout->addLayout(controls);
    layout->addWidget(m_plot, 1);
    m_regions->setWordWrap(true);
    m_regions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_regions);

    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_plot->yAxis->setNumberFormat(QStringLiteral("eb"));
    m_plot->yAxis->setNumberPrecision(0);
    m_plot->yAxis->setRange(kBottom, kTop);
    m_plot->xAxis->setRange(-20, 20);
    // The legend in a row of its own beneath the plot: it never hides an error curve, at any
    // size or type size.
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->axisRect()->insetLayout()->simplify();
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foRowsFirst); // one formula a line
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->addGraph();
    m_plot->addGraph();

    connect(m_curve, &QComboBox::currentIndexChanged, this, &PrecisionView::refresh);
    connect(m_dtype, &QComboBox::currentIndexChanged, this, &PrecisionView::refresh);
    connect(m_derivative, &QCheckBox::toggled, this, &PrecisionView::refresh);
    connect(m_plot->xAxis, QOverload<const QCPRange&>::of(&QCPAxis::rangeChanged), this,
            &PrecisionView::refresh);
    for (auto signal : {&SceneModel::curveAdded, &SceneModel::curveRemoved})
        connect(m_model, signal, this, [this] {
            fillCurves();
            refresh();
        });
    // A parameter of one curve: its name in the list, and the plot only if it is the one shown.
    connect(m_model, &SceneModel::curveParametersChanged, this, [this](int i) {
        const int item = m_curve->findData(i);
        if (item >= 0) m_curve->setItemText(item, m_model->curveLabel(i));
        if (m_curve->currentData().toInt() == i) refresh();
    });
    connect(m_model, &SceneModel::sceneReset, this, [this] {
        fillCurves();
        refresh();
    });
    connect(m_model, &SceneModel::themeChanged, this, &PrecisionView::refresh);
    connect(m_model, &SceneModel::selectionChanged, this, [this](int i) {
        const int item = m_curve->findData(i);
        if (item >= 0) m_curve->setCurrentIndex(item);
    });
    fillCurves();
    retranslate();
}

QString PrecisionView::explanations() const {
    return m_regions->text();
}

void PrecisionView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void PrecisionView::retranslate() {
    setWindowTitle(tr("Precision lens"));
    m_curveLabel->setText(tr("&Curve"));
    m_dtypeLabel->setText(tr("&Format"));
    m_derivative->setText(tr("&Derivative f′"));
    m_curve->setToolTip(tr("The curve of the scene whose formulations are compared"));
    m_dtype->setToolTip(tr("The floating-point format every operation is rounded to"));
    m_plot->setAccessibleName(tr("Precision lens"));
    m_plot->setAccessibleDescription(
        tr("The error of the textbook and of the stable formulation, in units in the last "
           "place of the format, against x, on a logarithmic axis"));
    m_plot->xAxis->setLabel(QStringLiteral("x"));
    refresh();
}

void PrecisionView::fillCurves() {
    const int previous = m_curve->currentData().isValid() ? m_curve->currentData().toInt() : -1;
    m_refreshing = true;
    m_curve->clear();
    for (int i = 0; i < m_model->curveCount(); ++i)
        m_curve->addItem(m_model->curveLabel(i), i);
    int wanted = previous >= 0 && previous < m_model->curveCount() ? previous : m_model->selected();
    if (m_curve->findData(wanted) < 0) wanted = 0;
    m_curve->setCurrentIndex(std::max(0, m_curve->findData(wanted)));
    m_refreshing = false;
}

void PrecisionView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale) refresh();
}

void PrecisionView::refresh() {
    if (m_refreshing) return;
    // Hidden (its window closed), it only notes that it is out of date: a slider drag in the
    // main window costs it nothing.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_refreshing = true;
    applyPlotTheme(m_plot, m_model->theme());
    const ThemeStyle style = themeStyle(m_model->theme());
    const auto& palette = curvePalette(m_model->theme());
    const core::DtypeInfo& d =
        core::dtypeInfo(static_cast<core::Dtype>(m_dtype->currentData().toInt()));
    const QString format = qs(d.name);
    const bool derivative = m_derivative->isChecked();
    m_plot->yAxis->setLabel(tr("error (ulp)"));
    m_plot->yAxis->setRange(kBottom, kTop);
    m_plot->clearItems();
    m_plot->graph(0)->data()->clear();
    m_plot->graph(1)->data()->clear();
    m_plot->legend->setVisible(false); // until there is something to name
    m_plot->graph(0)->setPen(QPen(palette[1], style.curveWidth));
    m_plot->graph(1)->setPen(QPen(palette[0], style.curveWidth));

    // Within the format's finite range: beyond it x itself would be infinite.
    const double limit = core::largestFinite(d.dtype);
    QCPRange range = m_plot->xAxis->range();
    if (range.lower < -limit || range.upper > limit) {
        range = QCPRange(std::max(range.lower, -limit), std::min(range.upper, limit));
        m_plot->xAxis->setRange(range);
    }

    const int index = m_curve->currentData().isValid() ? m_curve->currentData().toInt() : -1;
    QString message;
    QStringList lines;
    if (index < 0 || index >= m_model->curveCount()) {
        message = tr("Add a curve to the scene to see how precisely it can be computed.");
    } else {
        const Curve& c = m_model->curve(index);
        const auto forms = core::formulations(c.function->id);
        if (c.function->program != nullptr)
            message = tr("%1 is a typed formula: the precision lens compares the catalogue's "
                         "textbook and stable formulations, which a typed formula does not have.")
                          .arg(qs(c.function->name));
        // Said in the interface's language (core::roundParameters says it in English).
        std::vector<double> params = c.params;
        for (std::size_t i = 0; i < params.size() && message.isEmpty(); ++i) {
            std::vector<double> trial = params;
            trial[i] = core::roundToFormat(d.dtype, params[i]);
            if (c.function->validate(trial)) {
                message = tr("%1 = %2 is %3 in %4, which %5 does not accept.")
                              .arg(texSymbolToText(qs(c.function->params[i].tex)),
                                   qs(core::formatShort(params[i])),
                                   qs(core::formatShort(trial[i])), format, qs(c.function->name));
            }
            params[i] = trial[i];
        }
        if (message.isEmpty() && forms) {
            std::vector<double> xs;
            xs.reserve(kPoints);
            for (int i = 0; i < kPoints; ++i) {
                const double x = core::roundToFormat(
                    d.dtype, range.lower + (range.upper - range.lower) * i / (kPoints - 1));
                if (xs.empty() || xs.back() != x) xs.push_back(x);
            }
            const auto samples =
                core::precisionSamples(*c.function, params, d.dtype, derivative, xs);
            for (const core::PrecisionSample& s : samples) {
                m_plot->graph(0)->addData(s.x, drawn(core::ulpError(d.dtype, s.textbook, s.exact)));
                m_plot->graph(1)->addData(s.x, drawn(core::ulpError(d.dtype, s.stable, s.exact)));
            }
            m_plot->graph(0)->setName(
                tr("textbook: %1").arg(qs(derivative ? forms->textbookDf : forms->textbookF)));
            m_plot->graph(1)->setName(
                tr("stable: %1").arg(qs(derivative ? forms->stableDf : forms->stableF)));
            m_plot->graph(1)->setVisible(forms->distinct);
            m_plot->legend->setVisible(true);
            m_plot->graph(1)->removeFromLegend();
            if (forms->distinct) m_plot->graph(1)->addToLegend();

            auto* ceiling = new QCPItemStraightLine(m_plot);
            ceiling->point1->setCoords(0, kCeiling);
            ceiling->point2->setCoords(1, kCeiling);
            ceiling->setPen(QPen(style.foreground, 1, Qt::DashLine));
            auto* ceilingText = new QCPItemText(m_plot);
            ceilingText->setText(tr("∞ or NaN"));
            ceilingText->setFont(plotFont(style.fontPointSize));
            ceilingText->setColor(style.foreground);
            ceilingText->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            ceilingText->position->setCoords(0.99, kCeiling);
            ceilingText->setPositionAlignment(Qt::AlignRight | Qt::AlignTop); // below the line
            ceilingText->setBrush(style.labelBackground);
            ceilingText->setPadding(labelPadding(ceilingText->font()));

            const auto regions = core::hazardRegions(d.dtype, samples);
            const double halfStep = (range.upper - range.lower) / (kPoints - 1) / 2;
            for (std::size_t k = 0; k < regions.size(); ++k) {
                const core::HazardRegion& r = regions[k];
                // Neighbouring regions alternate in shade, with a line between them.
                QColor shade = palette[1];
                shade.setAlpha(k % 2 == 0 ? 36 : 64);
                auto* box = new QCPItemRect(m_plot);
                box->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
                box->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
                box->topLeft->setCoords(r.from - halfStep, 0);
                box->bottomRight->setCoords(r.to + halfStep, 1);
                QColor edge = palette[1];
                edge.setAlpha(120);
                box->setPen(QPen(edge, 1));
                box->setBrush(shade);
                box->setLayer(QStringLiteral("background"));
                auto* number = new QCPItemText(m_plot);
                number->setText(QString::number(k + 1));
                number->setFont(plotFont(style.fontPointSize, true));
                number->setColor(style.foreground);
                number->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
                // At the foot of the region, clear of the ceiling's label.
                number->position->setCoords((r.from + r.to) / 2, 0.98);
                number->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
                const QString where =
                    r.from == r.to
                        ? tr("x = %1").arg(qs(core::formatShort(r.from)))
                        : tr("x from %1 to %2")
                              .arg(qs(core::formatShort(r.from)), qs(core::formatShort(r.to)));
                lines << tr("%1. %2: %3; %4, the stable form by at most %5 ulps.")
                             .arg(k + 1)
                             .arg(where, hazardText(r, format), outcomeText(r),
                                  qs(core::formatUlps(r.stableUlps)));
            }
            if (!forms->distinct) {
                message = tr("%1 has one formulation: a library computes it as written, and its "
                             "error is the rounding of each operation.")
                              .arg(qs(c.function->name));
            } else if (regions.empty()) {
                message = tr("Here the textbook form is within 8 ulps, or within 4 times the "
                             "stable form's error.");
            }
        }
    }
    if (!message.isEmpty()) lines.prepend(message);
    m_regions->setText(lines.join(QLatin1Char('\n')));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_refreshing = false;
}

} // namespace actviz::ui
