#pragma once
// A second, deliberately plain reading of the billing rules, written apart from BillingEngine
// and sharing none of its code: per pack, a list of lots (held or bought) drawn in expiry
// order, then per group one all-units tier a month. Tests bill random scenarios with both and
// require the same figures to the micro-yuan. It reads list prices only (no price overrides).

#include "model/billing/Catalog.h"
#include "model/billing/Money.h"
#include "model/billing/Scenario.h"

#include <QList>

namespace ocp::reference {

struct HeldLot {
    qint64 atStart = 0;
    qint64 used = 0;
    qint64 expired = 0;
    qint64 unusedAtEnd = 0;
};

struct Bill {
    QList<Money> packTotals;       // [pack]: its purchases plus its share of the postpaid bill
    QList<qint64> packPostpaid;    // [pack]: calls billed postpaid over the horizon
    QList<qint64> packExpired;     // [pack]: calls lost to expiry inside the horizon
    QList<Money> monthTotals;      // [month]: all packs
    QList<HeldLot> holdings;       // [holding]
    Money total;
};

Bill bill(const Catalog& catalog, const Scenario& scenario);

} // namespace ocp::reference
