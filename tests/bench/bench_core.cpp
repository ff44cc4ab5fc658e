// SPDX-License-Identifier: GPL-3.0-or-later
// f + f' of every catalogue function over 1e6 points of [-10, 10], ns per element, beside the
// textbook ("naive") formula of the same function timed in the same run, and a plain copy.
// The closing table gives each function's time and its ratio to the naive formula.

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <vector>

namespace {

using actviz::core::FunctionSpec;

constexpr std::size_t kPoints = 1'000'000;

const std::vector<double>& grid() {
    static const std::vector<double> xs = [] {
        std::vector<double> v(kPoints);
        for (std::size_t i = 0; i < kPoints; ++i)
            v[i] = -10.0 + 20.0 * static_cast<double>(i) / static_cast<double>(kPoints - 1);
        return v;
    }();
    return xs;
}

double sig(double x) {
    return 1.0 / (1.0 + std::exp(-x));
}

/// Textbook formulas at the default parameters, as one would write them in numpy.
using Naive = void (*)(double x, double& f, double& df);
const std::map<std::string, Naive, std::less<>> kNaive = {
    {"sigmoid", [](double x, double& f, double& d) { f = sig(x), d = f * (1 - f); }},
    {"tanh", [](double x, double& f, double& d) { f = std::tanh(x), d = 1 - f * f; }},
    {"relu", [](double x, double& f, double& d) { f = std::max(0.0, x), d = x > 0; }},
    {"softmax",
     [](double x, double& f, double& d) {
         const double e = std::exp(x);
         f = e / (e + 1.0), d = f * (1 - f);
     }},
    {"leaky_relu",
     [](double x, double& f, double& d) { f = std::max(0.01 * x, x), d = x > 0 ? 1.0 : 0.01; }},
    {"elu", [](double x, double& f,
               double& d) { f = x > 0 ? x : std::exp(x) - 1, d = x > 0 ? 1 : std::exp(x); }},
    {"prelu",
     [](double x, double& f, double& d) { f = std::max(0.25 * x, x), d = x > 0 ? 1.0 : 0.25; }},
    {"swish",
     [](double x, double& f, double& d) {
         const double s = sig(x);
         f = x * s, d = s + x * s * (1 - s);
     }},
    {"squareplus",
     [](double x, double& f, double& d) {
         const double r = std::sqrt(x * x + 0.2);
         f = 0.5 * (x + r), d = 0.5 * (1 + x / r);
     }},
    {"smu",
     [](double x, double& f, double& d) {
         const double a = 0.25, mu = 1e6, z = mu * (1 - a) * x;
         f = ((1 + a) * x + (1 - a) * x * std::erf(z)) / 2;
         d = ((1 + a) + (1 - a) * std::erf(z) +
              (1 - a) * x * 1.1283791670955126 * std::exp(-z * z) * mu * (1 - a)) /
             2;
     }},
    {"smu1",
     [](double x, double& f, double& d) {
         const double a = 0.25, mu = 4.352665993287951e-9, w = (1 - a) * x;
         const double r = std::sqrt(w * w + mu * mu);
         f = ((1 + a) * x + r) / 2, d = ((1 + a) + (1 - a) * w / r) / 2;
     }},
    {"gelu",
     [](double x, double& f, double& d) {
         const double cdf = 0.5 * (1 + std::erf(x / std::sqrt(2.0)));
         f = x * cdf, d = cdf + x * std::exp(-0.5 * x * x) / std::sqrt(2 * M_PI);
     }},
    {"gelu_tanh",
     [](double x, double& f, double& d) {
         const double c = std::sqrt(2 / M_PI), u = c * (x + 0.044715 * x * x * x);
         const double t = std::tanh(u);
         f = 0.5 * x * (1 + t),
         d = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * c * (1 + 0.134145 * x * x);
     }},
    {"silu",
     [](double x, double& f, double& d) {
         const double s = sig(x);
         f = x * s, d = s + x * s * (1 - s);
     }},
    {"mish",
     [](double x, double& f, double& d) {
         const double t = std::tanh(std::log1p(std::exp(x)));
         f = x * t, d = t + x * sig(x) * (1 - t * t);
     }},
    {"softplus", [](double x, double& f, double& d) { f = std::log1p(std::exp(x)), d = sig(x); }},
    {"selu",
     [](double x, double& f, double& d) {
         const double l = 1.0507009873554805, a = 1.6732632423543772;
         f = x > 0 ? l * x : l * a * (std::exp(x) - 1), d = x > 0 ? l : l * a * std::exp(x);
     }},
    {"celu", [](double x, double& f,
                double& d) { f = x > 0 ? x : std::exp(x) - 1, d = x > 0 ? 1 : std::exp(x); }},
    {"softsign",
     [](double x, double& f, double& d) {
         f = x / (1 + std::fabs(x)), d = 1 / ((1 + std::fabs(x)) * (1 + std::fabs(x)));
     }},
    {"hardtanh",
     [](double x, double& f, double& d) { f = std::clamp(x, -1.0, 1.0), d = (x > -1 && x < 1); }},
    {"hardsigmoid",
     [](double x, double& f, double& d) {
         f = std::clamp(x / 6 + 0.5, 0.0, 1.0), d = (x > -3 && x < 3) ? 1.0 / 6 : 0.0;
     }},
    {"hardswish",
     [](double x, double& f, double& d) {
         f = x * std::clamp(x + 3, 0.0, 6.0) / 6, d = x < -3 ? 0 : x > 3 ? 1 : x / 3 + 0.5;
     }},
    {"relu6",
     [](double x, double& f, double& d) { f = std::clamp(x, 0.0, 6.0), d = (x > 0 && x < 6); }},
    {"log_sigmoid",
     [](double x, double& f, double& d) { f = -std::log1p(std::exp(-x)), d = 1 - sig(x); }},
    {"tanhshrink",
     [](double x, double& f, double& d) {
         const double t = std::tanh(x);
         f = x - t, d = t * t;
     }},
};

void setRate(benchmark::State& state) {
    state.counters["ns_per_element"] =
        benchmark::Counter(static_cast<double>(kPoints) * static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void benchCopy(benchmark::State& state) {
    const std::vector<double>& xs = grid();
    std::vector<double> out(kPoints);
    for (auto _ : state) {
        std::memcpy(out.data(), xs.data(), kPoints * sizeof(double));
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    setRate(state);
}

void benchOurs(benchmark::State& state, const FunctionSpec* fn) {
    const std::vector<double>& xs = grid();
    const std::vector<double> params = fn->defaults();
    std::vector<double> f(kPoints), df(kPoints);
    for (auto _ : state) {
        fn->evaluate(xs, params, f, df);
        benchmark::DoNotOptimize(f.data());
        benchmark::DoNotOptimize(df.data());
        benchmark::ClobberMemory();
    }
    setRate(state);
}

/// The same batch evaluated in slices small enough to stay on one thread.
void benchOursOneThread(benchmark::State& state, const FunctionSpec* fn) {
    const std::vector<double>& xs = grid();
    const std::vector<double> params = fn->defaults();
    std::vector<double> f(kPoints), df(kPoints);
    constexpr std::size_t kSlice = 32768;
    for (auto _ : state) {
        for (std::size_t b = 0; b < kPoints; b += kSlice) {
            const std::size_t n = std::min(kSlice, kPoints - b);
            fn->evaluate(std::span(xs).subspan(b, n), params, std::span(f).subspan(b, n),
                         std::span(df).subspan(b, n));
        }
        benchmark::DoNotOptimize(f.data());
        benchmark::DoNotOptimize(df.data());
        benchmark::ClobberMemory();
    }
    setRate(state);
}

void benchNaive(benchmark::State& state, Naive naive) {
    const std::vector<double>& xs = grid();
    std::vector<double> f(kPoints), df(kPoints);
    for (auto _ : state) {
        for (std::size_t i = 0; i < kPoints; ++i)
            naive(xs[i], f[i], df[i]);
        benchmark::DoNotOptimize(f.data());
        benchmark::DoNotOptimize(df.data());
        benchmark::ClobberMemory();
    }
    setRate(state);
}

/// Typed formulas: label, text. The last has 23 nodes in its tree (operators, calls, leaves).
const std::vector<std::pair<std::string, std::string>> kFormulas{
    {"mish-typed", "x*tanh(softplus(x))"},
    {"swish-typed", "x*sigmoid(beta*x)"},
    {"23-nodes", "x*sigmoid(b*x) + a*tanh(x/2) - c*log1p(exp(-abs(x)))*x"},
};

const FunctionSpec* typed(const std::string& text) {
    const auto r = actviz::core::compileFormula(text);
    if (r.error) {
        std::fprintf(stderr, "%s: %s\n", text.c_str(), r.error->message.c_str());
        std::exit(1);
    }
    return r.function->spec;
}

/// Console output as usual, plus a closing table: ns per element and the ratio to naive.
class TableReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& r : runs) {
            if (r.run_type != Run::RT_Iteration && r.aggregate_name != "median") continue;
            const auto it = r.counters.find("ns_per_element");
            if (it == r.counters.end()) continue;
            std::string name = r.benchmark_name();
            name = name.substr(0, name.find("/min_time"));
            name = name.substr(0, name.find("/real_time"));
            name = name.substr(0, name.find("_median"));
            m_ns[name] = it->second.value * 1e9; // seconds per element -> ns
        }
    }
    void Finalize() override {
        ConsoleReporter::Finalize();
        const double copy = m_ns.count("copy") ? m_ns["copy"] : 0.0;
        std::printf(
            "\nf + f' over %zu points of [-10, 10], ns per element of wall time (copy: %.2f ns);\n"
            "actviz: one batch call (split across the hardware threads); 1 thread: the same\n"
            "in slices of 32768 points; naive: the textbook formula, one thread\n",
            kPoints, copy);
        std::printf("%-12s %9s %9s %9s %9s %9s %7s %7s\n", "function", "actviz", "1 thread",
                    "naive", "ratio", "ratio 1t", "<=10ns", "1t");
        auto ns = [&](const std::string& key) { return m_ns.count(key) ? m_ns[key] : NAN; };
        std::printf("\nTyped formulas, f + f' (compiled programs, 1 thread), against catalogue "
                    "Mish in the same run:\n");
        std::printf("%-12s %9s %9s %7s\n", "formula", "1 thread", "/ Mish", "<=50ns");
        for (const auto& [label, text] : kFormulas) {
            const double one = ns("formula-1t/" + label);
            std::printf("%-12s %9.2f %9.2f %7s\n", label.c_str(), one, one / ns("actviz-1t/mish"),
                        one <= 50.0 ? "yes" : "NO");
        }
        for (const FunctionSpec& fn : actviz::core::catalogue()) {
            const std::string id(fn.id);
            auto ns = [&](const std::string& key) { return m_ns.count(key) ? m_ns[key] : NAN; };
            const double ours = ns("actviz/" + id), one = ns("actviz-1t/" + id),
                         naive = ns("naive/" + id);
            std::printf("%-12s %9.2f %9.2f %9.2f %9.2f %9.2f %7s %7s\n", id.c_str(), ours, one,
                        naive, ours / naive, one / naive, ours <= 10.0 ? "yes" : "NO",
                        one <= 10.0 ? "yes" : "NO");
        }
    }

private:
    std::map<std::string, double> m_ns;
};

} // namespace

int main(int argc, char** argv) {
    benchmark::RegisterBenchmark("copy", benchCopy)->Unit(benchmark::kMillisecond)->UseRealTime();
    for (const FunctionSpec& fn : actviz::core::catalogue()) {
        const std::string id(fn.id);
        benchmark::RegisterBenchmark(("actviz/" + id).c_str(), benchOurs, &fn)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
        benchmark::RegisterBenchmark(("actviz-1t/" + id).c_str(), benchOursOneThread, &fn)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
        if (const auto it = kNaive.find(id); it != kNaive.end())
            benchmark::RegisterBenchmark(("naive/" + id).c_str(), benchNaive, it->second)
                ->Unit(benchmark::kMillisecond)
                ->UseRealTime();
    }
    for (const auto& [label, text] : kFormulas)
        benchmark::RegisterBenchmark(("formula-1t/" + label).c_str(), benchOursOneThread,
                                     typed(text))
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    TableReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
