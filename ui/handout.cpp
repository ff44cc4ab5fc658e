// SPDX-License-Identifier: GPL-3.0-or-later
#include "handout.h"

#include "exporter.h"
#include "formula_panel.h"
#include "plot_style.h"
#include "properties_panel.h"
#include "scene_model.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "actviz/core/parity.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextOption>

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

/// Noto Sans, and for Chinese a face that gives each glyph one character: Noto Sans CJK draws
/// 门 and the radical ⻔ with one glyph, and a PDF then maps that glyph back to the radical, so
/// that a search or a copy of the handout finds the wrong character.
QFont sized(double points, bool bold = false) {
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Droid Sans Fallback"),
                      QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

/// Draws `text` wrapped in `width` at (x, y) when `draw`, else only measures it; returns its
/// height. Text is measured on the page's own device, so that it wraps where it is drawn.
double paragraph(QPainter& painter, bool draw, const QString& text, const QFont& font, double x,
                 double y, double width, const QColor& color = Qt::black) {
    if (text.isEmpty()) return 0.0;
    painter.setFont(font);
    // Between words, or anywhere in a word wider than the page (a long URL).
    QTextOption wrap(Qt::AlignLeft);
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const QRectF box = painter.boundingRect(QRectF(x, y, width, 1e6), text, wrap);
    if (draw) {
        painter.setPen(color);
        painter.drawText(QRectF(x, y, width, box.height()), text, wrap);
    }
    return box.height();
}

double typesetFormulas(QPainter& painter, bool draw, const QString& id, double x, double y,
                       double width, double scale);

/// One visible curve's block: name and values, f and f', the properties. Drawn
/// at `scale` when `draw`, else only measured; returns its height.
double curveBlock(QPainter& painter, bool draw, const SceneModel& model, int i, double x, double y,
                  double width, double scale) {
    const Curve& c = model.curve(i);
    const QString id = qs(drawnFunction(c).target().id);
    double h = 0.0;
    const double swatch = 10.0 * scale;
    if (draw) painter.fillRect(QRectF(x, y + 4.0 * scale, swatch, swatch), c.color);
    h += paragraph(painter, draw, model.curveLabel(i), sized(10.5 * scale, true), x + swatch * 1.6,
                   y, width - swatch * 1.6);
    h += 4.0 * scale;
    // f and f′ at the formula panel's type size: side by side when both fit half the width,
    // else one above the other, a long one narrowed to the width.
    if (const core::CustomFunction* custom = core::customFunction(*c.function)) {
        // A typed formula has no typeset image: its mathematics as text.
        for (const auto& [lhs, rhs] :
             {std::pair{"f(x) = ", &custom->shownF}, std::pair{"f′(x) = ", &custom->shownDf}})
            h += paragraph(painter, draw, QString::fromUtf8(lhs) + QString::fromStdString(*rhs),
                           sized(10.0 * scale), x, y + h, width) +
                 2.0 * scale;
    } else {
        h += typesetFormulas(painter, draw, id, x, y + h, width, scale);
    }
    const QStringList lines = PropertiesPanel::computedLines(model, i);
    h += paragraph(painter, draw, lines.join(QStringLiteral(" · ")), sized(8.5 * scale), x, y + h,
                   width, QColor(0x33, 0x33, 0x33));
    return h + 10.0 * scale;
}

/// f and f′ of a catalogue function, typeset; returns the height they take.
double typesetFormulas(QPainter& painter, bool draw, const QString& id, double x, double y,
                       double width, double scale) {
    double h = 0.0;
    QSvgRenderer f(FormulaPanel::formulaPath(id, QStringLiteral("f")));
    QSvgRenderer df(FormulaPanel::formulaPath(id, QStringLiteral("df")));
    const QSizeF fSize = f.defaultSize() * 0.85 * scale;
    const QSizeF dfSize = df.defaultSize() * 0.85 * scale;
    const double gap = 16.0;
    const bool sideBySide = fSize.width() + dfSize.width() + gap <= width;
    double formulaHeight = 0.0;
    double fx = x;
    for (auto [svg, natural] : {std::pair{&f, fSize}, {&df, dfSize}}) {
        if (!svg->isValid()) continue;
        const QSizeF size = natural * std::min(1.0, width / natural.width());
        const QPointF at = sideBySide ? QPointF(fx, y + h) : QPointF(x, y + h + formulaHeight);
        if (draw) svg->render(&painter, QRectF(at, size));
        fx += size.width() + gap;
        formulaHeight = sideBySide ? std::max(formulaHeight, size.height())
                                   : formulaHeight + size.height() + 4.0 * scale;
    }
    return h + formulaHeight + 4.0 * scale;
}

/// "Slide 3 of 12" at the top right of a page; returns the height it takes.
double pageNumber(QPainter& painter, const QRectF& page, const QString& text) {
    painter.setFont(sized(8.5));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(QRectF(page.left(), page.top(), page.width(), 14), Qt::AlignRight, text);
    return 16.0;
}

/// One slide's page (and more, when its curves do not fit on one).
bool drawSlide(QPdfWriter& pdf, QPainter& painter, const Slide& slide, int number, int count,
               const QRectF& page, QString* error) {
    SceneModel model;
    model.setScene(slide.scene);
    const QString& language = slide.scene.language;
    const double x = page.left(), width = page.width();
    const QString slideNumber = Text::tr("Slide %1 of %2").arg(number).arg(count);
    double y = page.top() + pageNumber(painter, page, slideNumber);
    y += paragraph(painter, true, slide.title.in(language), sized(17, true), x, y, width);
    y += 8;
    // Portrait: the plot across the page (at most 45% of its height), the curves below it.
    // Landscape: the plot and caption on the left three fifths, the curves beside them.
    const bool wide = page.width() > page.height();
    const double plotArea = wide ? 0.6 * width : width;
    ExportOptions o;
    o.format = ImageFormat::Pdf;
    o.width = kPlotWidth;
    o.height = kPlotHeight;
    const auto picture = plotPicture(model, o, error);
    if (!picture) return false;
    const double scale =
        std::min(plotArea / kPlotWidth, (wide ? 0.7 : 0.45) * page.height() / kPlotHeight);
    const double plotTop = y;
    painter.save();
    painter.translate(x + (plotArea - kPlotWidth * scale) / 2, y);
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(0, 0, kPlotWidth, kPlotHeight));
    painter.drawPicture(0, 0, *picture);
    painter.restore();
    y += kPlotHeight * scale + 10;
    y += paragraph(painter, true, slide.caption.in(language), sized(11.5), x, y, plotArea);
    y += 12;
    // The visible curves: one column, or two for more than three, filled in reading order; what
    // does not fit goes on to a next page (across the whole of it), never smaller than can be
    // read.
    std::vector<int> curves;
    if (!model.softmax().shown)
        for (int i = 0; i < model.curveCount(); ++i)
            if (model.curve(i).visible) curves.push_back(i);
    double left = wide ? x + plotArea + 20.0 : x;
    double area = wide ? width - plotArea - 20.0 : width;
    double top = wide ? plotTop : y;
    if (wide) y = top;
    int columns = curves.size() > 3 && area > 500 ? 2 : 1;
    const double s = curves.size() > 3 ? 0.85 : 1.0;
    double w = (area - (columns - 1) * 20.0) / columns;
    int column = 0;
    for (int i : curves) {
        const double h = curveBlock(painter, false, model, i, 0, 0, w, s);
        if (y + h > page.bottom() && y > top) { // the next column, or a next page
            if (++column == columns) {
                column = 0;
                if (!pdf.newPage()) {
                    if (error) *error = Text::tr("Rendering the PDF failed.");
                    return false;
                }
                top = page.top() +
                      pageNumber(painter, page, Text::tr("%1 (continued)").arg(slideNumber));
                left = x;
                area = width;
                columns = area > 500 ? 2 : 1;
                w = (area - (columns - 1) * 20.0) / columns;
            }
            y = top;
        }
        y += curveBlock(painter, true, model, i, left + column * (w + 20.0), y, w, s);
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
    const QRectF full(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
    const QRectF page = full.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int count = static_cast<int>(deck.slides.size());
    for (int n = 0; n < count; ++n) {
        if (n > 0 && !pdf.newPage()) {
            if (error) *error = Text::tr("Rendering the PDF failed.");
            return std::nullopt;
        }
        if (!drawSlide(pdf, painter, deck.slides[static_cast<std::size_t>(n)], n + 1, count, page,
                       error))
            return std::nullopt;
    }
    if (!painter.end()) {
        if (error) *error = Text::tr("Rendering the PDF failed.");
        return std::nullopt;
    }
    return bytes;
}

} // namespace actviz::ui
