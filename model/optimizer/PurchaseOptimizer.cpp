#include "model/optimizer/PurchaseOptimizer.h"

#include "model/optimizer/Cancelled.h"
#include "model/optimizer/FixedPart.h"
#include "model/optimizer/OptimizerRefusal.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/PriceBook.h"
#include "model/billing/ScenarioDerivation.h"
#include "model/optimizer/PackPlanSolver.h"
#include "model/optimizer/PackProblemBuilder.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <stdexcept>

namespace ocp {
namespace {

PackSolution solve(const PackProblem& p, PurchasePolicy policy) {
    return policy == PurchasePolicy::Start ? PackPlanSolver::solveStart(p) : PackPlanSolver::solveAny(p);
}

// Postpaid calls of a pack per month under a plan (forced earliest-expiry-first deduction).
QList<qint64> postpaidCalls(const PackProblem& p, const QList<PackBuy>& buys) {
    QList<qint64> out;
    struct Batch {
        int last;
        qint64 balance;
    };
    std::vector<Batch> live;
    for (int m = 0; m < p.months; ++m) {
        for (const PackBuy& b : buys) {
            if (b.month == m)
                live.push_back({m + p.validity - 1, p.sizes.at(b.size) * b.count});
        }
        qint64 need = p.demand.at(m);
        for (Batch& b : live) {
            const qint64 take = std::min(need, b.balance);
            b.balance -= take;
            need -= take;
        }
        out.append(need);
        std::erase_if(live, [m](const Batch& b) { return b.last == m; });
    }
    return out;
}

PackProblem withOffsets(PackProblem p, const QList<qint64>& offsets) {
    for (int m = 0; m < p.months; ++m)
        p.postpaid[m].offsetCalls = offsets.at(m);
    return p;
}

// Packs billed in one postpaid group whose tier follows the postpaid calls: the tier couples
// them, so they are solved together (docs/optimizer.md).
struct CoupledSolution {
    QList<PackSolution> perPack;
    bool proven = true;
};

// The tier couples a group's packs only in months where two or more of them have calls to
// pay for and, together, more than the first tier holds: below it every call costs the first
// tier's price whoever makes it, so the group's bill is the sum of the packs' own bills.
bool separable(const QList<PackProblem>& problems, const QList<int>& packs) {
    const PostpaidCostFunction& ladder = problems.at(packs.constFirst()).postpaid.constFirst();
    const qint64 firstTier = ladder.tierUpTo.isEmpty() ? -1 : ladder.tierUpTo.constFirst();
    for (int m = 0; m < problems.at(packs.constFirst()).months; ++m) {
        int active = 0;
        qint64 sum = 0;
        for (int p : packs) {
            const qint64 d = problems.at(p).demand.at(m);
            active += d > 0 ? 1 : 0;
            sum += d;
        }
        if (active > 1 && sum > firstTier)
            return false;
    }
    return true;
}

// Whether the certificate below applies: every month on a ladder whose prices never rise.
bool boundApplies(const QList<PackProblem>& problems) {
    for (const PackProblem& p : problems) {
        for (const PostpaidCostFunction& f : p.postpaid) {
            if (!f.ladder || !f.pricesNeverRise())
                return false;
        }
    }
    return true;
}

// Σ over the packs of min(own prices + own calls · price(own + all the others' demand)): at
// most the cost of any joint plan, since the others' postpaid calls never exceed their demand.
std::optional<qint64> lowerBound(const QList<PackProblem>& problems, PurchasePolicy policy) {
    if (!boundApplies(problems))
        return std::nullopt;
    qint64 bound = 0;
    for (qsizetype i = 0; i < problems.size(); ++i) {
        PackProblem relaxed = problems.at(i);
        for (int m = 0; m < relaxed.months; ++m) {
            qint64 others = 0;
            for (qsizetype j = 0; j < problems.size(); ++j)
                others += j == i ? 0 : problems.at(j).demand.at(m);
            relaxed.postpaid[m].offsetCalls = others;
            relaxed.postpaid[m].ownShare = true;
        }
        bound += solve(relaxed, policy).cost;
    }
    return bound;
}

// Of a pack bought once in the first month with `capacity` calls, the calls left to postpaid
// in each month (forced earliest-expiry deduction, R3) priced by `relaxed`'s month costs.
qint64 postpaidAfterCapacity(const PackProblem& relaxed, qint64 capacity) {
    qint64 sum = 0;
    qint64 left = capacity;
    for (int m = 0; m < relaxed.months; ++m) {
        qint64 need = relaxed.demand.at(m);
        if (m < relaxed.validity) {
            const qint64 take = std::min(need, left);
            left -= take;
            need -= take;
        }
        sum += relaxed.postpaid.at(m).cost(need);
    }
    return sum;
}

// `p` with each month's calls priced as its own share at the tier they would reach with
// `others` calls of the group added (the relaxation of the certificate in docs/optimizer.md §7).
PackProblem ownShareWith(PackProblem p, const QList<qint64>& others) {
    for (int m = 0; m < p.months; ++m) {
        p.postpaid[m].offsetCalls += others.at(m);
        p.postpaid[m].ownShare = true;
    }
    return p;
}

CoupledSolution solveCoupled(const QList<PackProblem>& problems, PurchasePolicy policy) {
    Q_ASSERT(problems.size() >= 2);
    CoupledSolution best;
    qint64 bestCost = std::numeric_limits<qint64>::max();
    if (policy == PurchasePolicy::Start && problems.size() == 2) {
        // Every first-month capacity of the first pack (at its cheapest), the second solved
        // exactly against the postpaid calls it leaves; the first capacity of the least cost
        // wins. When the ladder's prices never rise with volume, a capacity whose lower bound
        // (its own calls at the tier reached with all the second pack's calls, plus the
        // second pack's least cost at the tier reached with all the first's) exceeds the best
        // cost found cannot win: capacities are tried by increasing bound and the rest skipped.
        const PackProblem& a = problems.at(0);
        const PackProblem& b = problems.at(1);
        const FirstMonthOffers offers(a);
        std::vector<qint64> bound(static_cast<size_t>(offers.size()), 0);
        std::vector<qsizetype> order(bound.size());
        std::iota(order.begin(), order.end(), qsizetype{0});
        const bool bounded = boundApplies(problems);
        if (bounded) {
            const PackProblem relaxedA = ownShareWith(a, b.demand);
            const qint64 restB = PackPlanSolver::solveStart(ownShareWith(b, a.demand)).cost;
            for (qsizetype i = 0; i < offers.size(); ++i)
                bound[static_cast<size_t>(i)] = offers.price(i) + postpaidAfterCapacity(relaxedA, offers.calls(i)) + restB;
            std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
                return bound[static_cast<size_t>(x)] < bound[static_cast<size_t>(y)];
            });
        }
        qsizetype bestIndex = -1;
        for (const qsizetype i : order) {
            if (bounded && bestIndex >= 0 && bound[static_cast<size_t>(i)] > bestCost)
                break; // this and every later capacity cost more than the best
            const RankedCombination combination = offers.combination(i);
            QList<PackBuy> buysA;
            for (int k = 0; k < combination.counts.size(); ++k) {
                if (combination.counts.at(k) > 0)
                    buysA.append({0, k, combination.counts.at(k)});
            }
            const PackSolution solB = PackPlanSolver::solveStart(withOffsets(b, postpaidCalls(a, buysA)));
            const qint64 cost = combination.packCost + solB.cost;
            if (cost < bestCost || (cost == bestCost && i < bestIndex)) {
                bestCost = cost;
                bestIndex = i;
                best.perPack = {PackSolution{buysA, combination.packCost}, solB};
            }
        }
        return best;
    }
    // Any month (or more than two packs): the exact joint programme while its state space is
    // small enough; beyond it, alternate exact best responses until nothing improves. Each
    // step is exact, that fixed point is not proven globally optimal.
    try {
        best.perPack = PackPlanSolver::solveJoint(problems, policy == PurchasePolicy::Any);
        return best;
    } catch (const InputError&) {
        // too large to solve jointly: fall through
    }
    QList<PackSolution> current;
    for (const PackProblem& p : problems)
        current.append(solve(p, policy));
    best.proven = false;
    for (int round = 0; round < 20; ++round) {
        bool improved = false;
        for (int i = 0; i < problems.size(); ++i) {
            QList<qint64> offsets(problems.at(i).months, 0);
            for (int j = 0; j < problems.size(); ++j) {
                if (j == i)
                    continue;
                const QList<qint64> other = postpaidCalls(problems.at(j), current.at(j).buys);
                for (int m = 0; m < offsets.size(); ++m)
                    offsets[m] += other.at(m);
            }
            const PackProblem conditioned = withOffsets(problems.at(i), offsets);
            const PackSolution candidate = solve(conditioned, policy);
            if (candidate.cost < PackPlanSolver::evaluate(conditioned, current.at(i).buys)) {
                current[i] = candidate;
                improved = true;
            }
        }
        if (!improved)
            break;
    }
    // Price each pack's purchases on its own and bill the group's postpaid calls once, with
    // the last pack.
    const auto last = problems.size() - 1;
    QList<qint64> offsets(problems.at(0).months, 0);
    for (qsizetype j = 0; j < last; ++j) {
        qint64 packPrice = 0;
        for (const PackBuy& buy : current.at(j).buys)
            packPrice += problems.at(j).prices.at(buy.size) * buy.count;
        current[j].cost = packPrice;
        const QList<qint64> other = postpaidCalls(problems.at(j), current.at(j).buys);
        for (int m = 0; m < offsets.size(); ++m)
            offsets[m] += other.at(m);
    }
    current[last].cost =
        PackPlanSolver::evaluate(withOffsets(problems.at(last), offsets), current.at(last).buys);
    best.perPack = current;
    // A certificate: when tier prices never rise with volume, no plan costs less than the sum
    // of each pack's own optimum with its calls priced at the tier they would reach if every
    // other pack's calls stayed postpaid (docs/optimizer.md, §7). Reaching it proves the plan.
    qint64 total = 0;
    for (const PackSolution& s : std::as_const(current))
        total += s.cost;
    if (const std::optional<qint64> bound = lowerBound(problems, policy); bound && *bound == total)
        best.proven = true;
    return best;
}

