#pragma once

#include "model/billing/YearMonth.h"

#include <QString>
#include <QtGlobal>

namespace ocp {

// Resource packs the account already holds when the scenario starts: bought and paid before
// it, so they cost the plan nothing, but they serve calls like any pack (R2, R3) until their
// balance runs out or they expire.
struct Holding {
    QString packId;
    qint64 size = 0;      // calls of one pack when it was new
    qint64 remaining = 0; // calls left on each of the `count` packs at the start, at most `size`
    YearMonth expires;    // the last month the balance can be used
    qint64 count = 1;

    friend bool operator==(const Holding&, const Holding&) = default;
};

} // namespace ocp
