// SPDX-License-Identifier: GPL-3.0-or-later
// The formula parser: recursive descent over a token list, with the column of every token for
// messages.

#include "ast.h"

#include "actviz/core/catalogue.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <optional>

namespace actviz::core::formula {
namespace {

constexpr int kMaxDepth = 64;
constexpr std::size_t kMaxNodes = 400;

struct Builtin {
    std::string_view name;
    int arity;
};
constexpr std::array kBuiltins{
    Builtin{"abs", 1},   Builtin{"exp", 1},  Builtin{"log", 1}, Builtin{"log1p", 1},
    Builtin{"expm1", 1}, Builtin{"sqrt", 1}, Builtin{"erf", 1}, Builtin{"tanh", 1},
    Builtin{"pow", 2},   Builtin{"min", 2},  Builtin{"max", 2}, Builtin{"if", 3},
};

const Builtin* findBuiltin(std::string_view name) {
    for (const Builtin& b : kBuiltins)
        if (b.name == name) return &b;
    return nullptr;
}

enum class Tok { Number, Name, Op, End };

struct Token {
    Tok kind = Tok::End;
    std::string text; ///< the operator normalised: "*" for "·" and "×", "-" for "−", "^" for "**"
    int column = 0;   ///< first character, from 1
    int last = 0;     ///< last character
};

bool isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

/// The UTF-8 character at `i` (one byte when it is not valid UTF-8) and its length.
std::string_view characterAt(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 1;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    if (c >= 0xE0 && c <= 0xEF) n = 3;
    if (c >= 0xF0 && c <= 0xF4) n = 4;
    if (i + n > s.size()) return s.substr(i, 1);
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return s.substr(i, 1);
    return s.substr(i, n);
}

/// A character for a message: itself when printable, else its code.
std::string describeCharacter(std::string_view ch) {
    const auto c = static_cast<unsigned char>(ch[0]);
    if (ch.size() > 1) return "'" + std::string(ch) + "'";
    if (c >= 0x21 && c < 0x7F) return "'" + std::string(ch) + "'";
    char buf[16];
    std::snprintf(buf, sizeof buf, "byte 0x%02X", c);
    return buf;
}

std::string at(int column) {
    return " at column " + std::to_string(column);
}

class Parser {
public:
    explicit Parser(std::string_view text)
        : m_text(text) {}

    std::variant<Parsed, FormulaError> run() {
        if (m_text.size() > kMaxFormulaLength) {
            return FormulaError{"the formula is longer than " + std::to_string(kMaxFormulaLength) +
                                    " characters",
                                0};
        }
        if (auto e = tokenize()) return *e;
        if (m_tokens.size() == 1)
            return FormulaError{"type a formula in x, such as x * sigmoid(x)", 0};
        Parsed out;
        out.root = expression(0);
        if (!m_error && peek().kind != Tok::End) {
            const Token& t = peek();
            fail(t.text == ")" ? "unmatched )" + at(t.column)
                               : "expected an operator before " + quoted(t) + at(t.column),
                 t.column);
        }
        if (!m_error && !m_usesX)
            fail("the formula does not use x: an activation is a function of x", 0);
        if (m_error) return *m_error;
        out.parameters = m_parameters;
        return out;
    }

private:
    // --- tokens
    std::optional<FormulaError> tokenize() {
        int column = 1;
        std::size_t i = 0;
        while (i < m_text.size()) {
            const char c = m_text[i];
            const std::string_view ch = characterAt(m_text, i);
            Token t;
            t.column = column;
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++i;
                ++column;
                continue;
            }
            std::size_t len = ch.size();
            if (isDigit(c) || (c == '.' && i + 1 < m_text.size() && isDigit(m_text[i + 1]))) {
                std::size_t j = i;
                while (j < m_text.size() && (isDigit(m_text[j]) || m_text[j] == '.'))
                    ++j;
                if (j < m_text.size() && (m_text[j] == 'e' || m_text[j] == 'E')) {
                    std::size_t k = j + 1;
                    if (k < m_text.size() && (m_text[k] == '+' || m_text[k] == '-')) ++k;
                    if (k < m_text.size() && isDigit(m_text[k])) {
                        while (k < m_text.size() && isDigit(m_text[k]))
                            ++k;
                        j = k;
                    }
                }
                t.kind = Tok::Number;
                t.text = std::string(m_text.substr(i, j - i));
                len = j - i;
            } else if (isNameStart(c)) {
                std::size_t j = i;
                while (j < m_text.size() && (isNameStart(m_text[j]) || isDigit(m_text[j])))
                    ++j;
                t.kind = Tok::Name;
                t.text = std::string(m_text.substr(i, j - i));
                len = j - i;
            } else {
                static constexpr std::array<std::string_view, 6> kTwo{
                    "**", "<=", ">=", "==", "!=", "=>"};
                t.kind = Tok::Op;
                const std::string_view two = m_text.substr(i, 2);
                if (std::find(kTwo.begin(), kTwo.end(), two) != kTwo.end()) {
                    t.text = two == "**" ? "^" : std::string(two);
                    len = 2;
                } else if (std::string_view("+-*/^(),=<>").find(c) != std::string_view::npos) {
                    t.text = std::string(1, c);
                } else if (ch == "·" || ch == "×") {
                    t.text = "*";
                } else if (ch == "−") {
                    t.text = "-";
                } else {
                    return FormulaError{
                        "unexpected character " + describeCharacter(ch) + at(column), column};
                }
            }
            // Columns count characters, not bytes.
            const std::string_view taken = m_text.substr(i, len);
            const int chars =
                static_cast<int>(std::count_if(taken.begin(), taken.end(), [](char b) {
                    return (static_cast<unsigned char>(b) & 0xC0) != 0x80;
                }));
            t.last = column + chars - 1;
            column += chars;
            i += len;
            m_tokens.push_back(std::move(t));
        }
        Token end;
        end.kind = Tok::End;
        end.column = column;
        end.last = column;
        m_tokens.push_back(end);
        return std::nullopt;
    }

