// SPDX-License-Identifier: GPL-3.0-or-later
#include "formula_dialog.h"

#include "formula_curve.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace actviz::ui {
namespace {

enum Column { Name, Default, Min, Max, Log, Columns };

QString number(double v) {
    return QString::fromStdString(core::formatNumber(v));
}

} // namespace

FormulaDialog::FormulaDialog(QWidget* parent)
    : QDialog(parent)
    , m_formula(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(0, Columns, this))
    , m_derived(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_compileLater(new QTimer(this)) {
    setWindowTitle(tr("New function from a formula"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Type f(x). Any other name is a parameter with a slider. You can use + − * / ^, "
           "abs, exp, log, log1p, expm1, sqrt, erf, tanh, pow(a, b), min, max, "
           "if(x > 0, a, b), pi, e and every catalogue function by its id, such as gelu(x) or "
           "smu(x, alpha=0.5)."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_formula->setPlaceholderText(QStringLiteral("x * sigmoid(beta*x)"));
    m_formula->setMaxLength(static_cast<int>(core::kMaxFormulaLength));
    m_formula->setAccessibleName(tr("Formula"));
    m_formula->setClearButtonEnabled(true);
    layout->addWidget(m_formula);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Formula check"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_table->setHorizontalHeaderLabels(
        {tr("Parameter"), tr("Default"), tr("Slider from"), tr("Slider to"), tr("Log scale")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Parameters"));
    m_table->setMinimumHeight(150);
    layout->addWidget(m_table, 1);
    m_derived->setWordWrap(true);
    m_derived->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_derived->setAccessibleName(tr("Derivative"));
    m_derived->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Long derivatives and many parameters scroll instead of being cut off.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_derived);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(90);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add curve"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormulaDialog::add);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The parse is checked on every key; the symbolic work waits for a pause in the typing.
    m_compileLater->setSingleShot(true);
    m_compileLater->setInterval(250);
    connect(m_compileLater, &QTimer::timeout, this, &FormulaDialog::compile);
    connect(m_formula, &QLineEdit::textChanged, this, &FormulaDialog::checkTyping);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_compileLater->start();
    });
    checkTyping();
    resize(640, 520);
}

void FormulaDialog::showProblem(bool problem) {
    // A red that reads on the light and the dark palettes alike.
    m_message->setStyleSheet(problem ? QStringLiteral("color: #e0413a;") : QString());
}

void FormulaDialog::edit(const core::CustomFunction& fn) {
    setWindowTitle(tr("Edit the formula"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    m_formula->setText(QString::fromStdString(fn.text)); // rows with the defaults
    const QSignalBlocker block(m_table);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const std::string name =
            m_table->item(r, Name)->data(Qt::UserRole).toString().toStdString();
        for (const core::FormulaParameter& p : fn.parameters) {
            if (p.name != name) continue;
            m_table->item(r, Default)->setText(number(p.defaultValue));
            m_table->item(r, Min)->setText(number(p.sliderMin));
            m_table->item(r, Max)->setText(number(p.sliderMax));
            m_table->item(r, Log)->setCheckState(p.scale == core::Scale::Log ? Qt::Checked
                                                                             : Qt::Unchecked);
        }
    }
    compile();
}

QString FormulaDialog::message() const {
    return m_message->text();
}

void FormulaDialog::checkTyping() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const core::FormulaCheck check = core::checkFormula(m_formula->text().toStdString());
    if (check.error) {
        showProblem(true);
        m_message->setText(m_formula->text().trimmed().isEmpty()
                               ? tr("Type a formula in x, such as x * sigmoid(beta*x).")
                               : formulaMessage(check.error->message));
        m_derived->clear();
        m_compileLater->stop();
        return;
    }
    showProblem(false);
    m_message->setText(tr("Checking…"));
    syncRows(check.parameters);
    m_compileLater->start();
}

void FormulaDialog::syncRows(const std::vector<std::string>& names) {
    // Rows follow the parameters' order; a parameter typed before keeps its settings.
    std::vector<std::vector<QTableWidgetItem*>> rows;
    const QSignalBlocker block(m_table);
    std::vector<std::vector<QTableWidgetItem*>> kept;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        std::vector<QTableWidgetItem*> row;
        row.reserve(Columns);
        for (int c = 0; c < Columns; ++c)
            row.push_back(m_table->takeItem(r, c));
        kept.push_back(row);
    }
    for (const std::string& name : names) {
        const QString n = QString::fromStdString(name);
        auto it = std::find_if(kept.begin(), kept.end(),
                               [&](const auto& row) { return row[Name]->data(Qt::UserRole) == n; });
        if (it != kept.end()) {
            rows.push_back(*it);
            kept.erase(it);
            continue;
        }
        const core::FormulaParameter defaults;
        auto* nameItem = new QTableWidgetItem(
            QString::fromStdString(core::formulaSymbol(name)) +
            (core::formulaSymbol(name) == name ? QString() : QStringLiteral(" (%1)").arg(n)));
        nameItem->setData(Qt::UserRole, n);
        nameItem->setFlags(Qt::ItemIsEnabled);
        auto* log = new QTableWidgetItem();
        log->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        log->setCheckState(Qt::Unchecked);
        rows.push_back({nameItem, new QTableWidgetItem(number(defaults.defaultValue)),
                        new QTableWidgetItem(number(defaults.sliderMin)),
                        new QTableWidgetItem(number(defaults.sliderMax)), log});
    }
    for (auto& row : kept)
        for (QTableWidgetItem* item : row)
            delete item;
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r)
        for (int c = 0; c < Columns; ++c)
            m_table->setItem(r, c, rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]);
}

