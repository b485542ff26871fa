#include "model/optimizer/ScenarioComparison.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/Plan.h"
#include "model/optimizer/Recalculator.h"

namespace ocp {

ScenarioComparison ScenarioComparison::build(const Catalog& catalog, const Plan& plan,
                                             const QList<std::shared_ptr<const PlanSnapshot>>& snapshots,
                                             const std::optional<QList<Purchase>>& robustPurchases) {
    ScenarioComparison c;
    c.current = std::clamp(plan.current, 0, static_cast<int>(plan.scenarios.size()) - 1);
    c.hasRobust = robustPurchases.has_value();
    const auto packCount = catalog.packs().size();
    QList<bool> inUse(packCount, false);
    for (qsizetype i = 0; i < plan.scenarios.size() && i < snapshots.size(); ++i) {
        const PlanSnapshot& snap = *snapshots.at(i);
        ScenarioFigures f;
        f.name = plan.scenarios.at(i).name;
        f.weightPpm = plan.weightOf(static_cast<int>(i));
        f.packTotals = QList<Money>(packCount);
        f.packPostpaidOnly = QList<Money>(packCount);
        f.valid = snap.isValid();
        f.error = snap.error;
        if (f.valid) {
            const BillingResult& r = snap.result;
            f.total = r.total();
            f.postpaidOnly = r.postpaidOnlyTotal();
            f.expiringCalls = r.overall.expiredCalls + r.overall.unusedAtEnd;
            f.estimate = r.overall.estimate;
            for (qsizetype p = 0; p < packCount && p < r.packs.size(); ++p) {
                const PackSummary& s = r.packs.at(p);
                f.packTotals[p] = s.total();
                f.packPostpaidOnly[p] = s.postpaidOnlyCost;
                if (s.calls > 0 || s.purchasedCalls > 0)
                    inUse[p] = true;
            }
            if (snap.optimized) {
                f.optimumTotal = snap.optimized->total();
                c.hasOptimum = true;
            }
            if (robustPurchases) {
                Scenario robust = snap.scenario;
                robust.purchases = *robustPurchases;
                try {
                    f.robustTotal = BillingEngine::run(catalog, robust).total();
                } catch (const InputError&) {
                    // Purchases outside this scenario's horizon: no figure rather than a wrong one.
                }
            }
        }
        c.scenarios.append(f);
    }
    for (int p = 0; p < packCount; ++p) {
        if (inUse.at(p))
            c.packs.append(p);
    }
    return c;
}

ScenarioComparison ScenarioComparison::compute(const Catalog& catalog, const Plan& plan,
                                               const std::optional<QList<Purchase>>& robustPurchases) {
    const Recalculator recalculator;
    QList<std::shared_ptr<const PlanSnapshot>> snapshots;
    for (qsizetype i = 0; i < plan.scenarios.size(); ++i)
        snapshots.append(
            recalculator.recalculate(catalog, plan.scenarios.at(i), static_cast<quint64>(i + 1)));
    return build(catalog, plan, snapshots, robustPurchases);
}

} // namespace ocp
