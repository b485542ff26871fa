#include "model/optimizer/MinMaxRegretSearch.h"

#include "model/billing/Money.h"
#include "model/optimizer/Cancelled.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ocp {
namespace {

// Scenario weights of one Lagrangian bound: any weights w >= 0 give
//   max_s R_s >= Σ_s w_s R_s / Σ_s w_s >= Σ_u min_c Σ_s w_s e_u(c, s) / Σ_s w_s,
// a bound in which the units are independent. Integers, so the bound is exact.
struct Weighting {
    std::vector<qint64> w; // [scenario]
    qint64 sum = 0;
    std::vector<Int128> rest; // [depth]: Σ over the units from that depth of their least weighted excess
};

class Search {
public:
    Search(const std::vector<RegretCandidates>& units, int scenarios, const std::stop_token& stop,
           qint64 maxNodes)
        : m_units(units)
        , m_s(static_cast<size_t>(scenarios))
        , m_stop(stop)
        , m_maxNodes(maxNodes) {}

    qint64 e(size_t u, size_t i, size_t s) const { return m_units[u].excess[i * m_s + s]; }

    Int128 weighted(size_t u, size_t i, const std::vector<qint64>& w) const {
        Int128 sum = 0;
        for (size_t s = 0; s < m_s; ++s)
            sum += Int128(w[s]) * e(u, i, s);
        return sum;
    }

    qint64 largest(const std::vector<qint64>& regret) const {
        return *std::max_element(regret.cbegin(), regret.cend());
    }

    std::vector<qint64> regretOf(const std::vector<size_t>& pick) const {
        std::vector<qint64> regret(m_s, 0);
        for (size_t u = 0; u < pick.size(); ++u) {
            for (size_t s = 0; s < m_s; ++s)
                regret[s] += e(u, pick[u], s);
        }
        return regret;
    }

    // Exponentiated subgradient ascent on the Lagrangian dual: its gradient at a weighting is the
    // regret vector of the plan that weighting picks, which is also a plan worth keeping.
    // Doubles only steer the weights; the bounds used are recomputed exactly in integers.
    std::vector<std::vector<double>> dualAscent(std::vector<size_t>& bestPick, qint64& bestValue) {
        std::vector<double> lambda(m_s, 1.0 / static_cast<double>(m_s));
        std::vector<std::pair<double, std::vector<double>>> kept;
        std::vector<size_t> pick(m_units.size(), 0);
        // Most steps look only at the candidates some earlier weighting picked; every 16th
        // looks at all of them and adds its picks. The weights only steer: every bound
        // reported is recomputed over all candidates in integers.
        std::vector<std::vector<size_t>> active(m_units.size());
        const int iterations = 3000;
        for (int it = 0; it < iterations; ++it) {
            Cancelled::throwIfRequested(m_stop);
            const bool full = it % 16 == 0;
            double bound = 0;
            for (size_t u = 0; u < m_units.size(); ++u) {
                double least = std::numeric_limits<double>::max();
                auto consider = [&](size_t i) {
                    double value = 0;
                    for (size_t s = 0; s < m_s; ++s)
                        value += lambda[s] * static_cast<double>(e(u, i, s));
                    if (value < least) {
                        least = value;
                        pick[u] = i;
                    }
                };
                if (full) {
                    for (qsizetype i = 0; i < m_units[u].size(); ++i)
                        consider(static_cast<size_t>(i));
                    if (std::find(active[u].cbegin(), active[u].cend(), pick[u]) == active[u].cend())
                        active[u].push_back(pick[u]);
                } else {
                    for (size_t i : active[u])
                        consider(i);
                }
                bound += least;
            }
            if (full)
                kept.emplace_back(bound, lambda);
            const std::vector<qint64> regret = regretOf(pick);
            const qint64 worst = largest(regret);
            if (worst < bestValue) {
                bestValue = worst;
                bestPick = pick;
            }
            if (worst == 0)
                break;
            const double step = 2.0 / std::sqrt(static_cast<double>(it) + 1.0);
            double total = 0;
            for (size_t s = 0; s < m_s; ++s) {
                lambda[s] *= std::exp(step * static_cast<double>(regret[s]) / static_cast<double>(worst));
                total += lambda[s];
            }
            for (double& l : lambda)
                l = std::max(l / total, 1e-9);
        }
        std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        std::vector<std::vector<double>> out;
        for (const auto& [bound, l] : kept) {
            if (out.size() == 3)
                break;
            out.push_back(l);
        }
        return out;
    }

