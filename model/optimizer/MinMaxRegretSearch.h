#pragma once

#include <QtGlobal>
#include <stop_token>
#include <vector>

namespace ocp {

// The candidates of one unit of the robust plan (a resource pack, or a coupled postpaid group)
// that can still be part of a plan better than the best one known: an identifier each and its
// excess cost over the unit's cheapest candidate under every scenario.
struct RegretCandidates {
    std::vector<qint64> id;     // the unit's own numbering of its candidates
    std::vector<qint64> excess; // [candidate * scenarios + scenario], micro-yuan, >= 0
    qsizetype size() const { return static_cast<qsizetype>(id.size()); }
};

// Minimises the largest regret max_s Σ_u excess_u(c_u, s), choosing one candidate per unit,
// exactly: a Lagrangian bound (any weighting of the scenarios gives a separable lower bound)
// and a depth-first branch and bound over the units. See docs/robust-plan.md.
class MinMaxRegretSearch {
public:
    // Nodes visited before the search stops with the best plan found and its proven gap.
    static constexpr qint64 kMaxNodes = 3'000'000;

    struct Result {
        std::vector<qint64> choice; // [unit] candidate id; the incumbent's when nothing beats it
        qint64 maxRegret = 0;       // of the choice
        qint64 lowerBound = 0;      // no plan has a smaller largest regret
        qint64 nodes = 0;           // search effort
        bool proven() const { return lowerBound >= maxRegret; }
    };

    // `incumbent` (ids, one per unit) with largest regret `incumbentValue` is the best plan
    // known; `units` hold only candidates with excess below `incumbentValue` in every scenario
    // (others cannot be part of a better plan). A requested `stop` throws Cancelled.
    static Result solve(const std::vector<RegretCandidates>& units, int scenarios,
                        std::vector<qint64> incumbent, qint64 incumbentValue, const std::stop_token& stop,
                        qint64 maxNodes = kMaxNodes);
};

} // namespace ocp
