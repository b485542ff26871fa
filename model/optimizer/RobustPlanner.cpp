#include "model/optimizer/RobustPlanner.h"

#include "model/optimizer/Cancelled.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/optimizer/FixedPart.h"
#include "model/optimizer/OptimizerRefusal.h"
#include "model/optimizer/PackPlanSolver.h"
#include "model/optimizer/PackProblemBuilder.h"
#include "model/optimizer/PurchaseOptimizer.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <numeric>
#include <vector>

namespace ocp {
namespace {

// A resource pack with calls beyond the free quota in at least one scenario.
struct PackData {
    int pack = -1;
    QList<PackProblem> problems;           // [scenario]
    QList<RankedCombination> combinations; // first-month candidates, empty one first
};

// Packs decided together: one pack, or the packs of a postpaid group whose tier follows the
// postpaid calls (the tier couples them). Candidates are every combination of the packs'
// candidates, each with its cost under every scenario.
struct Unit {
    QList<int> packs;                     // indices into the PackData list
    std::vector<std::vector<int>> choice; // [candidate][pack of the unit] -> combination
    std::vector<qint64> cost;             // [candidate * scenarios + scenario], micro-yuan
    qsizetype size() const { return static_cast<qsizetype>(choice.size()); }
};

qint64 windowDemand(const PackProblem& p) {
    qint64 sum = 0;
    for (int m = 0; m < std::min(p.validity, p.months); ++m)
        sum += p.demand.at(m);
    return sum;
}

qint64 capacityOf(const PackProblem& p, const RankedCombination& c) {
    qint64 calls = 0;
    for (int i = 0; i < c.counts.size(); ++i)
        calls += c.counts.at(i) * p.sizes.at(i);
    return calls;
}

// Postpaid calls per month when `capacity` calls were bought in the first month (R3: forced
// deduction, the pack valid for `validity` months).
void postpaidCalls(const PackProblem& p, qint64 capacity, std::vector<qint64>& out) {
    out.assign(static_cast<size_t>(p.months), 0);
    qint64 left = capacity;
    for (int m = 0; m < p.months; ++m) {
        const qint64 need = p.demand.at(m);
        const qint64 take = m < p.validity ? std::min(need, left) : 0;
        left -= take;
        out[static_cast<size_t>(m)] = need - take;
    }
}

// Cost of one unit candidate under one scenario: pack prices plus the postpaid bill of its
// packs over the scenario's horizon.
qint64 unitCost(const QList<PackData>& packs, const Unit& unit, const std::vector<int>& choice,
                int scenario) {
    qint64 cost = 0;
    std::vector<qint64> calls;
    std::vector<qint64> groupCalls;
    bool ladder = false;
    for (qsizetype j = 0; j < unit.packs.size(); ++j) {
        const PackData& data = packs.at(unit.packs.at(j));
        const PackProblem& p = data.problems.at(scenario);
        const RankedCombination& c = data.combinations.at(choice.at(static_cast<size_t>(j)));
        for (int i = 0; i < c.counts.size(); ++i)
            cost += c.counts.at(i) * p.prices.at(i);
        postpaidCalls(p, capacityOf(p, c), calls);
        if (p.months > 0 && p.postpaid.constFirst().ladder) {
            // The group's postpaid calls together select the tier: add them up first.
            ladder = true;
            groupCalls.resize(std::max(groupCalls.size(), calls.size()), 0);
            for (size_t m = 0; m < calls.size(); ++m)
                groupCalls[m] += calls[m];
        } else {
            for (int m = 0; m < p.months; ++m)
                cost += p.postpaid.at(m).cost(calls[static_cast<size_t>(m)]);
        }
    }
    if (ladder) {
        const PackProblem& p = packs.at(unit.packs.constFirst()).problems.at(scenario);
        for (int m = 0; m < p.months; ++m)
            cost += p.postpaid.at(m).cost(groupCalls[static_cast<size_t>(m)]);
    }
    return cost;
}

void buildCandidates(const Catalog& catalog, const QList<PackData>& packs, Unit& unit, int scenarios,
                     const std::stop_token& stop) {
    qint64 total = 1;
    for (int j : unit.packs) {
        total *= packs.at(j).combinations.size();
        if (total > RobustPlanner::kMaxCombinations) {
            QStringList names;
            for (int k : unit.packs)
                names.append(catalog.packs().at(packs.at(k).pack).name);
            OptimizerRefusal::Figures figures;
            figures.limit = RobustPlanner::kMaxCombinations;
            figures.packs = names;
            throw OptimizerRefusal(OptimizerRefusal::Kind::TooManyCombinations, figures);
        }
    }
    std::vector<int> choice(static_cast<size_t>(unit.packs.size()), 0);
    unit.choice.reserve(static_cast<size_t>(total));
    unit.cost.reserve(static_cast<size_t>(total * scenarios));
    for (qint64 n = 0; n < total; ++n) {
        if (n % 65'536 == 0)
            Cancelled::throwIfRequested(stop);
        unit.choice.push_back(choice);
        for (int s = 0; s < scenarios; ++s)
            unit.cost.push_back(unitCost(packs, unit, choice, s));
        // Next combination, the last pack fastest.
        for (qsizetype j = unit.packs.size() - 1; j >= 0; --j) {
            auto& k = choice[static_cast<size_t>(j)];
            if (++k < packs.at(unit.packs.at(j)).combinations.size())
                break;
            k = 0;
        }
    }
}

// The partial plans of the min-max-regret search: excess cost per scenario over the
// scenarios' own optima, summed over the units decided so far.
struct Layer {
    std::vector<qint64> excess; // [state * scenarios + scenario]
    std::vector<int> parent;    // state of the previous layer
    std::vector<int> candidate; // candidate of this layer's unit
};

// Keeps the states no other state dominates (at most as much excess in every scenario);
// of equal states, one.
void paretoFilter(Layer& layer, int scenarios, qint64* work, const std::stop_token& stop) {
    Cancelled::throwIfRequested(stop);
    const auto n = layer.parent.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    auto at = [&](size_t state, int s) {
        return layer.excess[state * static_cast<size_t>(scenarios) + static_cast<size_t>(s)];
    };
    std::vector<size_t> kept;
    if (scenarios == 2) {
        // Two scenarios: by the first excess, a state survives when its second is below all
        // seen so far.
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return at(a, 0) != at(b, 0) ? at(a, 0) < at(b, 0) : at(a, 1) < at(b, 1);
        });
        qint64 best = std::numeric_limits<qint64>::max();
        for (size_t i : order) {
            if (at(i, 1) < best) {
                kept.push_back(i);
                best = at(i, 1);
            }
        }
    } else if (scenarios == 3) {
        // Three scenarios: by the first excess, a state survives when no kept state has at most
        // its second and third excess; a Fenwick tree over the second gives the least third.
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            for (int s = 0; s < 3; ++s) {
                if (at(a, s) != at(b, s))
                    return at(a, s) < at(b, s);
            }
            return a < b;
        });
        std::vector<qint64> keys;
        keys.reserve(n);
        for (size_t i = 0; i < n; ++i)
            keys.push_back(at(i, 1));
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        std::vector<qint64> least(keys.size() + 1, std::numeric_limits<qint64>::max());
        for (size_t i : order) {
            const auto position =
                static_cast<size_t>(std::lower_bound(keys.cbegin(), keys.cend(), at(i, 1)) - keys.cbegin()) +
                1;
            qint64 third = std::numeric_limits<qint64>::max();
            for (size_t k = position; k > 0; k &= k - 1)
                third = std::min(third, least[k]);
            if (third <= at(i, 2))
                continue;
            kept.push_back(i);
            for (size_t k = position; k < least.size(); k += k & (~k + 1))
                least[k] = std::min(least[k], at(i, 2));
        }
    } else {
        auto sum = [&](size_t state) {
            Int128 total = 0;
            for (int s = 0; s < scenarios; ++s)
                total += at(state, s);
            return total;
        };
        std::vector<Int128> sums(n);
        for (size_t i = 0; i < n; ++i)
            sums[i] = sum(i);
        // A dominating state has a smaller or equal sum, so it comes first in this order.
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            if (sums[a] != sums[b])
                return sums[a] < sums[b];
            for (int s = 0; s < scenarios; ++s) {
                if (at(a, s) != at(b, s))
                    return at(a, s) < at(b, s);
            }
            return a < b;
        });
        for (size_t i : order) {
            bool dominated = false;
            for (size_t k : kept) {
                bool all = true;
                for (int s = 0; s < scenarios && all; ++s)
                    all = at(k, s) <= at(i, s);
                if (all) {
                    dominated = true;
                    break;
                }
            }
            const qint64 before = *work;
            *work += static_cast<qint64>(kept.size());
            // Every 65,536 comparisons: this loop is quadratic in the states.
            if (before / 65'536 != *work / 65'536)
                Cancelled::throwIfRequested(stop);
            if (*work > RobustPlanner::kMaxPartialPlans * 500) {
                throw OptimizerRefusal(OptimizerRefusal::Kind::TooManyComparisons);
            }
            if (!dominated)
                kept.push_back(i);
        }
    }
    Layer out;
    out.excess.reserve(kept.size() * static_cast<size_t>(scenarios));
    for (size_t i : kept) {
        out.parent.push_back(layer.parent[i]);
        out.candidate.push_back(layer.candidate[i]);
        for (int s = 0; s < scenarios; ++s)
            out.excess.push_back(at(i, s));
    }
    layer = std::move(out);
}

