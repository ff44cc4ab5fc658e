// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The export dialog (Ctrl+E): format, size, scale, DPI, transparency and theme, with a live
// preview drawn by the same code that writes the file.

#include "exporter.h"
#include "scene_model.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace actviz::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// Starts from `options` and `theme` (the last choices, which the caller keeps).
    ExportDialog(const SceneModel& model, const ExportOptions& options, Theme theme,
                 QWidget* parent = nullptr);

    [[nodiscard]] ExportOptions options() const;
    [[nodiscard]] Theme theme() const;
    /// The scene as it will be exported (the chosen theme applied).
    [[nodiscard]] Scene exportScene() const;

private:
    void updatePreview();

    const SceneModel& m_model;
    QComboBox* m_format;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QDoubleSpinBox* m_scale;
    QSpinBox* m_dpi;
    QCheckBox* m_transparent;
    QComboBox* m_theme;
    QLabel* m_preview;
    QLabel* m_pixels;
};

} // namespace actviz::ui
