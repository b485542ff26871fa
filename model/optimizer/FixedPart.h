#pragma once

#include "model/billing/BillingResult.h"
#include "model/billing/Money.h"
#include "model/billing/Purchase.h"
#include "model/optimizer/PackProblem.h"

#include <QList>
#include <QString>
#include <optional>

namespace ocp {

class Catalog;
struct Scenario;

// What is already decided in a year in progress (docs/optimizer.md §2.1): the packs held at the
// start and the purchases of the months that have happened. Every one of them expires before
// any pack the optimizer can buy, so under R3 they are drawn first whatever it buys: one engine
// run with them alone says what they serve, and the calls they leave are what is left to plan.
struct FixedPart {
    int open = 0;              // first month in which packs may be bought
    QList<Purchase> purchases; // made in months before `open`, in the scenario's order
    std::optional<BillingResult> result; // the engine with the fixed batches only

    static FixedPart of(const Catalog& catalog, const Scenario& scenario);

    bool any() const { return result.has_value(); }
    QList<Purchase> purchasesOf(const QString& packId) const;
    // The prices of the pack's fixed purchases (holdings cost nothing).
    Money packCost(int pack) const { return any() ? result->packs.at(pack).packCost : Money(); }
    // The pack's postpaid bill of the months before `open`: no new pack exists there.
    Money postpaidBefore(int pack) const;
    // What no new purchase changes: the fixed purchases' prices and every group's bill of the
    // months before `open`.
    Money costBefore() const;
    // Calls of the fixed batches lost to expiry or left at the end: the same in every plan.
    qint64 expiredCalls(int pack) const {
        return any() ? result->packs.at(pack).expiredCalls + result->packs.at(pack).unusedAtEnd : 0;
    }
    // The pack's problem from `open` on, on the calls the fixed batches leave (its month 0 is
    // `open`): the same reduced problem (calls beyond the free quota, R1, after the billable
    // share, R7), whose month costs do not change (R4: all calls are what they were; postpaid
    // calls are the residual ones less what new packs serve).
    PackProblem openPart(PackProblem p) const;
};

} // namespace ocp
