#pragma once

#include "model/billing/YearMonth.h"

#include <QList>
#include <QtGlobal>

namespace ocp {

class Catalog;
struct BillingResult;
struct Scenario;

// What becomes of one line of packs - a holding or a purchase, all `count` packs together -
// over the horizon: the month its last call is used, or the calls it loses when it expires
// (R2), or the calls still valid when the horizon ends. Worked out from the engine's batch
// uses, so it follows the deduction order of R3 exactly.
struct PackLifetime {
    enum class Outcome {
        RunsOut,       // every call was used, the last one in `runsOut`
        ExpiresUnused, // `unused` calls are lost at the end of `expires`, inside the horizon
        UnusedAtEnd,   // `unused` calls are still valid when the horizon ends
    };

    int pack = -1;     // index into Catalog::packs()
    int holding = -1;  // index into Scenario::holdings, or -1
    int purchase = -1; // index into Scenario::purchases, or -1
    YearMonth bought;  // month of the purchase (a holding: the scenario's start)
    qint64 calls = 0;  // calls of the line: bought (size x count) or left at the start (remaining x count)
    qint64 used = 0;
    Outcome outcome = Outcome::RunsOut;
    YearMonth runsOut; // Outcome::RunsOut only
    YearMonth expires; // the last month the packs are usable
    qint64 unused = 0; // calls expiring unused, or unused at the end (0 when it runs out)

    // One entry per holding (in the scenario's order), then one per purchase. A line with no
    // calls at all (a holding with nothing left) runs out in the start month.
    static QList<PackLifetime> forecast(const Catalog& catalog, const Scenario& scenario, const BillingResult& result);

    // The month of the line's event: when it runs out or expires (unused at the end: the last
    // month of the horizon).
    YearMonth eventMonth(const Scenario& scenario) const;
};

} // namespace ocp