// The cheapest plan that buys only packs of size `size`, in the first month: the exact
// first-month solver on that one size. When buying none is cheapest, one pack's cost is
// shown instead, so that every size has a curve.
struct SingleSize {
    qint64 cost = 0;
    qint64 count = 0;
};

SingleSize cheapestOfOneSize(const PackProblem& p, int size) {
    PackProblem one = p;
    one.sizes = {p.sizes.at(size)};
    one.prices = {p.prices.at(size)};
    const PackSolution best = PackPlanSolver::solveStart(one);
    if (!best.buys.isEmpty())
        return {best.cost, best.buys.constFirst().count};
    return {PackPlanSolver::evaluate(p, {{0, size, 1}}), 1};
}

// `buys` dated in the open months' own horizon: month 0 is the first open month `open`.
QList<Purchase> toPurchases(const Catalog& catalog, int pack, const QList<PackBuy>& buys, int open = 0) {
    QList<Purchase> out;
    const ResourcePack& rp = catalog.packs().at(pack);
    for (const PackBuy& b : buys)
        out.append({b.month + open, rp.id, rp.sizes.at(b.size).calls, b.count});
    // Largest packs first within a month: how a buyer reads an order.
    std::stable_sort(out.begin(), out.end(), [](const Purchase& a, const Purchase& b) {
        return a.month != b.month ? a.month < b.month : a.size > b.size;
    });
    return out;
}

