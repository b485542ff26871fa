#include "model/billing/CostAllocation.h"

#include "model/billing/AccrualSchedule.h"
#include "model/billing/Apportion.h"
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/CostCentreCheck.h"
#include "model/billing/Scenario.h"

#include <QHash>

namespace ocp {

const QString CostAllocation::kUnallocated = QStringLiteral("Unallocated");

void CentreCost::add(const CentreCost& other) {
    calls += other.calls;
    packUsage += other.packUsage;
    postpaid += other.postpaid;
    expired += other.expired;
}

Money CentreAllocation::packTotal(int pack) const {
    Money sum;
    for (const CentreCost& cost : packMonths.value(pack))
        sum += cost.total();
    return sum;
}

const CentreAllocation* CostAllocation::centre(const QString& name) const {
    for (const CentreAllocation& c : centres) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

namespace {

// How the amounts of one pack-month go to centres: first to the pack's interfaces in
// proportion to their billable calls (R7), then to each interface's centres by its split.
struct PackMonthShares {
    QList<Int128> interfaceCalls;   // [interface of the pack]
    QList<QList<int>> centres;      // [interface of the pack] centre indices
    QList<QList<Int128>> weights;   // [interface of the pack] the centres' weights
    Int128 calls = 0;

    // Adds the parts of `amount` to out[centre]. A month without calls has no one to charge:
    // the amount (never more than rounding) goes to the Unallocated line.
    void split(Money amount, QList<Money>& out, int unallocated) const {
        if (amount.isZero())
            return;
        if (calls == 0) {
            out[unallocated] += amount;
            return;
        }
        const QList<Money> byInterface = apportion(amount, interfaceCalls);
        for (qsizetype i = 0; i < byInterface.size(); ++i) {
            if (byInterface.at(i).isZero())
                continue;
            const QList<Money> byCentre = apportion(byInterface.at(i), weights.at(i));
            for (qsizetype k = 0; k < byCentre.size(); ++k)
                out[centres.at(i).at(k)] += byCentre.at(k);
        }
    }
};

// Balance nobody used (it expired or outlives the horizon): by the centres' use of that
// purchase, or to the Unallocated line.
void splitUnused(Money amount, const QList<Money>& use, UnusedBalanceRule rule, QList<Money>& out, int unallocated) {
    if (amount.isZero())
        return;
    QList<Int128> weights;
    Int128 sum = 0;
    for (const Money& m : use) {
        weights.append(m.micros());
        sum += m.micros();
    }
    if (rule == UnusedBalanceRule::Unallocated || sum <= 0) {
        out[unallocated] += amount;
        return;
    }
    const QList<Money> parts = apportion(amount, weights);
    for (qsizetype c = 0; c < parts.size(); ++c)
        out[c] += parts.at(c);
}

} // namespace

CostAllocation CostAllocation::build(const Catalog& catalog, const Scenario& scenario, const BillingResult& result,
                                     UnusedBalanceRule rule) {
    checkCostCentres(catalog, scenario);
    CostAllocation a;
    a.start = result.start;
    a.months = result.months;
    a.unusedBalance = rule;
    a.total = result.total();
    const int months = result.months;
    const auto packCount = static_cast<int>(catalog.packs().size());

    // Each interface's split, whichever key (id or Chinese name) the scenario uses.
    QList<const CostCentreSplit*> splitOf(catalog.interfaces().size(), nullptr);
    QStringList names;
    for (auto it = scenario.costCentres.constBegin(); it != scenario.costCentres.constEnd(); ++it) {
        splitOf[catalog.interfaceIndex(it.key())] = &*it;
        names += it->centres();
    }
    names.sort();
    names.removeDuplicates();
    names.append(kUnallocated); // the last line; dropped below when it stays empty
    const int centreCount = static_cast<int>(names.size());
    const int unallocated = centreCount - 1;
    QHash<QString, int> indexOf;
    for (int c = 0; c < centreCount; ++c)
        indexOf.insert(names.at(c), c);

    const QList<QList<qint64>> calls = BillingEngine::interfaceBillableCalls(catalog, scenario);
    const AccrualSchedule accrual = AccrualSchedule::build(catalog, scenario, result);

    // [centre][pack][month]
    QList<QList<QList<CentreCost>>> cost(centreCount,
                                         QList<QList<CentreCost>>(packCount, QList<CentreCost>(months)));
    QList<QList<Money>> use(scenario.purchases.size(), QList<Money>(centreCount)); // [purchase][centre]
    QList<Money> balanceAtEnd(centreCount);

    // The purchases of each pack, so that a pack-month splits only its own.
    QList<QList<int>> purchasesOf(packCount);
    for (int i = 0; i < accrual.purchases.size(); ++i)
        purchasesOf[accrual.purchases.at(i).pack].append(i);

    QList<Money> parts(centreCount);
    auto take = [&](auto&& store) {
        for (int c = 0; c < centreCount; ++c) {
            if (!parts.at(c).isZero())
                store(c, parts.at(c));
            parts[c] = Money();
        }
    };
    for (int p = 0; p < packCount; ++p) {
        const QList<int>& apis = catalog.interfacesOfPack(p);
        for (int m = 0; m < months; ++m) {
            PackMonthShares shares;
            for (const int api : apis) {
                const qint64 n = calls.at(api).at(m);
                shares.interfaceCalls.append(n);
                shares.calls += n;
                QList<int> centres;
                QList<Int128> weights;
                Int128 sum = 0;
                if (const CostCentreSplit* split = splitOf.at(api)) {
                    for (const QString& name : split->centres()) {
                        const qint64 w = split->weightIn(name, m);
                        centres.append(indexOf.value(name));
                        weights.append(w);
                        sum += w;
                    }
                }
                if (sum == 0) { // no split, or no weight this month: the Unallocated line
                    centres = {unallocated};
                    weights = {1};
                }
                shares.centres.append(centres);
                shares.weights.append(weights);
            }
            // Whole calls: the same two stages on integers (an amount of "micro-calls").
            shares.split(Money::fromMicros(shares.calls), parts, unallocated);
            take([&](int c, Money v) { cost[c][p][m].calls = static_cast<qint64>(v.micros()); });
            for (const int i : purchasesOf.at(p)) {
                shares.split(accrual.purchases.at(i).usage.at(m), parts, unallocated);
                take([&](int c, Money v) {
                    cost[c][p][m].packUsage += v;
                    use[i][c] += v;
                });
            }
            shares.split(result.packMonths.at(p).at(m).postpaidCost, parts, unallocated);
            take([&](int c, Money v) { cost[c][p][m].postpaid += v; });
        }
    }
    // Unused balance goes by each purchase's use, which is complete only now.
    for (int i = 0; i < accrual.purchases.size(); ++i) {
        const PurchaseAccrual& pa = accrual.purchases.at(i);
        if (pa.expiryMonth >= 0) {
            splitUnused(pa.expired, use.at(i), rule, parts, unallocated);
            take([&](int c, Money v) { cost[c][pa.pack][pa.expiryMonth].expired += v; });
        }
        splitUnused(pa.leftAtEnd, use.at(i), rule, parts, unallocated);
        take([&](int c, Money v) { balanceAtEnd[c] += v; });
    }

    a.purchaseUse = QList<QMap<QString, Money>>(scenario.purchases.size());
    for (int i = 0; i < use.size(); ++i) {
        for (int c = 0; c < centreCount; ++c) {
            if (!use.at(i).at(c).isZero())
                a.purchaseUse[i].insert(names.at(c), use.at(i).at(c));
        }
    }
    for (int c = 0; c < centreCount; ++c) {
        CentreAllocation centre;
        centre.name = names.at(c);
        centre.packMonths = cost.at(c);
        centre.months = QList<CentreCost>(months);
        bool used = false;
        for (int p = 0; p < packCount; ++p) {
            for (int m = 0; m < months; ++m) {
                const CentreCost& pm = cost.at(c).at(p).at(m);
                centre.months[m].add(pm);
                used = used || pm != CentreCost{};
            }
        }
        centre.balanceAtEnd = balanceAtEnd.at(c);
        centre.total = centre.balanceAtEnd;
        for (const CentreCost& mc : centre.months)
            centre.total += mc.total();
        if (c == unallocated && !used && centre.balanceAtEnd.isZero())
            continue;
        a.centres.append(centre);
    }
    return a;
}

} // namespace ocp
