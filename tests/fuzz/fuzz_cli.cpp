// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the command line (`list`, `eval` with its standard input, `help`,
// `precision`, and the options of `export` and `table` up to the scene they describe), with the
// arguments as the NUL-separated words of the input and what follows "--stdin--" as input.
#include "cli/cli.h"
#include "export_request.h"
#include "precision_cli.h"

#include <variant>

#include <cstddef>
#include <cstdint>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const std::size_t split = text.find("--stdin--");
    const std::string words = text.substr(0, split);
    std::istringstream in(split == std::string::npos ? std::string() : text.substr(split + 9));
    std::vector<std::string_view> args;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= words.size(); ++i)
        if (i == words.size() || words[i] == '\0') {
            if (i > start) args.emplace_back(words.data() + start, i - start);
            start = i + 1;
        }
    if (args.size() > 64) return 0;
    if (!args.empty() && (args[0] == "export" || args[0] == "table" || args[0] == "code")) {
        // Parsed and applied to a scene, not rendered; no file is read (--scene could name a
        // terminal or a FIFO and wait for ever: readSceneFile has a target of its own).
        QStringList words;
        for (std::size_t i = 1; i < args.size(); ++i) {
            if (args[i].starts_with("--scene")) return 0;
            words << QString::fromUtf8(args[i].data(), static_cast<qsizetype>(args[i].size()));
        }
        using actviz::app::ExportKind;
        const auto request =
            actviz::app::parseExportRequest(words, args[0] == "table"  ? ExportKind::Table
                                                   : args[0] == "code" ? ExportKind::Code
                                                                       : ExportKind::Image);
        if (const auto* r = std::get_if<actviz::app::ExportRequest>(&request))
            (void)actviz::app::requestedScene(*r);
        return 0;
    }
    std::ostringstream out, err;
    if (!args.empty() && args[0] == "precision") {
        // No files written, and no more points than a run can take in a moment.
        for (std::size_t i = 1; i < args.size(); ++i)
            if (args[i].starts_with("-o") || args[i].starts_with("--o") ||
                (args[i].starts_with("--points") && i + 1 < args.size() &&
                 args[i + 1].size() > 4) ||
                (args[i].starts_with("--points=") && args[i].size() > 13))
                return 0;
        (void)actviz::app::runPrecision(std::span(args).subspan(1), out, err);
        return 0;
    }
    (void)actviz::cli::run(args, in, out, err);
    return 0;
}
