#include "PackPlanSolver.h"

#include "InputError.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>
#include <queue>
#include <vector>

namespace ocp {
namespace {

constexpr qint64 kInf = std::numeric_limits<qint64>::max() / 4;
constexpr qint8 kStop = -1;

// Guards the 64-bit arithmetic of the tables: every value is at most a price plus the whole
// postpaid-only cost, so both must stay well inside 64 bits.
void checkRange(const PackProblem& p) {
    Int128 postpaid = 0;
    for (int m = 0; m < p.months; ++m) {
        const PostpaidCostFunction& f = p.postpaid.at(m);
        Int128 worst = f.ladder ? std::max(*std::max_element(f.tierMicros.cbegin(), f.tierMicros.cend()), f.aboveTopMicros)
                                : f.unitMicros;
        postpaid += worst * (Int128(p.demand.at(m)) + f.offsetCalls);
    }
    const qint64 maxPrice = p.prices.isEmpty() ? 0 : *std::max_element(p.prices.cbegin(), p.prices.cend());
    if (postpaid > Int128(kInf) / 4 || maxPrice > kInf / 4)
        throw InputError(QStringLiteral("volumes or prices are too large to optimise exactly"));
}

qint64 gcdOfSizes(const PackProblem& p) {
    qint64 g = 0;
    for (qint64 s : p.sizes)
        g = std::gcd(g, s);
    return g;
}

void checkTable(qint64 entries) {
    if (entries > PackPlanSolver::kMaxTableEntries) {
        throw InputError(QStringLiteral("the volumes need a table of %1 entries to optimise exactly (at most %2); "
                                        "reduce the horizon or the volumes of this pack")
                             .arg(entries)
                             .arg(PackPlanSolver::kMaxTableEntries));
    }
}

// Prefix sums of demand: demandBefore[m] = calls needed in months before m.
std::vector<qint64> prefix(const PackProblem& p) {
    std::vector<qint64> d(static_cast<size_t>(p.months) + 1, 0);
    for (int m = 0; m < p.months; ++m)
        d[static_cast<size_t>(m) + 1] = d[static_cast<size_t>(m)] + p.demand.at(m);
    return d;
}

// The first-month problem: cost of capacity C bought in month 0, for every C on the lattice.
class StartTable {
public:
    explicit StartTable(const PackProblem& p)
        : m_p(p)
        , m_g(gcdOfSizes(p))
        , m_window(std::min(p.validity, p.months))
        , m_before(prefix(p)) {
        m_baseline = p.baselineCost();
        m_suffix.assign(static_cast<size_t>(p.months) + 2, 0);
        for (int m = p.months - 1; m >= 0; --m)
            m_suffix[static_cast<size_t>(m)] = m_suffix[static_cast<size_t>(m) + 1] + p.postpaid.at(m).extra(p.demand.at(m));
        m_windowDemand = m_before[static_cast<size_t>(m_window)];
    }

    qint64 lattice() const { return m_g; }
    qint64 windowDemand() const { return m_windowDemand; }
    // Units (of the lattice) from which more capacity changes nothing.
    qint64 saturationUnits() const { return (m_windowDemand + m_g - 1) / m_g; }

    // Postpaid cost of the horizon when C calls were bought in month 0 (forced deduction).
    qint64 postpaid(qint64 capacity) const {
        if (capacity >= m_windowDemand)
            return m_baseline + m_suffix[static_cast<size_t>(m_window)];
        // The month in which the pack runs out: the first whose cumulative demand exceeds C.
        const auto it = std::upper_bound(m_before.cbegin() + 1, m_before.cbegin() + m_window + 1, capacity);
        const auto k = static_cast<size_t>(it - m_before.cbegin() - 1);
        const qint64 uncovered = m_before[k + 1] - capacity;
        return m_baseline + m_suffix[k + 1] + m_p.postpaid.at(static_cast<int>(k)).extra(uncovered);
    }

private:
    const PackProblem& m_p;
    qint64 m_g;
    int m_window;
    std::vector<qint64> m_before;
    std::vector<qint64> m_suffix;
    qint64 m_windowDemand = 0;
    qint64 m_baseline = 0;
};

// Unbounded knapsack for exact capacities on the lattice: price[u] = cheapest way to buy
// exactly u lattice units, with the last size used to rebuild the combination.
struct ExactKnapsack {
    std::vector<qint64> price;
    std::vector<qint8> last;

