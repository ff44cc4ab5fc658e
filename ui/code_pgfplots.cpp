// SPDX-License-Identifier: GPL-3.0-or-later
// Copy as code in LaTeX: a pgfplots document drawn from the exact values actviz samples, kinks
// included, thinned to the points the lines need.

#include "code_writer_parts.h"
#include "text.h"
#include "theme_style.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "actviz/core/parameter.h"
#include "actviz/core/sampling.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <vector>

namespace actviz::ui::code {
namespace {

/// Plain text for LaTeX: its special characters escaped; the name's middle dot as maths.
QString texEscape(const QString& s) {
    QString e;
    for (QChar ch : s) {
        if (QStringLiteral("#$%&_{}").contains(ch))
            e += QLatin1Char('\\') + QString(ch);
        else if (ch == QLatin1Char('\\'))
            e += QStringLiteral("\\textbackslash{}");
        else if (ch == QLatin1Char('^'))
            e += QStringLiteral("\\^{}");
        else if (ch == QLatin1Char('~'))
            e += QStringLiteral("\\~{}");
        else if (ch == QLatin1Char('<') || ch == QLatin1Char('>'))
            e += QStringLiteral("$") + ch + QStringLiteral("$"); // not ¡ and ¿ in text
        else if (ch == QChar(0x00b7))
            e += QStringLiteral("$\\cdot$");
        else if (ch.unicode() > 127)
            e += QLatin1Char('?'); // names are ASCII: not reached
        else
            e += ch;
    }
    return e;
}

/// The legend text in LaTeX: the name, then the parameters with the formulas' symbols
/// ("Swish ($\beta$=1.5)").
QString texLabel(const CodeCurve& c) {
    // A typed formula is named by its text as typed (ASCII), its Greek parameters as TeX.
    const core::CustomFunction* typed = core::customFunction(*c.fn);
    QString label = texEscape(typed != nullptr ? QString::fromStdString(typed->text) : c.name);
    if (c.params.empty()) return label;
    QStringList parts;
    for (std::size_t p = 0; p < c.params.size(); ++p) {
        const std::string_view id = c.fn->params[p].id;
        QString symbol = str(c.fn->params[p].tex);
        if (typed != nullptr)
            symbol = core::formulaSymbol(id) != id ? QStringLiteral("\\") + str(id)
                                                   : QStringLiteral("\\mathit{%1}").arg(str(id));
        parts << QStringLiteral("$%1$=%2").arg(symbol, qs(core::formatShort(c.params[p])));
    }
    return label + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QStringLiteral(")");
}

/// Keeps, of the points [first, last] of one unbroken run, those the line needs to stay within
/// `tolerance` (in view units, x and y each scaled to [0, 1]) of all of them (Douglas and
/// Peucker); `keep` marks them.
void simplifyRun(const std::vector<double>& x, const std::vector<double>& y, std::size_t first,
                 std::size_t last, double sx, double sy, double tolerance,
                 std::vector<bool>& keep) {
    if (last <= first + 1) return;
    const double ax = x[first] * sx, ay = y[first] * sy;
    const double bx = x[last] * sx, by = y[last] * sy;
    const double length = std::hypot(bx - ax, by - ay);
    double worst = -1.0;
    std::size_t at = first;
    for (std::size_t i = first + 1; i < last; ++i) {
        const double px = x[i] * sx, py = y[i] * sy;
        const double d = length > 0.0
                             ? std::fabs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
                             : std::hypot(px - ax, py - ay);
        if (d > worst) {
            worst = d;
            at = i;
        }
    }
    if (worst <= tolerance) return;
    keep[at] = true;
    simplifyRun(x, y, first, at, sx, sy, tolerance, keep);
    simplifyRun(x, y, at, last, sx, sy, tolerance, keep);
}

/// Sampled coordinates of one quantity: broken (a nan) where it jumps at a kink, left out far
/// outside the y range (TeX's dimensions are small), and thinned to the points the line needs
/// to stay within a hair (1/5000 of the view) of every sample, kinks kept: TeX's memory holds
/// every coordinate of every plot.
QString coordinates(const CodeCurve& c, bool derivative, const ViewRange& v) {
    std::vector<double> grid;
    const std::vector<double> kinks = c.drawn.kinks();
    core::sampleGrid(v.xMin, v.xMax, 1000, kinks, grid);
    std::vector<double> values(grid.size());
    if (derivative)
        c.drawn.evaluate(grid, {}, values);
    else
        c.drawn.evaluate(grid, values, {});
    auto at = [&](double x) { return derivative ? c.drawn.df(x) : c.drawn.f(x); };
    const double span = v.yMax - v.yMin;
    std::vector<double> xs, ys;
    std::vector<bool> keep;
    auto add = [&](double x, double y, bool kept) {
        const bool inside = std::isfinite(y) && y >= v.yMin - 10 * span && y <= v.yMax + 10 * span;
        xs.push_back(x);
        ys.push_back(inside ? y : std::nan(""));
        keep.push_back(kept || !inside);
    };
    for (std::size_t i = 0; i < grid.size(); ++i) {
        const bool kink = std::find(kinks.begin(), kinks.end(), grid[i]) != kinks.end();
        if (kink && i > 0 && i + 1 < grid.size()) {
            const double left = at(std::nextafter(grid[i], -INFINITY));
            const double right = at(std::nextafter(grid[i], INFINITY));
            if (std::fabs(left - right) > 1e-9 * (1.0 + std::fabs(left))) {
                add(grid[i], left, true);
                add(grid[i], std::nan(""), true);
                add(grid[i], right, true);
                continue;
            }
        }
        add(grid[i], values[i], kink || i == 0 || i + 1 == grid.size());
    }
    // Each run between gaps keeps its ends and what its shape needs.
    const double sx = 1.0 / (v.xMax - v.xMin), sy = 1.0 / span;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= xs.size(); ++i) {
        if (i < xs.size() && std::isfinite(ys[i])) continue;
        if (i > start) {
            keep[start] = keep[i - 1] = true;
            std::size_t from = start;
            for (std::size_t k = start + 1; k < i; ++k)
                if (keep[k]) { // kinks split the run
                    simplifyRun(xs, ys, from, k, sx, sy, 2e-4, keep);
                    from = k;
                }
        }
        start = i + 1;
    }
    // One nan per gap: a run of points out of view is one break in the line.
    QStringList pts;
    bool gap = true;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (!keep[i]) continue;
        const bool finite = std::isfinite(ys[i]);
        if (!finite && gap) continue;
        gap = !finite;
        pts << QStringLiteral("(%1,%2)").arg(qs(core::formatNumber(xs[i])),
                                             finite ? qs(core::formatNumber(ys[i]))
                                                    : QStringLiteral("nan"));
    }
    // A few points a line keeps TeX's input lines short.
    QString out;
    for (int i = 0; i < pts.size(); ++i)
        out += pts[i] + ((i + 1) % 4 == 0 ? QStringLiteral("\n    ") : QStringLiteral(" "));
    return out.trimmed();
}

} // namespace

