#pragma once

#include "model/billing/BillingResult.h"
#include "model/billing/Scenario.h"
#include "model/optimizer/PackPlanSolver.h"

#include <QList>
#include <QString>
#include <stop_token>

namespace ocp {

class Catalog;
struct FixedPart;

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
    // What the plan does with the pack's calls, for the explanation (PlanWording::explanation).
    qint64 billableCalls = 0;     // over the horizon, before the free quota
    qint64 packCalls = 0;         // covered by the packs bought
    qint64 postpaidCalls = 0;     // beyond the free quota and the packs: billed postpaid
    bool proven = true;           // false only where docs/optimizer.md says the search is not exhaustive

    Money total() const { return packCost + postpaidCost; }
    Money saving() const { return postpaidOnlyCost - total(); }
};

// Cost of one resource pack against its volume: postpaid only, each pack size alone (the
// cheapest count bought in the first month) and the re-optimised plan, for volume factors
// from 0 % upward; and where each size starts to pay off against postpaid only.
struct BreakEvenPoint {
    int factorPercent = 0;
    qint64 billableCalls = 0;      // over the horizon, before the free quota
    Money postpaidOnly;
    QList<Money> singleSize;       // per size of the pack
    QList<qint64> singleSizeCount; // packs of that size in the cheapest single-size plan
    Money optimized;
};

struct BreakEvenAnalysis {
    int pack = -1;
    QList<qint64> sizes;               // calls per pack size
    QList<BreakEvenPoint> points;
    QList<int> breakEvenFactorPercent; // per size: first factor where it beats postpaid only, -1 never
    QList<qint64> breakEvenCalls;      // per size: billable calls at that factor, -1 never
};

struct OptimizedPlan {
    Scenario scenario;            // the input with its purchases replaced by the optimum
    BillingResult result;         // BillingEngine::run on `scenario`: the month-by-month ledger
    QList<PackPlan> packs;        // [pack], indexed like the catalog
    // Purchases dated before this month were made (months up to actualThrough): the plan
    // keeps them and buys only from here on (docs/optimizer.md §2.1).
    int firstOpenMonth = 0;
    bool isFixed(const Purchase& purchase) const { return purchase.month < firstOpenMonth; }
    Money total() const { return result.total(); }
    Money postpaidOnlyTotal() const { return result.postpaidOnlyTotal(); }
    Money saving() const { return result.saving(); }
};

// What PurchaseOptimizer::optimize() searches for one scenario, in parts that do not depend on
// each other: a pack alone, or the packs of a postpaid group whose tier follows their postpaid
// calls together (docs/optimizer.md). optimize() solves every part in turn; the plan's total is
// `before` plus the parts' costs, so a caller that needs only the total (SensitivityLine) may
// share the parts out between threads and get the very same figure.
struct OptimizerSearch {
    struct PartSolution {
        QList<PackSolution> perPack; // like the part's packs; a group's postpaid bill on its last
        bool proven = true;
    };

    QList<PackProblem> problems; // [pack]: the open months, on the calls fixed batches leave
    QList<QList<int>> parts;     // packs solved together; none when every month has happened
    qint64 before = 0;           // micro-yuan no purchase changes (FixedPart::costBefore)

    // Throws InputError (OptimizerRefusal) as optimize() does.
    static OptimizerSearch of(const Catalog& catalog, const Scenario& scenario, const FixedPart& fixed);
    PartSolution solvePart(int part, PurchasePolicy policy) const;
};

// Finds the purchase plan that minimises pack prices plus postpaid cost over the horizon
// (rules R1-R4, forced earliest-expiry-first deduction), exactly: see docs/optimizer.md.
class PurchaseOptimizer {
public:
    // A requested `stop` ends the search between packs with Cancelled (model/optimizer/Cancelled.h).
    static OptimizedPlan optimize(const Catalog& catalog, const Scenario& scenario, const OptimizerOptions& options,
                                  std::stop_token stop = {});
    // Holdings and the purchases of the months up to actualThrough are kept as they are; new
    // purchases are chosen from the month after it (policy start: all in that month).
    // Same, with the scenario's own purchase policy.
    static OptimizedPlan optimize(const Catalog& catalog, const Scenario& scenario);

    // The first month in which packs may still be bought: the one after actualThrough (the
    // horizon's length when every month has happened), 0 without it. An actualThrough
    // outside the horizon is refused (OptimizerRefusal::Kind::ActualMonthsOutsideHorizon).
    static int firstOpenMonth(const Scenario& scenario);

    // A requested `stop` ends it between volume steps with Cancelled.
    static BreakEvenAnalysis breakEven(const Catalog& catalog, const Scenario& scenario, int pack, int steps = 30,
                                       int maxFactorPercent = 300, std::stop_token stop = {});
};

} // namespace ocp
