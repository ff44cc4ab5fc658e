// SPDX-License-Identifier: GPL-3.0-or-later
// The functions GiNaC is taught (ginac_functions.h): their derivatives and evaluation rules.

#include "ginac_functions.h"

#include "actviz/core/catalogue.h"

#include <stdexcept>

namespace actviz::core::formula {
namespace {

using GiNaC::ex;

// --- the functions GiNaC is taught

ex erfDerivative(const ex& u, unsigned /*param*/) {
    return 2 / GiNaC::sqrt(GiNaC::Pi) * GiNaC::exp(-GiNaC::pow(u, 2));
}
ex log1pDerivative(const ex& u, unsigned /*param*/) {
    return GiNaC::pow(1 + u, -1);
}
ex expm1Derivative(const ex& u, unsigned /*param*/) {
    return GiNaC::exp(u);
}

ex signDerivative(const ex& /*u*/, unsigned /*param*/) {
    return 0;
}

/// |u|, with derivative sign(u) (0 at 0, as PyTorch's).
ex absDerivative(const ex& u, unsigned /*param*/) {
    return actviz_sign(u);
}

// Branches: ifgt(u, a, b) is a where u > 0, else b; ifge likewise with u >= 0. A branch's
// derivative is the derivative of the branch taken (the condition's own is 0 almost everywhere).

ex branchEval(bool strict, const ex& u, const ex& a, const ex& b) {
    if (a.is_equal(b)) return a;
    if (GiNaC::is_exactly_a<GiNaC::numeric>(u) && GiNaC::ex_to<GiNaC::numeric>(u).is_real()) {
        const auto& n = GiNaC::ex_to<GiNaC::numeric>(u);
        return (strict ? n.is_positive() : !n.is_negative()) ? a : b;
    }
    return strict ? actviz_ifgt(u, a, b).hold() : actviz_ifge(u, a, b).hold();
}
ex ifgtEval(const ex& u, const ex& a, const ex& b) {
    return branchEval(true, u, a, b);
}
ex ifgeEval(const ex& u, const ex& a, const ex& b) {
    return branchEval(false, u, a, b);
}
ex ifgtDerivative(const ex& u, const ex& /*a*/, const ex& /*b*/, unsigned param) {
    if (param == 0) return 0;
    return param == 1 ? actviz_ifgt(u, 1, 0) : actviz_ifgt(u, 0, 1);
}
ex ifgeDerivative(const ex& u, const ex& /*a*/, const ex& /*b*/, unsigned param) {
    if (param == 0) return 0;
    return param == 1 ? actviz_ifge(u, 1, 0) : actviz_ifge(u, 0, 1);
}

// Catalogue functions: cat(index, u, p0, p1) is catalogue()[index] at u with parameters p0, p1
// (unused ones 0); catd is its f', catg(index, k, u, p0, p1) its df/dparam k.

ex catDerivative(const ex& index, const ex& u, const ex& p0, const ex& p1, unsigned param) {
    if (param == 0) return 0;
    if (param == 1) return actviz_catd(index, u, p0, p1);
    return actviz_catg(index, param - 2, u, p0, p1);
}
ex noSecondDerivative(const ex&, const ex&, const ex&, const ex&, unsigned) {
    throw std::runtime_error("second derivatives of catalogue functions are not available");
}
ex noSecondDerivative5(const ex&, const ex&, const ex&, const ex&, const ex&, unsigned) {
    throw std::runtime_error("second derivatives of catalogue functions are not available");
}

} // namespace

REGISTER_FUNCTION(actviz_erf, derivative_func(erfDerivative))
REGISTER_FUNCTION(actviz_log1p, derivative_func(log1pDerivative))
REGISTER_FUNCTION(actviz_expm1, derivative_func(expm1Derivative))
REGISTER_FUNCTION(actviz_sign, derivative_func(signDerivative))
REGISTER_FUNCTION(actviz_abs, derivative_func(absDerivative))
REGISTER_FUNCTION(actviz_ifgt, eval_func(ifgtEval).derivative_func(ifgtDerivative))
REGISTER_FUNCTION(actviz_ifge, eval_func(ifgeEval).derivative_func(ifgeDerivative))
REGISTER_FUNCTION(actviz_cat, derivative_func(catDerivative))
REGISTER_FUNCTION(actviz_catd, derivative_func(noSecondDerivative))
REGISTER_FUNCTION(actviz_catg, derivative_func(noSecondDerivative5))

bool isFunction(const ex& e, unsigned serial) {
    return GiNaC::is_exactly_a<GiNaC::function>(e) &&
           GiNaC::ex_to<GiNaC::function>(e).get_serial() == serial;
}

const FunctionSpec& catalogueAt(const ex& index) {
    return catalogue()[static_cast<std::size_t>(GiNaC::ex_to<GiNaC::numeric>(index).to_int())];
}

std::size_t catalogueIndex(const FunctionSpec& fn) {
    return static_cast<std::size_t>(&fn - catalogue().data());
}

bool negative(const ex& t) {
    if (GiNaC::is_exactly_a<GiNaC::numeric>(t))
        return GiNaC::ex_to<GiNaC::numeric>(t).is_negative();
    if (GiNaC::is_exactly_a<GiNaC::mul>(t)) {
        const ex c = t.op(t.nops() - 1);
        return GiNaC::is_exactly_a<GiNaC::numeric>(c) &&
               GiNaC::ex_to<GiNaC::numeric>(c).is_negative();
    }
    return false;
}

bool isIndicator(const ex& e) {
    if (!isFunction(e, actviz_ifgt_SERIAL::serial) && !isFunction(e, actviz_ifge_SERIAL::serial))
        return false;
    const ex& a = e.op(1);
    const ex& b = e.op(2);
    return (a.is_equal(1) && b.is_zero()) || (a.is_zero() && b.is_equal(1));
}

} // namespace actviz::core::formula
