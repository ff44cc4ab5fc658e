// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The syntax tree of a typed formula, and the parser that builds it.

#include "actviz/core/formula.h"

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace actviz::core {
struct FunctionSpec;
}

namespace actviz::core::formula {

enum class Kind {
    Number, ///< value (text as typed in `name`)
    X,
    Parameter, ///< name
    Pi,
    E,
    Neg, ///< -a
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Builtin,   ///< name(args): abs exp log log1p expm1 sqrt erf tanh pow min max
    Catalogue, ///< function(args[0]; args[1..] its parameters in order)
    If,        ///< if(args[0] cmp args[1], args[2], args[3])
};

enum class Compare { Less, LessEqual, Greater, GreaterEqual };

struct Node {
    Kind kind = Kind::Number;
    double value = 0.0;
    std::string name;
    const FunctionSpec* function = nullptr;
    Compare compare = Compare::Greater;
    std::vector<Node> args;
    int column = 0; ///< where it starts, from 1
};

struct Parsed {
    Node root;
    std::vector<std::string> parameters; ///< in order of first appearance
};

/// The tree of `text`, or why it does not parse.
[[nodiscard]] std::variant<Parsed, FormulaError> parse(std::string_view text);

/// The tree as readable mathematics: x·σ(β·x), √(x² + b), |x|.
[[nodiscard]] std::string show(const Node& node);

/// The value a catalogue function's parameter k takes in a formula when not given: the
/// catalogue's default, except softplus's threshold, PyTorch's switch to x above 20, which
/// would make ln(1 + e^x) not smooth: in a formula softplus is the function itself.
[[nodiscard]] double formulaDefault(const FunctionSpec& fn, std::size_t k);

/// The parts one after another (append, not operator+, which trips GCC 12's -Wrestrict).
[[nodiscard]] inline std::string joined(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (const std::string_view p : parts)
        out.append(p);
    return out;
}

/// A parameter's name as shown: Greek names as their letter ("beta" -> "β").
[[nodiscard]] std::string shownName(std::string_view name);
/// A number as shown: the shortest text that reads back as it, with a proper minus.
[[nodiscard]] std::string shownNumber(double v);
/// The superscript form of `text` when every character has one ("2" -> "²"), else empty.
[[nodiscard]] std::string superscript(std::string_view text);

} // namespace actviz::core::formula
