// SPDX-License-Identifier: GPL-3.0-or-later
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
// contraction is off). Loops over lanes get an AVX2 copy (x86-64-v3: AVX2, FMA), where four
// doubles fill one register; elsewhere they run as two SSE2 halves.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define ACTVIZ_FMA_CLONES __attribute__((flatten, target_clones("fma", "default")))
#define ACTVIZ_LANE_CLONES __attribute__((flatten, target_clones("arch=x86-64-v3", "default")))
#else
#define ACTVIZ_FMA_CLONES
#define ACTVIZ_LANE_CLONES
#endif

template <class K>
concept HasLanes = requires(lanes::V4 x, const typename K::Prep& p, lanes::M4& bad) {
    { K::fast(x, p, bad) } -> std::same_as<kernels::FDOf<lanes::V4>>;
};

template <class K>
ACTVIZ_LANE_CLONES void evalBatch(std::span<const double> x, const double* params, double* f,
                                  double* df) {
    const typename K::Prep prep(params);
    const std::size_t n = x.size();
    const double* xs = x.data();
    std::size_t i = 0;
    if constexpr (HasLanes<K>) {
        // Four points per step; a group with a point off the fast path is redone one by one.
        for (; i + 4 <= n; i += 4) {
            lanes::M4 bad{};
            const kernels::FDOf<lanes::V4> r = K::fast(lanes::load(xs + i), prep, bad);
            if (lanes::any(bad)) [[unlikely]] {
                for (std::size_t j = i; j < i + 4; ++j) {
                    const kernels::FD s = K::eval(xs[j], prep);
                    if (f != nullptr) f[j] = s.f;
                    if (df != nullptr) df[j] = s.df;
                }
                continue;
            }
            if (f != nullptr) lanes::store(f + i, r.f);
            if (df != nullptr) lanes::store(df + i, r.df);
        }
    }
    if (f != nullptr && df != nullptr) {
        for (; i < n; ++i) {
            const kernels::FD r = K::eval(xs[i], prep);
            f[i] = r.f;
            df[i] = r.df;
        }
    } else if (f != nullptr) {
        for (; i < n; ++i)
            f[i] = K::eval(xs[i], prep).f;
    } else if (df != nullptr) {
        for (; i < n; ++i)
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
