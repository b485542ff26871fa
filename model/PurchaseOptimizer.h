#pragma once

#include "BillingResult.h"
#include "Scenario.h"

#include <QList>
#include <QString>

namespace ocp {

class Catalog;

struct OptimizerOptions {
    PurchasePolicy policy = PurchasePolicy::Start;
    int alternatives = 10; // ranked alternatives per resource pack (start policy); 0 = none
};

// One candidate purchase plan for one resource pack, ranked by its cost over the horizon.
struct PackAlternative {
    int rank = 0;                 // 1 = cheapest
    QList<Purchase> purchases;    // empty = postpaid only
    Money packCost;
    Money postpaidCost;
    qint64 expiredCalls = 0;      // expired inside the horizon plus unused at its end
    bool postpaidOnly = false;

    Money total() const { return packCost + postpaidCost; }
};

// The optimum for one resource pack.
struct PackPlan {
    int pack = -1;
    QList<Purchase> purchases;    // the cheapest plan (empty = postpaid only is cheapest)
    Money packCost;
    Money postpaidCost;
    Money postpaidOnlyCost;
    qint64 expiredCalls = 0;      // expired inside the horizon plus unused at its end
    QList<PackAlternative> alternatives; // ranked, postpaid-only always among them
    QString explanation;          // why this plan, in a finance user's words

    Money total() const { return packCost + postpaidCost; }
    Money saving() const { return postpaidOnlyCost - total(); }
};

struct OptimizedPlan {
    Scenario scenario;            // the input with its purchases replaced by the optimum
    BillingResult result;         // BillingEngine::run on `scenario`: the month-by-month ledger
    QList<PackPlan> packs;        // [pack], indexed like the catalog
    Money total() const { return result.total(); }
    Money postpaidOnlyTotal() const { return result.postpaidOnlyTotal(); }
    Money saving() const { return result.saving(); }
};

// Finds the purchase plan that minimises pack prices plus postpaid cost over the horizon
// (rules R1-R4, forced earliest-expiry-first deduction), exactly: see docs/optimizer.md.
class PurchaseOptimizer {
public:
    static OptimizedPlan optimize(const Catalog& catalog, const Scenario& scenario, const OptimizerOptions& options);
};

} // namespace ocp