class Search {
public:
    Search(const QList<Unit>& units, int scenarios, const QList<qint64>& weights)
        : m_units(units)
        , m_scenarios(scenarios)
        , m_weights(weights) {
        for (const Unit& u : units) {
            std::vector<qint64> low(static_cast<size_t>(scenarios), std::numeric_limits<qint64>::max());
            for (qsizetype c = 0; c < u.size(); ++c) {
                for (int s = 0; s < scenarios; ++s)
                    low[static_cast<size_t>(s)] = std::min(low[static_cast<size_t>(s)], cost(u, c, s));
            }
            m_low.push_back(low);
        }
    }

    qint64 cost(const Unit& u, qsizetype c, int s) const {
        return u.cost[static_cast<size_t>(c) * static_cast<size_t>(m_scenarios) + static_cast<size_t>(s)];
    }
    qint64 excess(int unit, qsizetype c, int s) const {
        return cost(m_units.at(unit), c, s) - m_low[static_cast<size_t>(unit)][static_cast<size_t>(s)];
    }
    // The cheapest plan of scenario s buying in the first open month, over the open months.
    qint64 optimum(int s) const {
        qint64 sum = 0;
        for (const auto& low : m_low)
            sum += low[static_cast<size_t>(s)];
        return sum;
    }

    // Per unit, the candidate with the least cost under scenario s (the first of equals).
    std::vector<int> cheapestFor(int s) const {
        std::vector<int> choice;
        for (int u = 0; u < m_units.size(); ++u) {
            int best = 0;
            for (qsizetype c = 1; c < m_units.at(u).size(); ++c) {
                if (excess(u, c, s) < excess(u, best, s))
                    best = static_cast<int>(c);
            }
            choice.push_back(best);
        }
        return choice;
    }