    ExactKnapsack(const PackProblem& p, qint64 g, qint64 units) {
        checkTable(units + 1);
        price.assign(static_cast<size_t>(units) + 1, kInf);
        last.assign(static_cast<size_t>(units) + 1, kStop);
        price[0] = 0;
        for (qint64 u = 1; u <= units; ++u) {
            for (qsizetype i = 0; i < p.sizes.size(); ++i) {
                const qint64 step = p.sizes.at(i) / g;
                if (step > u || price[static_cast<size_t>(u - step)] >= kInf)
                    continue;
                const qint64 candidate = price[static_cast<size_t>(u - step)] + p.prices.at(i);
                if (candidate < price[static_cast<size_t>(u)]) {
                    price[static_cast<size_t>(u)] = candidate;
                    last[static_cast<size_t>(u)] = static_cast<qint8>(i);
                }
            }
        }
    }

    QList<qint64> counts(const PackProblem& p, qint64 g, qint64 u) const {
        QList<qint64> counts(p.sizes.size(), 0);
        while (u > 0) {
            const int i = last[static_cast<size_t>(u)];
            ++counts[i];
            u -= p.sizes.at(i) / g;
        }
        return counts;
    }
};

QList<PackBuy> buysOf(int month, const QList<qint64>& counts) {
    QList<PackBuy> buys;
    for (int i = 0; i < counts.size(); ++i) {
        if (counts.at(i) > 0)
            buys.append({month, i, counts.at(i)});
    }
    return buys;
}

// The any-month programme. Decision states are (month j, balance b < demand of j) of the one
// live batch; for each month and each residue class of b on the lattice, one table over the
// total t available in month j: value[t] = min(cost of stopping at t, price + value[t + size]).
class AnyMonthProgramme {
public:
    explicit AnyMonthProgramme(const PackProblem& p)
        : m_p(p)
        , m_g(gcdOfSizes(p))
        , m_before(prefix(p))
        , m_tables(static_cast<size_t>(p.months)) {
        m_maxSize = *std::max_element(p.sizes.cbegin(), p.sizes.cend());
        qint64 entries = 0;
        for (int j = p.months - 1; j >= 0; --j) {
            if (p.demand.at(j) == 0)
                continue;
            QList<qint64> classes;
            for (int m0 = 0; m0 <= j; ++m0) {
                const qint64 rho = mod(m_before[static_cast<size_t>(m0)] - m_before[static_cast<size_t>(j)]);
                if (!classes.contains(rho))
                    classes.append(rho);
            }
            for (qint64 rho : classes) {
                entries += length(j, rho);
                checkTable(entries);
                build(j, rho);
            }
        }
    }

    qint64 startValue() const { return m_p.baselineCost() + zero(0); }

    QList<PackBuy> plan() const {
        QList<PackBuy> buys;
        int j = nextDemandMonth(0);
        qint64 b = 0;
        while (j < m_p.months) {
            const Table& table = find(j, mod(b));
            qint64 q = (b - table.rho) / m_g;
            QList<qint64> counts(m_p.sizes.size(), 0);
            while (q < static_cast<qint64>(table.value.size()) && table.choice[static_cast<size_t>(q)] != kStop) {
                const int i = table.choice[static_cast<size_t>(q)];
                ++counts[i];
                q += m_p.sizes.at(i) / m_g;
            }
            buys += buysOf(j, counts);
            const qint64 t = table.rho + q * m_g;
            const Next next = after(j, t);
            j = next.month;
            b = next.balance;
        }
        return buys;
    }

private:
    struct Table {
        qint64 rho = 0;
        std::vector<qint64> value;
        std::vector<qint8> choice;
    };
    // Where the plan goes after month j when t calls were available in it.
    struct Next {
        int month = 0;      // next decision month (months = end)
        qint64 balance = 0; // balance of the live batch carried into it
    };

    qint64 mod(qint64 x) const { return ((x % m_g) + m_g) % m_g; }

    int nextDemandMonth(int j) const {
        while (j < m_p.months && m_p.demand.at(j) == 0)
            ++j;
        return j;
    }

    // Demand of months [from, to).
    qint64 demand(int from, int to) const {
        return m_before[static_cast<size_t>(to)] - m_before[static_cast<size_t>(from)];
    }

    int windowEnd(int j) const { return std::min(j + m_p.validity, m_p.months); }

    // Totals above this change nothing: the batch then covers its whole validity.
    qint64 tMax(int j) const { return demand(j, windowEnd(j)) + m_maxSize; }

    qint64 length(int j, qint64 rho) const { return (tMax(j) - rho) / m_g + 1; }