    const Token& peek() const { return m_tokens[m_pos]; }
    bool isOp(std::string_view op) const { return peek().kind == Tok::Op && peek().text == op; }
    const Token& take() { return m_tokens[std::min(m_pos++, m_tokens.size() - 1)]; }
    /// The last character before the current token: where "missing )" is reported at the end.
    int lastColumn() const { return m_pos > 0 ? m_tokens[m_pos - 1].last : 1; }

    static std::string quoted(const Token& t) {
        return t.kind == Tok::End ? std::string("the end") : "'" + t.text + "'";
    }

    void fail(std::string message, int column) {
        if (!m_error) m_error = FormulaError{std::move(message), column};
    }

    Node node(Kind kind, int column) {
        if (++m_nodes > kMaxNodes && !m_error) {
            fail("the formula has more than " + std::to_string(kMaxNodes) + " terms", column);
        }
        Node n;
        n.kind = kind;
        n.column = column;
        return n;
    }

    // --- grammar
    // expression := term (('+' | '-') term)*
    Node expression(int depth) {
        if (depth > kMaxDepth) {
            fail("the formula is nested more than " + std::to_string(kMaxDepth) + " levels deep" +
                     at(peek().column),
                 peek().column);
            return {};
        }
        Node left = term(depth);
        while (!m_error && (isOp("+") || isOp("-"))) {
            const Token& op = take();
            Node n = node(op.text == "+" ? Kind::Add : Kind::Sub, left.column);
            n.args.push_back(std::move(left));
            n.args.push_back(term(depth));
            left = std::move(n);
        }
        return left;
    }

    // term := unary (('*' | '/') unary)*
    Node term(int depth) {
        Node left = unary(depth);
        while (!m_error && (isOp("*") || isOp("/"))) {
            const Token& op = take();
            Node n = node(op.text == "*" ? Kind::Mul : Kind::Div, left.column);
            n.args.push_back(std::move(left));
            n.args.push_back(unary(depth));
            left = std::move(n);
        }
        if (!m_error && (peek().kind == Tok::Name || peek().kind == Tok::Number || isOp("("))) {
            fail("expected an operator before " + quoted(peek()) + at(peek().column) +
                     " (write 2*x, not 2x)",
                 peek().column);
        }
        return left;
    }

