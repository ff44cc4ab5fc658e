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
    // how PyTorch, JAX and Keras define a function (core/src/parity.cpp)
    QT_TRANSLATE_NOOP("Catalogue", "Keras 3.7 and later"),
    QT_TRANSLATE_NOOP("Catalogue", "default b = 4"),
    QT_TRANSLATE_NOOP("Catalogue", "default b = 4 (Keras 3.7 and later)"),
    QT_TRANSLATE_NOOP("Catalogue", "default slope 0.2 (the layer keras.layers.LeakyReLU: 0.3, as "
                                   "Keras 2's alpha); its gradient at 0 is the backend's"),
    QT_TRANSLATE_NOOP("Catalogue", "exact by default (approximate='none')"),
    QT_TRANSLATE_NOOP("Catalogue",
                      "exact by default (approximate=False; keras.ops.gelu defaults to True)"),
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "f' is float's 1/6, 0.16666667163..., even in float64 (a float constant in its kernel)"),
    QT_TRANSLATE_NOOP("Catalogue", "gradient 0 at -3 and 1 at 3, not -0.5 and 1.5"),
    QT_TRANSLATE_NOOP("Catalogue", "gradient 0 at 0 by its custom JVP"),
    QT_TRANSLATE_NOOP("Catalogue", "gradient 1 at 0 (where(x >= 0, x, slope x)), not the slope"),
    QT_TRANSLATE_NOOP("Catalogue", "in recent versions only"),
    QT_TRANSLATE_NOOP("Catalogue", "its default"),
    QT_TRANSLATE_NOOP("Catalogue", "its gradient at a kink is the backend's (PyTorch's or JAX's)"),
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "limits fixed at -1 and 1 (Keras 3.7 and later); its gradient at them is the backend's"),
    QT_TRANSLATE_NOOP("Catalogue", "limits fixed at -1 and 1; gradient 1 at them, not 0"),
    QT_TRANSLATE_NOOP("Catalogue", "log(1 + e^x) (logaddexp(x, 0)): no beta, no threshold"),
    QT_TRANSLATE_NOOP("Catalogue", "log(1 + e^x): no beta, no threshold"),
    QT_TRANSLATE_NOOP("Catalogue",
                      "no beta: beta is 1 (x * torch.sigmoid(beta * x) by hand for others)"),
    QT_TRANSLATE_NOOP("Catalogue", "no beta: the same as jax.nn.silu, beta 1"),
    QT_TRANSLATE_NOOP("Catalogue", "no beta: the same as silu, beta 1"),
    QT_TRANSLATE_NOOP("Catalogue", "only as the layer keras.layers.PReLU"),
    QT_TRANSLATE_NOOP("Catalogue",
                      "relu6(x + 3)/6 in Keras 3; Keras 2 used 0.2x + 0.5 clipped to [0, 1]"),
    QT_TRANSLATE_NOOP(
        "Catalogue",
        "the tanh approximation by default (approximate=True); approximate=False is exact"),
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
