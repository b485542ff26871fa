#include "model/billing/AccrualSchedule.h"

#include "model/billing/Catalog.h"
#include "model/billing/PriceBook.h"
#include "model/billing/Scenario.h"

namespace ocp {

AccrualSchedule AccrualSchedule::build(const Catalog& catalog, const Scenario& scenario, const BillingResult& result) {
    AccrualSchedule a;
    const int months = result.months;
    const auto packCount = static_cast<int>(catalog.packs().size());
    a.packMonths = QList<QList<AccrualMonth>>(packCount, QList<AccrualMonth>(months));
    for (int p = 0; p < packCount; ++p) {
        for (int m = 0; m < months; ++m) {
            a.packMonths[p][m].month = result.start.addMonths(m);
            a.packMonths[p][m].postpaid = result.packMonths.at(p).at(m).postpaidCost;
        }
    }

    const PriceBook prices(catalog, scenario);
    for (int i = 0; i < scenario.purchases.size(); ++i) {
        const Purchase& purchase = scenario.purchases.at(i);
        const int pack = catalog.packIndex(purchase.packId);
        const Money price = prices.packPriceForCalls(pack, purchase.size) * purchase.count;
        const qint64 capacity = purchase.size * purchase.count;
        PurchaseAccrual detail;
        detail.pack = pack;
        detail.price = price;
        detail.capacity = capacity;
        detail.usage = QList<Money>(months);
        // Calls this purchase served per month, and what it lost to expiry.
        QList<qint64> used(months, 0);
        qint64 usedTotal = 0;
        for (int m = 0; m < months; ++m) {
            for (const BatchUse& use : result.packMonths.at(pack).at(m).batchUse) {
                if (use.purchase == i) {
                    used[m] += use.calls;
                    usedTotal += use.calls;
                }
            }
        }
        const int lastMonth = purchase.month + catalog.packs().at(pack).validityMonths - 1;
        const qint64 left = capacity - usedTotal;
        const bool expiresInside = lastMonth < months;
        detail.usedCalls = used;
        if (expiresInside)
            detail.expiryMonth = lastMonth;
        Money allocated;
        auto share = [&](qint64 calls) {
            return Money::fromMicros(price.micros() * calls / capacity); // rounds toward zero
        };
        for (int m = 0; m < months; ++m) {
            if (used.at(m) == 0)
                continue;
            const Money s = share(used.at(m));
            a.packMonths[pack][m].packUsage += s;
            detail.usage[m] += s;
            allocated += s;
        }
        // The remainder (expired calls, or calls valid beyond the horizon, plus rounding)
        // closes the purchase exactly.
        const Money rest = price - allocated;
        if (expiresInside && left > 0) {
            a.packMonths[pack][lastMonth].expiryLoss += rest;
            detail.expired = rest;
        } else if (left > 0) {
            a.prepaidAtEnd += rest;
            detail.leftAtEnd = rest;
        } else {
            // Fully used: the rounding remainder belongs to the last month that used it.
            int last = months - 1;
            while (last > 0 && used.at(last) == 0)
                --last;
            a.packMonths[pack][last].packUsage += rest;
            detail.usage[last] += rest;
        }
        a.purchases.append(detail);
    }

    a.months = QList<AccrualMonth>(months);
    for (int m = 0; m < months; ++m) {
        AccrualMonth& total = a.months[m];
        total.month = result.start.addMonths(m);
        for (int p = 0; p < packCount; ++p) {
            total.packUsage += a.packMonths.at(p).at(m).packUsage;
            total.expiryLoss += a.packMonths.at(p).at(m).expiryLoss;
            total.postpaid += a.packMonths.at(p).at(m).postpaid;
        }
        a.byYear[total.month.year()] += total.total();
    }
    return a;
}

} // namespace ocp