    Next after(int j, qint64 t) const {
        const qint64 need = m_p.demand.at(j);
        if (t <= need)
            return {nextDemandMonth(j + 1), 0};
        const qint64 carry = t - need;
        const int end = windowEnd(j);
        // First month after j that the carry does not cover.
        const auto first = m_before.cbegin() + j + 2;
        const auto last = m_before.cbegin() + end + 1;
        const qint64 target = m_before[static_cast<size_t>(j) + 1] + carry;
        const auto it = std::upper_bound(first, last, target);
        if (it == last) {
            // Covered to the end of its validity (what is left expires) or of the horizon.
            return {end >= m_p.months ? m_p.months : nextDemandMonth(end), 0};
        }
        const int r = static_cast<int>(it - m_before.cbegin()) - 1;
        return {r, carry - demand(j + 1, r)};
    }

    const Table& find(int j, qint64 rho) const {
        for (const Table& t : m_tables[static_cast<size_t>(j)]) {
            if (t.rho == rho)
                return t;
        }
        Q_UNREACHABLE();
    }

    qint64 value(int j, qint64 b) const {
        const Table& t = find(j, mod(b));
        return t.value[static_cast<size_t>((b - t.rho) / m_g)];
    }

    qint64 zero(int j) const {
        const int next = nextDemandMonth(j);
        return next >= m_p.months ? 0 : value(next, 0);
    }

    qint64 stopCost(int j, qint64 t) const {
        const qint64 need = m_p.demand.at(j);
        if (t <= need)
            return m_p.postpaid.at(j).extra(need - t) + zero(j + 1);
        const Next next = after(j, t);
        if (next.month >= m_p.months)
            return 0;
        return value(next.month, next.balance);
    }

    void build(int j, qint64 rho) {
        Table table;
        table.rho = rho;
        const qint64 n = length(j, rho);
        table.value.assign(static_cast<size_t>(n), 0);
        table.choice.assign(static_cast<size_t>(n), kStop);
        // Beyond the table the batch covers its whole validity: buying more is no use.
        const qint64 saturated = stopCost(j, rho + (n - 1) * m_g);
        m_tables[static_cast<size_t>(j)].push_back(std::move(table));
        Table& t = m_tables[static_cast<size_t>(j)].back();
        for (qint64 q = n - 1; q >= 0; --q) {
            qint64 best = stopCost(j, rho + q * m_g);
            qint8 choice = kStop;
            for (qsizetype i = 0; i < m_p.sizes.size(); ++i) {
                const qint64 target = q + m_p.sizes.at(i) / m_g;
                const qint64 rest = target < n ? t.value[static_cast<size_t>(target)] : saturated;
                const qint64 candidate = m_p.prices.at(i) + rest;
                if (candidate < best) {
                    best = candidate;
                    choice = static_cast<qint8>(i);
                }
            }
            t.value[static_cast<size_t>(q)] = best;
            t.choice[static_cast<size_t>(q)] = choice;
        }
    }

