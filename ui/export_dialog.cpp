// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_dialog.h"

#include "scene_json.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace actviz::ui {

ExportDialog::ExportDialog(const SceneModel& model, const ExportOptions& o, Theme theme,
                           QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_format(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_transparent(new QCheckBox(tr("Transparent background (PNG, SVG)"), this))
    , m_theme(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_pixels(new QLabel(this)) {
    setWindowTitle(tr("Export the plot"));
    for (ImageFormat f : {ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::Bmp, ImageFormat::Pdf,
                          ImageFormat::Svg})
        m_format->addItem(imageFormatName(f).toUpper(), static_cast<int>(f));
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(o.format)));
    m_width->setRange(16, 10000);
    m_height->setRange(16, 10000);
    m_width->setValue(o.width);
    m_height->setValue(o.height);
    m_width->setSuffix(QStringLiteral(" px"));
    m_height->setSuffix(QStringLiteral(" px"));
    m_scale->setRange(1.0, 4.0);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(o.scale);
    m_scale->setSuffix(QStringLiteral("x"));
    m_dpi->setRange(10, 2400);
    m_dpi->setValue(o.dpi);
    m_transparent->setChecked(o.transparent);
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Theme::Dark));
    m_theme->addItem(tr("Presentation"), static_cast<int>(Theme::Presentation));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(theme)));
    m_preview->setMinimumSize(480, 270);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("background: #888;"));

    auto* size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    auto* form = new QFormLayout;
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Size"), size);
    form->addRow(tr("Scale"), m_scale);
    form->addRow(tr("DPI"), m_dpi);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(QString(), m_transparent);
    form->addRow(QString(), m_pixels);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch(1);
    left->addWidget(buttons);
    layout->addLayout(left);
    layout->addWidget(m_preview, 1);

    // Previews are rendered a moment after the last change, not at every spin-box step.
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(150);
    connect(timer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    auto later = [timer] { timer->start(); };
    connect(m_format, &QComboBox::currentIndexChanged, this, later);
    connect(m_theme, &QComboBox::currentIndexChanged, this, later);
    connect(m_width, &QSpinBox::valueChanged, this, later);
    connect(m_height, &QSpinBox::valueChanged, this, later);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, later);
    connect(m_dpi, &QSpinBox::valueChanged, this, later);
    connect(m_transparent, &QCheckBox::toggled, this, later);
    updatePreview();
}

ExportOptions ExportDialog::options() const {
    ExportOptions o;
    o.format = static_cast<ImageFormat>(m_format->currentData().toInt());
    o.width = m_width->value();
    o.height = m_height->value();
    o.scale = m_scale->value();
    o.dpi = m_dpi->value();
    o.transparent = m_transparent->isChecked() &&
                    (o.format == ImageFormat::Png || o.format == ImageFormat::Svg);
    return o;
}

Theme ExportDialog::theme() const {
    return static_cast<Theme>(m_theme->currentData().toInt());
}

Scene ExportDialog::exportScene() const {
    Scene s = m_model.scene();
    retheme(s, theme());
    return s;
}

void ExportDialog::updatePreview() {
    const ExportOptions o = options();
    m_transparent->setEnabled(o.format == ImageFormat::Png || o.format == ImageFormat::Svg);
    m_pixels->setText(
        o.format == ImageFormat::Pdf || o.format == ImageFormat::Svg
            ? tr("Vector: %1 × %2").arg(o.width).arg(o.height)
            : tr("%1 × %2 pixels").arg(qRound(o.width * o.scale)).arg(qRound(o.height * o.scale)));
    // The preview is the PNG path at the chosen size, shown scaled: what the file will look like.
    SceneModel preview;
    preview.setScene(exportScene());
    ExportOptions p = o;
    p.format = ImageFormat::Png;
    p.scale = 1.0;
    if (const auto bytes = renderPlot(preview, p)) {
        QPixmap pm;
        pm.loadFromData(*bytes);
        m_preview->setPixmap(
            pm.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
}

} // namespace actviz::ui
