#include "model/billing/AtomicFile.h"

#include "model/billing/InputError.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace ocp {

void AtomicFile::write(const QString& path, const QByteArray& contents, Backup backup) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(contents) != contents.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw InputError(QStringLiteral("cannot write %1: %2").arg(path, reason));
    }
    if (backup == Backup::KeepPrevious && QFile::exists(path)) {
        const QString bak = backupPath(path);
        QFile::remove(bak);
        if (!QFile::copy(path, bak)) {
            file.cancelWriting();
            throw InputError(
                QStringLiteral("cannot keep a backup of %1 as %2; nothing was saved").arg(path, bak));
        }
    }
    if (!file.commit())
        throw InputError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;

// Sizes as a user sees them in a file manager: "16 MB", "100.5 MB" (rounded down).
QString megabytes(qint64 bytes) {
    const qint64 tenths = bytes * 10 / kMegabyte;
    if (tenths % 10 == 0)
        return QStringLiteral("%1 MB").arg(tenths / 10);
    return QStringLiteral("%1.%2 MB").arg(tenths / 10).arg(tenths % 10);
}

[[noreturn]] void refuseSize(const QString& path, const QString& what, qint64 size, qint64 maxBytes) {
    // Just over the limit would read "16 MB; at most 16 MB": say "larger than" instead.
    if (size - maxBytes >= kMegabyte / 10)
        throw InputError(QStringLiteral("cannot read %1: it is %2; a %3 can be at most %4")
                             .arg(path, megabytes(size), what, megabytes(maxBytes)));
    throw InputError(QStringLiteral("cannot read %1: it is larger than the %2 a %3 can be")
                         .arg(path, megabytes(maxBytes), what));
}

} // namespace

QByteArray AtomicFile::read(const QString& path, const QString& what, qint64 maxBytes) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    // The size first, so that an oversized file is refused without reading it.
    if (file.size() > maxBytes)
        refuseSize(path, what, file.size(), maxBytes);
    // A pipe or a file still growing reports a size that can be wrong: read in chunks and
    // never past the limit.
    constexpr qint64 kChunk = 1024 * 1024;
    QByteArray bytes;
    if (!file.isSequential())
        bytes.reserve(file.size());
    for (;;) {
        const QByteArray chunk = file.read(std::min(kChunk, maxBytes + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        if (bytes.size() > maxBytes)
            refuseSize(path, what, bytes.size(), maxBytes);
    }
    if (file.error() != QFileDevice::NoError)
        throw InputError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return bytes;
}

} // namespace ocp
