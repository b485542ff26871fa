#pragma once

#include "model/billing/BillingResult.h"

namespace ocp {

class Catalog;
struct Scenario;

// The month-by-month simulation of the published rules R1-R6 for a scenario's purchases.
// Deterministic and exact; the optimizer's plans are checked by replaying them here.
class BillingEngine {
public:
    // Validates the scenario's purchases against the catalog (throws InputError) and
    // simulates them, including the postpaid-only comparison.
    static BillingResult run(const Catalog& catalog, const Scenario& scenario);

    // Billable calls of each resource pack per month, after the billable share (R7): [pack][month].
    static QList<QList<qint64>> billableCalls(const Catalog& catalog, const Scenario& scenario);
    // The same per interface, [interface index in the catalog][month]: each interface's calls
    // rounded on their own (R7); billableCalls is their sum per pack.
    static QList<QList<qint64>> interfaceBillableCalls(const Catalog& catalog, const Scenario& scenario);
};

} // namespace ocp