// The scenario with the pack's calls of the open months scaled by `percent` (the actual
// months' calls happened and stay), as ScenarioDerivation scales a what-if.
Scenario scaledOpenMonths(const Catalog& catalog, const Scenario& scenario, int pack, int percent) {
    Scenario own = scenario;
    for (auto it = own.volumes.begin(); it != own.volumes.end();) {
        const int api = catalog.interfaceIndex(it.key());
        if (api >= 0 && catalog.interfaces().at(api).pack == pack)
            ++it;
        else
            it = own.volumes.erase(it);
    }
    Scenario out = scenario;
    const Scenario scaled = ScenarioDerivation::scaled(own, qint64{percent} * 10'000);
    for (auto it = scaled.volumes.cbegin(); it != scaled.volumes.cend(); ++it)
        out.volumes[it.key()] = it.value();
    return out;
}

} // namespace

OptimizerSearch OptimizerSearch::of(const Catalog& catalog, const Scenario& scenario, const FixedPart& fixed) {
    const PackProblemBuilder builder(catalog, scenario);
    OptimizerSearch search;
    search.before = static_cast<qint64>(fixed.costBefore().micros());
    const auto packCount = static_cast<int>(catalog.packs().size());
    for (int p = 0; p < packCount; ++p)
        search.problems.append(fixed.openPart(builder.build(p)));
    // Nothing left to buy when every month has happened: the plan is the fixed purchases.
    if (fixed.open >= scenario.months)
        return search;
    const bool ladder = scenario.settings.tierBasis == TierBasis::PostpaidCalls;
    QList<bool> grouped(packCount, false);
    for (int g = 0; g < catalog.postpaidGroups().size(); ++g) {
        QList<int> packs;
        for (int p : catalog.packsOfGroup(g)) {
            bool used = false;
            for (qint64 d : search.problems.at(p).demand)
                used = used || d > 0;
            if (used)
                packs.append(p);
        }
        if (!ladder || packs.size() < 2 || separable(search.problems, packs))
            continue;
        search.parts.append(packs);
        for (int p : packs)
            grouped[p] = true;
    }
    for (int p = 0; p < packCount; ++p) {
        if (!grouped.at(p))
            search.parts.append(QList<int>{p});
    }
    return search;
}

