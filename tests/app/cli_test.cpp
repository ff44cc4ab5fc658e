// SPDX-License-Identifier: GPL-3.0-or-later
// `actviz list` and `actviz eval`: in-process for the details, and as the built binary for
// exit statuses and streams.

#include "cli/cli.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"
#include "actviz/version.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace actviz::cli {
namespace {

struct Result {
    int status;
    std::string out;
    std::string err;
};

Result runIn(std::vector<std::string_view> args, const std::string& input = "") {
    std::istringstream in(input);
    std::ostringstream out, err;
    const int status = run(args, in, out, err);
    return {status, out.str(), err.str()};
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream f(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), {}};
}

/// Runs the built binary through the shell with `input` on stdin.
Result runBinary(const std::string& args, const std::string& input) {
    const auto dir =
        std::filesystem::temp_directory_path() / ("actviz_cli_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "in") << input;
    const std::string cmd = std::string(ACTVIZ_BINARY) + " " + args + " < " +
                            (dir / "in").string() + " > " + (dir / "out").string() + " 2> " +
                            (dir / "err").string();
    const int raw = std::system(cmd.c_str());
    Result r{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(dir / "out"), slurp(dir / "err")};
    std::filesystem::remove_all(dir);
    return r;
}

std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> v;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);)
        v.push_back(l);
    return v;
}

TEST(CliEval, WritesCsvWithSeventeenDigitsFromTheCore) {
    const Result r = runIn({"eval", "sigmoid"}, "0\n1\n-1e-300\n");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto l = lines(r.out);
    ASSERT_EQ(l.size(), 4u);
    EXPECT_EQ(l[0], "x,f,df");
    EXPECT_EQ(l[1], "0,0.5,0.25");
    const core::FunctionSpec* s = core::findFunction("sigmoid");
    EXPECT_EQ(l[2],
              "1," + core::formatNumber(s->f(1.0, {})) + "," + core::formatNumber(s->df(1.0, {})));
}

TEST(CliEval, AcceptsSpecialValuesAndSkipsBlankLines) {
    const Result r = runIn({"eval", "relu"}, "inf\n\n-inf\r\nnan\n  2.5e0  \n");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "x,f,df\ninf,inf,1\n-inf,0,0\nnan,nan,nan\n2.5,2.5,1\n");
}

TEST(CliEval, GradAddsOneColumnPerLearnableParameter) {
    const Result r = runIn({"eval", "smu1", "--grad", "--param", "mu=0.5"}, "0\n");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto l = lines(r.out);
    EXPECT_EQ(l[0], "x,f,df,d_mu");
    EXPECT_EQ(l[1], "0,0.25,0.625,0.5");
    const Result p = runIn({"eval", "prelu", "--grad", "--param=alpha=0.1"}, "-2\n");
    EXPECT_EQ(p.out, "x,f,df,d_alpha\n-2,-0.2,0.1,-2\n");
    const Result none = runIn({"eval", "tanh", "--grad"}, "0\n");
    EXPECT_EQ(none.out, "x,f,df\n0,0,1\n");
}

TEST(CliEval, ParametersByIdAndQualifiedId) {
    const Result a = runIn({"eval", "leaky_relu", "-p", "slope=0.3"}, "-1\n");
    const Result b = runIn({"eval", "leaky_relu", "--param", "leaky_relu.slope=0.3"}, "-1\n");
    EXPECT_EQ(a.out, "x,f,df\n-1,-0.3,0.3\n");
    EXPECT_EQ(a.out, b.out);
    const Result t = runIn({"eval", "softplus", "--param", "threshold=inf"}, "30\n");
    EXPECT_EQ(t.status, 0) << t.err;
}

