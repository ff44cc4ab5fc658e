#pragma once
// Turns a kernel struct (see kernels/kernel.h) into the batch loops a catalogue row points to.

#include "actviz/core/catalogue.h"
#include "kernels/kernel.h"

#include <algorithm>
#include <utility>

namespace actviz::core::detail {

// The batch loops are compiled twice, for CPUs with and without FMA, and the right copy is
// picked when the program loads: the kernels' error-free products (std::fma) then cost one
// instruction instead of a library call. Results are identical (fma is exact either way, and
// contraction is off).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define ACTVIZ_FMA_CLONES __attribute__((flatten, target_clones("fma", "default")))
#else
#define ACTVIZ_FMA_CLONES
#endif

template <class K>
ACTVIZ_FMA_CLONES void evalBatch(std::span<const double> x, const double* params, double* f,
                                 double* df) {
    const typename K::Prep prep(params);
    const std::size_t n = x.size();
    const double* xs = x.data();
    if (f != nullptr && df != nullptr) {
        for (std::size_t i = 0; i < n; ++i) {
            const kernels::FD r = K::eval(xs[i], prep);
            f[i] = r.f;
            df[i] = r.df;
        }
    } else if (f != nullptr) {
        for (std::size_t i = 0; i < n; ++i)
            f[i] = K::eval(xs[i], prep).f;
    } else if (df != nullptr) {
        for (std::size_t i = 0; i < n; ++i)
            df[i] = K::eval(xs[i], prep).df;
    }
}

template <class K>
concept HasGrad = requires(const typename K::Prep& p) {
    { K::grad(0.0, p, std::size_t{}) } -> std::same_as<double>;
};

template <class K>
ACTVIZ_FMA_CLONES void gradBatch(std::span<const double> x, const double* params, std::size_t param,
                                 double* out) {
    if constexpr (HasGrad<K>) {
        const typename K::Prep prep(params);
        for (std::size_t i = 0; i < x.size(); ++i)
            out[i] = K::grad(x[i], prep, param);
    } else {
        std::fill(out, out + x.size(), num::kNaN);
    }
}

template <class K> std::vector<double> kinksOf(const double* params) {
    if constexpr (requires { K::kinks(params); }) {
        return K::kinks(params);
    } else {
        return {};
    }
}

} // namespace actviz::core::detail
