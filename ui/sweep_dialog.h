// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File > Export animation: one parameter of the selected curve stepped from a first to a last
// value, written as a looping GIF or as numbered PNG frames (see sweep.h).

#include "sweep.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace actviz::ui {

class SweepDialog : public QDialog {
    Q_OBJECT
public:
    /// For curve `curve` of `model`, which must have at least one parameter.
    SweepDialog(const SceneModel& model, int curve, QWidget* parent = nullptr);

    /// The sweep as chosen, or why it cannot run (shown in the dialog when OK is pressed).
    [[nodiscard]] std::optional<Sweep> sweep(QString* why = nullptr) const;
    /// "gif" or "png".
    [[nodiscard]] QString suffix() const;

    // For tests and callers that fill the dialog in.
    void setParameter(int index);
    void setRange(const QString& from, const QString& to);
    void setFrames(int frames);
    void setSuffix(const QString& suffix);
    [[nodiscard]] QString message() const;
    /// What OK does with a valid sweep: write it, returning nullopt on success (the dialog
    /// closes), the reason on failure (the dialog stays open with it, every setting kept), or an
    /// empty reason when the user cancelled along the way (the dialog stays, silent).
    using Exporter = std::function<std::optional<QString>(const Sweep&)>;
    void setExporter(Exporter exporter) { m_exporter = std::move(exporter); }

    void accept() override;

private:
    void parameterChanged();

    const SceneModel& m_model;
    int m_curve;
    QComboBox* m_param;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QSpinBox* m_frames;
    QComboBox* m_format;
    QLabel* m_message;
    Exporter m_exporter;
};

} // namespace actviz::ui
