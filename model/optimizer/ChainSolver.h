#pragma once

#include "model/optimizer/CapacityPricer.h"
#include "model/optimizer/PackDemand.h"
#include "model/optimizer/PackPurchasePlan.h"

namespace ocp {

// The cheapest purchase plan for one pack when packs may be bought in any month (policy
// "any"), exactly, for any month costs. See docs/optimizer.md, "Policy any":
//  - a plan is a sequence of chains: batches bought one after another, each taking over where
//    the previous one ran out or expired, ended by a month with postpaid calls, by an expiry,
//    or by the end of the horizon;
//  - solvePositions() is a dynamic programme over the position on the call axis where the
//    next pack starts and the earliest month it may be dated (when every month's cost is
//    non-decreasing, dating a pack in the month it starts is always best and that dimension
//    goes away);
//  - solveFreeChains() is exact when every window of validity-1 months after a month holds at
//    least a largest pack of demand (packs too large to ever run out left aside): then any mix
//    of packs can be laid out month by month, a chain costs the cheapest mix of its total, and
//    only month boundaries need states.
class ChainSolver {
public:
    ChainSolver(const PackDemand& demand, const CapacityPricer& pricer);

    // Picks the fastest exact method.
    PackPurchasePlan solve() const;
    bool chainsAreFree() const;
    PackPurchasePlan solveFreeChains() const;
    PackPurchasePlan solvePositions() const;

private:
    const PackDemand& m_demand;
    const CapacityPricer& m_pricer;
    // Sizes larger than any validity window of demand can never run out before they expire;
    // they can only sit in the last batch of a chain (docs/optimizer.md, "oversized packs").
    QList<bool> m_oversized;
    qint64 m_largestNormal = 0; // largest other size (0: none)
};

} // namespace ocp
