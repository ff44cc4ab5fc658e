// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Four doubles at a time. The fast paths of the elementary functions and of the hot kernels are
// written once, as templates over T = double or T = V4 (GCC/Clang vector extensions), so the
// batch loops evaluate four points per step with exactly the operations, in exactly the order,
// that a single point uses: the results are bit for bit the same either way.
//
// Within a template, a branch on x becomes a select between both sides (lanes::select), and a
// case that needs the general scalar code (NaN, infinities, overflow, a rare range) sets a lane
// in a `bad` mask; the batch loop then evaluates that group of four one point at a time.

#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace actviz::core::lanes {

using V4 = double __attribute__((vector_size(32)));
using U4 = std::uint64_t __attribute__((vector_size(32)));
using M4 = std::int64_t __attribute__((vector_size(32))); // a comparison: all ones or zero per lane

template <class T> struct Traits;
template <> struct Traits<double> {
    using U = std::uint64_t;
    using M = bool;
};
template <> struct Traits<V4> {
    using U = U4;
    using M = M4;
};
template <class T> using UOf = typename Traits<T>::U; // the bits of T
template <class T> using MOf = typename Traits<T>::M; // a condition on T

template <class T> T splat(double v) {
    if constexpr (std::is_same_v<T, double>) {
        return v;
    } else {
        return T{v, v, v, v};
    }
}

inline double select(bool m, double a, double b) {
    return m ? a : b;
}
inline V4 select(M4 m, V4 a, V4 b) {
    return m ? a : b;
}
inline std::uint64_t select(bool m, std::uint64_t a, std::uint64_t b) {
    return m ? a : b;
}
inline U4 select(M4 m, U4 a, U4 b) {
    return m ? a : b;
}

/// A condition true in every lane.
template <class M> M everyLane() {
    if constexpr (std::is_same_v<M, bool>) {
        return true;
    } else {
        return M{-1, -1, -1, -1};
    }
}

inline bool all(bool m) {
    return m;
}
inline bool all(M4 m) {
    return (m[0] & m[1] & m[2] & m[3]) != 0;
}

inline bool any(bool m) {
    return m;
}
inline bool any(M4 m) {
    return (m[0] | m[1] | m[2] | m[3]) != 0;
}

inline double fma(double a, double b, double c) {
    return std::fma(a, b, c);
}
/// One vfmadd on FMA CPUs (the loop is vectorised); exact either way.
inline V4 fma(V4 a, V4 b, V4 c) {
    V4 r;
    for (int i = 0; i < 4; ++i)
        r[i] = std::fma(a[i], b[i], c[i]);
    return r;
}
inline V4 fma(V4 a, V4 b, double c) {
    return fma(a, b, V4{c, c, c, c});
}
inline V4 fma(V4 a, double b, V4 c) {
    return fma(a, V4{b, b, b, b}, c);
}
inline V4 fma(double a, V4 b, V4 c) {
    return fma(V4{a, a, a, a}, b, c);
}

inline double sqrt(double x) {
    return std::sqrt(x);
}
/// One vsqrtpd (the core is built without errno, so sqrt is a plain instruction).
inline V4 sqrt(V4 x) {
    V4 r;
    for (int i = 0; i < 4; ++i)
        r[i] = std::sqrt(x[i]);
    return r;
}

inline std::uint64_t bits(double x) {
    return std::bit_cast<std::uint64_t>(x);
}
inline U4 bits(V4 x) {
    return std::bit_cast<U4>(x);
}
inline double fromBits(std::uint64_t u) {
    return std::bit_cast<double>(u);
}
inline V4 fromBits(U4 u) {
    return std::bit_cast<V4>(u);
}

inline double abs(double x) {
    return std::fabs(x);
}
inline V4 abs(V4 x) {
    return fromBits(bits(x) & 0x7fffffffffffffffULL);
}

inline double copysign(double m, double s) {
    return std::copysign(m, s);
}
inline V4 copysign(V4 m, V4 s) {
    const U4 sign = U4{} + 0x8000000000000000ULL;
    return fromBits((bits(m) & ~sign) | (bits(s) & sign));
}

/// Per-lane x != x.
template <class T> MOf<T> isNaN(T x) {
    return x != x;
}

/// t[i], lane by lane.
inline double lookup(const double* t, std::uint64_t i) {
    return t[i];
}
inline std::uint64_t lookup(const std::uint64_t* t, std::uint64_t i) {
    return t[i];
}
inline V4 lookup(const double* t, U4 i) {
    return V4{t[i[0]], t[i[1]], t[i[2]], t[i[3]]};
}
inline U4 lookup(const std::uint64_t* t, U4 i) {
    return U4{t[i[0]], t[i[1]], t[i[2]], t[i[3]]};
}

/// Row i of a table, lane by lane: rows(t, i)[k] is t[i][k].
template <std::size_t W> const double* rows(const double (*t)[W], std::uint64_t i) {
    return t[i];
}
inline V4 load(const double* p);

/// The rows of four lanes, transposed (a handful of shuffles instead of a gather per column).
template <std::size_t W> struct Rows4 {
    static_assert(W == 2 || W % 4 == 0);
    V4 c[W];
    V4 operator[](int k) const { return c[k]; }
};
template <std::size_t W> Rows4<W> rows(const double (*t)[W], U4 i) {
    Rows4<W> r;
    if constexpr (W == 2) {
        using V2 = double __attribute__((vector_size(16)));
        V2 a, b, c, d;
        __builtin_memcpy(&a, t[i[0]], sizeof a);
        __builtin_memcpy(&b, t[i[1]], sizeof b);
        __builtin_memcpy(&c, t[i[2]], sizeof c);
        __builtin_memcpy(&d, t[i[3]], sizeof d);
        const V4 ab = __builtin_shufflevector(a, b, 0, 1, 2, 3); // a0 a1 b0 b1
        const V4 cd = __builtin_shufflevector(c, d, 0, 1, 2, 3);
        r.c[0] = __builtin_shufflevector(ab, cd, 0, 2, 4, 6);
        r.c[1] = __builtin_shufflevector(ab, cd, 1, 3, 5, 7);
    } else {
        for (std::size_t k = 0; k < W; k += 4) {
            const V4 a = load(t[i[0]] + k), b = load(t[i[1]] + k);
            const V4 c = load(t[i[2]] + k), d = load(t[i[3]] + k);
            const V4 ab0 = __builtin_shufflevector(a, b, 0, 4, 2, 6); // a0 b0 a2 b2
            const V4 ab1 = __builtin_shufflevector(a, b, 1, 5, 3, 7); // a1 b1 a3 b3
            const V4 cd0 = __builtin_shufflevector(c, d, 0, 4, 2, 6);
            const V4 cd1 = __builtin_shufflevector(c, d, 1, 5, 3, 7);
            r.c[k] = __builtin_shufflevector(ab0, cd0, 0, 1, 4, 5); // a0 b0 c0 d0
            r.c[k + 1] = __builtin_shufflevector(ab1, cd1, 0, 1, 4, 5);
            r.c[k + 2] = __builtin_shufflevector(ab0, cd0, 2, 3, 6, 7);
            r.c[k + 3] = __builtin_shufflevector(ab1, cd1, 2, 3, 6, 7);
        }
    }
    return r;
}

inline V4 load(const double* p) {
    V4 v;
    __builtin_memcpy(&v, p, sizeof v);
    return v;
}
inline void store(double* p, V4 v) {
    __builtin_memcpy(p, &v, sizeof v);
}

} // namespace actviz::core::lanes