    // Coordinate descent on a smooth stand-in for the largest regret, Σ_s exp(β R_s / scale),
    // with β rising. Unlike the largest regret itself it also rewards lowering the next
    // largest, so it walks along the plateaus where no single move lowers the maximum. Doubles
    // only steer the moves; the plan kept is the one with the least largest regret, in integers.
    void smooth(std::vector<size_t>& bestPick, qint64& bestValue) const {
        if (bestPick.size() != m_units.size() || bestValue <= 0)
            return;
        std::vector<size_t> pick = bestPick;
        std::vector<qint64> regret = regretOf(pick);
        const double scale = static_cast<double>(bestValue);
        std::vector<double> term(m_s);
        for (double beta : {8.0, 16.0, 32.0, 64.0, 128.0, 256.0}) {
            Cancelled::throwIfRequested(m_stop);
            for (int pass = 0; pass < 4; ++pass) {
                bool moved = false;
                for (size_t u = 0; u < m_units.size(); ++u) {
                    const size_t current = pick[u];
                    double top = 0;
                    for (size_t s = 0; s < m_s; ++s)
                        top = std::max(top, static_cast<double>(regret[s] - e(u, current, s)));
                    double least = std::numeric_limits<double>::max();
                    size_t chosen = current;
                    for (qsizetype i = 0; i < m_units[u].size(); ++i) {
                        double sum = 0;
                        for (size_t s = 0; s < m_s; ++s) {
                            const auto r = static_cast<double>(regret[s] - e(u, current, s) + e(u, static_cast<size_t>(i), s));
                            sum += std::exp(beta * (r - top) / scale);
                        }
                        if (sum < least) {
                            least = sum;
                            chosen = static_cast<size_t>(i);
                        }
                    }
                    if (chosen == current)
                        continue;
                    for (size_t s = 0; s < m_s; ++s)
                        regret[s] += e(u, chosen, s) - e(u, current, s);
                    pick[u] = chosen;
                    moved = true;
                }
                const qint64 worst = largest(regret);
                if (worst < bestValue) {
                    bestValue = worst;
                    bestPick = pick;
                }
                if (!moved)
                    break;
            }
        }
    }

    // Best-improvement moves of one unit's candidate while the largest regret falls.
    void improve(std::vector<size_t>& pick, qint64& value) const {
        std::vector<qint64> regret = regretOf(pick);
        std::vector<qint64> trial(m_s);
        for (int sweep = 0; sweep < 64; ++sweep) {
            qint64 best = value;
            size_t bestUnit = 0;
            size_t bestCandidate = 0;
            for (size_t u = 0; u < m_units.size(); ++u) {
                for (qsizetype i = 0; i < m_units[u].size(); ++i) {
                    qint64 worst = 0;
                    for (size_t s = 0; s < m_s; ++s)
                        worst = std::max(worst, regret[s] - e(u, pick[u], s) + e(u, static_cast<size_t>(i), s));
                    if (worst < best) {
                        best = worst;
                        bestUnit = u;
                        bestCandidate = static_cast<size_t>(i);
                    }
                }
            }
            if (best >= value)
                return;
            for (size_t s = 0; s < m_s; ++s)
                regret[s] += e(bestUnit, bestCandidate, s) - e(bestUnit, pick[bestUnit], s);
            pick[bestUnit] = bestCandidate;
            value = best;
        }
    }

