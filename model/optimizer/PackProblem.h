#pragma once

#include "model/billing/Money.h"

#include <QList>
#include <QString>
#include <functional>

namespace ocp {

class Catalog;
struct Scenario;

// What one month's postpaid calls cost a resource pack: either a fixed unit price (the tier
// is chosen by all calls, which purchases cannot change) or the all-units ladder applied to
// the postpaid calls themselves, which is not monotone (10,000 calls at 0.15 cost more than
// 10,001 at 0.10).
struct PostpaidCostFunction {
    bool ladder = false;
    qint64 unitMicros = 0;    // fixed price per call, when !ladder
    QList<qint64> tierUpTo;   // ladder bounds, when ladder
    QList<qint64> tierMicros; // ladder prices per call
    qint64 aboveTopMicros = 0;
    qint64 offsetCalls = 0; // calls of other packs already billed in the group this month
    // Only this pack's own calls are priced, at the tier that they and the offset choose
    // together (a lower bound on its share of the group's bill when prices fall with volume).
    bool ownShare = false;

    // Cost in micro-yuan of x postpaid calls of this pack; on a ladder with an offset, the
    // cost of the whole group's postpaid calls (the offset's calls share the tier).
    qint64 cost(qint64 x) const;
    // Cost above that of no postpaid calls of this pack (non-zero at 0 only with an offset):
    // what the pack's own purchases can change. May be negative on a ladder.
    qint64 extra(qint64 x) const { return cost(x) - cost(0); }
    // Whether a call never costs more at a higher volume (ladder prices that never rise): then
    // x · price(x + y) >= x · price(x + Y) for y <= Y, which the coupled groups' bounds use.
    bool pricesNeverRise() const;
};

// The optimizer's view of one resource pack: paid demand per month (billable calls minus the
// free quota), the pack sizes with their effective prices, validity, and postpaid cost.
struct PackProblem {
    int pack = -1;
    int months = 0;
    int validity = 12;
    QList<qint64> demand;                 // per month, calls beyond the free quota
    QList<qint64> sizes;                  // calls, ascending
    QList<qint64> prices;                 // micro-yuan, per size
    QList<PostpaidCostFunction> postpaid; // per month

    qint64 postpaidOnlyCost() const;
    // What the postpaid bill is whatever this pack buys: the other packs' share of the group.
    qint64 baselineCost() const;
};

} // namespace ocp
