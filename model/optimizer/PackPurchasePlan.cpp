#include "model/optimizer/PackPurchasePlan.h"

#include <algorithm>

namespace ocp {

void PackPurchasePlan::add(int month, int size, qint64 count) {
    if (count <= 0)
        return;
    for (PlannedPurchase& p : purchases) {
        if (p.month == month && p.size == size) {
            p.count += count;
            return;
        }
    }
    purchases.append({month, size, count});
    std::sort(purchases.begin(), purchases.end(), [](const PlannedPurchase& a, const PlannedPurchase& b) {
        return a.month != b.month ? a.month < b.month : a.size > b.size;
    });
}

void PackPurchasePlan::evaluate(const PackDemand& demand, QList<qint64>* postpaidCalls) {
    packCost = Money();
    postpaidCost = Money();
    const int months = demand.months();
    // Balance per purchase month: all packs bought in one month expire together.
    QList<qint64> balance(months, 0);
    for (const PlannedPurchase& p : std::as_const(purchases)) {
        const PackDemand::Size& size = demand.sizes().at(p.size);
        packCost += size.price * p.count;
        balance[p.month] += size.calls * p.count;
    }
    if (postpaidCalls)
        *postpaidCalls = QList<qint64>(months, 0);
    for (int m = 0; m < months; ++m) {
        qint64 need = demand.demand(m);
        // Earliest expiry first = earliest purchase month first.
        for (int t = std::max(0, m - demand.validity() + 1); t <= m && need > 0; ++t) {
            const qint64 take = std::min(need, balance.at(t));
            balance[t] -= take;
            need -= take;
        }
        postpaidCost += demand.postpaidCost(m, need);
        if (postpaidCalls)
            (*postpaidCalls)[m] = need;
    }
}

} // namespace ocp
