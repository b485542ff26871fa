#pragma once

#include <QByteArray>
#include <QString>

namespace ocp {

// Writes a whole file or nothing (QSaveFile): a crash or a full disk never leaves a
// half-written scenario or report behind.
class AtomicFile {
public:
    enum class Backup { None, KeepPrevious };

    // Throws InputError with the path and the system's reason. With KeepPrevious, an existing
    // file is first copied to `path.bak`, so the last good version survives a bad save.
    static void write(const QString& path, const QByteArray& contents, Backup backup = Backup::None);
    // The whole file; InputError "cannot read PATH: reason" when it cannot be opened.
    static QByteArray read(const QString& path);
    static QString backupPath(const QString& path) { return path + QStringLiteral(".bak"); }
};

} // namespace ocp