TEST(CliEval, BadInputGetsOneLineAndStatusTwoAndNoOutput) {
    struct Case {
        std::vector<std::string_view> args;
        std::string input;
        std::string mention;
    };
    const std::vector<Case> cases{
        {{"eval", "nosuch"}, "1\n", "unknown function 'nosuch'"},
        {{"eval"}, "1\n", "no function"},
        {{"eval", "elu", "--param", "beta=1"}, "1\n", "no parameter 'beta'"},
        {{"eval", "elu", "--param", "alpha=abc"}, "1\n", "'abc' is not a number"},
        {{"eval", "elu", "--param", "alpha"}, "1\n", "NAME=VALUE"},
        {{"eval", "elu", "--param"}, "1\n", "NAME=VALUE"},
        {{"eval", "prelu", "--param", "alpha=1", "--param", "prelu.alpha=2"}, "1\n", "given twice"},
        {{"eval", "squareplus", "--param", "b=-1"},
         "1\n",
         "squareplus.b must be a finite number > 0"},
        {{"eval", "softmax", "--param", "k=2.5"}, "1\n", "softmax.k must be an integer >= 1"},
        {{"eval", "smu1", "--param", "mu=0"}, "1\n", "smu1.mu"},
        {{"eval", "elu", "--param", "alpha=inf"}, "1\n", "elu.alpha must be a finite number"},
        {{"eval", "hardtanh", "--param", "min=2"}, "1\n", "less than hardtanh.max"},
        {{"eval", "relu", "--frobnicate"}, "1\n", "unknown option '--frobnicate'"},
        {{"eval", "relu", "tanh"}, "1\n", "unexpected argument"},
        {{"eval", "relu"}, "1\n2\nabc\n", "line 3: 'abc' is not a number"},
        {{"eval", "relu"}, "1\n\n1.5.2\n", "line 3"},
        {{"list", "--xml"}, "", "unknown option '--xml'"},
        {{"frobnicate"}, "", "unknown command 'frobnicate'"},
    };
    for (const Case& c : cases) {
        const Result r = runIn(c.args, c.input);
        EXPECT_EQ(r.status, kUsageError) << c.mention;
        EXPECT_TRUE(r.out.empty()) << c.mention;
        EXPECT_NE(r.err.find(c.mention), std::string::npos) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    }
}

TEST(CliEval, TypedFormulasWithTheirParametersAndDerivatives) {
    const Result r =
        runIn({"eval", "--formula", "x*sigmoid(b*x)", "--param", "b=1.5", "--grad"}, "0\n1\n");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "x,f,df,d_b\n0,0,0.5,0\n1,0.8175744761936437,1.041294154299143,"
                     "0.14914645207033284\n");
    const auto refused = [](std::vector<std::string_view> args) {
        const Result bad = runIn(std::move(args), "0\n");
        EXPECT_EQ(bad.status, 2);
        EXPECT_TRUE(bad.out.empty());
        return bad.err;
    };
    EXPECT_NE(refused({"eval", "--formula", "x * sigmoid(beta*x"}).find("missing ) at column 18"),
              std::string::npos);
    EXPECT_NE(refused({"eval", "relu", "--formula", "x"}).find("not both"), std::string::npos);
    EXPECT_NE(refused({"eval", "--formula", "x*b", "--param", "c=1"}).find("no parameter"),
              std::string::npos);
    EXPECT_NE(refused({"eval", "--formula", "x*9^9^9"}).find("beyond the doubles"),
              std::string::npos);
}

TEST(CliBinary, FormulasGoWhereFunctionsGo) {
    const auto dir =
        std::filesystem::temp_directory_path() / ("actviz_formula_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string gif = (dir / "sweep.gif").string();
    // A sweep of a formula's parameter, and a tangent to it.
    Result r = runBinary("export --formula 'x*sigmoid(b*x)' --sweep formula.b=0:4:3 -o " + gif, "");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_GT(std::filesystem::file_size(gif), 1000u);
    r = runBinary(
        "export --formula 'x*sigmoid(b*x)' --tangent formula@1 -o " + (dir / "t.png").string(), "");
    EXPECT_EQ(r.status, 0) << r.err;
    // A table, its parameters set by formula.NAME, and a refusal that names the formula.
    r = runBinary("table --functions relu --formula 'x*b' --param formula.b=2 --points 2 -o -", "");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("# curve 2: formula x*b b=2"), std::string::npos) << r.out;
    r = runBinary("table --formula 'x*(b' -o -", "");
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("--formula 'x*(b': missing )"), std::string::npos) << r.err;
    std::filesystem::remove_all(dir);
}

