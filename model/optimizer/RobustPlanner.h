#pragma once

#include "model/billing/Money.h"
#include "model/billing/Plan.h"
#include "model/billing/Purchase.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <stop_token>

namespace ocp {

class Catalog;

// One candidate set of purchases billed under every scenario of a plan.
struct RobustCandidate {
    int scenario = -1;         // whose own optimum this is; -1 = the robust plan
    // New purchases only, all bought in the first open month (the first month of the horizon
    // without actualThrough); empty = nothing more. Each scenario's holdings and purchases
    // of its months that have happened are kept when it is billed.
    QList<Purchase> purchases;
    QList<Money> costs;        // [scenario], billed by the billing engine
    QList<Money> regrets;      // [scenario]: cost minus that scenario's own optimum
    Money expectedCost;        // weighted average of the costs (rounded to the micro-yuan)
    Money maxRegret;           // the largest regret
    bool estimate = false;     // some cost used an above-top-tier price without a quote

    bool isRobust() const { return scenario < 0; }
};

// The robust recommendation for a plan: one set of purchases, bought in the first month of
// the horizon (the up-front budget) or, in a year in progress, in the first month after
// actualThrough, that holds up under every scenario. See
// docs/robust-plan.md for the method and the argument that it is exact.
struct RobustPlan {
    RobustMethod method = RobustMethod::ExpectedCost;
    QStringList scenarioNames;
    QList<qint64> weightsPpm; // [scenario], as the plan gives them
    QList<Money> optimum;     // [scenario]: the cheapest plan of that scenario buying in the first open month
    // Each scenario's own optimum (start policy), in plan order, then the robust plan.
    QList<RobustCandidate> candidates;
    int packsConsidered = 0;         // resource packs (or coupled groups) with calls beyond the free quota
    qint64 partialPlansExamined = 0; // min-max-regret only: search effort (branch-and-bound nodes)
    // min-max-regret only: no plan has a largest regret below this. When the search stops at
    // its effort limit before deciding, `proven` is false and the robust plan is the best found,
    // at most robust().maxRegret - regretLowerBound from the optimum.
    Money regretLowerBound;
    bool proven = true;

    const RobustCandidate& robust() const { return candidates.constLast(); }
};

// Finds the robust plan exactly among all purchases in the first open month: minimum weighted average
// cost, or minimum largest regret against each scenario's own optimum.
class RobustPlanner {
public:
    // Combinations of a coupled group listed one by one. Beyond it a group of two packs is
    // searched through bounds (docs/robust-plan.md, "Two coupled packs"); a larger group is
    // refused with an InputError that explains what to reduce.
    static constexpr qint64 kMaxCombinations = 100'000'000;

    // With the plan's own method. A requested `stop` ends the search between packs and
    // enumeration chunks with Cancelled (model/optimizer/Cancelled.h).
    static RobustPlan plan(const Catalog& catalog, const Plan& plan, std::stop_token stop = {});
    static RobustPlan plan(const Catalog& catalog, const Plan& plan, RobustMethod method,
                           std::stop_token stop = {});
    // The same with another limit on the combinations listed (tests reach the bounded search
    // of two coupled packs on small cases with it).
    static RobustPlan plan(const Catalog& catalog, const Plan& plan, RobustMethod method, std::stop_token stop,
                           qint64 maxListedCombinations);

    // Bills `purchases` under every scenario of the plan, in place of the scenario's purchases
    // of open months: its holdings and its purchases before its first open month are kept.
    static QList<Money> costsUnder(const Catalog& catalog, const Plan& plan, const QList<Purchase>& purchases,
                                   bool* estimate = nullptr);
    // Weighted average of per-scenario amounts, rounded half away from zero to the micro-yuan.
    static Money weightedAverage(const QList<Money>& amounts, const QList<qint64>& weightsPpm);
};

} // namespace ocp
