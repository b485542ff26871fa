#include "model/optimizer/RobustPlanner.h"

#include "model/optimizer/Cancelled.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/optimizer/FirstMonthBill.h"
#include "model/optimizer/FixedPart.h"
#include "model/optimizer/MinMaxRegretSearch.h"
#include "model/optimizer/OptimizerRefusal.h"
#include "model/optimizer/PackPlanSolver.h"
#include "model/optimizer/PackProblemBuilder.h"
#include "model/optimizer/PurchaseOptimizer.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <numeric>
#include <type_traits>
#include <vector>

namespace ocp {
namespace {

// A coupled group is billed through one prefix of its ladder per subset of its packs.
constexpr qsizetype kMaxCoupledPacks = 8;

// A resource pack with calls beyond the free quota in at least one scenario.
struct PackData {
    int pack = -1;
    QList<PackProblem> problems;           // [scenario]
    QList<RankedCombination> combinations; // first-month candidates, empty one first
    int widest = 0; // the scenario needing the most calls in the pack's validity
};

// Packs decided together: one pack, or the packs of a postpaid group whose tier follows the
// postpaid calls (the tier couples them). A candidate is one combination of the packs'
// candidates, numbered in mixed radix with the last pack fastest.
struct Unit {
    QList<int> packs;          // indices into the PackData list
    std::vector<qint64> radix; // [pack of the unit]: its number of candidates
    qint64 count = 1;
    // Too many combinations to list (two coupled packs): searched through bounds instead.
    bool listed = true;
    std::vector<qint64> low;      // [scenario]: the least cost of any candidate
    std::vector<qint64> cheapest; // [scenario]: the first candidate with that cost
    qint64 expected = 0;          // the first candidate with the least weighted cost

    std::vector<int> combination(qint64 id) const {
        std::vector<int> out(radix.size(), 0);
        for (size_t j = radix.size(); j-- > 0;) {
            out[j] = static_cast<int>(id % radix[j]);
            id /= radix[j];
        }
        return out;
    }
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

// The cheapest price per call of a month's ladder: no number of calls costs less per call,
// so it bounds a coupled group's bill of the month from below whoever makes the calls.
qint64 leastPricePerCall(const PostpaidCostFunction& f) {
    qint64 least = f.aboveTopMicros;
    for (qint64 price : f.tierMicros)
        least = std::min(least, price);
    return std::max<qint64>(least, 0);
}

// The costs of a unit's candidates under every scenario. With purchases in the first open month
// only and forced earliest-expiry deduction (R3), a capacity C of one pack covers its months in
// order: months before k are covered, month k partly (r postpaid calls), later months and those
// after the validity not at all. So a pack's candidate is (price, k, r) per scenario, and a
// candidate of a coupled group is billed in O(packs) from prefix sums of the group's ladder over
// the months where a fixed set of its packs is billed in full.
class UnitCosts {
public:
    UnitCosts(const QList<PackData>& packs, const Unit& unit, int scenarios)
        : m_s(static_cast<size_t>(scenarios))
        , m_n(static_cast<size_t>(unit.packs.size())) {
        m_packs.resize(m_n);
        m_ladder.assign(m_s, false);
        for (size_t s = 0; s < m_s; ++s) {
            const PackProblem& first = packs.at(unit.packs.constFirst()).problems.at(static_cast<int>(s));
            m_ladder[s] = m_n > 1 && first.months > 0 && first.postpaid.constFirst().ladder;
        }
        for (size_t j = 0; j < m_n; ++j) {
            const PackData& data = packs.at(unit.packs.at(static_cast<qsizetype>(j)));
            PackTable& t = m_packs[j];
            const size_t count = static_cast<size_t>(data.combinations.size());
            t.price.resize(count);
            t.bound.assign(count * m_s, 0);
            t.k.assign(count * m_s, 0);
            t.r.assign(count * m_s, 0);
            for (size_t a = 0; a < count; ++a) {
                const RankedCombination& c = data.combinations.at(static_cast<qsizetype>(a));
                const PackProblem& p0 = data.problems.constFirst();
                qint64 price = 0;
                for (int i = 0; i < c.counts.size(); ++i)
                    price += c.counts.at(i) * p0.prices.at(i);
                t.price[a] = price;
            }
            for (size_t s = 0; s < m_s; ++s) {
                const PackProblem& p = data.problems.at(static_cast<int>(s));
                const FirstMonthBill bill(p);
                const int window = bill.window();
                // When the group's ladder couples the packs, a lower bound: each month's calls at
                // the cheapest price per call of its ladder.
                std::vector<qint64> perCall(static_cast<size_t>(p.months), 0);
                std::vector<qint64> suffix(static_cast<size_t>(p.months) + 1, 0);
                if (m_ladder[s]) {
                    for (int m = p.months; m-- > 0;) {
                        perCall[static_cast<size_t>(m)] = leastPricePerCall(p.postpaid.at(m));
                        suffix[static_cast<size_t>(m)] =
                            suffix[static_cast<size_t>(m) + 1] + perCall[static_cast<size_t>(m)] * p.demand.at(m);
                    }
                }
                for (size_t a = 0; a < count; ++a) {
                    const qint64 capacity = capacityOf(p, data.combinations.at(static_cast<qsizetype>(a)));
                    const FirstMonthBill::Coverage c = bill.coverage(capacity);
                    const size_t at = a * m_s + s;
                    t.k[at] = c.fullMonths;
                    t.r[at] = c.uncovered;
                    qint64 postpaid = 0;
                    if (!m_ladder[s])
                        postpaid = bill.postpaid(capacity);
                    else if (c.fullMonths < window)
                        postpaid = suffix[static_cast<size_t>(c.fullMonths) + 1] +
                                   perCall[static_cast<size_t>(c.fullMonths)] * c.uncovered;
                    else
                        postpaid = suffix[static_cast<size_t>(window)];
                    t.bound[at] = t.price[a] + postpaid;
                }
                t.window.push_back(window);
            }
            t.demand.clear();
            for (size_t s = 0; s < m_s; ++s)
                t.demand.push_back(&data.problems.at(static_cast<int>(s)).demand);
        }
        // Per coupled scenario: the group's bill of every month with a set of its packs billed in
        // full, summed from the first month (one prefix per subset of the packs).
        m_prefix.assign(m_s, {});
        for (size_t s = 0; s < m_s; ++s) {
            if (!m_ladder[s])
                continue;
            const PackProblem& p = packs.at(unit.packs.constFirst()).problems.at(static_cast<int>(s));
            const size_t subsets = size_t{1} << m_n;
            auto& prefix = m_prefix[s];
            prefix.assign(subsets * (static_cast<size_t>(p.months) + 1), 0);
            for (size_t mask = 0; mask < subsets; ++mask) {
                for (int m = 0; m < p.months; ++m) {
                    qint64 calls = 0;
                    for (size_t j = 0; j < m_n; ++j) {
                        if (mask & (size_t{1} << j))
                            calls += m_packs[j].demand[s]->at(m);
                    }
                    prefix[mask * (static_cast<size_t>(p.months) + 1) + static_cast<size_t>(m) + 1] =
                        prefix[mask * (static_cast<size_t>(p.months) + 1) + static_cast<size_t>(m)] +
                        p.postpaid.at(m).cost(calls);
                }
            }
            m_group.push_back(&p);
        }
        m_groupOf.assign(m_s, -1);
        int next = 0;
        for (size_t s = 0; s < m_s; ++s) {
            if (m_ladder[s])
                m_groupOf[s] = next++;
        }
    }

