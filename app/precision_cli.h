// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `actviz precision FUNCTION --dtype float32|float16|bfloat16 [options]`: the precision lens as
// CSV (core/precision.h).

#include <iosfwd>
#include <span>
#include <string_view>

namespace actviz::app {

/// Runs `actviz precision` with the words after the subcommand; returns the exit status.
int runPrecision(std::span<const std::string_view> args, std::ostream& out, std::ostream& err);

} // namespace actviz::app