OptimizerSearch::PartSolution OptimizerSearch::solvePart(int part, PurchasePolicy policy) const {
    const QList<int>& packs = parts.at(part);
    if (packs.size() == 1)
        return {{solve(problems.at(packs.constFirst()), policy)}, true};
    QList<PackProblem> group;
    for (int p : packs)
        group.append(problems.at(p));
    const CoupledSolution joint = solveCoupled(group, policy);
    return {joint.perPack, joint.proven};
}

int PurchaseOptimizer::firstOpenMonth(const Scenario& scenario) {
    if (!scenario.actualThrough)
        return 0;
    const int through = scenario.start.monthsTo(*scenario.actualThrough);
    if (through < 0 || through >= scenario.months) {
        OptimizerRefusal::Figures figures;
        figures.starts = {*scenario.actualThrough, scenario.start, scenario.monthAt(scenario.months - 1)};
        throw OptimizerRefusal(OptimizerRefusal::Kind::ActualMonthsOutsideHorizon, figures);
    }
    return through + 1;
}

OptimizedPlan PurchaseOptimizer::optimize(const Catalog& catalog, const Scenario& scenario) {
    return optimize(catalog, scenario, OptimizerOptions{scenario.settings.purchasePolicy, 10});
}

OptimizedPlan PurchaseOptimizer::optimize(const Catalog& catalog, const Scenario& scenario,
                                          const OptimizerOptions& options, std::stop_token stop) {
    if (scenario.months < 1 || scenario.months > Scenario::kMaxMonths)
        throw InputError(QStringLiteral("months: %1 is out of range (1 to %2)")
                             .arg(scenario.months)
                             .arg(Scenario::kMaxMonths));
    const FixedPart fixed = FixedPart::of(catalog, scenario);
    const OptimizerSearch search = OptimizerSearch::of(catalog, scenario, fixed);
    const bool open = fixed.open < scenario.months;
    const auto packCount = static_cast<int>(catalog.packs().size());
    const QList<PackProblem>& problems = search.problems;

    QList<PackSolution> solutions(packCount);
    QList<bool> proven(packCount, true);
    QList<bool> solved(packCount, false);
    for (int part = 0; part < search.parts.size(); ++part) {
        Cancelled::throwIfRequested(stop);
        const QList<int>& packs = search.parts.at(part);
        const OptimizerSearch::PartSolution solution = search.solvePart(part, options.policy);
        for (int i = 0; i < packs.size(); ++i) {
            // Postpaid cost of a group is carried by its last pack; the total is what counts.
            solutions[packs.at(i)] = solution.perPack.at(i);
            proven[packs.at(i)] = solution.proven;
            solved[packs.at(i)] = packs.size() > 1;
        }
    }

    OptimizedPlan plan;
    plan.scenario = scenario;
    plan.scenario.purchases = fixed.purchases;
    plan.scenario.settings.purchasePolicy = options.policy;
    plan.firstOpenMonth = fixed.open;
    for (int p = 0; p < packCount; ++p)
        plan.scenario.purchases += toPurchases(catalog, p, solutions.at(p).buys, fixed.open);
    plan.result = BillingEngine::run(catalog, plan.scenario);

    // The engine replays the plan independently: the optimizer's own figure must agree. The
    // solvers priced the open months; the fixed purchases and the months before are as the
    // engine billed them with the fixed batches alone, which no new purchase changes.
    qint64 solverTotal = 0;
    for (const PackSolution& solution : std::as_const(solutions))
        solverTotal += solution.cost;
    solverTotal += static_cast<qint64>(fixed.costBefore().micros());
    if (Money::fromMicros(solverTotal) != plan.result.total()) {
        throw std::logic_error("optimizer and billing engine disagree on the plan's cost: " +
                               Money::fromMicros(solverTotal).toDecimalString().toStdString() + " vs " +
                               plan.result.total().toDecimalString().toStdString());
    }

    for (int p = 0; p < packCount; ++p) {
        Cancelled::throwIfRequested(stop); // ranking the alternatives is the long part
        PackPlan pp;
        pp.pack = p;
        const QString& packId = catalog.packs().at(p).id;
        pp.purchases = fixed.purchasesOf(packId) + toPurchases(catalog, p, solutions.at(p).buys, fixed.open);
        const PackSummary& summary = plan.result.packs.at(p);
        pp.packCost = summary.packCost;
        pp.postpaidCost = summary.postpaidCost;
        pp.postpaidOnlyCost = summary.postpaidOnlyCost;
        pp.expiredCalls = summary.expiredCalls + summary.unusedAtEnd;
        pp.billableCalls = summary.calls;
        pp.packCalls = summary.packCalls;
        pp.postpaidCalls = summary.postpaidCalls;
        pp.proven = proven.at(p);
        const PackProblem& problem = problems.at(p);
        // Buying nothing more: postpaid only, or in a year in progress the fixed purchases alone.
        auto nothingMore = [&](int rank) {
            PackAlternative a;
            a.rank = rank;
            a.postpaidOnly = true;
            if (fixed.any()) {
                a.purchases = fixed.purchasesOf(packId);
                a.packCost = fixed.result->packs.at(p).packCost;
                a.postpaidCost = fixed.result->packs.at(p).postpaidCost;
                a.expiredCalls = fixed.expiredCalls(p);
            } else {
                a.postpaidCost = summary.postpaidOnlyCost;
            }
            return a;
        };
        if (summary.calls > 0 && options.alternatives > 0 && !open) {
            pp.alternatives.append(nothingMore(1));
        } else if (summary.calls > 0 && options.alternatives > 0) {
            if (options.policy == PurchasePolicy::Start && !solved.at(p)) {
                int postpaidRank = -1;
                const QList<RankedCombination> ranked =
                    PackPlanSolver::rankStart(problem, options.alternatives, &postpaidRank);
                bool postpaidListed = false;
                for (int r = 0; r < ranked.size(); ++r) {
                    PackAlternative a;
                    a.rank = r + 1;
                    QList<PackBuy> buys;
                    for (int i = 0; i < ranked.at(r).counts.size(); ++i) {
                        if (ranked.at(r).counts.at(i) > 0)
                            buys.append({0, i, ranked.at(r).counts.at(i)});
                    }
                    // The combination priced over the open months, with the fixed part added.
                    a.purchases = fixed.purchasesOf(packId) + toPurchases(catalog, p, buys, fixed.open);
                    a.packCost = Money::fromMicros(ranked.at(r).packCost) + fixed.packCost(p);
                    a.postpaidCost =
                        Money::fromMicros(ranked.at(r).cost - ranked.at(r).packCost) + fixed.postpaidBefore(p);
                    a.postpaidOnly = buys.isEmpty();
                    postpaidListed = postpaidListed || a.postpaidOnly;
                    qint64 bought = 0;
                    for (const PackBuy& b : buys)
                        bought += problem.sizes.at(b.size) * b.count;
                    const qint64 served = std::min(bought, [&] {
                        qint64 sum = 0;
                        for (int m = 0; m < std::min(problem.validity, problem.months); ++m)
                            sum += problem.demand.at(m);
                        return sum;
                    }());
                    a.expiredCalls = bought - served + fixed.expiredCalls(p);
                    pp.alternatives.append(a);
                }
                if (!postpaidListed)
                    pp.alternatives.append(nothingMore(postpaidRank));
            } else {
                // Any-month plans: the optimum, the best first-month plan, and postpaid only.
                QList<PackAlternative> list;
                PackAlternative best;
                best.purchases = pp.purchases;
                best.packCost = pp.packCost;
                best.postpaidCost = pp.postpaidCost;
                best.expiredCalls = pp.expiredCalls;
                best.postpaidOnly = solutions.at(p).buys.isEmpty();
                list.append(best);
                if (!solved.at(p)) {
                    const PackSolution start = PackPlanSolver::solveStart(problem);
                    if (start.buys != solutions.at(p).buys && !start.buys.isEmpty()) {
                        Scenario single = scenario;
                        single.purchases = fixed.purchases + toPurchases(catalog, p, start.buys, fixed.open);
                        const BillingResult r = BillingEngine::run(catalog, single);
                        PackAlternative a;
                        a.purchases = fixed.purchasesOf(packId) + toPurchases(catalog, p, start.buys, fixed.open);
                        a.packCost = r.packs.at(p).packCost;
                        a.postpaidCost = r.packs.at(p).postpaidCost;
                        a.expiredCalls = r.packs.at(p).expiredCalls + r.packs.at(p).unusedAtEnd;
                        list.append(a);
                    }
                }
                if (!best.postpaidOnly)
                    list.append(nothingMore(0));
                std::stable_sort(
                    list.begin(), list.end(),
                    [](const PackAlternative& a, const PackAlternative& b) { return a.total() < b.total(); });
                for (int r = 0; r < list.size(); ++r)
                    list[r].rank = r + 1;
                pp.alternatives = list;
            }
        }
        plan.packs.append(pp);
    }
    return plan;
}

