#pragma once

#include <QString>

#include <QtGlobal>

namespace ocp {

// Buying `count` packs of `size` calls of one resource pack on the 1st of a month.
struct Purchase {
    int month = 0;          // index into the scenario's horizon (0 = start month)
    QString packId;
    qint64 size = 0;  // calls per pack
    qint64 count = 1;

    friend bool operator==(const Purchase&, const Purchase&) = default;
};

} // namespace ocp
