#include "tests/support/EngineBruteForce.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/PriceBook.h"
#include "model/io/PlanWording.h"

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>

namespace ocp::bruteforce {
namespace {

// Calls of the pack's interfaces beyond its free quota in month m (before the billable share).
qint64 monthExcess(const Catalog& catalog, const Scenario& s, int packIndex, int m) {
    qint64 calls = 0;
    for (int i : catalog.interfacesOfPack(packIndex))
        calls += s.callsIn(catalog.interfaces().at(i).id, m);
    return std::max<qint64>(0, calls - catalog.packs().at(packIndex).freeCallsPerMonth);
}

// Calls of the pack's interfaces beyond its free quota in months [from, from + validity).
qint64 windowExcess(const Catalog& catalog, const Scenario& s, int packIndex, int from) {
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

} // namespace

EngineOptimum cheapestByEngine(const Catalog& catalog, Scenario base, const QStringList& packIds,
                               const QList<qint64>& sizes, bool anyMonth, qint64 maxCount) {
    // A year in progress: holdings stay in `base`; the purchases of the months up to
    // actualThrough were made and are in every plan; new ones only from the month after.
    const int open = base.actualThrough ? base.start.monthsTo(*base.actualThrough) + 1 : 0;
    QList<Purchase> fixed;
    for (const Purchase& p : std::as_const(base.purchases)) {
        if (p.month < open)
            fixed.append(p);
    }
    base.purchases = fixed;
    EngineOptimum out;
    out.total = BillingEngine::run(catalog, base).total();
    out.purchases = fixed;
    out.plansBilled = 1;
    if (open >= base.months)
        return out; // every month has happened: nothing left to choose
    const int lastMonth = anyMonth ? base.months - 1 : open;

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
    QList<Purchase> purchases = fixed;
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
    month(open);
    return out;
}

Scenario withPlanPurchases(const Scenario& input, const OptimizedPlan& plan) {
    Scenario fresh = input;
    fresh.purchases.clear();
    for (const PackPlan& p : plan.packs)
        fresh.purchases.append(p.purchases);
    return fresh;
}

Checked checkOptimizer(const Catalog& catalog, const Scenario& s, PurchasePolicy policy,
                       const QStringList& packs, const QList<qint64>& sizes, qint64 maxCount) {
    const OptimizedPlan plan = PurchaseOptimizer::optimize(catalog, s, {policy, 0});
    const Scenario fresh = withPlanPurchases(s, plan);
    const Money billed = BillingEngine::run(catalog, fresh).total();
    EXPECT_EQ(billed, plan.total()) << "the plan bills as the optimizer says";
    const EngineOptimum best = cheapestByEngine(catalog, s, packs, sizes, policy == PurchasePolicy::Any, maxCount);
    EXPECT_EQ(billed, best.total) << "exhaustive plan: " << PlanWording::purchases(s, best.purchases).toStdString()
                                  << "; optimizer: " << PlanWording::purchases(s, fresh.purchases).toStdString();
    return {billed, best.total};
}

Checked checkOnRealCatalog(const Scenario& s, PurchasePolicy policy, const QStringList& packs,
                           const QList<qint64>& sizes, qint64 maxCount) {
    return checkOptimizer(Catalog::defaultCatalog(), s, policy, packs, sizes, maxCount);
}

Scenario idCards(const QList<qint64>& calls) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = static_cast<int>(calls.size());
    s.volumes.insert(QStringLiteral("IDCardOCR"), calls);
    return s;
}

const QStringList kIdCard{QStringLiteral("id-card")};
const QStringList kLicences{QStringLiteral("driver-license"), QStringLiteral("vehicle-license")};

} // namespace ocp::bruteforce