    const PackProblem& m_p;
    qint64 m_g;
    qint64 m_maxSize = 0;
    std::vector<qint64> m_before;
    std::vector<std::vector<Table>> m_tables;
};

} // namespace

PackSolution PackPlanSolver::solveStart(const PackProblem& p) {
    checkRange(p);
    PackSolution best;
    best.cost = p.postpaidOnlyCost();
    if (p.sizes.isEmpty() || p.months == 0)
        return best;
    const StartTable table(p);
    const qint64 g = table.lattice();
    const qint64 maxUnits = table.saturationUnits() + *std::max_element(p.sizes.cbegin(), p.sizes.cend()) / g;
    const ExactKnapsack knapsack(p, g, maxUnits);
    qint64 bestUnits = 0;
    for (qint64 u = 1; u <= maxUnits; ++u) {
        const qint64 price = knapsack.price[static_cast<size_t>(u)];
        if (price >= kInf)
            continue;
        const qint64 cost = price + table.postpaid(u * g);
        // Ties keep the smaller capacity: fewer calls bought to expire.
        if (cost < best.cost) {
            best.cost = cost;
            bestUnits = u;
        }
    }
    best.buys = buysOf(0, knapsack.counts(p, g, bestUnits));
    return best;
}

PackSolution PackPlanSolver::solveAny(const PackProblem& p) {
    checkRange(p);
    PackSolution solution;
    if (p.sizes.isEmpty() || p.months == 0) {
        solution.cost = p.postpaidOnlyCost();
        return solution;
    }
    const AnyMonthProgramme programme(p);
    solution.cost = programme.startValue();
    solution.buys = programme.plan();
    return solution;
}

QList<RankedCombination> PackPlanSolver::cheapestPerCapacity(const PackProblem& p) {
    checkRange(p);
    QList<RankedCombination> out;
    out.append({QList<qint64>(p.sizes.size(), 0), 0, 0});
    if (p.sizes.isEmpty() || p.months == 0)
        return out;
    const StartTable table(p);
    const qint64 g = table.lattice();
    const qint64 maxUnits = table.saturationUnits() + *std::max_element(p.sizes.cbegin(), p.sizes.cend()) / g;
    const ExactKnapsack knapsack(p, g, maxUnits);
    // From the saturation on, every capacity leaves the same postpaid calls: only the
    // cheapest of them can matter.
    const qint64 saturation = table.saturationUnits();
    qint64 beyond = -1;
    for (qint64 u = 1; u <= maxUnits; ++u) {
        const qint64 price = knapsack.price[static_cast<size_t>(u)];
        if (price >= kInf)
            continue;
        if (u < saturation)
            out.append({knapsack.counts(p, g, u), price, price});
        else if (beyond < 0 || price < knapsack.price[static_cast<size_t>(beyond)])
            beyond = u;
    }
    if (beyond >= 0) {
        const qint64 price = knapsack.price[static_cast<size_t>(beyond)];
        out.append({knapsack.counts(p, g, beyond), price, price});
    }
    return out;
}

qint64 PackPlanSolver::evaluate(const PackProblem& p, const QList<PackBuy>& buys) {
    struct Batch {
        int last;
        qint64 balance;
    };
    std::vector<Batch> live;
    qint64 cost = 0;
    for (int m = 0; m < p.months; ++m) {
        for (const PackBuy& b : buys) {
            if (b.month == m) {
                live.push_back({m + p.validity - 1, p.sizes.at(b.size) * b.count});
                cost += p.prices.at(b.size) * b.count;
            }
        }
        std::stable_sort(live.begin(), live.end(), [](const Batch& a, const Batch& b) { return a.last < b.last; });
        qint64 need = p.demand.at(m);
        for (Batch& b : live) {
            const qint64 take = std::min(need, b.balance);
            b.balance -= take;
            need -= take;
        }
        cost += p.postpaid.at(m).cost(need);
        std::erase_if(live, [m](const Batch& b) { return b.last == m; });
    }
    return cost;
}

QList<RankedCombination> PackPlanSolver::rankStart(const PackProblem& p, int n, int* postpaidOnlyRank, int rankLimit) {
    checkRange(p);
    const qint64 postpaidOnly = p.postpaidOnlyCost();
    QList<RankedCombination> ranked;
    if (p.sizes.isEmpty() || p.months == 0) {
        if (postpaidOnlyRank)
            *postpaidOnlyRank = 1;
        return {RankedCombination{QList<qint64>(p.sizes.size(), 0), postpaidOnly, 0}};
    }
    const StartTable table(p);
    const qint64 g = table.lattice();
    const qint64 maxSize = *std::max_element(p.sizes.cbegin(), p.sizes.cend());
    // A combination holding j packs more than the demand of the validity needs has j cheaper
    // distinct ancestors (drop packs one by one), so the n best lie below this capacity.
    const qint64 capUnits = table.saturationUnits() + (qint64(n) + 1) * (maxSize / g);
    const qint64 saturation = table.saturationUnits();
    checkTable(saturation + 1);
    // Lowest postpaid cost reachable from capacity u upward: the bound that prunes the search.
    std::vector<qint64> bestFrom(static_cast<size_t>(saturation) + 2, 0);
    bestFrom[static_cast<size_t>(saturation) + 1] = table.postpaid(saturation * g);
    for (qint64 u = saturation; u >= 0; --u)
        bestFrom[static_cast<size_t>(u)] = std::min(bestFrom[static_cast<size_t>(u) + 1], table.postpaid(u * g));
    // Tighter: whatever capacity is still to come costs at least the best price per call, so
    // completing from u to u' costs at least (u' - u) calls at that rate.
    int cheapest = 0;
    for (int i = 1; i < p.sizes.size(); ++i) {
        if (Int128(p.prices.at(i)) * p.sizes.at(cheapest) < Int128(p.prices.at(cheapest)) * p.sizes.at(i))
            cheapest = i;
    }
    auto completion = [&](qint64 units) { // floor(units * g * price / size): never above the truth
        return static_cast<qint64>(Int128(units) * g * p.prices.at(cheapest) / p.sizes.at(cheapest));
    };
    std::vector<qint64> withRate(static_cast<size_t>(saturation) + 2, 0);
    withRate[static_cast<size_t>(saturation) + 1] = kInf;
    for (qint64 u = saturation; u >= 0; --u)
        withRate[static_cast<size_t>(u)] = std::min(withRate[static_cast<size_t>(u) + 1], completion(u) + table.postpaid(u * g));
    auto lowerBound = [&](qint64 units) {
        if (units > saturation)
            return bestFrom[static_cast<size_t>(saturation) + 1];
        // (differences of floors may exceed the floor of the difference by one)
        const qint64 reachable = withRate[static_cast<size_t>(units)] - completion(units) - 1;
        // Capacities beyond the saturation cost at least the saturated postpaid figure.
        const qint64 saturated = completion(saturation + 1) - completion(units) - 1 + bestFrom[static_cast<size_t>(saturation) + 1];
        return std::max(bestFrom[static_cast<size_t>(units)], std::min(reachable, saturated));
    };

    const auto k = static_cast<int>(p.sizes.size());
    // Sizes from the largest, so that big steps are decided first.
    QList<int> order(k);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return p.sizes.at(a) > p.sizes.at(b); });

    auto worse = [](const RankedCombination& a, const RankedCombination& b) {
        return a.cost < b.cost || (a.cost == b.cost && a.packCost < b.packCost);
    };
    std::priority_queue<RankedCombination, std::vector<RankedCombination>, decltype(worse)> heap(worse);
    QList<qint64> counts(k, 0);
    // The cheapest combination of each capacity gives n distinct combinations at once: the
    // n-th best of them bounds the search from the start, so it never wanders.
    qint64 seeded = kInf;
    {
        const qint64 units = std::min(capUnits, saturation + maxSize / g);
        const ExactKnapsack knapsack(p, g, units);
        std::vector<qint64> costs;
        for (qint64 u = 0; u <= units; ++u) {
            if (knapsack.price[static_cast<size_t>(u)] < kInf)
                costs.push_back(knapsack.price[static_cast<size_t>(u)] + table.postpaid(u * g));
        }
        if (static_cast<qsizetype>(costs.size()) >= n && n > 0) {
            std::nth_element(costs.begin(), costs.begin() + (n - 1), costs.end());
            seeded = costs[static_cast<size_t>(n - 1)];
        }
    }
    auto threshold = [&]() { return static_cast<int>(heap.size()) < n ? seeded : std::min(seeded, heap.top().cost); };

    std::function<void(int, qint64, qint64)> search = [&](int depth, qint64 units, qint64 price) {
        if (price + lowerBound(units) > threshold())
            return;
        if (depth == k) {
            RankedCombination c{counts, price + table.postpaid(units * g), price};
            if (static_cast<int>(heap.size()) < n) {
                heap.push(c);
            } else if (worse(c, heap.top())) {
                heap.pop();
                heap.push(c);
            }
            return;
        }
        const int i = order.at(depth);
        const qint64 step = p.sizes.at(i) / g;
        for (qint64 c = 0; units + c * step <= capUnits; ++c) {
            if (price + c * p.prices.at(i) + lowerBound(units + c * step) > threshold())
                break;
            counts[i] = c;
            search(depth + 1, units + c * step, price + c * p.prices.at(i));
        }
        counts[i] = 0;
    };
    if (n > 0)
        search(0, 0, 0);
    while (!heap.empty()) {
        ranked.prepend(heap.top());
        heap.pop();
    }

    if (postpaidOnlyRank) {
        // Rank of buying nothing: one more than the combinations strictly cheaper.
        int cheaper = 0;
        bool overflow = false;
        std::function<void(int, qint64, qint64)> count = [&](int depth, qint64 units, qint64 price) {
            if (overflow || price + lowerBound(units) >= postpaidOnly)
                return;
            if (depth == k) {
                if (price + table.postpaid(units * g) < postpaidOnly && ++cheaper >= rankLimit)
                    overflow = true;
                return;
            }
            const int i = order.at(depth);
            const qint64 step = p.sizes.at(i) / g;
            for (qint64 c = 0; !overflow; ++c) {
                if (price + c * p.prices.at(i) + lowerBound(units + c * step) >= postpaidOnly)
                    break;
                if (p.prices.at(i) == 0 && units + c * step > saturation + step)
                    break; // free packs beyond the demand add nothing
                count(depth + 1, units + c * step, price + c * p.prices.at(i));
            }
        };
        count(0, 0, 0);
        *postpaidOnlyRank = overflow ? -1 : cheaper + 1;
    }
    return ranked;
}

} // namespace ocp
