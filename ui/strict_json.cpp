// SPDX-License-Identifier: GPL-3.0-or-later
#include "strict_json.h"

#include <QCoreApplication>

#include <set>
#include <string>

namespace actviz::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::SceneFile)
};

class Checker {
public:
    explicit Checker(const QByteArray& json)
        : m_s(json) {}

    std::optional<QString> run() {
        space();
        if (!value(0)) return m_problem;
        space();
        if (m_i != m_s.size()) return fail(Text::tr("unexpected text after the JSON value"));
        return std::nullopt;
    }

private:
    [[nodiscard]] bool atEnd() const { return m_i >= m_s.size(); }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : m_s[m_i]; }

    std::optional<QString> fail(const QString& what) {
        if (m_problem) return m_problem;
        int line = 1, column = 1;
        for (qsizetype k = 0; k < m_i && k < m_s.size(); ++k) {
            if (m_s[k] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        m_problem =
            Text::tr("Not valid JSON at line %1, column %2: %3.").arg(line).arg(column).arg(what);
        return m_problem;
    }
    bool error(const QString& what) {
        fail(what);
        return false;
    }

    void space() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_i;
    }

    bool literal(const char* word) {
        for (const char* p = word; *p != '\0'; ++p, ++m_i)
            if (peek() != *p) return error(Text::tr("unknown word (true, false or null?)"));
        return true;
    }

    bool digits() {
        if (peek() < '0' || peek() > '9') return false;
        while (peek() >= '0' && peek() <= '9')
            ++m_i;
        return true;
    }

    bool number() {
        if (peek() == '-') ++m_i;
        if (peek() == '0') {
            ++m_i;
            if (peek() >= '0' && peek() <= '9')
                return error(Text::tr("a number may not start with 0 before more digits"));
        } else if (!digits()) {
            return error(Text::tr("a number needs a digit before any decimal point"));
        }
        if (peek() == '.') {
            ++m_i;
            if (!digits()) return error(Text::tr("a number needs a digit after its decimal point"));
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_i;
            if (peek() == '+' || peek() == '-') ++m_i;
            if (!digits()) return error(Text::tr("a number needs digits in its exponent"));
        }
        return true;
    }

    static void appendUtf8(std::string& out, char32_t c) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }

    int hex4() {
        int v = 0;
        for (int k = 0; k < 4; ++k, ++m_i) {
            const char c = peek();
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= c - '0';
            else if (c >= 'a' && c <= 'f')
                v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                v |= c - 'A' + 10;
            else
                return -1;
        }
        return v;
    }

    /// A string; its unescaped text in `out`.
    bool string(std::string& out) {
        ++m_i; // the opening quote
        while (true) {
            if (atEnd()) return error(Text::tr("a string is not closed"));
            const auto c = static_cast<unsigned char>(peek());
            if (c == '"') {
                ++m_i;
                return true;
            }
            if (c < 0x20) return error(Text::tr("a control character inside a string"));
            if (c == '\\') {
                ++m_i;
                const char e = peek();
                ++m_i;
                switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    int u = hex4();
                    if (u < 0) return error(Text::tr("\\u needs four hexadecimal digits"));
                    auto code = static_cast<char32_t>(u);
                    if (u >= 0xD800 && u <= 0xDBFF) { // a surrogate pair
                        if (peek() != '\\' || m_i + 1 >= m_s.size() || m_s[m_i + 1] != 'u')
                            return error(Text::tr("a lone surrogate in a \\u escape"));
                        m_i += 2;
                        const int low = hex4();
                        if (low < 0xDC00 || low > 0xDFFF)
                            return error(Text::tr("a lone surrogate in a \\u escape"));
                        code = 0x10000 + ((static_cast<char32_t>(u) - 0xD800) << 10) +
                               (static_cast<char32_t>(low) - 0xDC00);
                    } else if (u >= 0xDC00 && u <= 0xDFFF) {
                        return error(Text::tr("a lone surrogate in a \\u escape"));
                    }
                    appendUtf8(out, code);
                    break;
                }
                default:
                    --m_i;
                    return error(Text::tr("an unknown escape in a string"));
                }
                continue;
            }
            // UTF-8: the lead byte says how many continuation bytes follow.
            int more = 0;
            if (c < 0x80)
                more = 0;
            else if (c >= 0xC2 && c <= 0xDF)
                more = 1;
            else if (c >= 0xE0 && c <= 0xEF)
                more = 2;
            else if (c >= 0xF0 && c <= 0xF4)
                more = 3;
            else
                return error(Text::tr("text that is not UTF-8"));
            out += static_cast<char>(c);
            ++m_i;
            for (int k = 0; k < more; ++k, ++m_i) {
                const auto d = static_cast<unsigned char>(peek());
                // The second byte's range excludes overlong forms, UTF-16 surrogates and code
                // points past U+10FFFF (RFC 3629).
                unsigned char lo = 0x80, hi = 0xBF;
                if (k == 0 && c == 0xE0) lo = 0xA0;
                if (k == 0 && c == 0xED) hi = 0x9F;
                if (k == 0 && c == 0xF0) lo = 0x90;
                if (k == 0 && c == 0xF4) hi = 0x8F;
                if (d < lo || d > hi) return error(Text::tr("text that is not UTF-8"));
                out += static_cast<char>(d);
            }
        }
    }

    bool value(int depth) {
        switch (peek()) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"': {
            std::string ignored;
            return string(ignored);
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9') || peek() == '.') return number();
            return error(atEnd() ? Text::tr("the text ends where a value should be")
                                 : Text::tr("a value was expected"));
        }
    }

    bool object(int depth) {
        if (depth > kMaxJsonDepth)
            return error(Text::tr("nested more than %1 levels deep").arg(kMaxJsonDepth));
        ++m_i;
        space();
        std::set<std::string> keys;
        if (peek() == '}') {
            ++m_i;
            return true;
        }
        while (true) {
            if (peek() != '"') return error(Text::tr("a key in quotes was expected"));
            const qsizetype at = m_i;
            std::string key;
            if (!string(key)) return false;
            if (!keys.insert(key).second) {
                m_i = at;
                return error(
                    Text::tr("the key \"%1\" appears twice in one object")
                        .arg(QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()))));
            }
            space();
            if (peek() != ':') return error(Text::tr("':' was expected after a key"));
            ++m_i;
            space();
            if (!value(depth)) return false;
            space();
            if (peek() == ',') {
                ++m_i;
                space();
                continue;
            }
            if (peek() == '}') {
                ++m_i;
                return true;
            }
            return error(Text::tr("',' or '}' was expected"));
        }
    }

    bool array(int depth) {
        if (depth > kMaxJsonDepth)
            return error(Text::tr("nested more than %1 levels deep").arg(kMaxJsonDepth));
        ++m_i;
        space();
        if (peek() == ']') {
            ++m_i;
            return true;
        }
        while (true) {
            if (!value(depth)) return false;
            space();
            if (peek() == ',') {
                ++m_i;
                space();
                continue;
            }
            if (peek() == ']') {
                ++m_i;
                return true;
            }
            return error(Text::tr("',' or ']' was expected"));
        }
    }

    const QByteArray& m_s;
    qsizetype m_i = 0;
    std::optional<QString> m_problem;
};

} // namespace

std::optional<QString> strictJsonProblem(const QByteArray& json) {
    return Checker(json).run();
}

} // namespace actviz::ui
