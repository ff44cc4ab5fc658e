// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// High-precision reference values (50 significant digits) for every catalogue function, written
// from the definitions with Boost.Multiprecision, independently of the double kernels.

#include <boost/multiprecision/cpp_bin_float.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace actviz::test {

using Real = boost::multiprecision::cpp_bin_float_50;

/// f, f' and df/dparam (per parameter index; empty optional where not learnable).
struct RefValue {
    Real f;
    Real df;
    std::vector<std::optional<Real>> grads;
};

/// The reference at x for the function `id`, with the parameters as doubles; x = +-inf is
/// evaluated at +-1e4000, whose values round to the limits in double. nullopt for an unknown id.
std::optional<RefValue> reference(std::string_view id, double x, const std::vector<double>& params);

/// Whether a reference exists for `id`.
bool hasReference(std::string_view id);

} // namespace actviz::test
