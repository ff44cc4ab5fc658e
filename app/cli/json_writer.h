// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A minimal streaming JSON writer for the command line's listings (core has no JSON library).

#include <iosfwd>
#include <string_view>
#include <vector>

namespace actviz::cli {

/// Writes compact JSON; commas are placed automatically. Non-finite numbers are written as the
/// strings "inf", "-inf" and "nan", since JSON has no literal for them.
class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out)
        : m_out(out) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view k);
    JsonWriter& value(std::string_view s);
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(double v);
    JsonWriter& value(bool b);

private:
    void separate();
    void writeString(std::string_view s);

    std::ostream& m_out;
    std::vector<bool> m_first; ///< per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace actviz::cli
