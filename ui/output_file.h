// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where an export goes. A regular file (or a new one) is written atomically (QSaveFile: on any
// failure nothing is left, and an existing file stays as it was); a FIFO, a character device
// (/dev/null, a terminal) or "-" (standard output) is written directly and never replaced. Every
// failure names the file and says why ("No space left on device").

#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace actviz::ui {

class OutputFile {
public:
    OutputFile();
    ~OutputFile(); ///< cancels what was not committed
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    /// Opens `path` ("-" for standard output); returns why it cannot be written.
    std::optional<QString> open(const QString& path);
    /// The device to write to, once open.
    [[nodiscard]] QIODevice* device() const;
    /// Writes all of `bytes`; returns why not.
    std::optional<QString> write(const QByteArray& bytes);
    /// Finishes: the file takes its place (atomic) or the last bytes are flushed (direct).
    std::optional<QString> commit();
    /// Drops what was written to an atomic file (a direct one cannot take it back).
    void cancel();
    /// Whether the output is written directly (a FIFO, a device, standard output).
    [[nodiscard]] bool direct() const;

private:
    [[nodiscard]] QString failure() const;
    struct State;
    std::unique_ptr<State> m_state;
};

/// Writes `bytes` to `path` as above; returns why it failed, or nullopt.
[[nodiscard]] std::optional<QString> writeOutput(const QString& path, const QByteArray& bytes);

} // namespace actviz::ui
