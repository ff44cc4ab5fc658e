// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One parameter: a slider (linear or logarithmic, as the catalogue says), a field for typing an
// exact value, a reset button, and a line for the reason a value was refused.

#include <QWidget>

class QLabel;
class QLineEdit;
class QSlider;
class QToolButton;

namespace actviz::core {
struct ParamSpec;
}

namespace actviz::ui {

class ParameterSlider : public QWidget {
    Q_OBJECT
public:
    explicit ParameterSlider(const core::ParamSpec& spec, QWidget* parent = nullptr);
    ~ParameterSlider() override;

    /// Shows `value` without emitting anything.
    void setValue(double value);
    [[nodiscard]] double value() const { return m_value; }
    /// Shows (or, with an empty text, clears) the reason the last value was refused.
    void setMessage(const QString& text);
    [[nodiscard]] QString message() const;
    /// Disables the controls and says why (a library's definition fixes the value), or, with an
    /// empty text, enables them again.
    void setFixed(const QString& why);
    [[nodiscard]] bool fixed() const { return !m_fixed.isEmpty(); }

    // for tests and the animation of the lecture features:
    [[nodiscard]] QSlider* slider() const { return m_slider; }
    [[nodiscard]] QLineEdit* field() const { return m_field; }
    [[nodiscard]] QToolButton* playButton() const { return m_play; }
    /// The controls in the order Tab visits them.
    [[nodiscard]] QList<QWidget*> controls() const;
    /// The value a slider position stands for, and back.
    [[nodiscard]] double valueAt(int position) const;
    [[nodiscard]] int positionOf(double value) const;

signals:
    /// The user moved the slider or typed a value.
    void valueEdited(double value);
    void dragStarted();
    void dragFinished();
    void resetRequested();
    /// The play button was toggled: sweep this parameter across its slider range.
    void playToggled(bool playing);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void onSliderMoved(int position);
    void onFieldEdited();

    const core::ParamSpec& m_spec;
    QSlider* m_slider;
    QLineEdit* m_field;
    QToolButton* m_reset;
    QToolButton* m_play;
    QLabel* m_message;
    QLabel* m_name;
    QLabel* m_fixedNote;
    QString m_fixed;
    double m_value = 0.0;
};

} // namespace actviz::ui
