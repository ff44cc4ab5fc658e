// SPDX-License-Identifier: GPL-3.0-or-later
#include "output_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace actviz::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::Output)
};

/// Whether `path` names something other than a regular file (FIFO, device, socket).
bool special(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) return false; // new: regular
    return !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

} // namespace

struct OutputFile::State {
    QString path;
    std::unique_ptr<QSaveFile> atomic;
    std::unique_ptr<QFile> direct;
    int lastErrno = 0;
};

OutputFile::OutputFile()
    : m_state(std::make_unique<State>()) {}

OutputFile::~OutputFile() {
    cancel();
}

bool OutputFile::direct() const {
    return m_state->direct != nullptr;
}

QIODevice* OutputFile::device() const {
    if (m_state->atomic) return m_state->atomic.get();
    return m_state->direct.get();
}

QString OutputFile::failure() const {
    // The system's words for the cause ("No space left on device") beat Qt's summary of it
    // ("Writing canceled by application").
    const QString why = m_state->lastErrno != 0
                            ? QString::fromLocal8Bit(std::strerror(m_state->lastErrno))
                            : device()->errorString();
    const QString name =
        m_state->path == QLatin1String("-") ? Text::tr("standard output") : m_state->path;
    return Text::tr("cannot write %1: %2").arg(name, why);
}

std::optional<QString> OutputFile::open(const QString& path) {
    m_state->path = path;
    if (path.isEmpty()) return Text::tr("no output file given");
    if (path == QLatin1String("-")) {
        m_state->direct = std::make_unique<QFile>();
        if (!m_state->direct->open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
            return failure();
        return std::nullopt;
    }
    if (QFileInfo(path).isDir()) return Text::tr("cannot write %1: it is a folder").arg(path);
    if (special(path)) {
        m_state->direct = std::make_unique<QFile>(path);
        if (!m_state->direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) return failure();
        return std::nullopt;
    }
    m_state->atomic = std::make_unique<QSaveFile>(path);
    if (!m_state->atomic->open(QIODevice::WriteOnly)) return failure();
    return std::nullopt;
}

std::optional<QString> OutputFile::write(const QByteArray& bytes) {
    QIODevice* d = device();
    if (d == nullptr) return Text::tr("the output is not open");
    errno = 0;
    if (d->write(bytes) != bytes.size()) {
        m_state->lastErrno = errno;
        return failure();
    }
    return std::nullopt;
}

std::optional<QString> OutputFile::commit() {
    errno = 0;
    if (m_state->atomic) {
        // Flush first: a full disk shows up here, with its real cause.
        if (!m_state->atomic->flush() || !m_state->atomic->commit()) {
            m_state->lastErrno = errno;
            const QString why = failure();
            m_state->atomic.reset();
            return why;
        }
        m_state->atomic.reset();
        return std::nullopt;
    }
    if (m_state->direct) {
        const bool ok = m_state->direct->flush() &&
                        (m_state->path != QLatin1String("-") || std::fflush(stdout) == 0);
        if (!ok) {
            m_state->lastErrno = errno;
            return failure();
        }
        m_state->direct.reset();
    }
    return std::nullopt;
}

void OutputFile::cancel() {
    if (m_state->atomic) {
        m_state->atomic->cancelWriting();
        m_state->atomic.reset();
    }
    m_state->direct.reset();
}

std::optional<QString> writeOutput(const QString& path, const QByteArray& bytes) {
    OutputFile file;
    if (auto why = file.open(path)) return why;
    if (auto why = file.write(bytes)) return why;
    return file.commit();
}

} // namespace actviz::ui
