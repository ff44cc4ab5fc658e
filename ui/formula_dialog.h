// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Functions → New from formula…: a formula field checked as it is typed (the message and its
// column under it), a row per parameter (default, slider range, scale), and f' as derived.
// OK stays disabled until the formula and its settings compile.

#include <QDialog>

#include <string>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace actviz::core {
struct CustomFunction;
struct FormulaParameter;
} // namespace actviz::core

namespace actviz::ui {

class FormulaDialog : public QDialog {
    Q_OBJECT
public:
    explicit FormulaDialog(QWidget* parent = nullptr);
    /// Starts from a typed function (Functions → Edit formula…): its text and settings.
    void edit(const core::CustomFunction& fn);

    /// The function to add once the dialog is accepted (nullptr before).
    [[nodiscard]] const core::CustomFunction* function() const { return m_function; }
    /// The formula field and the message under it (for tests and screen readers).
    [[nodiscard]] QLineEdit* formulaField() const { return m_formula; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QTableWidget* parameterTable() const { return m_table; }

private:
    void checkTyping();
    void showProblem(bool problem);
    /// Checks the formula and its settings and shows f' (nothing is kept).
    void compile();
    /// Compiles the function to add, and closes the dialog.
    void add();
    void syncRows(const std::vector<std::string>& names);
    /// The settings in the table, or the message of the first cell that is not a number.
    [[nodiscard]] std::vector<core::FormulaParameter> settings(QString& problem) const;

    QLineEdit* m_formula;
    QLabel* m_message;
    QTableWidget* m_table;
    QLabel* m_derived;
    QDialogButtonBox* m_buttons;
    QTimer* m_compileLater;
    const core::CustomFunction* m_function = nullptr;
};

} // namespace actviz::ui
