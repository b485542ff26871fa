#pragma once

#include "model/billing/Money.h"
#include "model/billing/YearMonth.h"

#include <QList>
#include <QStringList>

#include <QtGlobal>

namespace ocp {

// Calls one purchase (index into Scenario::purchases) served in a month.
struct BatchUse {
    int purchase = -1; // index into Scenario::purchases, or -1 for a holding
    qint64 calls = 0;
    int holding = -1;  // index into Scenario::holdings when the calls came from a held pack
};

enum class NoticeKind {
    BelowTwentyPercent, // the last usable pack fell below 20% of its size (R6)
    Depleted,           // the last usable pack reached 0
};

struct LowBalanceNotice {
    int month = 0;
    int pack = 0;
    NoticeKind kind = NoticeKind::BelowTwentyPercent;
    int purchase = -1;         // the purchase the last pack came from (-1: a holding)
    qint64 balance = 0;  // balance of that pack at the end of the month
    int holding = -1;    // the holding the last pack came from, if it is one
};

// One resource pack in one month: where its calls went and what they cost (R1-R4).
struct PackMonth {
    qint64 calls = 0;          // billable calls (after the billable share, R7)
    qint64 freeCalls = 0;      // served by the monthly free quota (R1)
    qint64 packCalls = 0;      // served by paid packs (R2, R3)
    qint64 postpaidCalls = 0;  // billed postpaid (R4)
    qint64 purchasedCalls = 0; // capacity bought this month
    qint64 expiredCalls = 0;   // balance lost at the end of this month (R2)
    qint64 balance = 0;        // usable balance carried into the next month
    Money purchaseCost;
    Money postpaidCost;
    int tier = -1;                   // postpaid tier of the group (-1: no postpaid calls)
    Money unitPrice;
    bool estimate = false;           // priced above the top tier without a published price
    QList<BatchUse> batchUse;

    Money total() const { return purchaseCost + postpaidCost; }
    // Adds another month's calls and costs (for totals over months or packs); the balance,
    // tier, unit price and batches stay as they are.
    void add(const PackMonth& other);
};

// One postpaid group in one month.
struct GroupMonth {
    qint64 calls = 0;         // all billable calls of the group's packs
    qint64 tierVolume = 0;    // the volume that selected the tier (depends on the tier basis)
    qint64 postpaidCalls = 0;
    int tier = -1;
    Money unitPrice;
    Money listUnitPrice;
    Money cost;
    bool estimate = false;
};

// Money movements of one month (R5). Row `months` of the horizon settles the last month.
struct CashFlowMonth {
    YearMonth month;
    Money packPurchases;  // packs are paid when bought
    Money billPaid;       // last month's postpaid bill, paid on days 1-3
    Money released;       // last month's freeze, released at this settlement
    Money frozen;         // this settlement's freeze: last month's postpaid calls at list price
    Money netOutflow;     // purchases + bill + frozen - released
    Money fundsRequired;  // what the account must hold this month: purchases + bill + frozen
};

struct PackSummary {
    qint64 calls = 0;
    qint64 freeCalls = 0;
    qint64 packCalls = 0;
    qint64 postpaidCalls = 0;
    qint64 purchasedCalls = 0;
    qint64 expiredCalls = 0;  // lost to expiry inside the horizon
    qint64 unusedAtEnd = 0;   // still valid when the horizon ends: counted as worth nothing
    Money packCost;
    Money postpaidCost;
    Money postpaidOnlyCost;         // the same calls with no packs at all
    bool estimate = false;

    Money total() const { return packCost + postpaidCost; }
    Money saving() const { return postpaidOnlyCost - total(); }
    void add(const PackSummary& part);
    void add(const PackMonth& month);
};

// What became of one holding (all its packs) over the horizon.
struct HoldingUse {
    int pack = -1;
    qint64 atStart = 0;     // calls left at the start: remaining × count
    qint64 used = 0;        // calls it served
    qint64 expired = 0;     // lost when it expired inside the horizon (R2)
    qint64 unusedAtEnd = 0; // still valid when the horizon ends
};

// Everything the engine works out for a scenario and its purchases.
struct BillingResult {
    YearMonth start;
    int months = 0;
    QList<QList<PackMonth>> packMonths;   // [pack][month]
    QList<QList<GroupMonth>> groupMonths; // [group][month]
    QList<CashFlowMonth> cashFlow;        // months + 1 rows
    QList<PackSummary> packs;             // [pack]
    QList<PackSummary> categories;        // [category], packs totalled under their category
    PackSummary overall;
    QList<LowBalanceNotice> notices;
    QList<HoldingUse> holdings;           // [holding], as in Scenario::holdings
    QStringList overriddenPrices;

    Money total() const { return overall.total(); }
    Money postpaidOnlyTotal() const { return overall.postpaidOnlyCost; }
    Money saving() const { return overall.saving(); }
    // Monthly cost of all packs together: purchases plus postpaid.
    Money monthTotal(int month) const;
};

} // namespace ocp
