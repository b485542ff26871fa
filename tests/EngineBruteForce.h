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

#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/PriceBook.h"
#include "model/io/PlanWording.h"
#include "model/optimizer/PurchaseOptimizer.h"
#include "model/billing/Scenario.h"

#include <QStringList>
#include <algorithm>
#include <functional>
#include <gtest/gtest.h>

namespace ocp::bruteforce {

struct EngineOptimum {
    Money total;                // the cheapest bill found
    QList<Purchase> purchases;  // one plan that costs it
    qint64 plansBilled = 0;     // engine runs, for the curious
};

// Calls of the pack's interfaces beyond its free quota in month m (before the billable share).
inline qint64 monthExcess(const Catalog& catalog, const Scenario& s, int packIndex, int m) {
    qint64 calls = 0;
    for (int i : catalog.interfacesOfPack(packIndex))
        calls += s.callsIn(catalog.interfaces().at(i).id, m);
    return std::max<qint64>(0, calls - catalog.packs().at(packIndex).freeCallsPerMonth);
}

// Calls of the pack's interfaces beyond its free quota in months [from, from + validity).
inline qint64 windowExcess(const Catalog& catalog, const Scenario& s, int packIndex, int from) {
    const ResourcePack& pack = catalog.packs().at(packIndex);
    qint64 excess = 0;
    for (int m = from; m < std::min(s.months, from + pack.validityMonths); ++m) {
        qint64 calls = 0;
        for (int i : catalog.interfacesOfPack(packIndex))
            calls += s.callsIn(catalog.interfaces().at(i).id, m); // before the billable share: an upper bound
        excess += std::max<qint64>(0, calls - pack.freeCallsPerMonth);
    }
    return excess;
}

// `sizes`: the pack sizes (calls) that may be bought; `anyMonth`: purchases in any month of
// the horizon, otherwise in its first month only; `maxCount`: a further bound on the count of
// each size per pack and month that the caller justifies (0: none).
inline EngineOptimum cheapestByEngine(const Catalog& catalog, Scenario base, const QStringList& packIds,
                                      const QList<qint64>& sizes, bool anyMonth, qint64 maxCount = 0) {
    base.purchases.clear();
    EngineOptimum out;
    out.total = BillingEngine::run(catalog, base).total();
    out.plansBilled = 1;
    const int lastMonth = anyMonth ? base.months - 1 : 0;

    auto bill = [&](const QList<Purchase>& purchases, int months) {
        Scenario t = base;
        t.purchases = purchases;
        if (months < t.months) {
            t.months = months;
            for (auto it = t.volumes.begin(); it != t.volumes.end(); ++it)
                *it = it->mid(0, months);
        }
        ++out.plansBilled;
        return BillingEngine::run(catalog, t);
    };

    // Lower bound of what each later call beyond the free quota costs, per pack (micro-yuan).
    const PriceBook prices(catalog, base);
    QList<qint64> perCallFloor;
    QList<QList<qint64>> excessAfter; // [k][m]: calls beyond the free quota in months > m
    for (const QString& id : packIds) {
        const int pack = catalog.packIndex(id);
        const int group = catalog.groupOfPack(pack);
        bool shared = false;
        for (int i : catalog.interfacesOfPack(pack))
            shared = shared || base.shareOf(catalog.interfaces().at(i).id) != Scenario::kFullShare;
        qint64 floor = static_cast<qint64>(prices.aboveTopTierPrice(group).micros());
        for (int t = 0; t < catalog.postpaidGroups().at(group).tiers.size(); ++t)
            floor = std::min(floor, static_cast<qint64>(prices.tierUnitPrice(group, t).micros()));
        for (qint64 size : sizes)
            floor = std::min(floor, static_cast<qint64>(prices.packPriceForCalls(pack, size).micros()) / size);
        perCallFloor.append(shared ? 0 : floor);
        QList<qint64> after(base.months, 0);
        for (int m = base.months - 2; m >= 0; --m)
            after[m] = after.at(m + 1) + monthExcess(catalog, base, pack, m + 1);
        excessAfter.append(after);
    }
    QList<Purchase> purchases;
    std::function<void(int)> month;
    // Choose the counts of pack `k`, size `i` in month `m`; `listed` = capacity of this pack
    // already listed for month m.
    std::function<void(int, int, int, qint64)> choose = [&](int m, int k, int i, qint64 listed) {
        if (k == packIds.size()) {
            if (m == lastMonth) {
                const Money total = bill(purchases, base.months).total();
                if (total < out.total) {
                    out.total = total;
                    out.purchases = purchases;
                }
                return;
            }
            const BillingResult prefix = bill(purchases, m + 1);
            Money bound = prefix.total();
            for (int j = 0; j < packIds.size(); ++j) {
                const qint64 carried = prefix.packMonths.at(catalog.packIndex(packIds.at(j))).at(m).balance;
                bound += Money::fromMicros(std::max<qint64>(0, excessAfter.at(j).at(m) - carried) * perCallFloor.at(j));
            }
            if (bound >= out.total)
                return; // no completion of the months decided so far can be cheaper
            month(m + 1);
            return;
        }
        if (i == sizes.size()) {
            choose(m, k + 1, 0, 0);
            return;
        }
        const qint64 window = windowExcess(catalog, base, catalog.packIndex(packIds.at(k)), m);
        const qint64 size = sizes.at(i);
        // The c-th pack of this size is listed last so far: it can be drawn only if the
        // capacity listed before it is below the window's calls.
        for (qint64 c = 0; c == 0 || (listed + (c - 1) * size < window && (maxCount == 0 || c <= maxCount)); ++c) {
            if (c > 0)
                purchases.append({m, packIds.at(k), size, c});
            choose(m, k, i + 1, listed + c * size);
            if (c > 0)
                purchases.removeLast();
        }
    };
    month = [&](int m) { choose(m, 0, 0, 0); };
    month(0);
    return out;
}

// The input scenario with the optimizer's purchases, rebuilt from each pack's plan: what a
// user who adopts the plan would have, billed without any help from the optimizer.
inline Scenario withPlanPurchases(const Scenario& input, const OptimizedPlan& plan) {
    Scenario fresh = input;
    fresh.purchases.clear();
    for (const PackPlan& p : plan.packs)
        fresh.purchases.append(p.purchases);
    return fresh;
}

struct Checked {
    Money optimizer;
    Money exhaustive;
};

// The optimizer's plan, billed by the engine from its purchase list in a fresh copy of the
// input, against the exhaustive optimum over `sizes` of `packs`.
inline Checked checkOptimizer(const Catalog& catalog, const Scenario& s, PurchasePolicy policy,
                              const QStringList& packs, const QList<qint64>& sizes, qint64 maxCount = 0) {
    const OptimizedPlan plan = PurchaseOptimizer::optimize(catalog, s, {policy, 0});
    const Scenario fresh = withPlanPurchases(s, plan);
    const Money billed = BillingEngine::run(catalog, fresh).total();
    EXPECT_EQ(billed, plan.total()) << "the plan bills as the optimizer says";
    const EngineOptimum best = cheapestByEngine(catalog, s, packs, sizes, policy == PurchasePolicy::Any, maxCount);
    EXPECT_EQ(billed, best.total) << "exhaustive plan: " << PlanWording::purchases(s, best.purchases).toStdString()
                                  << "; optimizer: " << PlanWording::purchases(s, fresh.purchases).toStdString();
    return {billed, best.total};
}

} // namespace ocp::bruteforce