    // Separable: per unit, the least weighted sum (ties keep the first, the smaller purchase).
    std::vector<int> expectedCost() const {
        std::vector<int> choice;
        for (int u = 0; u < m_units.size(); ++u) {
            int best = 0;
            Int128 bestValue = 0;
            for (qsizetype c = 0; c < m_units.at(u).size(); ++c) {
                Int128 value = 0;
                for (int s = 0; s < m_scenarios; ++s)
                    value += Int128(m_weights.at(s)) * cost(m_units.at(u), c, s);
                if (c == 0 || value < bestValue) {
                    best = static_cast<int>(c);
                    bestValue = value;
                }
            }
            choice.push_back(best);
        }
        return choice;
    }

    qint64 maxRegret(const std::vector<int>& choice) const {
        qint64 worst = 0;
        for (int s = 0; s < m_scenarios; ++s) {
            qint64 sum = 0;
            for (int u = 0; u < m_units.size(); ++u)
                sum += excess(u, choice[static_cast<size_t>(u)], s);
            worst = std::max(worst, sum);
        }
        return worst;
    }

    // Exact minimum of the largest regret: units one after the other, keeping the partial
    // plans no other dominates and whose bound stays below the best plan known.
    // A requested `stop` ends it with Cancelled, checked per unit and every 65,536 partial plans.
    std::vector<int> minMaxRegret(qint64* examined, const std::stop_token& stop) {
        // Seeds: every scenario's own optimum and the expected-cost plan.
        std::vector<int> incumbent = expectedCost();
        qint64 bound = maxRegret(incumbent);
        for (int s = 0; s < m_scenarios; ++s) {
            const std::vector<int> seed = cheapestFor(s);
            const qint64 value = maxRegret(seed);
            if (value < bound) {
                bound = value;
                incumbent = seed;
            }
        }
        if (bound == 0 || m_units.isEmpty())
            return incumbent;

        // Candidates that alone reach the bound cannot be part of a better plan; and of two
        // candidates of one unit, one with at least the other's excess everywhere is no use.
        QList<std::vector<int>> useful;
        for (int u = 0; u < m_units.size(); ++u) {
            Cancelled::throwIfRequested(stop);
            Layer layer;
            for (qsizetype c = 0; c < m_units.at(u).size(); ++c) {
                bool below = true;
                for (int s = 0; s < m_scenarios && below; ++s)
                    below = excess(u, c, s) < bound;
                if (!below)
                    continue;
                layer.parent.push_back(0);
                layer.candidate.push_back(static_cast<int>(c));
                for (int s = 0; s < m_scenarios; ++s)
                    layer.excess.push_back(excess(u, c, s));
            }
            qint64 work = 0;
            paretoFilter(layer, m_scenarios, &work, stop);
            useful.append(layer.candidate);
            if (layer.candidate.empty())
                return incumbent; // no candidate of this unit can beat the bound
        }
        // Fewest candidates first keeps the early layers small.
        std::vector<int> order(static_cast<size_t>(m_units.size()));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return useful.at(a).size() < useful.at(b).size(); });
        // Least summed excess each remaining unit must add (for the averaging bound).
        std::vector<Int128> rest(order.size() + 1, 0);
        for (size_t k = order.size(); k-- > 0;) {
            Int128 least = -1;
            for (int c : useful.at(order[k])) {
                Int128 sum = 0;
                for (int s = 0; s < m_scenarios; ++s)
                    sum += excess(order[k], c, s);
                if (least < 0 || sum < least)
                    least = sum;
            }
            rest[k] = rest[k + 1] + least;
        }

        std::vector<Layer> layers;
        Layer start;
        start.excess.assign(static_cast<size_t>(m_scenarios), 0);
        start.parent.push_back(-1);
        start.candidate.push_back(-1);
        layers.push_back(std::move(start));
        qint64 work = 0;
        qint64 tried = 0;
        std::vector<qint64> v(static_cast<size_t>(m_scenarios));
        for (size_t k = 0; k < order.size(); ++k) {
            Cancelled::throwIfRequested(stop);
            const int u = order[k];
            const Layer& previous = layers.back();
            Layer next;
            for (size_t i = 0; i < previous.parent.size(); ++i) {
                for (int c : useful.at(u)) {
                    if (++tried % 65'536 == 0)
                        Cancelled::throwIfRequested(stop);
                    bool below = true;
                    Int128 sum = 0;
                    for (int s = 0; s < m_scenarios; ++s) {
                        v[static_cast<size_t>(s)] =
                            previous.excess[i * static_cast<size_t>(m_scenarios) + static_cast<size_t>(s)] +
                            excess(u, c, s);
                        below = below && v[static_cast<size_t>(s)] < bound;
                        sum += v[static_cast<size_t>(s)];
                    }
                    // The largest regret is at least the average one.
                    if (!below || sum + rest[k + 1] > Int128(m_scenarios) * (bound - 1))
                        continue;
                    next.parent.push_back(static_cast<int>(i));
                    next.candidate.push_back(c);
                    next.excess.insert(next.excess.end(), v.cbegin(), v.cend());
                    ++*examined;
                    if (next.parent.size() > static_cast<size_t>(RobustPlanner::kMaxPartialPlans) * 4)
                        paretoFilter(next, m_scenarios, &work, stop);
                }
            }
            paretoFilter(next, m_scenarios, &work, stop);
            if (next.parent.size() > static_cast<size_t>(RobustPlanner::kMaxPartialPlans)) {
                OptimizerRefusal::Figures figures;
                figures.limit = RobustPlanner::kMaxPartialPlans;
                throw OptimizerRefusal(OptimizerRefusal::Kind::TooManyPartialPlans, figures);
            }
            if (next.parent.empty())
                return incumbent; // nothing beats the best plan known
            layers.push_back(std::move(next));
        }
        const Layer& last = layers.back();
        size_t best = 0;
        qint64 bestValue = std::numeric_limits<qint64>::max();
        for (size_t i = 0; i < last.parent.size(); ++i) {
            qint64 worst = 0;
            for (int s = 0; s < m_scenarios; ++s)
                worst = std::max(worst,
                                 last.excess[i * static_cast<size_t>(m_scenarios) + static_cast<size_t>(s)]);
            if (worst < bestValue) {
                bestValue = worst;
                best = i;
            }
        }
        std::vector<int> choice(static_cast<size_t>(m_units.size()), 0);
        int state = static_cast<int>(best);
        for (size_t k = order.size(); k > 0; --k) {
            const Layer& layer = layers[k];
            choice[static_cast<size_t>(order[k - 1])] = layer.candidate[static_cast<size_t>(state)];
            state = layer.parent[static_cast<size_t>(state)];
        }
        return choice;
    }

