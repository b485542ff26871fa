#include "AtomicFile.h"

#include "InputError.h"

#include <QFile>
#include <QSaveFile>

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

QByteArray AtomicFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace ocp
