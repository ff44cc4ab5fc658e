// SPDX-License-Identifier: GPL-3.0-or-later
#include "properties_panel.h"

#include "text.h"

#include "scene_model.h"

#include "actviz/core/analysis.h"
#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "actviz/core/parameter.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace actviz::ui {
namespace {

QString num(double v) {
    return qs(core::formatShort(v, 5));
}

} // namespace

PropertiesPanel::PropertiesPanel(SceneModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_text(new QTextBrowser(this)) {
    // Links open in the browser, except "actviz:catalogue", offered under a typed formula that
    // is a catalogue function: it switches the curve to the catalogue's exact version.
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() != QLatin1String("actviz")) {
            QDesktopServices::openUrl(url);
            return;
        }
        const int i = m_model->selected();
        if (i < 0) return;
        const core::CustomFunction* custom = core::customFunction(*m_model->curve(i).function);
        if (custom != nullptr && custom->sameAs != nullptr)
            m_model->setFunction(i, *custom->sameAs);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    // Parameter drags and pans arrive in bursts: recompute once the burst settles.
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(120);
    connect(timer, &QTimer::timeout, this, &PropertiesPanel::refresh);
    auto later = [timer] { timer->start(); };
    connect(m_model, &SceneModel::selectionChanged, this, &PropertiesPanel::refresh);
    connect(m_model, &SceneModel::sceneReset, this, &PropertiesPanel::refresh);
    connect(m_model, &SceneModel::languageChanged, this, &PropertiesPanel::refresh);
    connect(m_model, &SceneModel::curveParametersChanged, this, later);
    connect(m_model, &SceneModel::curveDefinitionChanged, this, &PropertiesPanel::refresh);
    connect(m_model, &SceneModel::viewChanged, this, later);
    refresh();
}

void PropertiesPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) refresh();
    QWidget::changeEvent(event);
}

QString PropertiesPanel::prose(const QString& functionId, const QString& language) {
    QFile file(QStringLiteral(":/functions/%1/about.%2.md").arg(functionId, language));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll());
}

QString PropertiesPanel::formulaProse(const core::CustomFunction& fn) {
    QString text =
        tr("A function typed as a formula: `%1`. It is evaluated as written, in double "
           "precision, as a plotting program would; f′ and the derivative for each parameter are "
           "derived symbolically (with GiNaC) and simplified. Where the formula as written "
           "loses digits (cancellation, overflow in exp), so do its values; the catalogue's "
           "functions are computed exactly.")
            .arg(QString::fromStdString(fn.text));
    if (fn.sameAs != nullptr) {
        text += QStringLiteral("\n\n") +
                tr("**Same as %1**: it has the same values as the catalogue's %1. Use the "
                   "catalogue's exact version: [switch this curve to %1](actviz:catalogue).")
                    .arg(qs(fn.sameAs->name));
    }
    return text;
}

QStringList PropertiesPanel::computedLines(const SceneModel& model, int i) {
    if (i < 0 || i >= model.curveCount()) return {};
    const Curve& c = model.curve(i);
    const ViewRange& v = model.view();
    const auto p = core::analyse(*c.function, c.params, v.xMin, v.xMax);
    if (!p) return {};
    QStringList md;
    md << tr("f(0) = %1, f′(0) = %2").arg(num(p->f0), num(p->df0));
    md << tr("Output range over the view: [%1, %2]").arg(num(p->minValue), num(p->maxValue));
    if (p->monotonic > 0)
        md << tr("Monotonic: non-decreasing over the view");
    else if (p->monotonic < 0)
        md << tr("Monotonic: non-increasing over the view");
    else
        md << tr("Not monotonic over the view");
    for (const core::Extremum& m : p->minima)
        md << tr("Minimum at x = %1, f = %2").arg(num(m.x), num(m.f));
    md << (p->zeroCentred ? tr("Zero-centred (odd, f(0) = 0)") : tr("Not zero-centred"));
    auto runs = [&](const std::vector<core::Interval>& intervals) {
        QStringList list;
        for (const core::Interval& s : intervals)
            list << QStringLiteral("[%1, %2]").arg(num(s.lo), num(s.hi));
        return list.join(QStringLiteral(", "));
    };
    if (p->saturated.empty())
        md << tr("No saturation in view (|f′| ≥ 0.001 up to both ends)");
    else
        md << tr("Saturated towards the edge of the view (|f′| < 0.001, gradients vanish) on "
                 "%1")
                  .arg(runs(p->saturated));
    if (!p->stationary.empty())
        md << tr("f′ passes through 0 (a stationary point, not saturation): |f′| < 0.001 only "
                 "on %1")
                  .arg(runs(p->stationary));
    QStringList kinks;
    for (double k : p->kinks)
        kinks << num(k);
    // Where it jumps: the kinks in view, or outside it (Softplus's threshold beyond the view).
    const QString at = kinks.isEmpty() ? tr("a point outside the view")
                                       : tr("x = %1").arg(kinks.join(QStringLiteral(", ")));
    switch (p->smoothness) {
    case core::Smoothness::Smooth:
        md << tr("Smooth everywhere (C∞)");
        break;
    case core::Smoothness::C1:
        md << tr("C¹: f′ continuous, f″ jumps at %1").arg(at);
        break;
    case core::Smoothness::Continuous:
        md << tr("Continuous (C⁰), f′ jumps at %1").arg(at);
        break;
    case core::Smoothness::Discontinuous:
        md << tr("Discontinuous: f jumps at %1").arg(at);
        break;
    }
    return md;
}

QString PropertiesPanel::computedMarkdown() const {
    const int i = m_model->selected();
    const QStringList lines = computedLines(*m_model, i);
    if (lines.isEmpty()) return {};
    const ViewRange& v = m_model->view();
    QString md = tr("## Computed for %1 on [%2, %3]\n\n")
                     .arg(m_model->curveLabel(i), num(v.xMin), num(v.xMax));
    for (const QString& line : lines)
        md += QStringLiteral("- ") + line + QLatin1Char('\n');
    return md;
}

void PropertiesPanel::setActive(bool active) {
    m_active = active;
    // Typesetting the text takes a while: not for a dock that is shown only for a moment while
    // the docks are rearranged (at start-up, when they stack as tabs), only for one still shown
    // once the events of the moment are done.
    if (m_active && m_stale)
        QTimer::singleShot(0, this, [this] {
            if (m_active && m_stale) update();
        });
}

void PropertiesPanel::refresh() {
    m_text->setAccessibleName(tr("Properties"));
    m_text->setAccessibleDescription(
        tr("What the selected function is, where it comes from, and its properties computed "
           "over the view"));
    m_stale = true;
    if (m_active) update();
}

void PropertiesPanel::update() {
    m_stale = false;
    const int i = m_model->selected();
    if (i < 0) {
        m_markdown = tr("Select a curve to see its properties.");
    } else {
        const Curve& c = m_model->curve(i);
        const QString id = qs(c.function->id);
        const core::CustomFunction* custom = core::customFunction(*c.function);
        QString text = custom != nullptr ? formulaProse(*custom) : prose(id, m_model->language());
        if (text.isEmpty()) text = prose(id, QStringLiteral("en"));
        m_markdown = QStringLiteral("# %1\n\n").arg(qs(c.function->name)) + text +
                     QStringLiteral("\n\n") + computedMarkdown() + QStringLiteral("\n*") +
                     (custom != nullptr ? tr("Typed formula, evaluated as written in double "
                                             "precision")
                                        : qs(c.function->reference)) +
                     QStringLiteral("*\n");
    }
    m_text->setMarkdown(m_markdown);
}

} // namespace actviz::ui
