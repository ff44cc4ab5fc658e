// SPDX-License-Identifier: GPL-3.0-or-later
#include "softmax_view.h"

#include "plot_style.h"
#include "scene_model.h"
#include "text.h"

#include "actviz/core/parameter.h"
#include "actviz/core/softmax.h"

#include <qcustomplot.h>

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace actviz::ui {
namespace {

constexpr int kGridPoints = 100; // what the source article samples: np.linspace(-10, 10, 100)

// Temperature slider: 0.05 .. 5 on a log scale, 200 steps.
double temperatureAt(int p) {
    return 0.05 * std::pow(100.0, p / 200.0);
}
int positionOf(double t) {
    return static_cast<int>(std::lround(200.0 * std::log(t / 0.05) / std::log(100.0)));
}

QString joined(const std::vector<double>& v) {
    QStringList parts;
    for (double z : v)
        parts << qs(core::formatShort(z, 6));
    return parts.join(QStringLiteral(", "));
}

} // namespace

SoftmaxView::SoftmaxView(SceneModel* model, bool controls, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (controls) {
        // Two rows (logits; temperature as slider and exact field): room for both at 800 px.
        auto* grid = new QGridLayout;
        grid->setContentsMargins(8, 4, 8, 0);
        m_field = new QLineEdit(this);
        m_temperature = new QSlider(Qt::Horizontal, this);
        m_temperature->setRange(0, 200);
        m_temperatureField = new QLineEdit(this);
        m_temperatureField->setMaximumWidth(90);
        m_message = new QLabel(this);
        m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_message->setWordWrap(true);
        m_logitsLabel = new QLabel(this);
        m_logitsLabel->setBuddy(m_field);
        m_temperatureLabel = new QLabel(this);
        m_temperatureLabel->setBuddy(m_temperatureField);
        grid->addWidget(m_logitsLabel, 0, 0);
        grid->addWidget(m_field, 0, 1, 1, 2);
        grid->addWidget(m_temperatureLabel, 1, 0);
        grid->addWidget(m_temperature, 1, 1);
        grid->addWidget(m_temperatureField, 1, 2);
        grid->setColumnStretch(1, 1);
        layout->addLayout(grid);
        layout->addWidget(m_message);
        connect(m_field, &QLineEdit::editingFinished, this, &SoftmaxView::applyField);
        connect(m_temperatureField, &QLineEdit::editingFinished, this,
                &SoftmaxView::applyTemperatureField);
        connect(m_temperature, &QSlider::sliderPressed, this, &SoftmaxView::liveEditStarted);
        connect(m_temperature, &QSlider::sliderReleased, this, &SoftmaxView::liveEditFinished);
        connect(m_temperature, &QSlider::valueChanged, this, [this](int p) {
            SoftmaxSettings s = m_model->softmax();
            s.temperature = temperatureAt(p);
            (void)m_model->setSoftmax(s);
        });
    }
    layout->addWidget(m_plot, 3);

    // Logits on the left axis; probabilities (0 to 1) and the Jacobian's diagonal on their own
    // axis on the right.
    m_plot->yAxis2->setVisible(true);
    m_logits = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_probabilities = new QCPBars(m_plot->xAxis, m_plot->yAxis2);
    m_jacobian = new QCPBars(m_plot->xAxis, m_plot->yAxis2);
    auto* group = new QCPBarsGroup(m_plot);
    for (QCPBars* b : {m_logits, m_probabilities, m_jacobian}) {
        b->setWidth(0.25);
        b->setBarsGroup(group);
    }
    m_plot->legend->setVisible(true);
    // The legend below the plot, never over the bars.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
    m_plot->legend->setWrap(3);

    if (controls) {
        m_grid = new QCustomPlot(this);
        m_grid->setMinimumHeight(160);
        auto* note = m_note = new QLabel(this);
        note->setWordWrap(true);
        note->setContentsMargins(8, 0, 8, 4);
        layout->addWidget(m_grid, 1);
        layout->addWidget(note);
        m_plot->installEventFilter(this);
    }
    for (auto signal :
         {&SceneModel::softmaxChanged, &SceneModel::sceneReset, &SceneModel::themeChanged})
        connect(m_model, signal, this, &SoftmaxView::refresh);
    retranslate();
}

void SoftmaxView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void SoftmaxView::retranslate() {
    m_logits->setName(tr("logit zᵢ"));
    m_probabilities->setName(tr("probability σ(z/T)ᵢ"));
    m_jacobian->setName(tr("Jacobian diagonal ∂σᵢ/∂zᵢ = σᵢ(1 − σᵢ)/T"));
    m_plot->setAccessibleName(tr("Logits and their softmax probabilities"));
    m_plot->setAccessibleDescription(
        tr("Each logit as a bar (drag a bar to change it) beside its probability"));
    if (m_grid != nullptr) {
        m_grid->setAccessibleName(tr("Jacobian of softmax"));
        m_grid->setAccessibleDescription(
            tr("How each probability changes with each logit at the current logits"));
    }
    if (m_temperature != nullptr) {
        m_temperature->setAccessibleName(tr("Temperature T"));
        m_temperature->setToolTip(
            tr("Below 1 sharpens the probabilities towards the largest logit; above 1 evens "
               "them out"));
    }
    m_plot->xAxis->setLabel(tr("logit i"));
    m_plot->yAxis->setLabel(tr("logit zᵢ"));
    if (m_field != nullptr) {
        m_field->setToolTip(tr("2 to 10 logits, separated by commas; or drag the grey bars"));
        m_temperatureField->setToolTip(tr("The temperature: any number > 0"));
        m_logitsLabel->setText(tr("Logits z"));
        m_temperatureLabel->setText(tr("Temperature T"));
        m_note->setText(tr("The source article plots softmax over its whole sampled grid (100 "
                           "points of [-10, 10]). Those values sum to 1, so each is e^x divided "
                           "by the sum over all samples: the shape is just the exponential, and "
                           "its height depends on how many points were sampled, not on any "
                           "property of softmax. Softmax is a function of a vector, as above."));
    }
    refresh();
}

QStringList SoftmaxView::probabilityLabels() const {
    QStringList labels;
    for (const QCPItemText* t : m_values)
        labels << t->text();
    return labels;
}

void SoftmaxView::applyTemperatureField() {
    const auto t = core::parseNumber(m_temperatureField->text().toStdString());
    SoftmaxSettings s = m_model->softmax();
    if (!t) {
        m_message->setText(
            tr("\"%1\" is not a number.").arg(m_temperatureField->text().trimmed().left(20)));
        return;
    }
    s.temperature = *t;
    const auto refused = m_model->setSoftmax(s);
    m_message->setText(refused.value_or(QString()));
    if (refused)
        m_temperatureField->setText(qs(core::formatShort(m_model->softmax().temperature, 6)));
}

SoftmaxView::~SoftmaxView() {
    // A field losing the focus as the view goes would still report its edit to a half-destroyed
    // view.
    for (QLineEdit* f : {m_field, m_temperatureField})
        if (f != nullptr) f->disconnect(this);
}

QString SoftmaxView::message() const {
    return m_message != nullptr ? m_message->text() : QString();
}

void SoftmaxView::applyField() {
    std::vector<double> logits;
    for (const QString& part : m_field->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto z = core::parseNumber(part.toStdString());
        if (!z) {
            m_message->setText(tr("\"%1\" is not a number.").arg(part.trimmed().left(20)));
            return;
        }
        logits.push_back(*z);
    }
    SoftmaxSettings s = m_model->softmax();
    s.logits = logits;
    const auto refused = m_model->setSoftmax(s);
    m_message->setText(refused.value_or(QString()));
    if (refused) m_field->setText(joined(m_model->softmax().logits));
}

bool SoftmaxView::eventFilter(QObject* watched, QEvent* event) {
    // Dragging a grey bar up or down changes that logit.
    if (watched == m_plot &&
        (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseMove ||
         event->type() == QEvent::MouseButtonRelease)) {
        auto* e = static_cast<QMouseEvent*>(event);
        const QPointF pos = e->position();
        if (event->type() == QEvent::MouseButtonPress && e->button() == Qt::LeftButton) {
            const double x = m_plot->xAxis->pixelToCoord(pos.x());
            const int i =
                static_cast<int>(std::lround(x + 0.28)) - 1; // logit bars sit left of centre
            if (i >= 0 && i < static_cast<int>(m_model->softmax().logits.size())) {
                m_dragged = i;
                m_plot->setInteractions({});
                emit liveEditStarted();
            }
        }
        if (m_dragged >= 0 &&
            (event->type() == QEvent::MouseMove || event->type() == QEvent::MouseButtonPress)) {
            SoftmaxSettings s = m_model->softmax();
            s.logits[static_cast<size_t>(m_dragged)] =
                std::round(m_plot->yAxis->pixelToCoord(pos.y()) * 100.0) / 100.0;
            (void)m_model->setSoftmax(s);
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease && m_dragged >= 0) {
            m_dragged = -1;
            emit liveEditFinished();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SoftmaxView::refresh() {
    applyPlotTheme(m_plot, m_model->theme());
    const ThemeStyle style = themeStyle(m_model->theme());
    const SoftmaxSettings& s = m_model->softmax();
    const core::SoftmaxResult r = core::softmax(s.logits, s.temperature);
    QVector<double> keys, z, p, j;
    for (std::size_t i = 0; i < s.logits.size(); ++i) {
        keys << static_cast<double>(i + 1);
        z << s.logits[i];
        p << (i < r.probabilities.size() ? r.probabilities[i] : 0.0);
        j << (i < r.jacobianDiagonal.size() ? r.jacobianDiagonal[i] : 0.0);
    }
    m_logits->setData(keys, z, true);
    m_probabilities->setData(keys, p, true);
    m_jacobian->setData(keys, j, true);
    const auto& palette = curvePalette(m_model->theme());
    m_logits->setBrush(QColor(0x99, 0x99, 0x99));
    m_logits->setPen(QPen(style.foreground, 1.0));
    m_probabilities->setBrush(palette[0]);
    m_probabilities->setPen(QPen(palette[0].darker(130), 1.0));
    m_jacobian->setBrush(palette[1]);
    m_jacobian->setPen(QPen(palette[1].darker(130), 1.0));
    const double lo = std::min(0.0, *std::min_element(z.begin(), z.end()));
    const double hi = std::max(1.0, *std::max_element(z.begin(), z.end()));
    m_plot->xAxis->setRange(0.4, static_cast<double>(keys.size()) + 0.6);
    m_plot->yAxis->setRange(lo - 0.1 * (hi - lo), hi + 0.25 * (hi - lo));
    const double top = std::max(1.0, *std::max_element(j.begin(), j.end()));
    m_plot->yAxis2->setRange(0.0, top * 1.15); // room for the numbers above the bars
    m_plot->yAxis2->setLabel(
        tr("σ(z/T)ᵢ and ∂σᵢ/∂zᵢ (T = %1)").arg(qs(core::formatShort(s.temperature, 3))));
    m_plot->yAxis2->setTickLabelColor(style.foreground);
    m_plot->yAxis2->setLabelColor(style.foreground);
    m_plot->yAxis2->setBasePen(m_plot->yAxis->basePen());
    m_plot->yAxis2->setTickPen(m_plot->yAxis->tickPen());
    m_plot->yAxis2->setSubTickPen(m_plot->yAxis->subTickPen());
    m_plot->yAxis2->setTickLabelFont(m_plot->yAxis->tickLabelFont());
    m_plot->yAxis2->setLabelFont(m_plot->yAxis->labelFont());
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    m_plot->xAxis->setTicker(ticker);
    // Each probability as a number above its bar.
    for (QCPItemText* t : m_values)
        m_plot->removeItem(t);
    m_values.clear();
    for (int i = 0; i < keys.size(); ++i) { // the probability bar is the middle one of three
        auto* text = new QCPItemText(m_plot);
        text->position->setAxes(m_plot->xAxis, m_plot->yAxis2);
        text->position->setCoords(keys[i], p[i]);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setText(qs(core::formatShort(p[i], 3)));
        text->setFont(plotFont(style.fontPointSize));
        text->setColor(style.foreground);
        text->setClipToAxisRect(false);
        m_values.push_back(text);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);

    if (m_field != nullptr) {
        if (!m_field->hasFocus()) m_field->setText(joined(s.logits));
        const QSignalBlocker block(m_temperature);
        m_temperature->setValue(positionOf(s.temperature));
        if (!m_temperatureField->hasFocus())
            m_temperatureField->setText(qs(core::formatShort(s.temperature, 6)));
    }
    if (m_grid != nullptr) {
        applyPlotTheme(m_grid, m_model->theme());
        QVector<double> x(kGridPoints), y(kGridPoints);
        std::vector<double> grid(kGridPoints);
        for (int i = 0; i < kGridPoints; ++i)
            grid[static_cast<size_t>(i)] = x[i] = -10.0 + 20.0 * i / (kGridPoints - 1);
        const core::SoftmaxResult g = core::softmax(grid);
        for (int i = 0; i < kGridPoints; ++i)
            y[i] = g.probabilities[static_cast<size_t>(i)];
        m_grid->clearGraphs();
        QCPGraph* graph = m_grid->addGraph();
        graph->setData(x, y, true);
        graph->setPen(QPen(palette[0], style.curveWidth));
        m_grid->xAxis->setRange(-10, 10);
        m_grid->yAxis->setRange(0, *std::max_element(y.begin(), y.end()) * 1.1);
        m_grid->xAxis->setLabel(tr("x (100 samples of [-10, 10])"));
        m_grid->yAxis->setLabel(tr("softmax(grid)"));
        m_grid->replot(QCustomPlot::rpQueuedReplot);
    }
}

} // namespace actviz::ui