QString pgfplotsDocument(const Scene& scene, const std::vector<CodeCurve>& curves) {
    const ThemeStyle s = themeStyle(scene.theme);
    const ViewRange& v = scene.view;
    QString doc = QStringLiteral(
        "%% The scene's figure as a self-contained pgfplots document: pdflatex THIS_FILE.\n"
        "%% Written by actviz; the coordinates are the exact values sampled by actviz, kinks "
        "included.\n"
        "\\documentclass{article}\n\\usepackage{pgfplots}\n"
        "\\pgfplotsset{compat=1.16}\n\\pagestyle{empty}\n\\newsavebox\\plotbox\n");
    for (std::size_t i = 0; i < curves.size(); ++i)
        doc += QStringLiteral("\\definecolor{curve%1}{HTML}{%2}\n")
                   .arg(i + 1)
                   .arg(curves[i].curve->color.name().mid(1).toUpper());
    doc += QStringLiteral("\\definecolor{background}{HTML}{%1}\n\\definecolor{foreground}{HTML}{%2}"
                          "\n\\definecolor{gridline}{HTML}{%3}\n")
               .arg(s.background.name().mid(1).toUpper(), s.foreground.name().mid(1).toUpper(),
                    s.grid.name().mid(1).toUpper());
    // Many entries go beside the plot; the presentation theme's type and lines are large.
    int entries = 0;
    for (const CodeCurve& c : curves)
        entries += c.curve->showDerivative ? 2 : 1;
    const bool big = scene.theme == Theme::Presentation;
    const QString legendPlace = entries > 8 ? QStringLiteral("at={(1.03,1)}, anchor=north west")
                                            : QStringLiteral("at={(0.02,0.98)}, anchor=north west");
    const QString x0 = qs(core::formatNumber(v.xMin)), x1 = qs(core::formatNumber(v.xMax));
    const QString y0 = qs(core::formatNumber(v.yMin)), y1 = qs(core::formatNumber(v.yMax));
    const double span = v.yMax - v.yMin;
    doc += QStringLiteral(
               "\\begin{document}\n\\pagecolor{background}\n"
               "\\sbox\\plotbox{\\begin{tikzpicture}\n"
               "\\begin{axis}[width=16cm, height=10cm, xmin=%1, xmax=%2, ymin=%3, ymax=%4,\n"
               "  restrict y to domain=%5:%6, font=%7,\n"
               "  xlabel={$x$}, ylabel={$f(x)$}, grid=major, grid style={gridline},\n"
               "  axis line style={foreground}, tick label style={foreground},\n"
               "  label style={foreground}, unbounded coords=jump, legend cell align=left,\n"
               "  legend style={%8, fill=background, text=foreground}]\n")
               .arg(x0, x1, y0, y1, qs(core::formatNumber(v.yMin - 10 * span)),
                    qs(core::formatNumber(v.yMax + 10 * span)),
                    big ? QStringLiteral("\\Large") : QStringLiteral("\\normalsize"), legendPlace);
    // The axes' zero lines, where they are in view.
    if (v.yMin <= 0 && v.yMax >= 0)
        doc += QStringLiteral(
                   "\\addplot[foreground, thin, forget plot] coordinates {(%1,0) (%2,0)};\n")
                   .arg(x0, x1);
    if (v.xMin <= 0 && v.xMax >= 0)
        doc += QStringLiteral(
                   "\\addplot[foreground, thin, forget plot] coordinates {(0,%1) (0,%2)};\n")
                   .arg(y0, y1);
    const QString width = pyNumber(s.curveWidth * 0.75); // pixels at 96 dpi, in points
    const QString dwidth = pyNumber(s.curveWidth * 0.6);
    for (std::size_t i = 0; i < curves.size(); ++i) {
        const CodeCurve& c = curves[i];
        // A colour used before is told apart by a dash-dot pattern, as in the window.
        const QString style = colourRepeat(scene.curves, static_cast<int>(c.index)) > 0
                                  ? QStringLiteral(", dash dot")
                                  : QString();
        for (const bool derivative : {false, true}) {
            if (derivative && !c.curve->showDerivative) continue;
            const QString options = QStringLiteral("curve%1, line width=%2pt%3")
                                        .arg(i + 1)
                                        .arg(derivative ? dwidth : width,
                                             derivative ? QStringLiteral(", dashed") : style);
            const QString label = texLabel(c) + (derivative ? QStringLiteral(": $f'$") : QString());
            const QString points = coordinates(c, derivative, v);
            // A line wholly out of view draws nothing; its legend entry keeps its place.
            static const QRegularExpression finitePoint(QStringLiteral("\\([^,]+,[^n)]"));
            if (points.contains(finitePoint))
                doc +=
                    QStringLiteral("\\addplot[%1] coordinates {\n    %2};\n\\addlegendentry{%3}\n")
                        .arg(options, points, label);
            else
                doc += QStringLiteral("\\addlegendimage{%1}\n\\addlegendentry{%2}\n")
                           .arg(options, label);
        }
    }
    // The page is the picture's size, with a small margin (the standalone class's job, done by
    // hand: plain LaTeX and pgfplots are all it needs); the box is shipped out as it is, so a
    // tall legend never spills onto another page.
    doc += QStringLiteral("\\end{axis}\n\\end{tikzpicture}}\n"
                          "\\pdfpagewidth=\\dimexpr\\wd\\plotbox+12pt\\relax\n"
                          "\\pdfpageheight=\\dimexpr\\ht\\plotbox+\\dp\\plotbox+12pt\\relax\n"
                          "\\hoffset=-1in \\voffset=-1in\n"
                          "\\shipout\\vbox{\\kern6pt\\hbox{\\kern6pt\\usebox\\plotbox}}\n"
                          "\\end{document}\n");
    return doc;
}

} // namespace actviz::ui::code
