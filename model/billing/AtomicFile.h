#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace ocp {

// Writes a whole file or nothing (QSaveFile): a crash or a full disk never leaves a
// half-written scenario or report behind.
class AtomicFile {
public:
    enum class Backup { None, KeepPrevious };

    // Throws InputError with the path and the system's reason. With KeepPrevious, an existing
    // file is first copied to `path.bak`, so the last good version survives a bad save.
    static void write(const QString& path, const QByteArray& contents, Backup backup = Backup::None);
    // Scenario, plan and catalog files are a few hundred kilobytes; 16 MiB leaves room for
    // any real plan while a file sent by someone else cannot make the planner read gigabytes.
    static constexpr qint64 kMaxDocumentBytes = 16 * 1024 * 1024;

    // The whole file; InputError "cannot read PATH: reason" when it cannot be opened. A file
    // larger than maxBytes is refused before it is read, naming `what` ("scenario file") and
    // the limit.
    static QByteArray read(const QString& path, const QString& what, qint64 maxBytes = kMaxDocumentBytes);
    static QString backupPath(const QString& path) { return path + QStringLiteral(".bak"); }
};

} // namespace ocp
