// SPDX-License-Identifier: GPL-3.0-or-later
// `actviz precision`: its CSV, its refusals with one clear line each, and its outputs.

#include "precision_cli.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace actviz::app {
namespace {

struct Result {
    int status;
    std::string out;
    std::string err;
};

Result run(std::vector<std::string_view> args) {
    std::ostringstream out, err;
    const int status = runPrecision(args, out, err);
    return {status, out.str(), err.str()};
}

std::vector<std::string> lines(const std::string& s) {
    std::vector<std::string> v;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);)
        v.push_back(l);
    return v;
}

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> v;
    std::istringstream in(line);
    for (std::string f; std::getline(in, f, ',');)
        v.push_back(f);
    return v;
}

TEST(PrecisionCli, WritesTheLensAsCsv) {
    const Result r = run(
        {"sigmoid", "--dtype", "float16", "--derivative", "--x-range", "-14:-8", "--points", "7"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const auto rows = lines(r.out);
    ASSERT_EQ(rows.size(), 8U);
    EXPECT_EQ(rows[0], "x,exact,textbook,stable,textbook_ulps,stable_ulps");
    // At -12, e^12 overflows float16: the textbook derivative is inf/inf.
    const auto at12 = fields(rows[3]);
    ASSERT_EQ(at12.size(), 6U);
    EXPECT_EQ(at12[0], "-12");
    EXPECT_EQ(at12[2], "nan");
    EXPECT_EQ(at12[4], "inf");
    EXPECT_LT(std::stod(at12[5]), 1.0);
    EXPECT_GT(std::stod(at12[1]), 6e-6);
}

TEST(PrecisionCli, RoundsXToTheFormatAndKeepsEachValueOnce) {
    // bfloat16 has 8 bits: 1001 points on [1, 2] are its 129 values there.
    const Result r = run({"tanh", "--dtype", "bfloat16", "--x-range", "1:2", "--points", "1001"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(lines(r.out).size(), 1U + 129U);
}

TEST(PrecisionCli, SaysWhenAFunctionHasOneFormulation) {
    const Result r = run({"relu", "--dtype", "float32", "--points", "3"});
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.err.find("relu has one formulation"), std::string::npos) << r.err;
    EXPECT_EQ(lines(r.out).size(), 4U);
}

TEST(PrecisionCli, RefusesBadInputWithOneLine) {
    const std::vector<std::pair<std::vector<std::string_view>, std::string>> cases{
        {{"sigmoid"}, "--dtype is required"},
        {{"sigmoid", "--dtype", "float64"}, "--dtype expects float32, float16 or bfloat16"},
        {{"--dtype", "float16"}, "no function given"},
        {{"nope", "--dtype", "float16"}, "unknown function 'nope'"},
        {{"swish", "--dtype", "float16", "--param", "gamma=1"}, "swish has no parameter 'gamma'"},
        {{"squareplus", "--dtype", "float16", "--param", "b=-1"}, "squareplus.b"},
        // The default mu is below float16's smallest subnormal: it becomes 0, outside SMU-1's
        // domain.
        {{"smu1", "--dtype", "float16"}, "is 0 in float16"},
        {{"tanh", "--dtype", "float16", "--x-range", "-1e6:0"}, "beyond float16's largest"},
        {{"tanh", "--dtype", "float16", "--x-range", "2:1"}, "--x-range expects A:B"},
        {{"tanh", "--dtype", "float16", "--points", "1"}, "--points expects 2 to"},
        {{"tanh", "--dtype", "float16", "--points", "1e99"}, "--points expects 2 to"},
        {{"tanh", "--dtype", "float16", "--frobnicate"}, "frobnicate"},
        {{"tanh", "--dtype", "float16", "--dtype", "float32"}, "dtype"},
        {{"tanh", "--dtype", "float16", "-o", ""}, "-o needs a file name"},
        {{"tanh", "--dtype", "float16", "--x-range", "1e-8:2e-8"},
         "float16 holds one number there"},
    };
    for (const auto& [args, expected] : cases) {
        const Result r = run(args);
        EXPECT_EQ(r.status, 2) << expected;
        EXPECT_EQ(r.out, "") << expected;
        EXPECT_NE(r.err.find(expected), std::string::npos) << r.err;
        EXPECT_EQ(lines(r.err).size(), 1U) << r.err;
        EXPECT_EQ(r.err.rfind("actviz precision: ", 0), 0U) << r.err;
    }
}

TEST(PrecisionCli, WritesFilesAndSaysWhyItCannot) {
    const auto dir =
        std::filesystem::temp_directory_path() / ("actviz_precision_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string file = (dir / "lens.csv").string();
    Result r = run({"gelu", "--dtype", "float32", "--points", "5", "-o", file});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    std::ifstream in(file);
    std::string header;
    std::getline(in, header);
    EXPECT_EQ(header, "x,exact,textbook,stable,textbook_ulps,stable_ulps");

    const std::string missing = (dir / "no" / "such" / "x.csv").string();
    r = run({"gelu", "--dtype", "float32", "-o", missing});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("cannot write " + missing), std::string::npos) << r.err;
    r = run({"gelu", "--dtype", "float32", "-o", dir.string()});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("it is a folder"), std::string::npos) << r.err;
    if (std::filesystem::exists("/dev/full")) {
        r = run({"gelu", "--dtype", "float32", "-o", "/dev/full"});
        EXPECT_EQ(r.status, 1);
        EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
    }
    std::filesystem::remove_all(dir);
}

TEST(PrecisionCli, HelpNamesEveryOption) {
    const Result r = run({"--help"});
    EXPECT_EQ(r.status, 0);
    for (const char* option : {"--dtype", "--param", "--derivative", "--x-range", "--points", "-o"})
        EXPECT_NE(r.out.find(option), std::string::npos) << option;
}

/// The built binary: `actviz precision` and `actviz help precision` reach the command.
TEST(PrecisionCli, TheProgramDispatchesIt) {
    const auto dir = std::filesystem::temp_directory_path() /
                     ("actviz_precision_bin_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto runBinary = [&](const std::string& args) {
        const std::string cmd = std::string(ACTVIZ_BINARY) + " " + args + " > " +
                                (dir / "out").string() + " 2> " + (dir / "err").string();
        const int raw = std::system(cmd.c_str());
        std::ifstream out(dir / "out");
        return std::make_pair(WIFEXITED(raw) ? WEXITSTATUS(raw) : -1,
                              std::string(std::istreambuf_iterator<char>(out), {}));
    };
    auto [status, out] = runBinary("precision softplus --dtype float16 --points 3");
    EXPECT_EQ(status, 0);
    EXPECT_EQ(lines(out).size(), 4U);
    std::tie(status, out) = runBinary("help precision");
    EXPECT_EQ(status, 0);
    EXPECT_NE(out.find("Usage: actviz precision"), std::string::npos);
    std::tie(status, out) = runBinary("--help");
    EXPECT_NE(out.find("actviz precision FUNCTION"), std::string::npos);
    if (std::filesystem::exists("/dev/full")) { // a full disk says so, as table does
        const std::string cmd = std::string(ACTVIZ_BINARY) +
                                " precision gelu --dtype bfloat16 > /dev/full 2> " +
                                (dir / "err").string();
        const int raw = std::system(cmd.c_str());
        EXPECT_EQ(WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, 1);
        std::ifstream err(dir / "err");
        const std::string text(std::istreambuf_iterator<char>(err), {});
        EXPECT_EQ(text,
                  "actviz precision: cannot write standard output: No space left on device\n");
    }
    std::filesystem::remove_all(dir);
}

} // namespace
} // namespace actviz::app
