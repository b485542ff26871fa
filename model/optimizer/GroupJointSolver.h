#pragma once

#include "model/billing/MonthCost.h"
#include "model/billing/ScenarioSettings.h"
#include "model/optimizer/CapacityPricer.h"
#include "model/optimizer/PackDemand.h"
#include "model/optimizer/PackPurchasePlan.h"

#include <QList>

namespace ocp {

// Optimises the packs of one postpaid group together when their postpaid calls share one
// all-units tier (tier basis "postpaid calls"): a month's postpaid cost depends on the sum of
// the packs' postpaid calls, so the packs cannot be planned one by one.
//
// Exact dynamic programme over months whose state is, for every pack, the balance of the
// batch being used and the earliest month a next batch may be dated (a later batch can be
// dated back to any month after the previous one, which is how a batch can be made to expire
// earlier). Batches that run out before they expire are dated as early as allowed, which
// changes nothing for them and leaves the most choice to the next one (docs/optimizer.md,
// "joint groups"). The state space is the product over the packs, so the cost grows quickly
// with volumes; above a limit the solver refuses with an InputError instead of guessing.
class GroupJointSolver {
public:
    struct Member {
        const PackDemand* demand = nullptr;
        const CapacityPricer* pricer = nullptr;
    };

    GroupJointSolver(QList<Member> members, QList<MonthCost> groupCost, PurchasePolicy policy);

    // One solution per member, in order; `total` receives the group's total (packs + postpaid).
    QList<PackPurchasePlan> solve(Money* total = nullptr) const;

private:
    QList<Member> m_members;
    QList<MonthCost> m_groupCost;
    PurchasePolicy m_policy;
};

} // namespace ocp
