// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rectifiers: ReLU, Leaky ReLU, PReLU, ReLU6, hardtanh, hardswish and the exponential linear
// units ELU, SELU, CELU. Values at the kinks follow PyTorch's autograd.

#include "kernel.h"

namespace actviz::core::kernels {

/// e^x and e^x - 1 for x <= 0 from one exponential: expm1 near 0 (where e^x - 1 cancels),
/// exp below -1/2 (where 1 + expm1 would lose e^x's low digits).
struct ExpPair {
    double e;
    double em1;
};

inline ExpPair expPairNonPositive(double x) {
    if (x > -0.5) {
        const double em1 = num::expm1(x);
        return {1.0 + em1, em1};
    }
    const double e = num::exp(x);
    return {e, e - 1.0};
}

struct Relu {
    using Prep = NoPrep;
    static FD eval(double x, const Prep&) {
        if (std::isnan(x)) return {x, x};
        if (x > 0.0) return {x, 1.0};
        return {0.0, 0.0}; // relu'(0) = 0
    }
    static std::vector<double> kinks(const double*) { return {0.0}; }
};

/// x for x > 0, slope * x otherwise; f'(0) = slope.
struct LeakyRelu {
    struct Prep {
        double slope;
        explicit Prep(const double* p)
            : slope(p[0]) {}
    };
    static FD eval(double x, const Prep& p) {
        if (std::isnan(x)) return {x, x};
        if (x > 0.0) return {x, 1.0};
        return {p.slope == 0.0 ? 0.0 : p.slope * x, p.slope}; // 0 * -inf would be NaN
    }
    static std::vector<double> kinks(const double*) { return {0.0}; }
};

/// Leaky ReLU whose slope alpha is learned: df/dalpha = x for x <= 0 (0 at x = 0).
struct Prelu : LeakyRelu {
    static double grad(double x, const Prep&, std::size_t) { return x > 0.0 ? 0.0 : x; }
};

/// clamp(x, min, max); f' = 0 at both corners.
struct HardTanh {
    struct Prep {
        double lo;
        double hi;
        explicit Prep(const double* p)
            : lo(p[0])
            , hi(p[1]) {}
    };
    static FD eval(double x, const Prep& p) {
        if (std::isnan(x)) return {x, x};
        if (x <= p.lo) return {p.lo, 0.0};
        if (x >= p.hi) return {p.hi, 0.0};
        return {x, 1.0};
    }
    static std::vector<double> kinks(const double* params) { return {params[0], params[1]}; }
};

/// min(max(x, 0), 6); f' = 0 at 0 and 6.
struct Relu6 {
    using Prep = NoPrep;
    static FD eval(double x, const Prep&) {
        if (std::isnan(x)) return {x, x};
        if (x <= 0.0) return {0.0, 0.0};
        if (x >= 6.0) return {6.0, 0.0};
        return {x, 1.0};
    }
    static std::vector<double> kinks(const double*) { return {0.0, 6.0}; }
};

/// x relu6(x + 3) / 6; f'(-3) = -1/2 and f'(3) = 3/2 as PyTorch.
struct HardSwish {
    using Prep = NoPrep;
    static FD eval(double x, const Prep&) {
        if (std::isnan(x)) return {x, x};
        if (x < -3.0) return {0.0, 0.0};
        if (x > 3.0) return {x, 1.0};
        // x (x + 3) / 6 and (x + 3/2) / 3, each rounded once: x + 3 and x + 3/2 are carried
        // exactly, because both cancel near -3 and -3/2.
        const num::DD s = num::twoSum(x, 3.0);
        const num::DD p = num::twoProd(x, s.hi);
        return {divCorrected({p.hi, p.lo + x * s.lo}, 6.0), divCorrected(num::twoSum(x, 1.5), 3.0)};
    }
    static std::vector<double> kinks(const double*) { return {-3.0, 3.0}; }
};

/// x for x > 0, alpha (e^x - 1) otherwise; f'(0) = alpha.
struct Elu {
    struct Prep {
        double alpha;
        explicit Prep(const double* p)
            : alpha(p[0]) {}
    };
    static FD eval(double x, const Prep& p) {
        if (std::isnan(x)) return {x, x};
        if (x > 0.0) return {x, 1.0};
        const ExpPair e = expPairNonPositive(x);
        return {p.alpha * e.em1, p.alpha * e.e};
    }
    static std::vector<double> kinks(const double*) { return {0.0}; }
};

/// lambda * ELU_alpha(x) with the self-normalising constants of Klambauer et al.
struct Selu {
    static constexpr double kLambda = 1.0507009873554804934;
    static constexpr double kLambdaAlpha = 1.7580993408473768599; // lambda * alpha, rounded once
    using Prep = NoPrep;
    static FD eval(double x, const Prep&) {
        if (std::isnan(x)) return {x, x};
        if (x > 0.0) return {kLambda * x, kLambda};
        const ExpPair e = expPairNonPositive(x);
        return {kLambdaAlpha * e.em1, kLambdaAlpha * e.e};
    }
    static std::vector<double> kinks(const double*) { return {0.0}; }
};

/// x for x > 0, alpha (e^{x/alpha} - 1) otherwise; f'(0) = 1.
struct Celu {
    struct Prep {
        double alpha;
        explicit Prep(const double* p)
            : alpha(p[0]) {}
    };
    static FD eval(double x, const Prep& p) {
        if (std::isnan(x)) return {x, x};
        if (x > 0.0) return {x, 1.0};
        // x / alpha carried with its remainder, so the exponential sees the exact quotient.
        const double q = x / p.alpha;
        const double qlo = std::isfinite(q) ? std::fma(-q, p.alpha, x) / p.alpha : 0.0;
        const ExpPair e = expPairNonPositive(q);
        const double e1 = e.e * (1.0 + qlo);
        return {p.alpha * (e.em1 + e.e * qlo), e1};
    }
    static std::vector<double> kinks(const double*) { return {0.0}; }
};

} // namespace actviz::core::kernels