    MinMaxRegretSearch::Result run(std::vector<qint64> incumbent, qint64 incumbentValue) {
        MinMaxRegretSearch::Result result;
        result.choice = std::move(incumbent);
        result.maxRegret = incumbentValue;
        if (incumbentValue <= 0)
            return result;
        for (const RegretCandidates& u : m_units) {
            if (u.size() == 0) {
                result.lowerBound = incumbentValue; // no candidate of this unit can beat it
                return result;
            }
        }

        // A better incumbent from the dual weightings and local moves shrinks the search.
        std::vector<size_t> pick;
        qint64 value = std::numeric_limits<qint64>::max();
        const auto lambdas = dualAscent(pick, value);
        smooth(pick, value);
        improve(pick, value);
        adopt(result, pick, value);

        // Exact integer weightings: the best duals found, and every scenario alone.
        std::vector<Weighting> weightings;
        for (const auto& l : lambdas) {
            Weighting w;
            for (double x : l)
                w.w.push_back(std::llround(x * 1e6));
            w.sum = std::accumulate(w.w.cbegin(), w.w.cend(), qint64{0});
            if (w.sum > 0)
                weightings.push_back(std::move(w));
        }
        // Order: the units where the best weighting tells candidates apart most first, so
        // that the bounds bite early; within a unit, the least weighted excess first.
        std::vector<size_t> order(m_units.size());
        std::iota(order.begin(), order.end(), size_t{0});
        const std::vector<qint64> lead = weightings.empty() ? std::vector<qint64>(m_s, 1) : weightings.front().w;
        std::vector<Int128> spread(m_units.size(), 0);
        m_sorted.assign(m_units.size(), {});
        for (size_t u = 0; u < m_units.size(); ++u) {
            auto& list = m_sorted[u];
            list.resize(static_cast<size_t>(m_units[u].size()));
            std::iota(list.begin(), list.end(), size_t{0});
            std::vector<Int128> key(list.size());
            for (size_t i = 0; i < list.size(); ++i)
                key[i] = weighted(u, i, lead);
            std::stable_sort(list.begin(), list.end(), [&](size_t a, size_t b) { return key[a] < key[b]; });
            spread[u] = key[list.back()] - key[list.front()];
        }
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return spread[a] > spread[b]; });
        m_order = order;

        for (Weighting& w : weightings) {
            w.rest.assign(order.size() + 1, 0);
            for (size_t k = order.size(); k-- > 0;) {
                Int128 least = -1;
                for (qsizetype i = 0; i < m_units[order[k]].size(); ++i) {
                    const Int128 x = weighted(order[k], static_cast<size_t>(i), w.w);
                    if (least < 0 || x < least)
                        least = x;
                }
                w.rest[k] = w.rest[k + 1] + least;
            }
        }
        m_floor.assign((order.size() + 1) * m_s, 0);
        for (size_t k = order.size(); k-- > 0;) {
            for (size_t s = 0; s < m_s; ++s) {
                qint64 least = std::numeric_limits<qint64>::max();
                for (qsizetype i = 0; i < m_units[order[k]].size(); ++i)
                    least = std::min(least, e(order[k], static_cast<size_t>(i), s));
                m_floor[k * m_s + s] = m_floor[(k + 1) * m_s + s] + least;
            }
        }
        qint64 root = 0;
        for (size_t s = 0; s < m_s; ++s)
            root = std::max(root, m_floor[s]);
        for (const Weighting& w : weightings) {
            const Int128 bound = (w.rest[0] + w.sum - 1) / w.sum; // rounded up: regrets are whole micro-yuan
            root = std::max(root, static_cast<qint64>(bound));
        }
        result.lowerBound = std::min(root, result.maxRegret);
        if (result.proven())
            return result;