private:
    const QList<Unit>& m_units;
    int m_scenarios;
    QList<qint64> m_weights;
    std::vector<std::vector<qint64>> m_low;
};

QList<Purchase> purchasesOf(const Catalog& catalog, const QList<PackData>& packs, const QList<Unit>& units,
                            const std::vector<int>& choice, int open) {
    QList<Purchase> out;
    for (int u = 0; u < units.size(); ++u) {
        const Unit& unit = units.at(u);
        const std::vector<int>& combination =
            unit.choice[static_cast<size_t>(choice[static_cast<size_t>(u)])];
        for (qsizetype j = 0; j < unit.packs.size(); ++j) {
            const PackData& data = packs.at(unit.packs.at(j));
            const ResourcePack& rp = catalog.packs().at(data.pack);
            const RankedCombination& c = data.combinations.at(combination[static_cast<size_t>(j)]);
            QList<Purchase> pack;
            for (int i = 0; i < c.counts.size(); ++i) {
                if (c.counts.at(i) > 0)
                    pack.append({open, rp.id, rp.sizes.at(i).calls, c.counts.at(i)});
            }
            // Largest packs first: how a buyer reads an order.
            std::sort(pack.begin(), pack.end(),
                      [](const Purchase& a, const Purchase& b) { return a.size > b.size; });
            out += pack;
        }
    }
    // Catalog order of the packs.
    std::stable_sort(out.begin(), out.end(), [&](const Purchase& a, const Purchase& b) {
        return catalog.packIndex(a.packId) < catalog.packIndex(b.packId);
    });
    return out;
}

