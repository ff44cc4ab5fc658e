// SPDX-License-Identifier: GPL-3.0-or-later
#include "actviz/core/chain.h"

#include "actviz/core/catalogue.h"

#include <cmath>

namespace actviz::core {

std::vector<double> chainGradient(const FunctionSpec& fn, std::span<const double> params,
                                  int layers, double weight, double input) {
    if (fn.validate(params) || layers < 1 || layers > 100000 || !std::isfinite(weight) ||
        !std::isfinite(input))
        return {};
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(layers));
    double h = input;
    double product = 1.0;
    for (int l = 0; l < layers; ++l) {
        const double z = weight * h;
        product *= std::fabs(weight * fn.df(z, params));
        h = fn.f(z, params);
        out.push_back(product);
    }
    return out;
}

} // namespace actviz::core
