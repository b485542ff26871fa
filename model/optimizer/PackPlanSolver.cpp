#include "model/optimizer/PackPlanSolver.h"

#include "model/optimizer/CapacityPricer.h"
#include "model/optimizer/ChainSolver.h"
#include "model/optimizer/FirstMonthBill.h"
#include "model/optimizer/GroupJointSolver.h"
#include "model/optimizer/OptimizerRefusal.h"
#include "model/optimizer/PackDemand.h"
#include "model/optimizer/PackPurchasePlan.h"
#include "model/optimizer/StartPolicySolver.h"

#include <QHash>
#include <algorithm>
#include <limits>
#include <memory>
#include <numeric>
#include <optional>
#include <queue>
#include <vector>

namespace ocp {
namespace {

constexpr qint64 kInf = std::numeric_limits<qint64>::max() / 4;
constexpr qint8 kStop = -1;
// Largest table of exact completion bounds rankStart builds (entries; 64 MB); beyond it the
// search uses a bound that needs no table per size.
constexpr qint64 kMaxExactBoundEntries = 8'000'000;

// Guards the 64-bit arithmetic of the tables: every value is at most a price plus the whole
// postpaid-only cost, so both must stay well inside 64 bits.
void checkRange(const PackProblem& p) {
    Int128 postpaid = 0;
    for (int m = 0; m < p.months; ++m) {
        const PostpaidCostFunction& f = p.postpaid.at(m);
        Int128 worst = f.ladder ? std::max(*std::max_element(f.tierMicros.cbegin(), f.tierMicros.cend()),
                                           f.aboveTopMicros)
                                : f.unitMicros;
        postpaid += worst * (Int128(p.demand.at(m)) + f.offsetCalls);
    }
    const qint64 maxPrice = p.prices.isEmpty() ? 0 : *std::max_element(p.prices.cbegin(), p.prices.cend());
    if (postpaid > Int128(kInf) / 4 || maxPrice > kInf / 4)
        throw OptimizerRefusal(OptimizerRefusal::Kind::CallsOrPricesTooLarge);
}

qint64 gcdOfSizes(const PackProblem& p) {
    qint64 g = 0;
    for (qint64 s : p.sizes)
        g = std::gcd(g, s);
    return g;
}

// The tables hold one entry per `step` calls (the greatest common divisor of the pack sizes):
// the limit is told in calls, the figure the user typed, not in entries.
void checkTable(qint64 entries, qint64 step) {
    if (entries > PackPlanSolver::kMaxTableEntries) {
        OptimizerRefusal::Figures figures;
        figures.calls = (entries - 1) * step;
        figures.limit = PackPlanSolver::kMaxTableEntries * step;
        throw OptimizerRefusal(OptimizerRefusal::Kind::TooManyCallsInValidity, figures);
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
        : m_bill(p)
        , m_g(gcdOfSizes(p)) {}

    qint64 lattice() const { return m_g; }
    qint64 windowDemand() const { return m_bill.windowDemand(); }
    // Units (of the lattice) from which more capacity changes nothing.
    qint64 saturationUnits() const { return (windowDemand() + m_g - 1) / m_g; }

    // Postpaid cost of the horizon when C calls were bought in month 0 (forced deduction).
    qint64 postpaid(qint64 capacity) const { return m_bill.postpaid(capacity); }

private:
    FirstMonthBill m_bill;
    qint64 m_g;
};

// Tables of a few megabytes are reused on each thread: on some machines first touching fresh
// pages costs more than filling them, and the robust planner builds one per pack.
template <typename T>
std::vector<std::vector<T>>& scratchPool() {
    thread_local std::vector<std::vector<T>> pool;
    return pool;
}

template <typename T>
std::vector<T> takeScratch(size_t n, T fill) {
    auto& pool = scratchPool<T>();
    std::vector<T> v;
    if (!pool.empty()) {
        v = std::move(pool.back());
        pool.pop_back();
    }
    v.assign(n, fill);
    return v;
}

template <typename T>
void giveBack(std::vector<T>& v) {
    auto& pool = scratchPool<T>();
    if (pool.size() < 4 && v.capacity() > 0)
        pool.push_back(std::move(v));
}

// Unbounded knapsack for exact capacities on the lattice: price[u] = cheapest way to buy
// exactly u lattice units, with the last size used to rebuild the combination.
struct ExactKnapsack {
    std::vector<qint64> price;
    std::vector<qint8> last;

    ExactKnapsack(const ExactKnapsack&) = delete;
    ExactKnapsack& operator=(const ExactKnapsack&) = delete;
    ~ExactKnapsack() {
        giveBack(price);
        giveBack(last);
    }

    ExactKnapsack(const PackProblem& p, qint64 g, qint64 units) {
        checkTable(units + 1, g);
        price = takeScratch<qint64>(static_cast<size_t>(units) + 1, kInf);
        last = takeScratch<qint8>(static_cast<size_t>(units) + 1, kStop);
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

// Price tables of recent price lists: most packs of a catalog share one price list, and a
// table costs far more to build (and to fault into memory) than to read. Per thread, so that
// re-planning on a worker thread needs no locks.
std::shared_ptr<const CapacityPricer> sharedPricer(const QList<PackDemand::Size>& sizes, qint64 maxCalls) {
    struct Entry {
        QList<qint64> calls;
        QList<Money> prices;
        std::shared_ptr<const CapacityPricer> pricer;
    };
    thread_local std::vector<Entry> recent;
    QList<qint64> calls;
    QList<Money> prices;
    for (const PackDemand::Size& s : sizes) {
        calls.append(s.calls);
        prices.append(s.price);
    }
    for (auto it = recent.begin(); it != recent.end(); ++it) {
        if (it->calls != calls || it->prices != prices)
            continue;
        if (!it->pricer->periodic() && it->pricer->maxCalls() < maxCalls) {
            recent.erase(it);
            break;
        }
        std::rotate(recent.begin(), it, it + 1); // most recent first
        return recent.front().pricer;
    }
    auto pricer = std::make_shared<const CapacityPricer>(sizes, maxCalls);
    recent.insert(recent.begin(), {calls, prices, pricer});
    if (recent.size() > 8)
        recent.pop_back();
    return pricer;
}

// A month's postpaid cost as the call-axis solvers read it: what the pack's own postpaid calls
// add to the bill when `offset` calls of other packs share the ladder.
MonthCost monthCost(const PostpaidCostFunction& f, qint64 offset) {
    if (!f.ladder)
        return MonthCost::linear(Money::fromMicros(f.unitMicros));
    QList<Money> prices;
    for (qint64 micros : f.tierMicros)
        prices.append(Money::fromMicros(micros));
    if (f.ownShare)
        return MonthCost::ownShareOfTiers(f.tierUpTo, prices, Money::fromMicros(f.aboveTopMicros), offset);
    return MonthCost::tiered(f.tierUpTo, prices, Money::fromMicros(f.aboveTopMicros), offset);
}

// The optimizer's call-axis view of the same pack (ChainSolver's input).
PackDemand callAxisDemand(const PackProblem& p) {
    QList<MonthCost> costs;
    costs.reserve(p.months);
    for (int m = 0; m < p.months; ++m)
        costs.append(monthCost(p.postpaid.at(m), p.postpaid.at(m).offsetCalls));
    QList<PackDemand::Size> sizes;
    for (qsizetype i = 0; i < p.sizes.size(); ++i)
        sizes.append({p.sizes.at(i), Money::fromMicros(p.prices.at(i))});
    return PackDemand(p.pack, p.validity, p.demand, std::move(costs), std::move(sizes));
}

} // namespace

PackSolution PackPlanSolver::solveStart(const PackProblem& p) {
    checkRange(p);
    PackSolution best;
    best.cost = p.postpaidOnlyCost();
    if (p.sizes.isEmpty() || p.months == 0)
        return best;
    const PackDemand demand = callAxisDemand(p);
    const std::shared_ptr<const CapacityPricer> pricer = sharedPricer(demand.sizes(), demand.total());
    const StartPolicySolver::Solution solution = StartPolicySolver(demand, *pricer).solve();
    best.buys = buysOf(0, pricer->counts(solution.capacity));
    best.cost = p.baselineCost() + static_cast<qint64>(solution.total().micros());
    return best;
}

PackSolution PackPlanSolver::solveAny(const PackProblem& p) {
    checkRange(p);
    PackSolution solution;
    if (p.sizes.isEmpty() || p.months == 0) {
        solution.cost = p.postpaidOnlyCost();
        return solution;
    }
    const PackDemand demand = callAxisDemand(p);
    const PackPurchasePlan plan = ChainSolver(demand, *sharedPricer(demand.sizes(), demand.total())).solve();
    for (const PlannedPurchase& buy : plan.purchases)
        solution.buys.append({buy.month, buy.size, buy.count});
    std::sort(solution.buys.begin(), solution.buys.end(), [](const PackBuy& a, const PackBuy& b) {
        return a.month != b.month ? a.month < b.month : a.size < b.size;
    });
    // The chain solver prices the pack's own postpaid calls above what the group's other
    // packs already pay; the baseline adds that share back.
    solution.cost = p.baselineCost() + static_cast<qint64>(plan.total().micros());
    return solution;
}

QList<PackSolution> PackPlanSolver::solveJoint(const QList<PackProblem>& problems, bool anyMonth) {
    Q_ASSERT(!problems.isEmpty());
    std::vector<PackDemand> demands;
    std::vector<std::shared_ptr<const CapacityPricer>> pricers;
    demands.reserve(size_t(problems.size()));
    for (const PackProblem& p : problems) {
        checkRange(p);
        Q_ASSERT(!p.sizes.isEmpty());
        demands.push_back(callAxisDemand(p));
        pricers.push_back(sharedPricer(demands.back().sizes(), demands.back().total()));
    }
    QList<GroupJointSolver::Member> members;
    for (size_t i = 0; i < demands.size(); ++i)
        members.append({&demands[i], pricers[i].get()});
    // The group's ladder with nobody else's calls in it.
    QList<MonthCost> groupCost;
    const PackProblem& first = problems.constFirst();
    for (int m = 0; m < first.months; ++m) {
        Q_ASSERT(first.postpaid.at(m).ladder);
        groupCost.append(monthCost(first.postpaid.at(m), 0));
    }
    Money groupTotal;
    const QList<PackPurchasePlan> plans =
        GroupJointSolver(members, groupCost, anyMonth ? PurchasePolicy::Any : PurchasePolicy::Start)
            .solve(&groupTotal);
    QList<PackSolution> out;
    Money prices;
    for (const PackPurchasePlan& plan : plans) {
        PackSolution s;
        for (const PlannedPurchase& buy : plan.purchases)
            s.buys.append({buy.month, buy.size, buy.count});
        std::sort(s.buys.begin(), s.buys.end(), [](const PackBuy& a, const PackBuy& b) {
            return a.month != b.month ? a.month < b.month : a.size < b.size;
        });
        s.cost = static_cast<qint64>(plan.packCost.micros());
        prices += plan.packCost;
        out.append(s);
    }
    out.last().cost += static_cast<qint64>((groupTotal - prices).micros());
    return out;
}

namespace {

// Every capacity the first month can buy, on the pack's lattice, with its cheapest price: up to
// the saturation (the demand of the validity window) plus one largest pack.
struct FirstMonthCapacities {
    const PackProblem& p;
    StartTable table;
    qint64 g;
    qint64 saturation;
    qint64 maxUnits;
    ExactKnapsack knapsack;

    explicit FirstMonthCapacities(const PackProblem& problem)
        : p(problem)
        , table(problem)
        , g(table.lattice())
        , saturation(table.saturationUnits())
        , maxUnits(saturation + *std::max_element(problem.sizes.cbegin(), problem.sizes.cend()) / g)
        , knapsack(problem, g, maxUnits) {}

    qint64 price(qint64 u) const { return knapsack.price[static_cast<size_t>(u)]; }
    RankedCombination combination(qint64 u) const { return {knapsack.counts(p, g, u), price(u), price(u)}; }

    // From the saturation on, every capacity leaves the same postpaid calls: only the cheapest
    // of them can matter. -1 when none can be bought.
    qint64 cheapestBeyond() const {
        qint64 beyond = -1;
        for (qint64 u = std::max<qint64>(saturation, 1); u <= maxUnits; ++u) {
            if (price(u) < kInf && (beyond < 0 || price(u) < price(beyond)))
                beyond = u;
        }
        return beyond;
    }
};

} // namespace

struct FirstMonthOffers::Data {
    const PackProblem& p;
    std::optional<FirstMonthCapacities> capacities;
    std::vector<qint64> units; // [offer]: lattice units, 0 for the empty purchase
};

FirstMonthOffers::FirstMonthOffers(const PackProblem& p)
    : m_d(new Data{p, std::nullopt, {0}}) {
    checkRange(p);
    if (p.sizes.isEmpty() || p.months == 0)
        return;
    const FirstMonthCapacities& capacities = m_d->capacities.emplace(p);
    for (qint64 u = 1; u < capacities.saturation; ++u) {
        if (capacities.price(u) < kInf)
            m_d->units.push_back(u);
    }
    if (const qint64 beyond = capacities.cheapestBeyond(); beyond >= 0)
        m_d->units.push_back(beyond);
}

FirstMonthOffers::~FirstMonthOffers() = default;

qsizetype FirstMonthOffers::size() const { return static_cast<qsizetype>(m_d->units.size()); }

qint64 FirstMonthOffers::calls(qsizetype i) const {
    return i == 0 ? 0 : m_d->units[static_cast<size_t>(i)] * m_d->capacities->g;
}

qint64 FirstMonthOffers::price(qsizetype i) const {
    return i == 0 ? 0 : m_d->capacities->price(m_d->units[static_cast<size_t>(i)]);
}

RankedCombination FirstMonthOffers::combination(qsizetype i) const {
    if (i == 0)
        return {QList<qint64>(m_d->p.sizes.size(), 0), 0, 0};
    return m_d->capacities->combination(m_d->units[static_cast<size_t>(i)]);
}

QList<RankedCombination> PackPlanSolver::cheapestPerCapacity(const PackProblem& p) {
    const FirstMonthOffers offers(p);
    QList<RankedCombination> out;
    out.reserve(offers.size());
    for (qsizetype i = 0; i < offers.size(); ++i)
        out.append(offers.combination(i));
    return out;
}

namespace {

// What one more postpaid call costs in a month with x > 0 of them: the fixed price, or the
// price of the tier the month's volume falls in (all-units tiers, R5).
qint64 marginalPrice(const PostpaidCostFunction& f, qint64 x) {
    if (!f.ladder)
        return f.unitMicros;
    const qint64 volume = x + f.offsetCalls;
    for (qsizetype t = 0; t < f.tierUpTo.size(); ++t) {
        if (volume <= f.tierUpTo.at(t))
            return f.tierMicros.at(t);
    }
    return f.aboveTopMicros;
}

} // namespace

QList<RankedCombination> PackPlanSolver::undominatedPerCapacity(const QList<PackProblem>& scenarios, int widest) {
    const PackProblem& p = scenarios.at(widest);
    checkRange(p);
    QList<RankedCombination> out;
    out.append({QList<qint64>(p.sizes.size(), 0), 0, 0});
    if (p.sizes.isEmpty() || p.months == 0)
        return out;
    const FirstMonthCapacities capacities(p);
    const qint64 g = capacities.g;
    const qint64 saturation = capacities.saturation;
    // Where some scenario's bill stops being linear in the capacity C: the start of each month's
    // stretch (C = calls of the months before), the last call of the validity, and each tier
    // boundary of the month that is partly covered. One more start beside each keeps the
    // stretches safely inside, whichever side a boundary belongs to.
    struct View {
        std::vector<qint64> before; // calls of the months before m, m = 0..window
        int window = 0;
    };
    std::vector<View> views;
    std::vector<qint64> starts;
    for (const PackProblem& q : scenarios) {
        View v;
        v.window = std::min(q.validity, q.months);
        v.before = prefix(q);
        v.before.resize(static_cast<size_t>(v.window) + 1);
        for (int k = 0; k < v.window; ++k) {
            const qint64 from = v.before[static_cast<size_t>(k)];
            const qint64 to = v.before[static_cast<size_t>(k) + 1];
            starts.push_back(from);
            starts.push_back(from + 1);
            const PostpaidCostFunction& f = q.postpaid.at(k);
            if (!f.ladder)
                continue;
            for (qint64 top : f.tierUpTo) {
                // Postpaid calls x = to - C; the volume x + offset is at most `top` from here on.
                const qint64 c = to - (top - f.offsetCalls);
                if (c > from && c < to) {
                    starts.push_back(c);
                    starts.push_back(c + 1);
                }
            }
        }
        starts.push_back(v.before[static_cast<size_t>(v.window)]);
        starts.push_back(v.before[static_cast<size_t>(v.window)] + 1);
        views.push_back(std::move(v));
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    // The capacities below the saturation that can be bought exactly, by stretch: the number
    // of starts at or below the capacity. Per stretch, its least and largest postpaid price per
    // call over the scenarios (0 where a scenario is fully covered).
    auto stretchOf = [&](qint64 calls) {
        qint64 least = std::numeric_limits<qint64>::max();
        qint64 largest = 0;
        for (size_t s = 0; s < views.size(); ++s) {
            const View& v = views[s];
            const auto it = std::upper_bound(v.before.cbegin(), v.before.cend(), calls);
            const auto k = static_cast<size_t>(it - v.before.cbegin()) - 1;
            qint64 slope = 0;
            if (k < static_cast<size_t>(v.window))
                slope = marginalPrice(scenarios.at(static_cast<int>(s)).postpaid.at(static_cast<int>(k)),
                                      v.before[k + 1] - calls);
            least = std::min(least, slope);
            largest = std::max(largest, slope);
        }
        return std::pair<qint64, qint64>(least, largest);
    };
    std::vector<std::pair<qint64, qint64>> slopes(starts.size() + 1); // [stretch]: least, largest
    // Within a stretch the cost under scenario s is price(C) - slope_s * C + a constant.
    // C' < C beats C everywhere when price(C') - largest * C' <= price(C) - largest * C;
    // C' > C beats it everywhere, strictly, when price(C') - least * C' < price(C) - least * C.
    std::vector<bool> dropped(static_cast<size_t>(std::max<qint64>(saturation, 1)), false);
    qint64 best = 0;
    size_t next = 0;
    size_t previous = starts.size() + 1; // the stretch of the capacity before, none yet
    for (qint64 u = 1; u < saturation; ++u) {
        if (capacities.price(u) >= kInf)
            continue;
        const qint64 calls = u * g;
        while (next < starts.size() && starts[next] <= calls)
            ++next;
        if (next != previous)
            slopes[next] = stretchOf(calls);
        const qint64 value = capacities.price(u) - slopes[next].second * calls;
        if (next == previous && best <= value)
            dropped[static_cast<size_t>(u)] = true;
        else if (next != previous || value < best)
            best = value;
        previous = next;
    }
    previous = starts.size() + 1;
    for (qint64 u = saturation; u-- > 1;) {
        if (capacities.price(u) >= kInf)
            continue;
        const qint64 calls = u * g;
        while (next > 0 && starts[next - 1] > calls)
            --next;
        const qint64 value = capacities.price(u) - slopes[next].first * calls;
        if (next == previous && best < value)
            dropped[static_cast<size_t>(u)] = true;
        else if (next != previous || value < best)
            best = value;
        previous = next;
    }
    for (qint64 u = 1; u < saturation; ++u) {
        if (capacities.price(u) < kInf && !dropped[static_cast<size_t>(u)])
            out.append(capacities.combination(u));
    }
    if (const qint64 beyond = capacities.cheapestBeyond(); beyond >= 0)
        out.append(capacities.combination(beyond));
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
        std::stable_sort(live.begin(), live.end(),
                         [](const Batch& a, const Batch& b) { return a.last < b.last; });
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

QList<RankedCombination> PackPlanSolver::rankStart(const PackProblem& p, int n, int* postpaidOnlyRank,
                                                   int rankLimit) {
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
    checkTable(saturation + 1, g);
    const auto k = static_cast<int>(p.sizes.size());
    // Sizes from the largest, so that big steps are decided first.
    QList<int> order(k);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return p.sizes.at(a) > p.sizes.at(b); });
    // From the saturation on more capacity changes no postpaid call.
    const qint64 saturated = table.postpaid(saturation * g);

    // The bound that prunes the search: `reach(depth, u)` is at most the cost of every complete
    // combination that adds packs of the sizes order[depth..] to capacity u.
    //
    // Exact where the table fits (docs/optimizer.md §8): the least cost of such a completion,
    // by a knapsack over the sizes still to decide, from the largest capacity down:
    //   best[k][u] = postpaid(u),  best[d][u] = min(best[d+1][u], price_d + best[d][u + step_d]),
    // and from the saturation on postpaid only adds nothing (prices are never negative). The
    // search then visits only nodes below which some combination is good enough.
    bool exact = (qint64(k) + 1) * (saturation + 1) <= kMaxExactBoundEntries;
    for (qint64 price : p.prices)
        exact = exact && price >= 0;
    std::vector<qint64> best;
    // Otherwise the cheaper bound of a price per call: the lowest postpaid cost of any larger
    // capacity, tightened by the cheapest price per call for the capacity still to come.
    std::vector<qint64> bestFrom;
    std::vector<qint64> completed;
    std::vector<qint64> withRate;
    const auto row = static_cast<size_t>(saturation) + 1;
    if (exact) {
        best.resize((static_cast<size_t>(k) + 1) * row);
        qint64* last = best.data() + static_cast<size_t>(k) * row;
        for (qint64 u = 0; u <= saturation; ++u)
            last[u] = table.postpaid(u * g);
        for (int d = k - 1; d >= 0; --d) {
            qint64* here = best.data() + static_cast<size_t>(d) * row;
            const qint64* next = here + row;
            const qint64 step = p.sizes.at(order.at(d)) / g;
            const qint64 price = p.prices.at(order.at(d));
            for (qint64 u = saturation; u >= 0; --u) {
                const qint64 more = price + (u + step <= saturation ? here[u + step] : saturated);
                here[u] = std::min(next[u], more);
            }
        }
    } else {
        bestFrom.assign(row + 1, 0);
        bestFrom[row] = saturated;
        for (qint64 u = saturation; u >= 0; --u)
            bestFrom[static_cast<size_t>(u)] = std::min(bestFrom[static_cast<size_t>(u) + 1], table.postpaid(u * g));
        int cheapest = 0;
        for (int i = 1; i < p.sizes.size(); ++i) {
            if (Int128(p.prices.at(i)) * p.sizes.at(cheapest) < Int128(p.prices.at(cheapest)) * p.sizes.at(i))
                cheapest = i;
        }
        // floor(units * g * price / size): never above the truth; the 128-bit divisions done once.
        completed.resize(row + 1);
        for (qint64 u = 0; u <= saturation + 1; ++u)
            completed[static_cast<size_t>(u)] =
                static_cast<qint64>(Int128(u) * g * p.prices.at(cheapest) / p.sizes.at(cheapest));
        withRate.assign(row + 1, 0);
        withRate[row] = kInf;
        for (qint64 u = saturation; u >= 0; --u)
            withRate[static_cast<size_t>(u)] = std::min(
                withRate[static_cast<size_t>(u) + 1], completed[static_cast<size_t>(u)] + table.postpaid(u * g));
    }
    auto reach = [&](int depth, qint64 units) -> qint64 {
        if (exact)
            return units > saturation ? saturated : best[static_cast<size_t>(depth) * row + static_cast<size_t>(units)];
        if (units > saturation)
            return bestFrom[row];
        const qint64 here = completed[static_cast<size_t>(units)];
        // (differences of floors may exceed the floor of the difference by one)
        const qint64 reachable = withRate[static_cast<size_t>(units)] - here - 1;
        // Capacities beyond the saturation cost at least the saturated postpaid figure.
        const qint64 beyond = completed[row] - here - 1 + bestFrom[row];
        return std::max(bestFrom[static_cast<size_t>(units)], std::min(reachable, beyond));
    };

    // Cheapest first; equal totals by pack price, then in the order of the search (fewer of
    // the larger sizes first): one order over all combinations, so the list does not depend
    // on the order in which the search meets them.
    auto searchOrder = [&](const QList<qint64>& a, const QList<qint64>& b) {
        for (int i : std::as_const(order)) {
            if (a.at(i) != b.at(i))
                return a.at(i) < b.at(i);
        }
        return false;
    };
    auto before = [&](qint64 cost, qint64 packCost, const QList<qint64>& counts, const RankedCombination& b) {
        if (cost != b.cost)
            return cost < b.cost;
        if (packCost != b.packCost)
            return packCost < b.packCost;
        return searchOrder(counts, b.counts);
    };
    auto worse = [&](const RankedCombination& a, const RankedCombination& b) {
        return before(a.cost, a.packCost, a.counts, b);
    };
    std::priority_queue<RankedCombination, std::vector<RankedCombination>, decltype(worse)> heap(worse);
    QList<qint64> counts(k, 0);
    // The cheapest combination of each capacity gives n distinct combinations at once: the
    // n-th best of them bounds the search from the start, so it never wanders.
    qint64 seeded = kInf;
    // Capacities whose cheapest combination beats postpaid only: each is a distinct cheaper
    // combination, so enough of them settle postpaid only's rank without a search.
    qint64 cheaperCapacities = 0;
    {
        const qint64 units = std::min(capUnits, saturation + maxSize / g);
        const ExactKnapsack knapsack(p, g, units);
        std::vector<qint64> costs;
        for (qint64 u = 0; u <= units; ++u) {
            if (knapsack.price[static_cast<size_t>(u)] < kInf) {
                costs.push_back(knapsack.price[static_cast<size_t>(u)] + table.postpaid(u * g));
                cheaperCapacities += costs.back() < postpaidOnly ? 1 : 0;
            }
        }
        if (static_cast<qsizetype>(costs.size()) >= n && n > 0) {
            std::nth_element(costs.begin(), costs.begin() + (n - 1), costs.end());
            seeded = costs[static_cast<size_t>(n - 1)];
        }
    }
    auto threshold = [&]() {
        return static_cast<int>(heap.size()) < n ? seeded : std::min(seeded, heap.top().cost);
    };

    std::function<void(int, qint64, qint64)> search = [&](int depth, qint64 units, qint64 price) {
        if (price + reach(depth, units) > threshold())
            return;
        if (depth == k) {
            const qint64 cost = price + table.postpaid(units * g);
            const bool full = static_cast<int>(heap.size()) >= n;
            // Only a combination that enters the list is copied.
            if (full && !before(cost, price, counts, heap.top()))
                return;
            if (full)
                heap.pop();
            heap.push(RankedCombination{counts, cost, price});
            return;
        }
        const int i = order.at(depth);
        const qint64 step = p.sizes.at(i) / g;
        for (qint64 c = 0; units + c * step <= capUnits; ++c) {
            const qint64 withThese = price + c * p.prices.at(i);
            // Nothing from this count on (more of size i included) can be good enough...
            if (withThese + reach(depth, units + c * step) > threshold())
                break;
            // ...or nothing with exactly this count.
            if (withThese + reach(depth + 1, units + c * step) > threshold())
                continue;
            counts[i] = c;
            search(depth + 1, units + c * step, withThese);
        }
        counts[i] = 0;
    };
    if (n > 0)
        search(0, 0, 0);
    while (!heap.empty()) {
        ranked.prepend(heap.top());
        heap.pop();
    }

    if (postpaidOnlyRank && cheaperCapacities >= rankLimit) {
        *postpaidOnlyRank = -1;
    } else if (postpaidOnlyRank) {
        // Rank of buying nothing: one more than the combinations strictly cheaper.
        int cheaper = 0;
        bool overflow = false;
        std::function<void(int, qint64, qint64)> count = [&](int depth, qint64 units, qint64 price) {
            if (overflow || price + reach(depth, units) >= postpaidOnly)
                return;
            if (depth == k) {
                if (price + table.postpaid(units * g) < postpaidOnly && ++cheaper >= rankLimit)
                    overflow = true;
                return;
            }
            const int i = order.at(depth);
            const qint64 step = p.sizes.at(i) / g;
            for (qint64 c = 0; !overflow; ++c) {
                const qint64 withThese = price + c * p.prices.at(i);
                if (withThese + reach(depth, units + c * step) >= postpaidOnly)
                    break;
                if (p.prices.at(i) == 0 && units + c * step > saturation + step)
                    break; // free packs beyond the demand add nothing
                if (withThese + reach(depth + 1, units + c * step) >= postpaidOnly)
                    continue;
                count(depth + 1, units + c * step, withThese);
            }
        };
        count(0, 0, 0);
        *postpaidOnlyRank = overflow ? -1 : cheaper + 1;
    }
    return ranked;
}

} // namespace ocp