void fillCandidate(RobustCandidate& c, const Catalog& catalog, const Plan& plan,
                   const QList<Money>& optimum) {
    c.costs = RobustPlanner::costsUnder(catalog, plan, c.purchases, &c.estimate);
    c.regrets.clear();
    c.maxRegret = Money();
    for (int s = 0; s < c.costs.size(); ++s) {
        c.regrets.append(c.costs.at(s) - optimum.at(s));
        c.maxRegret = std::max(c.maxRegret, c.regrets.constLast());
    }
    QList<qint64> weights;
    for (int s = 0; s < plan.scenarios.size(); ++s)
        weights.append(plan.weightOf(s));
    c.expectedCost = RobustPlanner::weightedAverage(c.costs, weights);
}

} // namespace

RobustPlan RobustPlanner::plan(const Catalog& catalog, const Plan& plan, std::stop_token stop) {
    return RobustPlanner::plan(catalog, plan, plan.robustMethod, std::move(stop));
}

RobustPlan RobustPlanner::plan(const Catalog& catalog, const Plan& plan, RobustMethod method,
                               std::stop_token stop) {
    if (plan.scenarios.isEmpty())
        throw OptimizerRefusal(OptimizerRefusal::Kind::NoScenario);
    const int scenarios = static_cast<int>(plan.scenarios.size());
    RobustPlan result;
    result.method = method;
    Int128 weightSum = 0;
    for (int s = 0; s < scenarios; ++s) {
        const Scenario& scenario = plan.scenarios.at(s);
        result.scenarioNames.append(scenario.name);
        result.weightsPpm.append(plan.weightOf(s));
        if (result.weightsPpm.constLast() < 0) {
            OptimizerRefusal::Figures figures;
            figures.scenarios = {scenario.name};
            throw OptimizerRefusal(OptimizerRefusal::Kind::NegativeWeight, figures);
        }
        weightSum += result.weightsPpm.constLast();
        if (scenario.start != plan.scenarios.constFirst().start) {
            OptimizerRefusal::Figures figures;
            figures.scenarios = {plan.scenarios.constFirst().name, scenario.name};
            figures.starts = {plan.scenarios.constFirst().start, scenario.start};
            throw OptimizerRefusal(OptimizerRefusal::Kind::DifferentStartMonths, figures);
        }
    }
    if (method == RobustMethod::ExpectedCost && weightSum <= 0) {
        throw OptimizerRefusal(OptimizerRefusal::Kind::NoWeight);
    }

    // In a year in progress each scenario keeps its holdings and the purchases of its months
    // that have happened (docs/optimizer.md §2.1); the one set of new purchases is bought in
    // the first open month, which the scenarios must therefore share.
    QList<FixedPart> fixed;
    for (const Scenario& scenario : plan.scenarios) {
        fixed.append(FixedPart::of(catalog, scenario));
        if (fixed.constLast().open != fixed.constFirst().open) {
            OptimizerRefusal::Figures figures;
            figures.scenarios = {plan.scenarios.constFirst().name, scenario.name};
            figures.starts = {scenario.monthAt(fixed.constFirst().open), scenario.monthAt(fixed.constLast().open)};
            throw OptimizerRefusal(OptimizerRefusal::Kind::DifferentFirstOpenMonths, figures);
        }
    }
    const int open = fixed.constFirst().open;

    // Each scenario's view of every pack. The builders keep references to the scenarios.
    std::deque<PackProblemBuilder> builders;
    for (const Scenario& scenario : plan.scenarios)
        builders.emplace_back(catalog, scenario);
    QList<PackData> packs;
    QList<int> dataOfPack(catalog.packs().size(), -1);
    for (int pack = 0; pack < catalog.packs().size(); ++pack) {
        Cancelled::throwIfRequested(stop);
        PackData data;
        data.pack = pack;
        bool used = false;
        for (int s = 0; s < scenarios; ++s) {
            data.problems.append(fixed.at(s).openPart(builders[static_cast<size_t>(s)].build(pack)));
            const PackProblem& p = data.problems.constLast();
            used = used || std::any_of(p.demand.cbegin(), p.demand.cend(), [](qint64 d) { return d > 0; });
        }
        if (!used)
            continue;
        // One set of purchases has one price: the scenarios must agree on it.
        for (int s = 1; s < scenarios; ++s) {
            if (data.problems.at(s).prices != data.problems.constFirst().prices) {
                OptimizerRefusal::Figures figures;
                figures.scenarios = {plan.scenarios.constFirst().name, plan.scenarios.at(s).name};
                figures.packs = {catalog.packs().at(pack).name};
                throw OptimizerRefusal(OptimizerRefusal::Kind::DifferentPackPrices, figures);
            }
        }
        // The scenario needing the most calls in the pack's validity lists every capacity
        // that can matter in any scenario (beyond it all scenarios are covered alike).
        int widest = 0;
        for (int s = 1; s < scenarios; ++s) {
            if (windowDemand(data.problems.at(s)) > windowDemand(data.problems.at(widest)))
                widest = s;
        }
        data.combinations = PackPlanSolver::cheapestPerCapacity(data.problems.at(widest));
        dataOfPack[pack] = static_cast<int>(packs.size());
        packs.append(data);
    }

    // Units: a pack alone, or the packs of a postpaid group whose tier follows the postpaid
    // calls in some scenario.
    bool postpaidBasis = false;
    for (const Scenario& scenario : plan.scenarios)
        postpaidBasis = postpaidBasis || scenario.settings.tierBasis == TierBasis::PostpaidCalls;
    QList<Unit> units;
    for (int group = 0; group < catalog.postpaidGroups().size(); ++group) {
        QList<int> members;
        for (int pack : catalog.packsOfGroup(group)) {
            if (dataOfPack.at(pack) >= 0)
                members.append(dataOfPack.at(pack));
        }
        if (members.isEmpty())
            continue;
        if (postpaidBasis && members.size() > 1) {
            Unit unit;
            unit.packs = members;
            units.append(unit);
        } else {
            for (int member : members) {
                Unit unit;
                unit.packs = {member};
                units.append(unit);
            }
        }
    }
    for (Unit& unit : units)
        buildCandidates(catalog, packs, unit, scenarios, stop);
    result.packsConsidered = static_cast<int>(units.size());

    Search search(units, scenarios, result.weightsPpm);
    for (int s = 0; s < scenarios; ++s)
        result.optimum.append(Money::fromMicros(search.optimum(s)) + fixed.at(s).costBefore());
    const std::vector<int> choice = method == RobustMethod::ExpectedCost
                                        ? search.expectedCost()
                                        : search.minMaxRegret(&result.partialPlansExamined, stop);

    // Each scenario's own optimum as the optimizer recommends it, then the robust plan.
    for (int s = 0; s < scenarios; ++s) {
        RobustCandidate own;
        own.scenario = s;
        const OptimizedPlan optimized =
            PurchaseOptimizer::optimize(catalog, plan.scenarios.at(s), {PurchasePolicy::Start, 0}, stop);
        for (const Purchase& p : optimized.scenario.purchases) {
            if (!optimized.isFixed(p))
                own.purchases.append(p); // the scenario's fixed part is billed with every candidate
        }
        fillCandidate(own, catalog, plan, result.optimum);
        result.candidates.append(own);
    }
    RobustCandidate robust;
    robust.purchases = purchasesOf(catalog, packs, units, choice, open);
    fillCandidate(robust, catalog, plan, result.optimum);
    result.candidates.append(robust);
    return result;
}

QList<Money> RobustPlanner::costsUnder(const Catalog& catalog, const Plan& plan,
                                       const QList<Purchase>& purchases, bool* estimate) {
    QList<Money> costs;
    for (Scenario scenario : plan.scenarios) {
        scenario.purchases = FixedPart::of(catalog, scenario).purchases + purchases;
        const BillingResult result = BillingEngine::run(catalog, scenario);
        costs.append(result.total());
        if (estimate)
            *estimate = *estimate || result.overall.estimate;
    }
    return costs;
}

Money RobustPlanner::weightedAverage(const QList<Money>& amounts, const QList<qint64>& weightsPpm) {
    Int128 sum = 0;
    Int128 weights = 0;
    for (int s = 0; s < amounts.size(); ++s) {
        sum += amounts.at(s).micros() * weightsPpm.at(s);
        weights += weightsPpm.at(s);
    }
    if (weights <= 0)
        return Money();
    const Int128 half = weights / 2;
    return Money::fromMicros(sum >= 0 ? (sum + half) / weights : -((-sum + half) / weights));
}

} // namespace ocp