        m_weightings = std::move(weightings);
        m_best = result.maxRegret;
        m_path.assign(order.size(), 0);
        m_bestPath.clear();
        std::vector<qint64> v(m_s, 0);
        m_complete = true;
        descend(0, v);
        result.nodes = m_nodes;
        if (!m_bestPath.empty()) {
            std::vector<size_t> best(m_units.size());
            for (size_t k = 0; k < order.size(); ++k)
                best[order[k]] = m_bestPath[k];
            adopt(result, best, m_best);
        }
        result.lowerBound = m_complete ? result.maxRegret : std::min(root, result.maxRegret);
        return result;
    }

private:
    void adopt(MinMaxRegretSearch::Result& result, const std::vector<size_t>& pick, qint64 value) const {
        if (value >= result.maxRegret)
            return;
        result.maxRegret = value;
        for (size_t u = 0; u < pick.size(); ++u)
            result.choice[u] = m_units[u].id[pick[u]];
    }

    // Depth-first: decide the unit at depth k; v = regret so far per scenario.
    void descend(size_t k, const std::vector<qint64>& v) {
        const size_t u = m_order[k];
        const auto& list = m_sorted[u];
        std::vector<qint64> next(m_s);
        std::vector<Int128> base(m_weightings.size());
        for (size_t j = 0; j < m_weightings.size(); ++j) {
            Int128 sum = 0;
            for (size_t s = 0; s < m_s; ++s)
                sum += Int128(m_weightings[j].w[s]) * v[s];
            base[j] = sum;
        }
        for (size_t i : list) {
            if (++m_nodes % 65'536 == 0)
                Cancelled::throwIfRequested(m_stop);
            if (m_nodes > m_maxNodes) {
                m_complete = false;
                return;
            }
            // A better plan has a largest regret of at most m_best - 1 (whole micro-yuan).
            const qint64 target = m_best - 1;
            if (!m_weightings.empty()) {
                const Weighting& w = m_weightings.front();
                // The list is sorted by this weighting: no later candidate passes either.
                if (base[0] + weighted(u, i, w.w) + w.rest[k + 1] > Int128(w.sum) * target)
                    break;
            }
            bool pass = true;
            for (size_t s = 0; s < m_s && pass; ++s) {
                next[s] = v[s] + e(u, i, s);
                pass = next[s] + m_floor[(k + 1) * m_s + s] <= target;
            }
            for (size_t j = 1; j < m_weightings.size() && pass; ++j) {
                const Weighting& w = m_weightings[j];
                pass = base[j] + weighted(u, i, w.w) + w.rest[k + 1] <= Int128(w.sum) * target;
            }
            if (!pass)
                continue;
            m_path[k] = i;
            if (k + 1 == m_order.size()) {
                m_best = largest(next);
                m_bestPath = m_path;
                continue;
            }
            descend(k + 1, next);
            if (!m_complete)
                return;
        }
    }

    const std::vector<RegretCandidates>& m_units;
    size_t m_s;
    const std::stop_token& m_stop;
    qint64 m_maxNodes;
    std::vector<size_t> m_order;
    std::vector<std::vector<size_t>> m_sorted;
    std::vector<Weighting> m_weightings;
    std::vector<qint64> m_floor; // [depth * scenarios + s]: least excess the units from that depth add
    std::vector<size_t> m_path;
    std::vector<size_t> m_bestPath;
    qint64 m_best = 0;
    qint64 m_nodes = 0;
    bool m_complete = true;
};

} // namespace

MinMaxRegretSearch::Result MinMaxRegretSearch::solve(const std::vector<RegretCandidates>& units, int scenarios,
                                                     std::vector<qint64> incumbent, qint64 incumbentValue,
                                                     const std::stop_token& stop, qint64 maxNodes) {
    Search search(units, scenarios, stop, maxNodes);
    return search.run(std::move(incumbent), incumbentValue);
}

} // namespace ocp
