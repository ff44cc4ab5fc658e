// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the mouse and keys do on the plot: one table, read by the plot's description for screen
// readers and by Help → Keyboard shortcuts.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace actviz::ui {

struct PlotGesture {
    const char* input;  ///< the keys or the mouse action, untranslated
    const char* effect; ///< what it does, untranslated
};

/// Translation context of the table's texts.
inline constexpr char kPlotGestureContext[] = "PlotGestures";

inline constexpr PlotGesture kPlotGestures[] = {
    {QT_TRANSLATE_NOOP("PlotGestures", "Mouse wheel"), QT_TRANSLATE_NOOP("PlotGestures", "zoom")},
    {QT_TRANSLATE_NOOP("PlotGestures", "Drag"), QT_TRANSLATE_NOOP("PlotGestures", "pan")},
    {QT_TRANSLATE_NOOP("PlotGestures", "Home"),
     QT_TRANSLATE_NOOP("PlotGestures", "back to the scene's view")},
    {QT_TRANSLATE_NOOP("PlotGestures", "Ctrl+C"),
     QT_TRANSLATE_NOOP("PlotGestures", "copy the plot as image and SVG")},
    {QT_TRANSLATE_NOOP("PlotGestures", "Hover"),
     QT_TRANSLATE_NOOP("PlotGestures", "exact values of every curve at x")},
    {QT_TRANSLATE_NOOP("PlotGestures", "Click a curve"),
     QT_TRANSLATE_NOOP("PlotGestures", "pin a tangent")},
    {QT_TRANSLATE_NOOP("PlotGestures", "Drag a tangent's point"),
     QT_TRANSLATE_NOOP("PlotGestures", "move it along the curve")},
    {QT_TRANSLATE_NOOP("PlotGestures", "Right-click a tangent"),
     QT_TRANSLATE_NOOP("PlotGestures", "remove it")},
};

/// The table in the current language, as (input, effect) pairs.
inline std::vector<std::pair<QString, QString>> plotGestures() {
    std::vector<std::pair<QString, QString>> rows;
    for (const PlotGesture& g : kPlotGestures)
        rows.emplace_back(QCoreApplication::translate(kPlotGestureContext, g.input),
                          QCoreApplication::translate(kPlotGestureContext, g.effect));
    return rows;
}

/// The table as one line ("Mouse wheel: zoom; Drag: pan; ..."), for screen readers.
inline QString describePlotGestures() {
    QStringList parts;
    for (const auto& [input, effect] : plotGestures())
        parts << input + QStringLiteral(": ") + effect;
    return parts.join(QStringLiteral("; "));
}

} // namespace actviz::ui
