// SPDX-License-Identifier: GPL-3.0-or-later
// `actviz list`: every function of the catalogue, as text or JSON.

#include "cli.h"
#include "json_writer.h"
#include "options.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"

#include <ostream>

namespace actviz::cli {
namespace {

using core::FunctionSpec;
using core::ParamSpec;

const CommandSpec& listSpec() {
    static const CommandSpec spec{
        QStringLiteral("list"),
        QStringLiteral("Usage: actviz list [--json]"),
        QStringLiteral(
            "Lists every activation function: id, name, family, parameters (id, default, valid\n"
            "domain, slider range and scale, whether learnable) and the TeX of f and f'."),
        {{{QStringLiteral("json")},
          {},
          QStringLiteral("machine-readable output (non-finite numbers are written as "
                         "\"inf\"/\"-inf\")")}},
        {},
        0};
    return spec;
}

void writeParamJson(JsonWriter& j, const ParamSpec& p) {
    j.beginObject();
    j.key("id").value(p.id);
    j.key("tex").value(p.tex);
    j.key("name").value(p.name);
    j.key("default").value(p.defaultValue);
    j.key("domain").beginObject();
    j.key("min").value(p.domain.lo);
    j.key("max").value(p.domain.hi);
    j.key("min_inclusive").value(p.domain.loInclusive);
    j.key("max_inclusive").value(p.domain.hiInclusive);
    j.key("integer").value(p.domain.integer);
    j.key("non_zero").value(p.domain.nonZero);
    j.key("text").value(p.domain.describe());
    j.endObject();
    j.key("slider").beginObject();
    j.key("min").value(p.sliderMin);
    j.key("max").value(p.sliderMax);
    j.key("scale").value(p.scale == core::Scale::Log ? "log" : "linear");
    j.endObject();
    j.key("learnable").value(p.learnable);
    if (!p.texGrad.empty()) j.key("tex_grad").value(p.texGrad);
    j.endObject();
}

void listJson(std::ostream& out) {
    JsonWriter j(out);
    j.beginObject();
    j.key("functions").beginArray();
    for (const FunctionSpec& fn : core::catalogue()) {
        j.beginObject();
        j.key("id").value(fn.id);
        j.key("name").value(fn.name);
        j.key("family").value(fn.family);
        j.key("from_source_text").value(fn.fromSourceText);
        j.key("tex_f").value(fn.texF);
        j.key("tex_df").value(fn.texDf);
        j.key("reference").value(fn.reference);
        j.key("kinks_at_defaults").beginArray();
        for (double k : fn.kinks(fn.defaults()))
            j.value(k);
        j.endArray();
        j.key("parameters").beginArray();
        for (const ParamSpec& p : fn.params)
            writeParamJson(j, p);
        j.endArray();
        j.endObject();
    }
    j.endArray();
    j.endObject();
    out << '\n';
}

void listText(std::ostream& out) {
    for (const FunctionSpec& fn : core::catalogue()) {
        out << fn.id << "  (" << fn.name << "; " << fn.family << ")\n";
        out << "    f  : " << fn.texF << '\n';
        out << "    f' : " << fn.texDf << '\n';
        for (const ParamSpec& p : fn.params) {
            out << "    param " << p.id << "=" << core::formatNumber(p.defaultValue) << "  ("
                << p.name << "; " << p.domain.describe() << "; slider "
                << core::formatShort(p.sliderMin) << " .. " << core::formatShort(p.sliderMax)
                << (p.scale == core::Scale::Log ? " log" : " linear")
                << (p.learnable ? "; learnable" : "") << ")\n";
            if (!p.texGrad.empty()) out << "      df/d" << p.id << " : " << p.texGrad << '\n';
        }
    }
    // Not a line starting with a lower-case word: that is how completion finds the function ids.
    out << "\nParameters are set with --param ID=VALUE for eval, and --param FUNCTION.ID=VALUE "
           "for\n"
           "export, table and code (e.g. --param leaky_relu.slope=0.1).\n";
}

} // namespace

int list(std::span<const std::string_view> args, std::ostream& out, std::ostream& err) {
    QCommandLineParser parser;
    if (auto why = parseCommand(listSpec(), qtArgs(args), parser))
        return usageError(err, "list", *why);
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(listSpec());
        return 0;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    if (json)
        listJson(out);
    else
        listText(out);
    return 0;
}

} // namespace actviz::cli