    // unary := ('-' | '+') unary | power
    Node unary(int depth) {
        if (isOp("-") || isOp("+")) {
            const Token& op = take();
            if (depth + 1 > kMaxDepth) return expression(depth + 1);
            Node inner = unary(depth + 1);
            if (op.text == "+") return inner;
            Node n = node(Kind::Neg, op.column);
            n.args.push_back(std::move(inner));
            return n;
        }
        return power(depth);
    }

    // power := primary ('^' unary)?    (right associative: 2^3^2 = 2^9, -x^2 = -(x^2))
    Node power(int depth) {
        Node base = primary(depth);
        if (!m_error && isOp("^")) {
            take();
            Node n = node(Kind::Pow, base.column);
            n.args.push_back(std::move(base));
            if (depth + 1 > kMaxDepth) return expression(depth + 1);
            n.args.push_back(unary(depth + 1));
            return n;
        }
        return base;
    }

    Node primary(int depth) {
        if (m_error) return {};
        const Token& t = peek();
        if (t.kind == Tok::Number) {
            take();
            Node n = node(Kind::Number, t.column);
            const auto v = parseNumber(t.text);
            if (!v || std::count(t.text.begin(), t.text.end(), '.') > 1) {
                fail("'" + t.text + "' is not a number" + at(t.column), t.column);
            } else if (!std::isfinite(*v)) {
                fail(t.text + " is too large for a double" + at(t.column), t.column);
            } else if (*v == 0.0 &&
                       t.text.find_first_of("123456789") < t.text.find_first_of("eE")) {
                fail(t.text + " is too small for a double (it would be 0)" + at(t.column),
                     t.column);
            }
            n.value = v.value_or(0.0);
            n.name = t.text;
            return n;
        }
        if (t.kind == Tok::Name) {
            take();
            if (isOp("(")) return call(t, depth);
            return name(t);
        }
        if (isOp("(")) {
            const Token& open = take();
            Node inner = expression(depth + 1);
            if (!m_error && !isOp(")")) {
                fail(missingClose(open), isEnd() ? lastColumn() : peek().column);
                return inner;
            }
            take();
            return inner;
        }
        if (t.kind == Tok::End) {
            fail(m_pos == 0 ? "type a formula in x"
                            : "the formula ends too early: expected a number, a name or ( after "
                              "column " +
                                  std::to_string(lastColumn()),
                 lastColumn());
        } else {
            fail("expected a number, a name or ( at column " + std::to_string(t.column) +
                     ", found " + quoted(t),
                 t.column);
        }
        return {};
    }

    bool isEnd() const { return peek().kind == Tok::End; }

    std::string missingClose(const Token& open) {
        if (isEnd())
            return "missing )" + at(lastColumn()) + " to close the ( at column " +
                   std::to_string(open.column);
        return "missing ) before " + quoted(peek()) + at(peek().column) +
               " to close the ( at column " + std::to_string(open.column);
    }

    Node name(const Token& t) {
        if (t.text == "x") {
            m_usesX = true;
            return node(Kind::X, t.column);
        }
        if (t.text == "pi") return node(Kind::Pi, t.column);
        if (t.text == "e") return node(Kind::E, t.column);
        if (auto why = reservedName(t.text)) {
            fail(*why + at(t.column), t.column);
            return {};
        }
        if (findBuiltin(t.text) != nullptr || findFunction(t.text) != nullptr) {
            fail(t.text + " is a function: write " + t.text + "(x)" + at(t.column), t.column);
            return {};
        }
        if (std::find(m_parameters.begin(), m_parameters.end(), t.text) == m_parameters.end()) {
            if (m_parameters.size() == kMaxFormulaParameters) {
                fail("a formula may have at most " + std::to_string(kMaxFormulaParameters) +
                         " parameters; " + t.text + at(t.column) + " would be one more",
                     t.column);
                return {};
            }
            m_parameters.push_back(t.text);
        }
        Node n = node(Kind::Parameter, t.column);
        n.name = t.text;
        return n;
    }

    struct Argument {
        std::string keyword;
        int column = 0;
        Node value;
        std::optional<Compare> compare;
        Node right;
    };

