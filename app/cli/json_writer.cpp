// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_writer.h"

#include "actviz/core/parameter.h"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace actviz::cli {

void JsonWriter::separate() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back()) m_out << ',';
        m_first.back() = false;
    }
}

void JsonWriter::writeString(std::string_view s) {
    m_out << '"';
    for (char c : s) {
        switch (c) {
        case '"':
            m_out << "\\\"";
            break;
        case '\\':
            m_out << "\\\\";
            break;
        case '\n':
            m_out << "\\n";
            break;
        case '\t':
            m_out << "\\t";
            break;
        case '\r':
            m_out << "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                m_out << buf;
            } else {
                m_out << c;
            }
        }
    }
    m_out << '"';
}

JsonWriter& JsonWriter::beginObject() {
    separate();
    m_out << '{';
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endObject() {
    m_out << '}';
    m_first.pop_back();
    return *this;
}

JsonWriter& JsonWriter::beginArray() {
    separate();
    m_out << '[';
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endArray() {
    m_out << ']';
    m_first.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
    separate();
    writeString(k);
    m_out << ':';
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
    separate();
    writeString(s);
    return *this;
}

JsonWriter& JsonWriter::value(double v) {
    separate();
    if (std::isfinite(v))
        m_out << core::formatNumber(v);
    else
        writeString(core::formatNumber(v));
    return *this;
}

JsonWriter& JsonWriter::value(bool b) {
    separate();
    m_out << (b ? "true" : "false");
    return *this;
}

} // namespace actviz::cli
