// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout.h"

#include "exporter.h"
#include "formula_panel.h"
#include "properties_panel.h"
#include "scene_model.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parity.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

#include <algorithm>

namespace actviz::ui {
namespace {

/// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::Handout)
};

/// Units of a page: 96 per inch, as on screen, so the plot's type sizes read as in the window.
constexpr int kDpi = 96;
constexpr double kMargin = 0.6 * kDpi;
/// The plot is drawn at this logical size, then scaled to the page's width.
constexpr int kPlotWidth = 760;
constexpr int kPlotHeight = 428;

QFont sized(double points, bool bold = false) {
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

/// Draws `text` wrapped in `width` at (x, y) when `painter` is given; returns its height.
double paragraph(QPainter* painter, QPainter& measure, const QString& text, const QFont& font,
                 double x, double y, double width, const QColor& color = Qt::black) {
    if (text.isEmpty()) return 0.0;
    measure.setFont(font);
    const QRectF box =
        measure.boundingRect(QRectF(x, y, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text);
    if (painter != nullptr) {
        painter->setFont(font);
        painter->setPen(color);
        painter->drawText(QRectF(x, y, width, box.height()), Qt::TextWordWrap | Qt::AlignLeft,
                          text);
    }
    return box.height();
}

/// One visible curve's block: name and values, f and f' side by side, the properties. Drawn
/// at `scale` when `painter` is given; returns its height.
double curveBlock(QPainter* painter, QPainter& measure, const SceneModel& model, int i, double x,
                  double y, double width, double scale) {
    const Curve& c = model.curve(i);
    const QString id = qs(drawnFunction(c).target().id);
    double h = 0.0;
    const double swatch = 10.0 * scale;
    if (painter != nullptr) painter->fillRect(QRectF(x, y + 4.0 * scale, swatch, swatch), c.color);
    h += paragraph(painter, measure, model.curveLabel(i), sized(10.5 * scale, true),
                   x + swatch * 1.6, y, width - swatch * 1.6);
    h += 4.0 * scale;
    // f and f′ side by side, each in half the width, at the formula panel's type size at most.
    double formulaHeight = 0.0;
    const double half = (width - 16.0) / 2;
    int column = 0;
    for (const char* kind : {"f", "df"}) {
        QSvgRenderer svg(FormulaPanel::formulaPath(id, QLatin1String(kind)));
        if (!svg.isValid()) continue;
        QSizeF size = svg.defaultSize();
        size *= std::min(0.85 * scale, half / size.width());
        if (painter != nullptr)
            svg.render(painter, QRectF(QPointF(x + column * (half + 16.0), y + h), size));
        formulaHeight = std::max(formulaHeight, size.height());
        ++column;
    }
    h += formulaHeight + 4.0 * scale;
    const QStringList lines = PropertiesPanel::computedLines(model, i);
    h += paragraph(painter, measure, lines.join(QStringLiteral(" · ")), sized(8.5 * scale), x,
                   y + h, width, QColor(0x33, 0x33, 0x33));
    return h + 10.0 * scale;
}

/// One slide's page.
bool drawSlide(QPainter& painter, QPainter& measure, const Slide& slide, int number, int count,
               const QRectF& page, QString* error) {
    SceneModel model;
    model.setScene(slide.scene);
    const QString& language = slide.scene.language;
    const double x = page.left(), width = page.width();
    double y = page.top();
    // The slide's number, then its title.
    painter.setFont(sized(8.5));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(QRectF(x, y, width, 14), Qt::AlignRight,
                     Text::tr("Slide %1 of %2").arg(number).arg(count));
    y += 16;
    y += paragraph(&painter, measure, slide.title.in(language), sized(17, true), x, y, width);
    y += 8;
    // The plot, as wide as the page allows and at most 45% of its height.
    ExportOptions o;
    o.format = ImageFormat::Pdf;
    o.width = kPlotWidth;
    o.height = kPlotHeight;
    const auto picture = plotPicture(model, o, error);
    if (!picture) return false;
    const double scale = std::min(width / kPlotWidth, 0.45 * page.height() / kPlotHeight);
    painter.save();
    painter.translate(x + (width - kPlotWidth * scale) / 2, y);
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(0, 0, kPlotWidth, kPlotHeight));
    painter.drawPicture(0, 0, *picture);
    painter.restore();
    y += kPlotHeight * scale + 10;
    y += paragraph(&painter, measure, slide.caption.in(language), sized(11.5), x, y, width);
    y += 12;
    // The visible curves, in one column or two, shrunk to fit the rest of the page.
    std::vector<int> curves;
    if (!model.softmax().shown)
        for (int i = 0; i < model.curveCount(); ++i)
            if (model.curve(i).visible) curves.push_back(i);
    if (curves.empty()) return true;
    const double room = page.bottom() - y;
    auto needed = [&](int columns, double s) {
        const double w = (width - (columns - 1) * 20.0) / columns;
        std::vector<double> heights(static_cast<std::size_t>(columns), 0.0);
        for (std::size_t k = 0; k < curves.size(); ++k)
            heights[k % static_cast<std::size_t>(columns)] +=
                curveBlock(nullptr, measure, model, curves[k], 0, 0, w, s);
        return *std::max_element(heights.begin(), heights.end());
    };
    int columns = 1;
    double s = 1.0;
    if (needed(1, 1.0) > room) {
        columns = width > 500 && curves.size() > 1 ? 2 : 1;
        while (s > 0.4 && needed(columns, s) > room)
            s *= 0.9;
    }
    const double w = (width - (columns - 1) * 20.0) / columns;
    std::vector<double> ys(static_cast<std::size_t>(columns), y);
    for (std::size_t k = 0; k < curves.size(); ++k) {
        const auto col = k % static_cast<std::size_t>(columns);
        ys[col] += curveBlock(&painter, measure, model, curves[k],
                              x + static_cast<double>(col) * (w + 20.0), ys[col], w, s);
    }
    return true;
}

} // namespace

std::optional<QByteArray> renderHandout(const Deck& deck, const HandoutOptions& options,
                                        QString* error) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setCreator(QStringLiteral("actviz"));
    pdf.setTitle(deck.slides.empty()
                     ? QString()
                     : deck.slides.front().title.in(deck.slides.front().scene.language));
    pdf.setPageLayout(QPageLayout(
        QPageSize(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
        options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF()));
    pdf.setResolution(kDpi);
    QPainter painter;
    if (!painter.begin(&pdf)) {
        if (error) *error = Text::tr("Rendering the PDF failed.");
        return std::nullopt;
    }
    // Text is measured on the page's own device, so that it wraps where it is drawn.
    const QRectF full(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
    const QRectF page = full.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int count = static_cast<int>(deck.slides.size());
    for (int n = 0; n < count; ++n) {
        if (n > 0 && !pdf.newPage()) {
            if (error) *error = Text::tr("Rendering the PDF failed.");
            return std::nullopt;
        }
        if (!drawSlide(painter, painter, deck.slides[static_cast<std::size_t>(n)], n + 1, count,
                       page, error))
            return std::nullopt;
    }
    if (!painter.end()) {
        if (error) *error = Text::tr("Rendering the PDF failed.");
        return std::nullopt;
    }
    return bytes;
}

} // namespace actviz::ui
