#pragma once
// Exhaustive search for the cheapest purchase schedule of a few resource packs of a real
// catalog, every candidate billed by BillingEngine::run and nothing else: no solver code and
// no cost model of its own. Used to check the optimizer's plans on small cases.
//
// Two bounds keep it finite; both are provably safe (they never remove a plan that could be
// strictly cheaper than the best one kept):
//
// * Per month and pack, packs are listed small size first and "capacity bought this month
//   before its last pack" stays below that month's window excess: the calls of the pack's
//   interfaces beyond the monthly free quota (R1) in the purchase month and the months the
//   pack is valid in (R2). Packs bought in one month expire together and are drawn in the
//   order listed (R3), so once the packs listed before the last one can hold every call
//   their window can ever bring, the last pack is never drawn. A pack that is never drawn
//   changes no deduction and no postpaid bill under either tier basis (R4); removing it
//   only saves its price. So an optimal plan never has one.
// * Branch and bound on the engine's own bill of the months decided so far: a schedule is
//   decided month by month, and the engine's total for the horizon cut after month m
//   (purchases up to m) is the exact cost of those months. Later months only add pack prices
//   and postpaid bills, which are never negative, so when that prefix already reaches the
//   best full plan found, no completion of it can be cheaper. To that prefix it adds a lower
//   bound of the later months: each later call beyond the free quota that the balance
//   carried out of month m cannot serve is either served by a pack still to be bought (at
//   least the cheapest price per call of the sizes searched, since a pack serves at most its
//   size) or billed postpaid (at least the lowest unit price of the group, above-top price
//   included). Left at 0 when a billable share below 100 % makes the calls smaller (R7).
//
// The first upper bound is the postpaid-only bill, so every plan is compared with it.
//
// A year in progress (Scenario::holdings, Scenario::actualThrough): the holdings stay, the
// purchases of the months up to actualThrough are kept in every plan, and only months after
// it are searched (policy start: the first of them). The first upper bound is then the bill of
// those fixed packs alone. The window bound stays safe: the calls a held or fixed pack serves
// only lower what a new pack can be drawn for. So does the later-months bound: the balance
// carried out of month m includes the fixed packs' balance, which can only serve fewer calls.

#include "model/billing/Catalog.h"
#include "model/billing/Scenario.h"
#include "model/optimizer/PurchaseOptimizer.h"

#include <QStringList>

namespace ocp::bruteforce {

struct EngineOptimum {
    Money total;                // the cheapest bill found
    QList<Purchase> purchases;  // one plan that costs it
    qint64 plansBilled = 0;     // engine runs, for the curious
};

// `sizes`: the pack sizes (calls) that may be bought; `anyMonth`: purchases in any open month
// of the horizon, otherwise in its first open month only; `maxCount`: a further bound on the count of
// each size per pack and month that the caller justifies (0: none).
EngineOptimum cheapestByEngine(const Catalog& catalog, Scenario base, const QStringList& packIds,
                               const QList<qint64>& sizes, bool anyMonth, qint64 maxCount = 0);

// The input scenario with the optimizer's purchases, rebuilt from each pack's plan: what a
// user who adopts the plan would have, billed without any help from the optimizer.
Scenario withPlanPurchases(const Scenario& input, const OptimizedPlan& plan);

struct Checked {
    Money optimizer;
    Money exhaustive;
};

// The optimizer's plan, billed by the engine from its purchase list in a fresh copy of the
// input, against the exhaustive optimum over `sizes` of `packs`.
Checked checkOptimizer(const Catalog& catalog, const Scenario& s, PurchasePolicy policy, const QStringList& packs,
                       const QList<qint64>& sizes, qint64 maxCount = 0);

// The same on the built-in catalog, which the real-catalog searches all use.
Checked checkOnRealCatalog(const Scenario& s, PurchasePolicy policy, const QStringList& packs,
                           const QList<qint64>& sizes, qint64 maxCount = 0);

// ID-card calls month by month from January 2027, nothing else.
Scenario idCards(const QList<qint64>& calls);

// The pack groups the real-catalog searches buy from.
extern const QStringList kIdCard;
extern const QStringList kLicences;

} // namespace ocp::bruteforce
