#include "model/optimizer/FixedPart.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/Scenario.h"
#include "model/optimizer/PurchaseOptimizer.h"

#include <stdexcept>

namespace ocp {

FixedPart FixedPart::of(const Catalog& catalog, const Scenario& scenario) {
    FixedPart fixed;
    fixed.open = PurchaseOptimizer::firstOpenMonth(scenario);
    for (const Purchase& p : scenario.purchases) {
        if (p.month < fixed.open)
            fixed.purchases.append(p);
    }
    if (fixed.open == 0 && scenario.holdings.isEmpty())
        return fixed; // a plan made in a vacuum: nothing is fixed
    Scenario only = scenario;
    only.purchases = fixed.purchases;
    fixed.result = BillingEngine::run(catalog, only);
    return fixed;
}

QList<Purchase> FixedPart::purchasesOf(const QString& packId) const {
    QList<Purchase> out;
    for (const Purchase& p : purchases) {
        if (p.packId == packId)
            out.append(p);
    }
    return out;
}

Money FixedPart::postpaidBefore(int pack) const {
    Money sum;
    for (int m = 0; any() && m < open; ++m)
        sum += result->packMonths.at(pack).at(m).postpaidCost;
    return sum;
}

Money FixedPart::costBefore() const {
    if (!any())
        return Money();
    Money before = result->overall.packCost;
    for (const QList<GroupMonth>& group : result->groupMonths) {
        for (int m = 0; m < open; ++m)
            before += group.at(m).cost;
    }
    return before;
}

PackProblem FixedPart::openPart(PackProblem p) const {
    if (!any())
        return p;
    const QList<PackMonth>& months = result->packMonths.at(p.pack);
    for (int m = 0; m < p.months; ++m) {
        const qint64 left = months.at(m).postpaidCalls;
        if (left > p.demand.at(m))
            throw std::logic_error("the fixed packs leave more calls than the month has");
        p.demand[m] = left;
    }
    p.months -= open;
    p.demand = p.demand.mid(open);
    p.postpaid = p.postpaid.mid(open);
    return p;
}

} // namespace ocp