TEST(CliHelp, EverySubcommandHasHelp) {
    for (std::vector<std::string_view> args : {std::vector<std::string_view>{"--help"},
                                               {"list", "--help"},
                                               {"eval", "--help"},
                                               {"help", "eval"},
                                               {"parity", "--help"},
                                               {"help", "parity"},
                                               {"eval", "-h"}}) {
        const Result r = runIn(args);
        EXPECT_EQ(r.status, 0);
        EXPECT_NE(r.out.find("Usage"), std::string::npos);
    }
}

/// Every subcommand, through the binary (export and table need Qt's GUI): --help, unknown
/// options, missing values, repeated options and stray arguments are treated alike.
TEST(CliBinary, EverySubcommandTreatsOptionsAlike) {
    struct Command {
        std::string name;
        std::string valueOption; ///< an option that takes one value, with a valid value
        std::string rest;        ///< what makes the command otherwise complete
    };
    const std::vector<Command> commands{{"list", "--json", ""},
                                        {"eval", "--grad", "relu"},
                                        {"export", "--x-range 0:1", "-o /nonexistent/x.png"},
                                        {"table", "--points 5", "-o /nonexistent/x.csv"},
                                        {"code", "--lang numpy", "-o /nonexistent/x.py"},
                                        {"parity", "--x-range 0:1", "relu"},
                                        {"precision", "--dtype float16", "relu"}};
    for (const Command& c : commands) {
        for (const char* help : {" --help", " -h"}) {
            const Result r = runBinary(c.name + help, "");
            EXPECT_EQ(r.status, 0) << c.name << r.err;
            EXPECT_NE(r.out.find("Usage: actviz " + c.name), std::string::npos) << c.name;
            EXPECT_NE(r.out.find("  -h, --help"), std::string::npos) << c.name;
            EXPECT_TRUE(r.err.empty()) << r.err;
        }
        const Result help = runBinary("help " + c.name, "");
        EXPECT_EQ(help.status, 0) << c.name;
        EXPECT_NE(help.out.find("Usage: actviz " + c.name), std::string::npos) << c.name;

        const std::vector<std::pair<std::string, std::string>> bad{
            {c.name + " --frobnicate " + c.rest,
             "actviz " + c.name + ": unknown option '--frobnicate' (try 'actviz " + c.name +
                 " --help')\n"},
            {c.name + " " + c.rest + " " + c.valueOption + " " + c.valueOption,
             "actviz " + c.name + ": " + c.valueOption.substr(0, c.valueOption.find(' ')) +
                 " was given 2 times; it may be given only once\n"},
        };
        for (const auto& [args, message] : bad) {
            const Result r = runBinary(args, "1\n");
            EXPECT_EQ(r.status, kUsageError) << args;
            EXPECT_EQ(r.err, message) << args;
            EXPECT_TRUE(r.out.empty()) << args;
        }
    }
    for (const char* name : {"export", "table", "code"}) {
        const Result missing = runBinary(std::string(name) + " --functions relu -o", "");
        EXPECT_EQ(missing.status, kUsageError);
        EXPECT_EQ(missing.err, "actviz " + std::string(name) + ": -o needs a value: FILE\n");
        const Result stray = runBinary(std::string(name) + " relu -o x", "");
        EXPECT_EQ(stray.status, kUsageError);
        EXPECT_NE(stray.err.find("unexpected argument 'relu'"), std::string::npos) << stray.err;
    }
    const Result missing = runBinary("eval relu --param", "1\n");
    EXPECT_EQ(missing.err, "actviz eval: --param needs a value: NAME=VALUE\n");
    const Result version = runBinary("--version", "");
    EXPECT_EQ(version.status, 0);
    EXPECT_EQ(version.out, std::string("actviz ") + actviz::kVersion + "\n");
}