std::vector<core::FormulaParameter> FormulaDialog::settings(QString& problem) const {
    std::vector<core::FormulaParameter> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        core::FormulaParameter p;
        p.name = m_table->item(r, Name)->data(Qt::UserRole).toString().toStdString();
        const std::pair<Column, double*> cells[] = {
            {Default, &p.defaultValue}, {Min, &p.sliderMin}, {Max, &p.sliderMax}};
        for (const auto& [column, target] : cells) {
            const QString text = m_table->item(r, column)->text();
            const auto v = core::parseNumber(text.toStdString());
            if (!v) {
                problem = tr("Parameter %1: '%2' is not a number.")
                              .arg(QString::fromStdString(p.name), text.left(30));
                return {};
            }
            *target = *v;
        }
        p.scale = m_table->item(r, Log)->checkState() == Qt::Checked ? core::Scale::Log
                                                                     : core::Scale::Linear;
        out.push_back(p);
    }
    return out;
}

void FormulaDialog::compile() {
    m_compileLater->stop();
    QString problem;
    const std::vector<core::FormulaParameter> set = settings(problem);
    if (!problem.isEmpty()) {
        showProblem(true);
        m_message->setText(problem);
        return;
    }
    // A preview: the function is compiled and kept only when it is added.
    const core::FormulaPreview r = core::previewFormula(m_formula->text().toStdString(), set);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!r.error);
    showProblem(r.error.has_value());
    if (r.error) {
        m_message->setText(formulaMessage(r.error->message));
        m_derived->clear();
        return;
    }
    QString text = tr("f′(x) = %1").arg(QString::fromStdString(r.shownDf));
    for (std::size_t k = 0; k < r.shownGrad.size() && k < set.size(); ++k) {
        text += QStringLiteral("\n") +
                tr("∂f/∂%1 = %2")
                    .arg(QString::fromStdString(core::formulaSymbol(set[k].name)),
                         QString::fromStdString(r.shownGrad[k]));
    }
    m_derived->setText(text);
    m_message->setText(
        r.sameAs != nullptr
            ? tr("Same as %1: the catalogue's %1 is computed exactly; you can switch to it "
                 "from the Properties panel once the curve is added.")
                  .arg(QString::fromUtf8(r.sameAs->name.data(),
                                         static_cast<qsizetype>(r.sameAs->name.size())))
            : tr("The formula is valid."));
}

void FormulaDialog::add() {
    QString problem;
    const std::vector<core::FormulaParameter> set = settings(problem);
    if (!problem.isEmpty()) return;
    const core::FormulaResult r = core::compileFormula(m_formula->text().toStdString(), set);
    if (r.error) {
        showProblem(true);
        m_message->setText(formulaMessage(r.error->message));
        return;
    }
    m_function = r.function;
    accept();
}

} // namespace actviz::ui
