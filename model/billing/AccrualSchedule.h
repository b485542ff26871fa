#pragma once

#include "model/billing/BillingResult.h"

#include <QList>
#include <QMap>

namespace ocp {

class Catalog;
struct Scenario;

// The cost that belongs to each month and budget year (accrual view), as opposed to when
// money leaves the account: a pack's price is spread over the months whose calls it serves,
// what expires unused is a loss of its expiry month, and what is still valid when the horizon
// ends stays a prepaid balance. Postpaid cost belongs to the month of the calls.
struct AccrualMonth {
    YearMonth month;
    Money packUsage;    // share of pack prices for calls served this month
    Money expiryLoss;   // share of pack prices for calls that expired this month
    Money postpaid;
    Money total() const { return packUsage + expiryLoss + postpaid; }
};

// How one purchase's price is spread (the split the months and packs above add up): what its
// calls served each month, what expired unused, and what is still valid after the horizon.
// usage summed + expired + leftAtEnd == price, exactly.
struct PurchaseAccrual {
    int pack = -1;         // index into Catalog::packs()
    Money price;           // the whole purchase: unit price x count
    qint64 capacity = 0;   // calls bought: size x count
    QList<qint64> usedCalls; // [month] calls it served
    QList<Money> usage;      // [month] its price share for those calls (with the rounding remainder)
    Money expired;           // lost at expiry inside the horizon (R2), in expiryMonth
    int expiryMonth = -1;    // its last valid month when that is inside the horizon, else -1
    Money leftAtEnd;         // still valid after the last month (a prepaid balance)
};

struct AccrualSchedule {
    QList<AccrualMonth> months;            // one per month of the horizon (all packs)
    QList<QList<AccrualMonth>> packMonths; // [pack][month]
    Money prepaidAtEnd;                    // price share of calls still valid after the horizon
    QMap<int, Money> byYear;               // calendar year -> accrued cost
    QList<PurchaseAccrual> purchases;      // [purchase], as in Scenario::purchases

    // Splits each purchase's price over its calls, exactly: the shares of one purchase add
    // up to its price to the micro-yuan (the rounding remainder goes to its last share).
    static AccrualSchedule build(const Catalog& catalog, const Scenario& scenario, const BillingResult& result);
};

} // namespace ocp