TEST(CliCode, WritesEachLanguageAndRefusesWhatItCannotDo) {
    // Standard output by default; the scene's functions with its values.
    const Result numpy = runBinary(
        "code --lang numpy --functions leaky_relu,gelu --param leaky_relu.slope=0.25", "");
    EXPECT_EQ(numpy.status, 0) << numpy.err;
    EXPECT_NE(numpy.out.find("def leaky_relu(x, slope=0.25):"), std::string::npos) << numpy.out;
    EXPECT_NE(numpy.out.find("from scipy.special import erf, erfc"), std::string::npos);
    EXPECT_NE(numpy.out.find("CURVES = ["), std::string::npos);
    const Result torch = runBinary("code --lang pytorch --functions leaky_relu,smu", "");
    EXPECT_NE(torch.out.find("F.leaky_relu(x, negative_slope=0.01)"), std::string::npos);
    EXPECT_NE(torch.out.find("# PyTorch has no SMU: written out in its operations."),
              std::string::npos)
        << torch.out;
    const Result jax = runBinary("code --lang jax --functions gelu", "");
    EXPECT_NE(jax.out.find("jax.nn.gelu(x, approximate=False)"), std::string::npos) << jax.out;
    // pgfplots: the kink of ReLU's derivative is a break, not a vertical line.
    const Result tex = runBinary("code --lang pgfplots --functions relu --derivatives", "");
    EXPECT_NE(tex.out.find("\\documentclass{article}"), std::string::npos);
    EXPECT_NE(tex.out.find("(0,0) (0,nan) (0,1)"), std::string::npos) << tex.out;
    // A file, written whole.
    const auto dir =
        std::filesystem::temp_directory_path() / ("actviz_code_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const Result file = runBinary("code --lang matplotlib -o " + (dir / "plot.py").string(), "");
    EXPECT_EQ(file.status, 0) << file.err;
    EXPECT_NE(slurp(dir / "plot.py").find("fig.savefig("), std::string::npos);
    std::filesystem::remove_all(dir);

    const std::vector<std::pair<std::string, std::string>> refused{
        {"code", "actviz code: no language (--lang numpy, matplotlib, pytorch, jax or pgfplots)\n"},
        {"code --lang fortran",
         "actviz code: unknown language 'fortran' (numpy, matplotlib, pytorch, jax or "
         "pgfplots)\n"},
        {"code --lang numpy --size 10x10",
         "actviz code: --size is only for images (actviz export)\n"},
        {"code --lang numpy --points 5",
         "actviz code: --points is only for tables (actviz table)\n"},
        {"table --lang numpy -o x.csv",
         "actviz table: --lang is only for programs (actviz code)\n"},
        {"code --lang numpy -o ''", "actviz code: no output file (-o FILE)\n"},
        {"code --lang numpy --functions nope",
         "actviz code: unknown function 'nope' (see 'actviz list')\n"},
    };
    for (const auto& [args, message] : refused) {
        const Result r = runBinary(args, "");
        EXPECT_EQ(r.status, kUsageError) << args;
        EXPECT_EQ(r.err, message) << args;
        EXPECT_TRUE(r.out.empty()) << args;
    }
    const Result unwritable = runBinary("code --lang numpy -o /nonexistent/dir/x.py", "");
    EXPECT_EQ(unwritable.status, 1);
    EXPECT_NE(unwritable.err.find("/nonexistent/dir/x.py"), std::string::npos) << unwritable.err;
    const Result full = runBinary("code --lang numpy -o /dev/full", "");
    EXPECT_EQ(full.status, 1) << full.err;
}

TEST(CliBinary, MistypedCommandsAndStrayWordsAreToldSo) {
    for (const char* args :
         {"foo", "EXPORT", "help export extra", "help eval extra", "--version extra",
          "--help extra", "--present a.json b.json", "--present --bogus", "--present list"}) {
        const Result r = runBinary(args, "");
        EXPECT_EQ(r.status, kUsageError) << args;
        EXPECT_TRUE(r.out.empty()) << args;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << args << ": " << r.err;
    }
    EXPECT_NE(runBinary("foo", "").err.find("unknown command 'foo'"), std::string::npos);
    EXPECT_NE(runBinary("--present --bogus", "").err.find("expected one scene or deck file"),
              std::string::npos);
    EXPECT_NE(runBinary("--present a.json b.json", "").err.find("got 2 arguments"),
              std::string::npos);
    const Result help = runBinary("help -h", "");
    EXPECT_EQ(help.status, 0);
    EXPECT_NE(help.out.find("Usage:"), std::string::npos);
}

TEST(CliEval, EndlessInputIsRefusedWithoutExhaustingMemory) {
    // One endless line: refused at its 1001st character, status 2, nothing written.
    const Result zero = runBinary("eval relu", std::string(5000, '\0'));
    EXPECT_EQ(zero.status, kUsageError);
    EXPECT_TRUE(zero.out.empty());
    EXPECT_NE(zero.err.find("line 1 is longer than 1000 characters"), std::string::npos)
        << zero.err;
    const Result fromDevZero = runBinary("eval relu < /dev/zero #", "");
    EXPECT_EQ(fromDevZero.status, kUsageError) << fromDevZero.err;
    // A number padded with spaces to the limit is still a number.
    const Result padded = runIn({"eval", "relu"}, std::string(990, ' ') + "2\n");
    EXPECT_EQ(padded.status, 0) << padded.err;
}

TEST(CliList, TextListsEveryFunctionAndParameter) {
    const Result r = runIn({"list"});
    ASSERT_EQ(r.status, 0);
    for (const core::FunctionSpec& fn : core::catalogue()) {
        EXPECT_NE(r.out.find(std::string(fn.id) + "  ("), std::string::npos) << fn.id;
        for (const core::ParamSpec& p : fn.params)
            EXPECT_NE(r.out.find("    param " + std::string(p.id) + "="), std::string::npos);
    }
    // How each command takes a parameter.
    EXPECT_NE(r.out.find("--param FUNCTION.ID=VALUE"), std::string::npos);
}

TEST(CliList, JsonHasIdsDefaultsDomainsSlidersAndTex) {
    const Result r = runIn({"list", "--json"});
    ASSERT_EQ(r.status, 0);
    EXPECT_EQ(r.out.front(), '{');
    EXPECT_NE(r.out.find(R"("id":"smu1")"), std::string::npos);
    EXPECT_NE(r.out.find(R"("default":4.352665993287951e-9)"), std::string::npos);
    EXPECT_NE(r.out.find(R"("scale":"log")"), std::string::npos);
    EXPECT_NE(r.out.find(R"("learnable":true)"), std::string::npos);
    EXPECT_NE(r.out.find(R"("max":"inf","min_inclusive":false,"max_inclusive":true)"),
              std::string::npos);
    EXPECT_NE(r.out.find(R"(\\frac{1}{1 + e^{-x}})"), std::string::npos);
    for (const core::FunctionSpec& fn : core::catalogue())
        EXPECT_NE(r.out.find("\"id\":\"" + std::string(fn.id) + "\""), std::string::npos);
}

TEST(CliBinary, EvalRoundTripsThroughTheProcess) {
    const Result r = runBinary("eval swish --grad --param beta=2", "1.5\n-inf\n");
    ASSERT_EQ(r.status, 0) << r.err;
    const core::FunctionSpec* s = core::findFunction("swish");
    const std::vector<double> p{2.0};
    EXPECT_EQ(r.out, "x,f,df,d_beta\n1.5," + core::formatNumber(s->f(1.5, p)) + "," +
                         core::formatNumber(s->df(1.5, p)) + "," +
                         core::formatNumber(s->grad(1.5, p, 0)) + "\n-inf,0,0,0\n");
    EXPECT_TRUE(r.err.empty());
}

TEST(CliBinary, ErrorsExitWithStatusTwoAndAMessageOnStderr) {
    const Result bad = runBinary("eval sigmoid", "0.5\nfoo\n");
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(bad.out.empty());
    EXPECT_NE(bad.err.find("line 2"), std::string::npos);
    const Result unknown = runBinary("--no-such-option", "");
    EXPECT_EQ(unknown.status, 2);
    EXPECT_FALSE(unknown.err.empty());
}

TEST(CliParity, ShowsEachLibrarysDefinitionAndHowFarApartTheyAre) {
    const Result r = runIn({"parity", "gelu"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("torch.nn.functional.gelu(x)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("jax.nn.gelu(x)"), std::string::npos);
    EXPECT_NE(r.out.find("the tanh approximation by default"), std::string::npos);
    EXPECT_NE(r.out.find("keras.activations.gelu(x)"), std::string::npos);
    // exact and PyTorch agree; JAX's default differs by about 4.7e-4.
    EXPECT_NE(r.out.find("exact - PyTorch   f: 0 "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("exact - JAX       f: 0.000473"), std::string::npos) << r.out;

    const Result leaky = runIn({"parity", "leaky_relu", "--x-range", "-1:1", "--points", "3"});
    EXPECT_NE(leaky.out.find("f': 0.99 at x = 0"), std::string::npos) << leaky.out;
    EXPECT_NE(leaky.out.find("negative_slope=0.2"), std::string::npos);
    const Result smu = runIn({"parity", "smu"});
    EXPECT_EQ(smu.status, 0);
    EXPECT_NE(smu.out.find("PyTorch   absent"), std::string::npos) << smu.out;
    EXPECT_NE(smu.out.find("fewer than two definitions"), std::string::npos);
    // A parameter a library does not take: that library is left out of the comparison.
    const Result softplus = runIn({"parity", "softplus", "--param", "threshold=5"});
    EXPECT_EQ(softplus.status, 0);
    EXPECT_NE(softplus.out.find("not compared: JAX's jax.nn.softplus(x) takes no threshold"),
              std::string::npos)
        << softplus.out;
}

TEST(CliEval, FlavorEvaluatesALibrarysDefinition) {
    Result r = runIn({"eval", "leaky_relu", "--flavor", "jax"}, "0\n-1\n");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "x,f,df\n0,0,1\n-1,-0.01,0.01\n");
    r = runIn({"eval", "leaky_relu", "--flavor", "keras"}, "-1\n");
    EXPECT_EQ(r.out, "x,f,df\n-1,-0.2,0.2\n");
    r = runIn({"eval", "leaky_relu", "--flavor", "keras", "--param", "slope=0.3"}, "-1\n");
    EXPECT_EQ(r.out, "x,f,df\n-1,-0.3,0.3\n");
    r = runIn({"eval", "leaky_relu", "--flavor", "exact"}, "0\n");
    EXPECT_EQ(r.out, "x,f,df\n0,0,0.01\n");
    const std::vector<std::pair<std::vector<std::string_view>, std::string>> bad{
        {{"eval", "relu", "--flavor", "tensorflow"},
         "actviz eval: --flavor expects exact, pytorch, jax or keras, got 'tensorflow'\n"},
        {{"eval", "smu", "--flavor", "jax"}, "actviz eval: JAX has no SMU\n"},
        {{"eval", "swish", "--flavor", "pytorch", "--param", "beta=2"},
         "actviz eval: PyTorch's torch.nn.functional.silu(x) takes no beta (it is fixed at "
         "1)\n"},
        {{"eval", "prelu", "--flavor", "pytorch", "--grad"},
         "actviz eval: --grad gives the catalogue's df/dparam: it takes no --flavor\n"},
    };
    for (const auto& [args, message] : bad) {
        const Result b = runIn(args, "1\n");
        EXPECT_EQ(b.status, kUsageError);
        EXPECT_EQ(b.err, message);
        EXPECT_EQ(b.out, "");
    }
}

TEST(CliParity, BadInputGetsOneLine) {
    for (const std::vector<std::string_view>& args :
         {std::vector<std::string_view>{"parity"},
          {"parity", "nope"},
          {"parity", "relu", "--x-range", "1:1"},
          {"parity", "relu", "--x-range", "-1e300:1"},
          {"parity", "relu", "--points", "1"},
          {"parity", "leaky_relu", "--param", "slope=nan"},
          {"parity", "relu", "extra"}}) {
        const Result r = runIn(args);
        EXPECT_EQ(r.status, kUsageError) << args.back();
        EXPECT_EQ(r.out, "");
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
        EXPECT_EQ(r.err.rfind("actviz parity: ", 0), 0U) << r.err;
    }
}

} // namespace
} // namespace actviz::cli
