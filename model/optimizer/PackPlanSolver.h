#pragma once

#include "model/optimizer/PackProblem.h"

#include <QList>
#include <memory>

namespace ocp {

// Packs of one size bought in one month (indices into PackProblem::sizes).
struct PackBuy {
    int month = 0;
    int size = 0;
    qint64 count = 0;

    friend bool operator==(const PackBuy&, const PackBuy&) = default;
};

struct PackSolution {
    QList<PackBuy> buys;   // sorted by month, then size
    qint64 cost = 0;       // pack prices + postpaid, micro-yuan
};

// One ranked combination of packs bought in the first month.
struct RankedCombination {
    QList<qint64> counts;  // per size index
    qint64 cost = 0;
    qint64 packCost = 0;
};

// The capacities PackPlanSolver::cheapestPerCapacity lists, with their prices, without
// building every combination: for searches that look at few of them. Index 0 is the empty
// purchase; the problem must outlive it.
class FirstMonthOffers {
public:
    explicit FirstMonthOffers(const PackProblem& problem);
    ~FirstMonthOffers();
    FirstMonthOffers(const FirstMonthOffers&) = delete;
    FirstMonthOffers& operator=(const FirstMonthOffers&) = delete;

    qsizetype size() const;
    qint64 calls(qsizetype i) const;
    qint64 price(qsizetype i) const;
    RankedCombination combination(qsizetype i) const; // `cost` is its price only

private:
    struct Data;
    std::unique_ptr<Data> m_d;
};

// Exact solvers for one resource pack (see docs/optimizer.md for the argument):
// the first-month policy enumerates every useful capacity with an exact-capacity knapsack;
// the any-month policy is a dynamic programme over (month, balance left of the one live
// batch) whose purchase step is an unbounded knapsack along the balance.
class PackPlanSolver {
public:
    // Largest table the solvers build (entries); beyond it InputError says why.
    static constexpr qint64 kMaxTableEntries = 60'000'000;

    static PackSolution solveStart(const PackProblem& problem);
    static PackSolution solveAny(const PackProblem& problem);
    // Packs of one postpaid group whose tier follows their postpaid calls together (ladders
    // without offsets): planned jointly and exactly. Each solution's cost is its pack prices;
    // the last one also carries the group's postpaid bill. Throws InputError when the joint
    // state space is too large (the caller may then fall back to a method that is not proven).
    static QList<PackSolution> solveJoint(const QList<PackProblem>& problems, bool anyMonth);

    // The n cheapest distinct first-month combinations (the empty one included if it ranks),
    // cheapest first; `postpaidOnlyRank` receives the rank of the empty combination
    // (counted up to `rankLimit`, -1 beyond).
    static QList<RankedCombination> rankStart(const PackProblem& problem, int n, int* postpaidOnlyRank,
                                              int rankLimit = 1000);

    // For every capacity worth buying in the first month (up to the demand of the validity
    // plus one pack), the cheapest combination giving exactly that capacity; `cost` is its
    // price only. The empty combination comes first.
    static QList<RankedCombination> cheapestPerCapacity(const PackProblem& problem);

    // The same for a pack billed alone under several scenarios (the same sizes and prices),
    // listing capacities up to what scenarios[widest] needs, without those another capacity
    // beats in every scenario: a smaller one costing no more in any, or a larger one costing
    // less in all. The first-month cost of a capacity is its price plus, per scenario, a
    // postpaid bill that is linear in the capacity between breakpoints (the month the pack runs
    // out, a tier boundary); within such a stretch the comparison is exact (docs/robust-plan.md).
    static QList<RankedCombination> undominatedPerCapacity(const QList<PackProblem>& scenarios, int widest);

    // Cost of a plan by direct simulation of the rules (the same as the billing engine for
    // this pack): used by tests and to double-check the solvers.
    static qint64 evaluate(const PackProblem& problem, const QList<PackBuy>& buys);
};

} // namespace ocp
