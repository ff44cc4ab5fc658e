// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The functions GiNaC is taught, with their derivatives: erf, log1p, expm1, |.| and sign, the
// branches ifgt(u, a, b) (a where u > 0, else b) and ifge (u >= 0), and the catalogue's
// functions: cat(index, u, p0, p1) is catalogue()[index] at u with parameters p0 and p1 (unused
// ones 0), catd its f', catg(index, k, u, p0, p1) its df/dparam k. A catalogue function's f' and
// df/dparam are functions of their own, so derivatives call the exact kernels too.

#include <ginac/ginac.h>

#include <cstddef>
#include <string>

namespace actviz::core {
struct FunctionSpec;
}

namespace actviz::core::formula {

/// Catalogue functions in formulas take at most this many parameters (cat's p0 and p1).
inline constexpr std::size_t kMaxCatalogueParameters = 2;

DECLARE_FUNCTION_1P(actviz_erf)
DECLARE_FUNCTION_1P(actviz_log1p)
DECLARE_FUNCTION_1P(actviz_expm1)
DECLARE_FUNCTION_1P(actviz_sign)
DECLARE_FUNCTION_1P(actviz_abs)
DECLARE_FUNCTION_3P(actviz_ifgt)
DECLARE_FUNCTION_3P(actviz_ifge)
DECLARE_FUNCTION_4P(actviz_cat)
DECLARE_FUNCTION_4P(actviz_catd)
DECLARE_FUNCTION_5P(actviz_catg)

/// Whether e is a call of the function with this serial.
[[nodiscard]] bool isFunction(const GiNaC::ex& e, unsigned serial);
/// The catalogue row cat's first argument names, and back.
[[nodiscard]] const FunctionSpec& catalogueAt(const GiNaC::ex& index);
[[nodiscard]] std::size_t catalogueIndex(const FunctionSpec& fn);
/// Whether a term is written with a minus: a negative number or coefficient.
[[nodiscard]] bool negative(const GiNaC::ex& t);
/// Whether e is a branch (ifgt, ifge) choosing between the numbers 1 and 0.
[[nodiscard]] bool isIndicator(const GiNaC::ex& e);

} // namespace actviz::core::formula
