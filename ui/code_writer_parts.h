// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the writers of copy as code share (code_writer.cpp): the curves as the code writes them,
// and the small helpers that spell numbers, names and strings in Python. Internal to the writers.

#include "code_writer.h"

#include "actviz/core/parity.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace actviz::ui::code {

/// A visible curve as the code writes it: the function drawn (a library's flavour may compute
/// another, as JAX's GELU the tanh form) with its values, and a Python identifier.
struct CodeCurve {
    const Curve* curve;
    const core::FunctionSpec* fn; ///< the function drawn
    std::vector<double> params;   ///< its values
    QString ident;                ///< "leaky_relu", "leaky_relu_2" for a second copy
    QString label;                ///< the legend text
    QString name;                 ///< the legend text without the parameters
    core::FlavoredFunction drawn; ///< f and f' as drawn (a library's kink derivatives too)
    std::size_t index;            ///< its place in the scene's curves
};

/// The visible curves of `scene`, in order, with their identifiers and labels.
[[nodiscard]] std::vector<CodeCurve> codeCurves(const Scene& scene);

/// The row of `rows` for the catalogue function `id`, or nullptr.
template <typename Row, std::size_t N>
const Row* findRow(const std::array<Row, N>& rows, std::string_view id) {
    const auto it =
        std::find_if(rows.begin(), rows.end(), [id](const Row& r) { return r.id == id; });
    return it == rows.end() ? nullptr : &*it;
}

[[nodiscard]] QString str(std::string_view s);
/// A number as Python reads it back as the same double.
[[nodiscard]] QString pyNumber(double v);
/// A parameter's name in Python: the catalogue's id; min and max (built-ins) as PyTorch names
/// them.
[[nodiscard]] QString pyName(std::string_view id);
/// "slope=0.1, alpha=1.0": the curve's values as keyword defaults.
[[nodiscard]] QString pyDefaults(const CodeCurve& c);
/// The kinks of the curve inside [lo, hi], for the scripts' grids.
[[nodiscard]] std::vector<double> kinksIn(const CodeCurve& c, double lo, double hi);
[[nodiscard]] QString pyList(const std::vector<double>& v);
[[nodiscard]] QString pyString(const QString& s);
/// The first lines of a Python program: what it is, and where it came from.
[[nodiscard]] QString header(const QString& what);

// The writers (code_numpy.cpp, code_library.cpp, code_pgfplots.cpp).
[[nodiscard]] QString numpyProgram(const Scene& scene, const std::vector<CodeCurve>& curves);
[[nodiscard]] QString matplotlibProgram(const Scene& scene, const std::vector<CodeCurve>& curves);
[[nodiscard]] QString libraryProgram(const Scene& scene, const std::vector<CodeCurve>& curves,
                                     core::Flavor library);
[[nodiscard]] QString pgfplotsDocument(const Scene& scene, const std::vector<CodeCurve>& curves);

} // namespace actviz::ui::code
