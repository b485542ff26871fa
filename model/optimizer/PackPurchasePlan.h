#pragma once

#include "model/billing/Money.h"
#include "model/optimizer/PackDemand.h"

#include <QList>
#include <QtGlobal>

namespace ocp {

// `count` packs of size index `size` (into PackDemand::sizes()) bought on the 1st of `month`.
struct PlannedPurchase {
    int month = 0;
    int size = 0;
    qint64 count = 0;

    friend bool operator==(const PlannedPurchase&, const PlannedPurchase&) = default;
};

// A purchase plan for one pack and what it costs under the reduced problem.
struct PackPurchasePlan {
    QList<PlannedPurchase> purchases; // merged and sorted by month, then size descending
    Money packCost;
    Money postpaidCost;

    Money total() const { return packCost + postpaidCost; }

    // Adds packs and keeps `purchases` merged and sorted.
    void add(int month, int size, qint64 count);
    // Recomputes packCost and postpaidCost by simulating the plan month by month (free quota
    // already removed, earliest expiry first, forced deduction): an independent check of what
    // a solver claims. Also returns the postpaid calls of every month when asked.
    void evaluate(const PackDemand& demand, QList<qint64>* postpaidCalls = nullptr);
};

} // namespace ocp