    Node call(const Token& fnToken, int depth) {
        const Token& open = take();
        std::vector<Argument> args;
        if (!isOp(")")) {
            while (!m_error) {
                Argument a;
                a.column = peek().column;
                if (peek().kind == Tok::Name && m_pos + 1 < m_tokens.size() &&
                    m_tokens[m_pos + 1].kind == Tok::Op && m_tokens[m_pos + 1].text == "=") {
                    a.keyword = take().text;
                    take();
                }
                a.value = expression(depth + 1);
                if (!m_error && peek().kind == Tok::Op) {
                    const std::string& op = peek().text;
                    if (op == "==" || op == "!=" || op == "=" || op == "=>") {
                        fail("use <, <=, > or >= in a condition" + at(peek().column),
                             peek().column);
                    } else if (op == "<" || op == "<=" || op == ">" || op == ">=") {
                        take();
                        a.compare = op == "<"    ? Compare::Less
                                    : op == "<=" ? Compare::LessEqual
                                    : op == ">"  ? Compare::Greater
                                                 : Compare::GreaterEqual;
                        a.right = expression(depth + 1);
                    }
                }
                args.push_back(std::move(a));
                if (m_error || !isOp(",")) break;
                take();
            }
        }
        if (m_error) return {};
        if (!isOp(")")) {
            fail(missingClose(open), isEnd() ? lastColumn() : peek().column);
            return {};
        }
        take();
        return build(fnToken, std::move(args));
    }

    Node build(const Token& fnToken, std::vector<Argument> args) {
        const std::string& fname = fnToken.text;
        const int column = fnToken.column;
        // Conditions only as the first argument of if; keywords only for catalogue functions.
        for (std::size_t i = 0; i < args.size(); ++i) {
            if (args[i].compare && !(fname == "if" && i == 0)) {
                fail("a comparison may only be the first argument of if" + at(args[i].column),
                     args[i].column);
                return {};
            }
        }
        if (const Builtin* b = findBuiltin(fname)) {
            if (static_cast<int>(args.size()) != b->arity) {
                fail(fname + " takes " + std::to_string(b->arity) + " argument" +
                         (b->arity == 1 ? "" : "s") + ", got " + std::to_string(args.size()) +
                         at(column),
                     column);
                return {};
            }
            for (const Argument& a : args) {
                if (!a.keyword.empty()) {
                    fail(fname + " has no parameter named " + a.keyword + at(a.column), a.column);
                    return {};
                }
            }
            if (fname == "if") {
                if (!args[0].compare) {
                    fail("if needs a condition first, such as if(x > 0, x, 0)" + at(args[0].column),
                         args[0].column);
                    return {};
                }
                Node n = node(Kind::If, column);
                n.compare = *args[0].compare;
                n.args.push_back(std::move(args[0].value));
                n.args.push_back(std::move(args[0].right));
                n.args.push_back(std::move(args[1].value));
                n.args.push_back(std::move(args[2].value));
                return n;
            }
            Node n = node(Kind::Builtin, column);
            n.name = fname;
            for (Argument& a : args)
                n.args.push_back(std::move(a.value));
            return n;
        }
        const FunctionSpec* fn = findFunction(fname);
        if (fn == nullptr) {
            fail("unknown function " + fname + at(column), column);
            return {};
        }
        return catalogueCall(*fn, fnToken, std::move(args));
    }

