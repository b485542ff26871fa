#pragma once

#include "model/billing/AccountingSettings.h"
#include "model/billing/Money.h"
#include "model/billing/YearMonth.h"

#include <QList>
#include <QMap>
#include <QString>

namespace ocp {

class Catalog;
struct BillingResult;
struct Scenario;

// A cost centre's part of one month's cost (of one pack, or of all packs).
struct CentreCost {
    qint64 calls = 0;   // its billable calls (R7), apportioned to whole calls
    Money packUsage;    // calls served by packs bought in the plan, at that purchase's unit cost
    Money postpaid;     // its part of the postpaid cost (R4)
    Money expired;      // its part of balance that expired unused this month (R2)

    Money total() const { return packUsage + postpaid + expired; }
    void add(const CentreCost& other);
    friend bool operator==(const CentreCost&, const CentreCost&) = default;
};

struct CentreAllocation {
    QString name;                        // CostAllocation::kUnallocated for the central line
    QList<CentreCost> months;            // [month]: all packs
    QList<QList<CentreCost>> packMonths; // [pack][month]
    Money balanceAtEnd;                  // its part of balance still valid after the last month
    Money total;                         // the months plus balanceAtEnd

    Money packTotal(int pack) const;     // one pack over the horizon (balanceAtEnd not included)
};

// Who pays for what (docs/cost-allocation.md). Each month and pack, every part of the cost is
// shared in proportion to the centres' billable calls: the free quota (R1), the calls each
// purchase served (priced at its price ÷ its calls; held packs cost the plan nothing) and the
// postpaid cost (R4). A pack-month's amount goes first to its interfaces in proportion to their
// billable calls, then to each interface's centres in proportion to its split; calls of an
// interface without a split go to the Unallocated line. Balance that expires unused, or is
// still valid when the horizon ends, goes by the UnusedBalanceRule. Every split is a
// largest-remainder apportionment in micro-yuan, so the centres add up to the plan's total
// (BillingResult::total) exactly.
struct CostAllocation {
    // "Unallocated"; the window shows it as 未分配. A QString built at start-up: read it inside
    // functions, not in another file's namespace-scope constant (initialisation order).
    static const QString kUnallocated;

    YearMonth start;
    int months = 0;
    UnusedBalanceRule unusedBalance = UnusedBalanceRule::ByUse;
    QList<CentreAllocation> centres; // named centres in name order, then Unallocated if not empty
    // [purchase, as in Scenario::purchases] centre -> cost of the calls it used of that
    // purchase: the weights of the ByUse rule and of straight-line expensing.
    QList<QMap<QString, Money>> purchaseUse;
    Money total; // == BillingResult::total()

    // `result` must be BillingEngine::run(catalog, scenario). Throws InputError for splits
    // that checkCostCentres refuses.
    static CostAllocation build(const Catalog& catalog, const Scenario& scenario, const BillingResult& result,
                                UnusedBalanceRule rule);
    // The centre called `name`, or nullptr.
    const CentreAllocation* centre(const QString& name) const;
};

} // namespace ocp
