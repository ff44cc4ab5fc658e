// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace actviz::ui {
namespace {

constexpr std::array kWords{
    // families
    QT_TRANSLATE_NOOP("Catalogue", "S-shaped"),
    QT_TRANSLATE_NOOP("Catalogue", "ReLU family"),
    QT_TRANSLATE_NOOP("Catalogue", "Smooth rectifiers"),
    QT_TRANSLATE_NOOP("Catalogue", "Output layer"),
    // parameters
    QT_TRANSLATE_NOOP("Catalogue", "curvature near 0"),
    QT_TRANSLATE_NOOP("Catalogue", "gate sharpness"),
    QT_TRANSLATE_NOOP("Catalogue", "learned negative slope"),
    QT_TRANSLATE_NOOP("Catalogue", "linear above beta x >"),
    QT_TRANSLATE_NOOP("Catalogue", "lower limit"),
    QT_TRANSLATE_NOOP("Catalogue", "negative slope"),
    QT_TRANSLATE_NOOP("Catalogue", "number of other logits"),
    QT_TRANSLATE_NOOP("Catalogue", "other logits"),
    QT_TRANSLATE_NOOP("Catalogue", "saturation value"),
    QT_TRANSLATE_NOOP("Catalogue", "sharpness"),
    QT_TRANSLATE_NOOP("Catalogue", "smoothing"),
    QT_TRANSLATE_NOOP("Catalogue", "upper limit"),
    // constraints between parameters
    QT_TRANSLATE_NOOP("Catalogue", "the lower limit must stay below the upper limit"),
    // the curves functions tend to (ghosts); Greek names are put in after translation
    QT_TRANSLATE_NOOP("Catalogue", "ReLU (beta -> inf)"),
    QT_TRANSLATE_NOOP("Catalogue", "x/2 (beta = 0)"),
    QT_TRANSLATE_NOOP("Catalogue", "ReLU (b -> 0)"),
    QT_TRANSLATE_NOOP("Catalogue", "Leaky ReLU, slope alpha (mu -> 0)"),
    QT_TRANSLATE_NOOP("Catalogue", "GELU (alpha = 0, mu = 1/sqrt 2)"),
    QT_TRANSLATE_NOOP("Catalogue", "Leaky ReLU, slope alpha (mu -> inf)"),
    QT_TRANSLATE_NOOP("Catalogue", "GELU (exact)"),
};

} // namespace

QString catalogueText(std::string_view english) {
    const QByteArray key(english.data(), static_cast<qsizetype>(english.size()));
    return QCoreApplication::translate("Catalogue", key.constData());
}

bool catalogueTextListed(std::string_view english) {
    return std::any_of(kWords.begin(), kWords.end(), [&](const char* w) { return english == w; });
}

} // namespace actviz::ui