    Node catalogueCall(const FunctionSpec& fn, const Token& fnToken, std::vector<Argument> args) {
        const int column = fnToken.column;
        const std::size_t np = fn.params.size();
        std::string names;
        for (const ParamSpec& p : fn.params)
            names += (names.empty() ? "" : ", ") + std::string(p.id);
        const std::string takes = fnToken.text + " takes x" +
                                  (np == 0 ? std::string(" only")
                                           : " and " + std::to_string(np) + " parameter" +
                                                 (np == 1 ? "" : "s") + " (" + names + ")");
        if (args.empty() || !args[0].keyword.empty()) {
            fail(takes + ": x comes first" + at(column), column);
            return {};
        }
        if (args.size() > np + 1) {
            fail(takes + ", got " + std::to_string(args.size() - 1) + " after x" + at(column),
                 column);
            return {};
        }
        Node n = node(Kind::Catalogue, column);
        n.function = &fn;
        n.name = std::string(fn.id);
        n.args.push_back(std::move(args[0].value));
        std::vector<std::optional<Node>> given(np);
        bool keywords = false;
        for (std::size_t i = 1; i < args.size(); ++i) {
            Argument& a = args[i];
            std::size_t index = i - 1;
            if (!a.keyword.empty()) {
                keywords = true;
                const auto k = fn.paramIndex(a.keyword);
                if (!k) {
                    fail(takes + ": it has no parameter " + a.keyword + at(a.column), a.column);
                    return {};
                }
                index = *k;
            } else if (keywords) {
                fail("a parameter by position cannot follow one by name" + at(a.column), a.column);
                return {};
            }
            if (given[index]) {
                fail(std::string(fn.params[index].id) + " is given twice" + at(a.column), a.column);
                return {};
            }
            // The catalogue has df/dparam only for learnable parameters, so the others must
            // be fixed numbers for the derivatives to be exact.
            if (!fn.params[index].learnable && !constant(a.value)) {
                fail(fnToken.text + "'s " + std::string(fn.params[index].id) +
                         " must be a number here (the catalogue has no derivative for it)" +
                         at(a.column),
                     a.column);
                return {};
            }
            given[index] = std::move(a.value);
        }
        // Fixed values are checked as --param checks them: softplus(x, beta=0) is refused.
        std::vector<double> fixed;
        for (std::size_t k = 0; k < np; ++k) {
            const auto v = given[k] ? constantValue(*given[k]) : formulaDefault(fn, k);
            if (v) fixed.push_back(*v);
        }
        if (fixed.size() == np) {
            if (auto why = fn.validate(fixed)) {
                fail(*why + " (in " + fnToken.text + at(column) + ")", column);
                return {};
            }
        }
        for (std::size_t k = 0; k < np; ++k) {
            if (given[k]) {
                n.args.push_back(std::move(*given[k]));
            } else {
                Node d = node(Kind::Number, 0);
                d.value = formulaDefault(fn, k);
                d.name.clear(); // a default, not typed: shown only when it was given
                n.args.push_back(std::move(d));
            }
        }
        return n;
    }

    /// Why `name` cannot be a parameter, or nullopt.
    static std::optional<std::string> reservedName(const std::string& name) {
        std::string lower = name;
        for (char& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower == "inf" || lower == "infinity" || lower == "nan")
            return name + " is not a parameter here: write a number, such as 1e300";
        if (lower == "pi" || lower == "e") return "write " + lower + " for the constant " + name;
        if (name == "f") return "f is the function itself: give the parameter another name";
        return std::nullopt;
    }

    /// The value of a subtree of numbers and constants, or nullopt where it has x or a
    /// parameter.
    static std::optional<double> constantValue(const Node& n) {
        std::vector<double> v;
        for (const Node& a : n.args) {
            const auto value = constantValue(a);
            if (!value) return std::nullopt;
            v.push_back(*value);
        }
        switch (n.kind) {
        case Kind::Number:
            return n.value;
        case Kind::Pi:
            return 3.141592653589793;
        case Kind::E:
            return 2.718281828459045;
        case Kind::Neg:
            return -v[0];
        case Kind::Add:
            return v[0] + v[1];
        case Kind::Sub:
            return v[0] - v[1];
        case Kind::Mul:
            return v[0] * v[1];
        case Kind::Div:
            return v[0] / v[1];
        case Kind::Pow:
            return std::pow(v[0], v[1]);
        default:
            return std::nullopt;
        }
    }

    static bool constant(const Node& n) {
        if (n.kind == Kind::X || n.kind == Kind::Parameter) return false;
        return std::all_of(n.args.begin(), n.args.end(), [](const Node& a) { return constant(a); });
    }

    std::string_view m_text;
    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    std::size_t m_nodes = 0;
    bool m_usesX = false;
    std::vector<std::string> m_parameters;
    std::optional<FormulaError> m_error;
};

} // namespace

double formulaDefault(const FunctionSpec& fn, std::size_t k) {
    // 1e300 rather than inf: GiNaC's numbers are finite; beta x never exceeds it.
    if (fn.id == "softplus" && fn.params[k].id == "threshold") return 1e300;
    return fn.params[k].defaultValue;
}

std::variant<Parsed, FormulaError> parse(std::string_view text) {
    return Parser(text).run();
}

} // namespace actviz::core::formula
