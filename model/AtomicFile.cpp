#include "AtomicFile.h"

#include "InputError.h"

#include <QSaveFile>

namespace ocp {

void AtomicFile::write(const QString& path, const QByteArray& contents) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(contents) != contents.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw InputError(QStringLiteral("cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        throw InputError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace ocp