    size_t scenarios() const { return m_s; }
    bool coupled(size_t s) const { return m_ladder[s]; }

    qint64 packPrice(size_t j, qint64 candidate) const { return m_packs[j].price[static_cast<size_t>(candidate)]; }

    // Pack j's share of bound(): its candidate's price and postpaid bill (bound when coupled).
    qint64 packBound(size_t j, qint64 candidate, size_t s) const {
        return m_packs[j].bound[static_cast<size_t>(candidate) * m_s + s];
    }

    // A lower bound on the cost of a combination under s; exact unless coupled(s).
    qint64 bound(const int* comb, size_t s) const {
        qint64 sum = 0;
        for (size_t j = 0; j < m_n; ++j)
            sum += m_packs[j].bound[static_cast<size_t>(comb[j]) * m_s + s];
        return sum;
    }

    qint64 cost(const int* comb, size_t s) const {
        if (!m_ladder[s])
            return bound(comb, s);
        const PackProblem& p = *m_group[static_cast<size_t>(m_groupOf[s])];
        const size_t stride = static_cast<size_t>(p.months) + 1;
        const auto& prefix = m_prefix[s];
        qint64 sum = 0;
        // First month each pack is billed in full, and its partly covered month.
        struct Edge {
            int full;
            int partial; // -1 when none
            qint64 r;
            size_t j;
        };
        Edge edges[kMaxCoupledPacks];
        const size_t n = std::min(m_n, static_cast<size_t>(kMaxCoupledPacks)); // m_n never exceeds it
        for (size_t j = 0; j < n; ++j) {
            const PackTable& t = m_packs[j];
            const size_t at = static_cast<size_t>(comb[j]) * m_s + s;
            const int k = t.k[at];
            const bool partial = k < t.window[s];
            edges[j] = {partial ? k + 1 : k, partial ? k : -1, t.r[at], j};
            sum += t.price[static_cast<size_t>(comb[j])];
        }
        // Insertion sort by the first month billed in full: at most kMaxCoupledPacks edges.
        for (size_t i = 1; i < n; ++i) {
            const Edge e = edges[i];
            size_t h = i;
            for (; h > 0 && edges[h - 1].full > e.full; --h)
                edges[h] = edges[h - 1];
            edges[h] = e;
        }
        size_t mask = 0;
        int from = 0;
        for (size_t i = 0; i <= n; ++i) {
            const int to = i < n ? edges[i].full : p.months;
            if (to > from) {
                sum += prefix[mask * stride + static_cast<size_t>(to)] - prefix[mask * stride + static_cast<size_t>(from)];
                from = to;
            }
            if (i < n)
                mask |= size_t{1} << edges[i].j;
        }
        // Partly covered months: the month's calls are those billed in full plus the parts.
        for (size_t i = 0; i < n; ++i) {
            const int m = edges[i].partial;
            if (m < 0)
                continue;
            bool seen = false;
            for (size_t h = 0; h < i; ++h)
                seen = seen || edges[h].partial == m;
            if (seen)
                continue;
            qint64 full = 0;
            qint64 part = 0;
            for (size_t h = 0; h < n; ++h) {
                if (edges[h].full <= m)
                    full += m_packs[edges[h].j].demand[s]->at(m);
                else if (edges[h].partial == m)
                    part += edges[h].r;
            }
            const PostpaidCostFunction& f = p.postpaid.at(m);
            sum += f.cost(full + part) - f.cost(full);
        }
        return sum;
    }

private:
    struct PackTable {
        std::vector<qint64> price; // [candidate]
        std::vector<qint64> bound; // [candidate * scenarios + s]: price + postpaid (bound when coupled)
        std::vector<int> k;        // [candidate * scenarios + s]: months covered in full
        std::vector<qint64> r;     // [candidate * scenarios + s]: postpaid calls of month k
        std::vector<int> window;   // [s]: months the pack is valid within the horizon
        std::vector<const QList<qint64>*> demand; // [s]
    };
    size_t m_s;
    size_t m_n;
    std::vector<PackTable> m_packs;
    std::vector<bool> m_ladder;
    std::vector<std::vector<qint64>> m_prefix; // [s][subset * (months + 1) + month]
    std::vector<const PackProblem*> m_group;
    std::vector<int> m_groupOf;
};

// Visits every combination of the unit's candidates in id order (the last pack fastest). A
// visitor returning bool stops the walk by returning false.
template <typename Visit>
void forEachCombination(const Unit& unit, const std::stop_token& stop, Visit&& visit) {
    std::vector<int> comb(unit.radix.size(), 0);
    for (qint64 id = 0; id < unit.count; ++id) {
        if (id % 65'536 == 0)
            Cancelled::throwIfRequested(stop);
        if constexpr (std::is_same_v<std::invoke_result_t<Visit, qint64, const int*>, bool>) {
            if (!visit(id, static_cast<const int*>(comb.data())))
                return;
        } else {
            visit(id, static_cast<const int*>(comb.data()));
        }
        for (size_t j = unit.radix.size(); j-- > 0;) {
            if (++comb[j] < unit.radix[j])
                break;
            comb[j] = 0;
        }
    }
}

// Each scenario's least cost and cheapest candidate, and the candidate with the least weighted
// cost (first of equals: the smaller purchase). The lower bounds skip the exact bill of a
// combination that cannot be better than one already seen.
void summarise(Unit& unit, const UnitCosts& costs, const QList<qint64>& weights, const std::stop_token& stop) {
    const size_t S = costs.scenarios();
    unit.low.assign(S, std::numeric_limits<qint64>::max());
    unit.cheapest.assign(S, 0);
    Int128 bestWeighted = -1;
    std::vector<qint64> lower(S);
    std::vector<qint64> exact(S);
    forEachCombination(unit, stop, [&](qint64 id, const int* comb) {
        Int128 weightedBound = 0;
        bool needed = false;
        for (size_t s = 0; s < S; ++s) {
            lower[s] = costs.bound(comb, s);
            weightedBound += Int128(weights.at(static_cast<int>(s))) * lower[s];
            needed = needed || lower[s] < unit.low[s];
        }
        if (!needed && bestWeighted >= 0 && weightedBound >= bestWeighted)
            return;
        Int128 weighted = 0;
        for (size_t s = 0; s < S; ++s) {
            exact[s] = costs.coupled(s) ? costs.cost(comb, s) : lower[s];
            weighted += Int128(weights.at(static_cast<int>(s))) * exact[s];
            if (exact[s] < unit.low[s]) {
                unit.low[s] = exact[s];
                unit.cheapest[s] = id;
            }
        }
        if (bestWeighted < 0 || weighted < bestWeighted) {
            bestWeighted = weighted;
            unit.expected = id;
        }
    });
}

// The pair of two packs' candidates with the least cost(a, b), the first (smallest id
// a * nB + b) of equals. The bound is separable, boundA(a) + boundB(b) <= cost(a, b): the
// pairs are visited by increasing bound of a, then of b, and the rest skipped once the bound
// exceeds the least cost found (docs/robust-plan.md, "Two coupled packs").
template <typename BoundA, typename BoundB, typename Cost>
std::pair<qint64, Int128> cheapestPair(qint64 nA, qint64 nB, BoundA boundA, BoundB boundB, Cost cost,
                                       const std::stop_token& stop) {
    std::vector<Int128> keyA(static_cast<size_t>(nA));
    std::vector<Int128> keyB(static_cast<size_t>(nB));
    for (qint64 a = 0; a < nA; ++a)
        keyA[static_cast<size_t>(a)] = boundA(a);
    for (qint64 b = 0; b < nB; ++b)
        keyB[static_cast<size_t>(b)] = boundB(b);
    // The pair of the least bounds gives a first cost: only candidates whose bound, with the
    // other pack's least, stays within it can do better, and only those are sorted.
    const auto leastA = std::min_element(keyA.cbegin(), keyA.cend()) - keyA.cbegin();
    const auto leastB = std::min_element(keyB.cbegin(), keyB.cend()) - keyB.cbegin();
    const Int128 first = cost(leastA, leastB);
    auto within = [&](const std::vector<Int128>& key, Int128 other) {
        std::vector<qint64> order;
        for (size_t i = 0; i < key.size(); ++i) {
            if (key[i] + other <= first)
                order.push_back(static_cast<qint64>(i));
        }
        std::sort(order.begin(), order.end(), [&](qint64 x, qint64 y) {
            const Int128 kx = key[static_cast<size_t>(x)];
            const Int128 ky = key[static_cast<size_t>(y)];
            return kx != ky ? kx < ky : x < y;
        });
        return order;
    };
    const std::vector<qint64> orderA = within(keyA, keyB[static_cast<size_t>(leastB)]);
    const std::vector<qint64> orderB = within(keyB, keyA[static_cast<size_t>(leastA)]);
    qint64 bestId = -1;
    Int128 best = 0;
    qint64 visited = 0;
    for (const qint64 a : orderA) {
        const Int128 ka = keyA[static_cast<size_t>(a)];
        if (bestId >= 0 && ka + keyB[static_cast<size_t>(orderB.front())] > best)
            break;
        for (const qint64 b : orderB) {
            if (bestId >= 0 && ka + keyB[static_cast<size_t>(b)] > best)
                break;
            if (++visited % 65'536 == 0)
                Cancelled::throwIfRequested(stop);
            const qint64 id = a * nB + b;
            if (bestId >= 0 && ka + keyB[static_cast<size_t>(b)] == best && id > bestId)
                continue; // at best as cheap, and later
            const Int128 c = cost(a, b);
            if (bestId < 0 || c < best || (c == best && id < bestId)) {
                best = c;
                bestId = id;
            }
        }
    }
    return {bestId, best};
}

// summarise() for a unit of two packs, without listing every pair.
void summarisePair(Unit& unit, const UnitCosts& costs, const QList<qint64>& weights, const std::stop_token& stop) {
    const size_t S = costs.scenarios();
    const qint64 nA = unit.radix[0];
    const qint64 nB = unit.radix[1];
    unit.low.assign(S, 0);
    unit.cheapest.assign(S, 0);
    for (size_t s = 0; s < S; ++s) {
        const auto [id, cost] = cheapestPair(
            nA, nB, [&](qint64 a) { return Int128(costs.packBound(0, a, s)); },
            [&](qint64 b) { return Int128(costs.packBound(1, b, s)); },
            [&](qint64 a, qint64 b) {
                const int comb[2] = {static_cast<int>(a), static_cast<int>(b)};
                return Int128(costs.cost(comb, s));
            },
            stop);
        unit.cheapest[s] = id;
        unit.low[s] = static_cast<qint64>(cost);
    }
    // With no weight every pair costs 0: the first.
    if (std::all_of(weights.cbegin(), weights.cend(), [](qint64 w) { return w == 0; })) {
        unit.expected = 0;
        return;
    }
    auto weighted = [&](size_t j) {
        return [&, j](qint64 c) {
            Int128 sum = 0;
            for (size_t s = 0; s < S; ++s)
                sum += Int128(weights.at(static_cast<int>(s))) * costs.packBound(j, c, s);
            return sum;
        };
    };
    unit.expected = cheapestPair(nA, nB, weighted(0), weighted(1),
                                 [&](qint64 a, qint64 b) {
                                     const int comb[2] = {static_cast<int>(a), static_cast<int>(b)};
                                     Int128 sum = 0;
                                     for (size_t s = 0; s < S; ++s)
                                         sum += Int128(weights.at(static_cast<int>(s))) * costs.cost(comb, s);
                                     return sum;
                                 },
                                 stop)
                        .first;
}

std::vector<qint64> costsOf(const Unit& unit, const UnitCosts& costs, qint64 id) {
    const std::vector<int> comb = unit.combination(id);
    std::vector<qint64> out;
    for (size_t s = 0; s < costs.scenarios(); ++s)
        out.push_back(costs.cost(comb.data(), s));
    return out;
}

// The candidates with excess below `bound` in every scenario, of which none has at least
// another's excess everywhere (that one could replace it in any plan).
RegretCandidates useful(const Unit& unit, const UnitCosts& costs, qint64 bound, const std::stop_token& stop) {
    const size_t S = costs.scenarios();
    RegretCandidates out;
    std::vector<qint64> v(S);
    forEachCombination(unit, stop, [&](qint64 id, const int* comb) {
        for (size_t s = 0; s < S; ++s) {
            if (costs.bound(comb, s) - unit.low[s] >= bound)
                return;
        }
        for (size_t s = 0; s < S; ++s) {
            v[s] = (costs.coupled(s) ? costs.cost(comb, s) : costs.bound(comb, s)) - unit.low[s];
            if (v[s] >= bound)
                return;
        }
        out.id.push_back(id);
        out.excess.insert(out.excess.end(), v.cbegin(), v.cend());
    });
    // Dominance, by increasing sum: a dominating candidate has a sum at most the other's.
    const size_t n = out.id.size();
    if (n < 2 || n > 20'000)
        return out;
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::vector<Int128> sum(n, 0);
    for (size_t i = 0; i < n; ++i) {
        for (size_t s = 0; s < S; ++s)
            sum[i] += out.excess[i * S + s];
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return sum[a] < sum[b]; });
    std::vector<size_t> kept;
    for (size_t i : order) {
        Cancelled::throwIfRequested(stop);
        bool dominated = false;
        for (size_t k : kept) {
            bool all = true;
            for (size_t s = 0; s < S && all; ++s)
                all = out.excess[k * S + s] <= out.excess[i * S + s];
            if (all) {
                dominated = true;
                break;
            }
        }
        if (!dominated)
            kept.push_back(i);
    }
    std::sort(kept.begin(), kept.end());
    RegretCandidates filtered;
    for (size_t i : kept) {
        filtered.id.push_back(out.id[i]);
        filtered.excess.insert(filtered.excess.end(), out.excess.begin() + static_cast<std::ptrdiff_t>(i * S),
                               out.excess.begin() + static_cast<std::ptrdiff_t>((i + 1) * S));
    }
    return filtered;
}

// Of the candidates that cost no more than `id` under every scenario, the first (the smaller
// purchase, pack by pack in catalog order). Swapping it in keeps a plan as good in every
// scenario, so equally good robust plans come out the same whatever order the search took.
qint64 smallestNoWorse(const Unit& unit, const UnitCosts& costs, qint64 id, const std::stop_token& stop) {
    const size_t S = costs.scenarios();
    const std::vector<qint64> target = costsOf(unit, costs, id);
    qint64 found = id;
    forEachCombination(unit, stop, [&](qint64 c, const int* comb) {
        if (c >= id)
            return false;
        bool noWorse = true;
        for (size_t s = 0; s < S && noWorse; ++s)
            noWorse = costs.bound(comb, s) <= target[s];
        for (size_t s = 0; s < S && noWorse; ++s)
            noWorse = !costs.coupled(s) || costs.cost(comb, s) <= target[s];
        if (noWorse)
            found = c;
        return !noWorse;
    });
    return found;
}

// Equally good plans in a canonical form: for two units at a time, the first pair of
// candidates (by the first unit's, then the second's numbering) whose excess added up is no
// more than the chosen pair's under every scenario. Two packs bought in either proportion can
// cost the same everywhere; the planner then recommends one and the same plan every time.
void preferSmallerPairs(const std::vector<RegretCandidates>& candidates, int scenarios,
                        std::vector<qint64>& choice, const std::stop_token& stop) {
    constexpr qint64 kMaxPairs = 100'000; // per pair of units; beyond, the pair is left as it is
    const size_t S = static_cast<size_t>(scenarios);
    auto indexOf = [&](size_t u) -> qsizetype {
        const auto& ids = candidates[u].id;
        const auto it = std::lower_bound(ids.cbegin(), ids.cend(), choice[u]);
        return it != ids.cend() && *it == choice[u] ? it - ids.cbegin() : -1;
    };
    std::vector<qint64> target(S);
    for (size_t u = 0; u < candidates.size(); ++u) {
        for (size_t v = u + 1; v < candidates.size(); ++v) {
            Cancelled::throwIfRequested(stop);
            const qsizetype iu = indexOf(u);
            const qsizetype iv = indexOf(v);
            if (iu < 0 || iv < 0 || qint64(iu) * candidates[v].size() > kMaxPairs)
                continue;
            const RegretCandidates& a = candidates[u];
            const RegretCandidates& b = candidates[v];
            for (size_t s = 0; s < S; ++s)
                target[s] = a.excess[size_t(iu) * S + s] + b.excess[size_t(iv) * S + s];
            bool found = false;
            for (qsizetype i = 0; i < iu && !found; ++i) {
                bool fits = true;
                for (size_t s = 0; s < S && fits; ++s)
                    fits = a.excess[size_t(i) * S + s] <= target[s];
                for (qsizetype j = 0; fits && j < b.size() && !found; ++j) {
                    bool noWorse = true;
                    for (size_t s = 0; s < S && noWorse; ++s)
                        noWorse = a.excess[size_t(i) * S + s] + b.excess[size_t(j) * S + s] <= target[s];
                    if (noWorse) {
                        choice[u] = a.id[size_t(i)];
                        choice[v] = b.id[size_t(j)];
                        found = true;
                    }
                }
            }
        }
    }
}

// One pack of a unit too large to list, billed on its own: in each coupled scenario its
// calls priced at the tier they would reach with all the other pack's calls postpaid (prices
// that never rise), or else at the cheapest price per call of the ladder. Either is at most
// its share of the pair's bill, so the relaxed plans bound the true regrets from below
// (docs/robust-plan.md, "Two coupled packs"). Its candidates are the capacities no other
// beats in every scenario under that bill.
struct RelaxedPack {
    RegretCandidates candidates; // ids: the pack's candidate numbers in its unit
    std::vector<qint64> least;   // [scenario]: the least relaxed cost
};

RelaxedPack relaxedPack(const PackData& data, const PackData& other, const UnitCosts& costs, size_t j) {
    const size_t S = costs.scenarios();
    QList<PackProblem> relaxed = data.problems;
    for (size_t s = 0; s < S; ++s) {
        if (!costs.coupled(s))
            continue;
        PackProblem& p = relaxed[static_cast<qsizetype>(s)];
        const bool fall = std::all_of(p.postpaid.cbegin(), p.postpaid.cend(), [](const PostpaidCostFunction& f) {
            return f.ladder && f.pricesNeverRise();
        });
        for (int m = 0; m < p.months; ++m) {
            PostpaidCostFunction& f = p.postpaid[m];
            if (fall) {
                f.offsetCalls += other.problems.at(static_cast<qsizetype>(s)).demand.at(m);
                f.ownShare = true;
            } else {
                PostpaidCostFunction linear;
                linear.unitMicros = leastPricePerCall(f);
                f = linear;
            }
        }
    }
    std::vector<FirstMonthBill> bills;
    bills.reserve(S);
    for (const PackProblem& p : relaxed)
        bills.emplace_back(p);
    const PackProblem& widest = data.problems.at(data.widest);
    std::vector<qint64> capacities; // ascending, as the candidates are numbered
    for (const RankedCombination& c : data.combinations)
        capacities.push_back(capacityOf(widest, c));
    RelaxedPack out;
    out.least.assign(S, std::numeric_limits<qint64>::max());
    // The same capacities and cheapest combinations as the unit's candidates: one lattice.
    for (const RankedCombination& c : PackPlanSolver::undominatedPerCapacity(relaxed, data.widest)) {
        const qint64 capacity = capacityOf(widest, c);
        const auto it = std::lower_bound(capacities.cbegin(), capacities.cend(), capacity);
        Q_ASSERT(it != capacities.cend() && *it == capacity);
        const qint64 id = it - capacities.cbegin();
        out.candidates.id.push_back(id);
        for (size_t s = 0; s < S; ++s) {
            const qint64 cost = costs.packPrice(j, id) + bills[s].postpaid(capacity);
            out.candidates.excess.push_back(cost);
            out.least[s] = std::min(out.least[s], cost);
        }
    }
    for (size_t i = 0; i < out.candidates.id.size(); ++i) {
        for (size_t s = 0; s < S; ++s)
            out.candidates.excess[i * S + s] -= out.least[s];
    }
    return out;
}

// Drops the candidates with an excess of at least `bound` in some scenario.
void keepBelow(RegretCandidates& c, size_t scenarios, qint64 bound) {
    RegretCandidates kept;
    for (size_t i = 0; i < c.id.size(); ++i) {
        const auto from = c.excess.cbegin() + static_cast<std::ptrdiff_t>(i * scenarios);
        if (std::all_of(from, from + static_cast<std::ptrdiff_t>(scenarios), [&](qint64 e) { return e < bound; })) {
            kept.id.push_back(c.id[i]);
            kept.excess.insert(kept.excess.end(), from, from + static_cast<std::ptrdiff_t>(scenarios));
        }
    }
    c = std::move(kept);
}

QList<Purchase> purchasesOf(const Catalog& catalog, const QList<PackData>& packs, const QList<Unit>& units,
                            const std::vector<qint64>& choice, int open) {
    QList<Purchase> out;
    for (int u = 0; u < units.size(); ++u) {
        const Unit& unit = units.at(u);
        const std::vector<int> combination = unit.combination(choice[static_cast<size_t>(u)]);
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
    return RobustPlanner::plan(catalog, plan, method, std::move(stop), kMaxCombinations);
}

RobustPlan RobustPlanner::plan(const Catalog& catalog, const Plan& plan, RobustMethod method, std::stop_token stop,
                               qint64 maxListedCombinations) {
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
        data.widest = widest;
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
    // A pack billed alone needs only the capacities no other beats in every scenario; the packs
    // of a coupled group share the tier, so every capacity of each is kept.
    for (const Unit& unit : units) {
        for (int j : unit.packs) {
            Cancelled::throwIfRequested(stop);
            PackData& data = packs[j];
            data.combinations = unit.packs.size() == 1
                                    ? PackPlanSolver::undominatedPerCapacity(data.problems, data.widest)
                                    : PackPlanSolver::cheapestPerCapacity(data.problems.at(data.widest));
        }
    }
    std::vector<UnitCosts> unitCosts;
    for (Unit& unit : units) {
        for (int j : unit.packs) {
            const qint64 radix = packs.at(j).combinations.size();
            unit.radix.push_back(radix);
            // A pack alone lists its undominated candidates, however many.
            unit.listed = unit.packs.size() == 1 || (unit.listed && unit.count <= maxListedCombinations / radix);
            unit.count = unit.listed ? unit.count * radix : maxListedCombinations + 1;
        }
        // Two packs are searched through bounds when there are too many pairs to list.
        if ((!unit.listed && unit.packs.size() != 2) || unit.packs.size() > kMaxCoupledPacks) {
            QStringList names;
            for (int k : unit.packs)
                names.append(catalog.packs().at(packs.at(k).pack).name);
            OptimizerRefusal::Figures figures;
            figures.limit = RobustPlanner::kMaxCombinations;
            figures.packs = names;
            throw OptimizerRefusal(OptimizerRefusal::Kind::TooManyCombinations, figures);
        }
        unitCosts.emplace_back(packs, unit, scenarios);
        if (unit.packs.size() == 2)
            summarisePair(unit, unitCosts.back(), result.weightsPpm, stop);
        else
            summarise(unit, unitCosts.back(), result.weightsPpm, stop);
    }
    result.packsConsidered = static_cast<int>(units.size());

    std::vector<qint64> optimum(static_cast<size_t>(scenarios), 0);
    for (const Unit& unit : units) {
        for (size_t s = 0; s < optimum.size(); ++s)
            optimum[s] += unit.low[s];
    }
    for (int s = 0; s < scenarios; ++s)
        result.optimum.append(Money::fromMicros(optimum[static_cast<size_t>(s)]) + fixed.at(s).costBefore());

    // Expected cost is separable: each unit's least weighted cost.
    std::vector<qint64> choice;
    for (const Unit& unit : units)
        choice.push_back(unit.expected);
    if (method == RobustMethod::MinMaxRegret && !units.isEmpty()) {
        // The best of the expected-cost plan and each scenario's own optimum bounds the search.
        auto largestRegret = [&](const std::vector<qint64>& picked) {
            std::vector<qint64> regret(static_cast<size_t>(scenarios), 0);
            for (qsizetype u = 0; u < units.size(); ++u) {
                const auto cost = costsOf(units.at(u), unitCosts[static_cast<size_t>(u)], picked[static_cast<size_t>(u)]);
                for (size_t s = 0; s < regret.size(); ++s)
                    regret[s] += cost[s] - units.at(u).low[s];
            }
            return *std::max_element(regret.cbegin(), regret.cend());
        };
        qint64 bound = largestRegret(choice);
        for (int s = 0; s < scenarios && bound > 0; ++s) {
            std::vector<qint64> seed;
            for (const Unit& unit : units)
                seed.push_back(unit.cheapest[static_cast<size_t>(s)]);
            const qint64 value = largestRegret(seed);
            if (value < bound) {
                bound = value;
                choice = seed;
            }
        }
        if (std::all_of(units.cbegin(), units.cend(), [](const Unit& unit) { return unit.listed; })) {
            std::vector<RegretCandidates> candidates;
            if (bound > 0) {
                for (qsizetype u = 0; u < units.size(); ++u)
                    candidates.push_back(useful(units.at(u), unitCosts[static_cast<size_t>(u)], bound, stop));
            }
            const MinMaxRegretSearch::Result found =
                MinMaxRegretSearch::solve(candidates, scenarios, choice, bound, stop);
            choice = found.choice;
            if (!candidates.empty())
                preferSmallerPairs(candidates, scenarios, choice, stop);
            for (qsizetype u = 0; u < units.size(); ++u) {
                qint64& picked = choice[static_cast<size_t>(u)];
                picked = smallestNoWorse(units.at(u), unitCosts[static_cast<size_t>(u)], picked, stop);
            }
            result.partialPlansExamined = found.nodes;
            result.regretLowerBound = Money::fromMicros(found.lowerBound);
            result.proven = found.proven();
        } else {
            // A unit too large to list is searched as its two packs relaxed (relaxedPack), with
            // per scenario the difference c_s <= 0 between their least costs and the unit's
            // least cost as one more unit, shifted by C = min c_s to stay at or above 0. The
            // relaxed search's bound, less -C, bounds every plan's largest regret from below;
            // its plan, billed exactly, competes with the best one known.
            const size_t S = static_cast<size_t>(scenarios);
            std::vector<qint64> offset(S, 0);
            std::vector<RegretCandidates> relaxed;
            std::vector<qint64> incumbent;
            struct Split {
                qsizetype unit;
                size_t first; // index of its first pack in `relaxed`
            };
            std::vector<Split> splits;
            std::vector<size_t> listedAt(static_cast<size_t>(units.size()), 0);
            for (qsizetype u = 0; u < units.size(); ++u) {
                const Unit& unit = units.at(u);
                const UnitCosts& costs = unitCosts[static_cast<size_t>(u)];
                const qint64 picked = choice[static_cast<size_t>(u)];
                if (unit.listed) {
                    listedAt[static_cast<size_t>(u)] = relaxed.size();
                    relaxed.push_back({});
                    incumbent.push_back(picked);
                    continue;
                }
                splits.push_back({u, relaxed.size()});
                std::vector<qint64> least(S, 0);
                for (size_t j = 0; j < 2; ++j) {
                    RelaxedPack pack = relaxedPack(packs.at(unit.packs.at(static_cast<qsizetype>(j))),
                                                   packs.at(unit.packs.at(static_cast<qsizetype>(1 - j))), costs, j);
                    for (size_t s = 0; s < S; ++s)
                        least[s] += pack.least[s];
                    relaxed.push_back(std::move(pack.candidates));
                }
                incumbent.push_back(picked / unit.radix[1]);
                incumbent.push_back(picked % unit.radix[1]);
                for (size_t s = 0; s < S; ++s)
                    offset[s] += least[s] - unit.low[s];
            }
            const qint64 shift = -*std::min_element(offset.cbegin(), offset.cend()); // >= 0
            RegretCandidates constant;
            constant.id.push_back(0);
            for (size_t s = 0; s < S; ++s)
                constant.excess.push_back(offset[s] + shift);
            relaxed.push_back(std::move(constant));
            incumbent.push_back(0);
            const qint64 threshold = bound + shift;
            for (qsizetype u = 0; u < units.size(); ++u) {
                if (units.at(u).listed)
                    relaxed[listedAt[static_cast<size_t>(u)]] =
                        useful(units.at(u), unitCosts[static_cast<size_t>(u)], threshold, stop);
            }
            for (RegretCandidates& c : relaxed)
                keepBelow(c, S, threshold);
            qint64 lowerBound = bound;
            qint64 nodes = 0;
            if (bound > 0) {
                const MinMaxRegretSearch::Result found =
                    MinMaxRegretSearch::solve(relaxed, scenarios, incumbent, threshold, stop);
                nodes = found.nodes;
                lowerBound = std::max<qint64>(found.lowerBound - shift, 0);
                if (found.maxRegret < threshold) {
                    std::vector<qint64> candidate = choice;
                    for (qsizetype u = 0; u < units.size(); ++u) {
                        if (units.at(u).listed)
                            candidate[static_cast<size_t>(u)] = found.choice[listedAt[static_cast<size_t>(u)]];
                    }
                    for (const Split& split : splits) {
                        candidate[static_cast<size_t>(split.unit)] =
                            found.choice[split.first] * units.at(split.unit).radix[1] + found.choice[split.first + 1];
                    }
                    const qint64 value = largestRegret(candidate);
                    if (value < bound) {
                        bound = value;
                        choice = candidate;
                    }
                }
            }
            for (qsizetype u = 0; u < units.size(); ++u) {
                if (units.at(u).listed) {
                    qint64& picked = choice[static_cast<size_t>(u)];
                    picked = smallestNoWorse(units.at(u), unitCosts[static_cast<size_t>(u)], picked, stop);
                }
            }
            result.partialPlansExamined = nodes;
            result.regretLowerBound = Money::fromMicros(std::min(lowerBound, bound));
            result.proven = lowerBound >= bound;
        }
    }

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
