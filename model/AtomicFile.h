#pragma once

#include <QByteArray>
#include <QString>

namespace ocp {

// Writes a whole file or nothing (QSaveFile): a crash or a full disk never leaves a
// half-written scenario or report behind.
class AtomicFile {
public:
    // Throws InputError with the path and the system's reason.
    static void write(const QString& path, const QByteArray& contents);
};

} // namespace ocp