BreakEvenAnalysis PurchaseOptimizer::breakEven(const Catalog& catalog, const Scenario& scenario, int pack,
                                               int steps, int maxFactorPercent, std::stop_token stop) {
    if (pack < 0 || pack >= catalog.packs().size())
        throw InputError(QStringLiteral("no resource pack %1").arg(pack));
    steps = std::clamp(steps, 1, 200);
    maxFactorPercent = std::clamp(maxFactorPercent, 1, 10'000);
    const PackProblemBuilder builder(catalog, scenario);
    // In a year in progress a point keeps the holdings, the purchases made and the actual
    // months' calls; only the open months are scaled, and each is priced by the re-plan.
    const bool yearInProgress = FixedPart::of(catalog, scenario).any();
    struct Point {
        PackProblem problem; // the open months, on the calls the fixed batches leave
        qint64 before = 0;   // the fixed purchases' prices and the postpaid bill before them
        qint64 billableCalls = 0;
    };
    auto pointAt = [&](int percent) {
        Point point;
        if (!yearInProgress) {
            point.problem = builder.scaled(pack, percent);
            for (int m = 0; m < point.problem.months; ++m)
                point.billableCalls += (builder.calls().at(pack).at(m) * percent + 50) / 100;
            return point;
        }
        const Scenario scaled = scaledOpenMonths(catalog, scenario, pack, percent);
        const PackProblemBuilder scaledBuilder(catalog, scaled);
        const FixedPart fixed = FixedPart::of(catalog, scaled);
        point.problem = fixed.openPart(scaledBuilder.build(pack));
        point.before = static_cast<qint64>((fixed.packCost(pack) + fixed.postpaidBefore(pack)).micros());
        for (qint64 calls : scaledBuilder.calls().at(pack))
            point.billableCalls += calls;
        return point;
    };
    BreakEvenAnalysis analysis;
    analysis.pack = pack;
    for (const PackSize& s : catalog.packs().at(pack).sizes)
        analysis.sizes.append(s.calls);
    analysis.breakEvenFactorPercent = QList<int>(analysis.sizes.size(), -1);
    analysis.breakEvenCalls = QList<qint64>(analysis.sizes.size(), -1);
    int previousPercent = 0;
    for (int step = 0; step <= steps; ++step) {
        Cancelled::throwIfRequested(stop);
        const int percent = maxFactorPercent * step / steps;
        const Point at = pointAt(percent);
        const PackProblem& p = at.problem;
        BreakEvenPoint point;
        point.factorPercent = percent;
        point.billableCalls = at.billableCalls;
        const qint64 postpaidOnly = at.before + p.postpaidOnlyCost();
        point.postpaidOnly = Money::fromMicros(postpaidOnly);
        for (int i = 0; i < p.sizes.size(); ++i) {
            const qint64 best = at.before + (p.months > 0 ? cheapestOfOneSize(p, i).cost : 0);
            point.singleSize.append(Money::fromMicros(best));
            point.singleSizeCount.append(p.months > 0 ? cheapestOfOneSize(p, i).count : 0);
            if (analysis.breakEvenFactorPercent.at(i) < 0 && best < postpaidOnly) {
                // Refine to the whole percent between the previous sample and this one.
                int first = percent;
                qint64 calls = at.billableCalls;
                for (int q = previousPercent + 1; q < percent; ++q) {
                    const Point between = pointAt(q);
                    if (cheapestOfOneSize(between.problem, i).cost < between.problem.postpaidOnlyCost()) {
                        first = q;
                        calls = between.billableCalls;
                        break;
                    }
                }
                analysis.breakEvenFactorPercent[i] = first;
                analysis.breakEvenCalls[i] = calls;
            }
        }
        point.optimized =
            Money::fromMicros(at.before + (p.months > 0 ? solve(p, scenario.settings.purchasePolicy).cost : 0));
        analysis.points.append(point);
        previousPercent = percent;
    }
    return analysis;
}

} // namespace ocp
