// The exact solvers against exhaustive search on hundreds of small random problems: random
// prices with and without economies of scale, random ladders (above-top months included),
// demands with zeros and spikes, both policies and both kinds of postpaid cost.
#include "model/optimizer/PackPlanSolver.h"

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>
#include <random>

using namespace ocp;

namespace {

struct Case {
    PackProblem problem;
    QString describe() const {
        QString s = QStringLiteral("months=%1 validity=%2 demand=").arg(problem.months).arg(problem.validity);
        for (qint64 d : problem.demand)
            s += QString::number(d) + u' ';
        s += QStringLiteral("sizes=");
        for (int i = 0; i < problem.sizes.size(); ++i)
            s += QStringLiteral("%1@%2 ").arg(problem.sizes.at(i)).arg(problem.prices.at(i));
        s += problem.postpaid.constFirst().ladder ? QStringLiteral("ladder") : QStringLiteral("linear");
        return s;
    }
};

Case randomCase(std::mt19937& rng, bool ladder, int maxMonths, qint64 scale = 1) {
    auto uniform = [&](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(rng);
    };
    Case c;
    PackProblem& p = c.problem;
    p.months = static_cast<int>(uniform(1, maxMonths));
    p.validity = static_cast<int>(uniform(1, 4));
    for (int m = 0; m < p.months; ++m) {
        const qint64 roll = uniform(0, 9);
        p.demand.append(roll < 2   ? 0
                        : roll < 8 ? uniform(1, 35 / scale)
                                   : uniform(40 / scale, 90 / scale)); // zeros and spikes
    }
    static const QList<qint64> pool = {5, 10, 15, 20, 30, 50};
    static const QList<qint64> coarse = {10, 15, 20, 30, 50};
    QList<qint64> sizes = scale > 1 ? coarse : pool;
    std::shuffle(sizes.begin(), sizes.end(), rng);
    sizes = sizes.mid(0, uniform(1, 3));
    std::sort(sizes.begin(), sizes.end());
    p.sizes = sizes;
    const bool economies = uniform(0, 1) == 1;
    for (qint64 s : sizes) {
        // Per-call price 0.5 .. 2.0 (in micro-units per call), cheaper for bigger packs or not.
        const qint64 perCall = economies ? 200 - s * 2 + uniform(0, 20) : uniform(50, 200);
        p.prices.append(std::max<qint64>(1, perCall * s / 10 + uniform(0, 30)));
    }
    for (int m = 0; m < p.months; ++m) {
        PostpaidCostFunction f;
        if (ladder) {
            f.ladder = true;
            const int tiers = static_cast<int>(uniform(1, 3));
            qint64 bound = 0;
            qint64 price = uniform(15, 30);
            for (int t = 0; t < tiers; ++t) {
                bound += uniform(5, 30);
                f.tierUpTo.append(bound);
                f.tierMicros.append(price);
                price = std::max<qint64>(1, price - uniform(1, 8));
            }
            f.aboveTopMicros = price;
        } else {
            f.unitMicros = uniform(5, 30);
        }
        p.postpaid.append(f);
    }
    return c;
}

// Every plan whose purchases in a month stay below that month's window demand plus the
// largest size (more only adds packs that are never used), by depth-first search.
qint64 bruteForce(const PackProblem& p, bool anyMonth) {
    qint64 best = PackPlanSolver::evaluate(p, {});
    QList<PackBuy> buys;
    const qint64 maxSize = *std::max_element(p.sizes.cbegin(), p.sizes.cend());
    std::function<void(int)> month = [&](int m) {
        if (m == p.months || (!anyMonth && m == 1)) {
            best = std::min(best, PackPlanSolver::evaluate(p, buys));
            return;
        }
        qint64 window = 0;
        for (int j = m; j < std::min(p.months, m + p.validity); ++j)
            window += p.demand.at(j);
        const qint64 cap = window + maxSize;
        std::function<void(int, qint64)> size = [&](int i, qint64 capacity) {
            if (i == p.sizes.size()) {
                month(m + 1);
                return;
            }
            for (qint64 c = 0; capacity + c * p.sizes.at(i) < cap || c == 0; ++c) {
                if (c > 0)
                    buys.append({m, i, c});
                size(i + 1, capacity + c * p.sizes.at(i));
                if (c > 0)
                    buys.removeLast();
            }
        };
        size(0, 0);
    };
    month(0);
    return best;
}

void checkCase(const Case& c, bool anyMonth) {
    const PackProblem& p = c.problem;
    const PackSolution solution = anyMonth ? PackPlanSolver::solveAny(p) : PackPlanSolver::solveStart(p);
    const qint64 expected = bruteForce(p, anyMonth);
    ASSERT_EQ(solution.cost, expected) << (anyMonth ? "any " : "start ") << c.describe().toStdString();
    // The plan the solver returns is worth exactly what it says.
    ASSERT_EQ(PackPlanSolver::evaluate(p, solution.buys), solution.cost) << c.describe().toStdString();
    if (!anyMonth) {
        for (const PackBuy& b : solution.buys)
            ASSERT_EQ(b.month, 0);
    }
}

} // namespace

TEST(OptimizerBruteForce, StartPolicyLinearPrices) {
    std::mt19937 rng(20270101);
    for (int i = 0; i < 200; ++i)
        checkCase(randomCase(rng, false, 6), false);
}

TEST(OptimizerBruteForce, StartPolicyLadderOnPostpaidCalls) {
    std::mt19937 rng(20270102);
    for (int i = 0; i < 200; ++i)
        checkCase(randomCase(rng, true, 6), false);
}

TEST(OptimizerBruteForce, AnyMonthLinearPrices) {
    std::mt19937 rng(20270103);
    for (int i = 0; i < 150; ++i)
        checkCase(randomCase(rng, false, 4, 2), true);
}

TEST(OptimizerBruteForce, AnyMonthLadderOnPostpaidCalls) {
    std::mt19937 rng(20270104);
    for (int i = 0; i < 60; ++i)
        checkCase(randomCase(rng, true, 4, 2), true);
    // (fewer cases than the others: its exhaustive search is the slowest)
}

TEST(OptimizerBruteForce, RankedCombinationsAreTheCheapestDistinctOnes) {
    std::mt19937 rng(20270105);
    for (int i = 0; i < 100; ++i) {
        const Case c = randomCase(rng, i % 2 == 0, 5);
        const PackProblem& p = c.problem;
        int postpaidRank = 0;
        const QList<RankedCombination> ranked = PackPlanSolver::rankStart(p, 6, &postpaidRank);
        ASSERT_FALSE(ranked.isEmpty());
        EXPECT_EQ(ranked.constFirst().cost, PackPlanSolver::solveStart(p).cost) << c.describe().toStdString();
        // Every first-month combination whose price alone does not exceed the dearest figure
        // in question (no cheaper combination can be missed: postpaid costs are never negative).
        QList<qint64> all;
        const qint64 postpaidOnly = p.postpaidOnlyCost();
        const qint64 bound = std::max(postpaidOnly, ranked.constLast().cost);
        QList<qint64> counts(p.sizes.size(), 0);
        std::function<void(int, qint64)> walk = [&](int s, qint64 price) {
            if (s == p.sizes.size()) {
                QList<PackBuy> buys;
                for (int k = 0; k < counts.size(); ++k) {
                    if (counts.at(k) > 0)
                        buys.append({0, k, counts.at(k)});
                }
                all.append(PackPlanSolver::evaluate(p, buys));
                return;
            }
            for (qint64 n = 0; price + n * p.prices.at(s) <= bound; ++n) {
                counts[s] = n;
                walk(s + 1, price + n * p.prices.at(s));
            }
            counts[s] = 0;
        };
        walk(0, 0);
        std::sort(all.begin(), all.end());
        for (int r = 0; r < ranked.size(); ++r) {
            EXPECT_EQ(ranked.at(r).cost, all.at(r)) << "rank " << r + 1 << ' ' << c.describe().toStdString();
            if (r > 0) {
                EXPECT_NE(ranked.at(r).counts, ranked.at(r - 1).counts);
            }
        }
        const auto cheaper =
            std::count_if(all.cbegin(), all.cend(), [&](qint64 x) { return x < postpaidOnly; });
        EXPECT_EQ(postpaidRank, cheaper + 1) << c.describe().toStdString();
    }
}

// The whole ranked list, not only its costs: every combination, its pack price and its place,
// against all combinations sorted in the one order rankStart promises (docs/optimizer.md §8):
// cost, then pack price, then fewer of the larger sizes first. A third of the cases price
// every size at the same rate per call, so that different combinations cost exactly the same
// (two packs of 10 against one of 20) and the order among equal costs is exercised.
TEST(OptimizerBruteForce, RankedListIsExactlyTheFirstOfAllCombinationsInOrder) {
    std::mt19937 rng(20270106);
    int ties = 0;
    for (int i = 0; i < 240; ++i) {
        Case c = randomCase(rng, i % 2 == 0, 5);
        PackProblem& p = c.problem;
        if (i % 3 == 0) {
            const qint64 rate = std::uniform_int_distribution<qint64>(3, 12)(rng);
            for (int s = 0; s < p.sizes.size(); ++s)
                p.prices[s] = p.sizes.at(s) * rate;
        }
        const int n = i % 4 == 0 ? 1 : i % 4 == 1 ? 4 : 10;
        int postpaidRank = 0;
        const QList<RankedCombination> ranked = PackPlanSolver::rankStart(p, n, &postpaidRank);
        ASSERT_FALSE(ranked.isEmpty());

        // Every combination whose price alone stays within the dearest figure in question
        // (postpaid costs are never negative, so no cheaper one is left out).
        struct Combination {
            QList<qint64> counts;
            qint64 cost;
            qint64 packCost;
        };
        QList<Combination> all;
        const qint64 postpaidOnly = p.postpaidOnlyCost();
        const qint64 bound = std::max(postpaidOnly, ranked.constLast().cost);
        QList<qint64> counts(p.sizes.size(), 0);
        std::function<void(int, qint64)> walk = [&](int s, qint64 price) {
            if (s == p.sizes.size()) {
                QList<PackBuy> buys;
                for (int k = 0; k < counts.size(); ++k) {
                    if (counts.at(k) > 0)
                        buys.append({0, k, counts.at(k)});
                }
                all.append({counts, PackPlanSolver::evaluate(p, buys), price});
                return;
            }
            for (qint64 m = 0; price + m * p.prices.at(s) <= bound; ++m) {
                counts[s] = m;
                walk(s + 1, price + m * p.prices.at(s));
            }
            counts[s] = 0;
        };
        walk(0, 0);
        // Sizes are ascending: the larger sizes are compared first.
        std::sort(all.begin(), all.end(), [](const Combination& a, const Combination& b) {
            if (a.cost != b.cost)
                return a.cost < b.cost;
            if (a.packCost != b.packCost)
                return a.packCost < b.packCost;
            for (qsizetype s = a.counts.size() - 1; s >= 0; --s) {
                if (a.counts.at(s) != b.counts.at(s))
                    return a.counts.at(s) < b.counts.at(s);
            }
            return false;
        });
        ASSERT_EQ(ranked.size(), std::min<qsizetype>(n, all.size())) << c.describe().toStdString();
        for (int r = 0; r < ranked.size(); ++r) {
            EXPECT_EQ(ranked.at(r).counts, all.at(r).counts) << "rank " << r + 1 << ' ' << c.describe().toStdString();
            EXPECT_EQ(ranked.at(r).cost, all.at(r).cost) << "rank " << r + 1 << ' ' << c.describe().toStdString();
            EXPECT_EQ(ranked.at(r).packCost, all.at(r).packCost) << "rank " << r + 1;
            if (r > 0 && ranked.at(r).cost == ranked.at(r - 1).cost &&
                ranked.at(r).packCost == ranked.at(r - 1).packCost)
                ++ties;
        }
        const auto cheaper =
            std::count_if(all.cbegin(), all.cend(), [&](const Combination& x) { return x.cost < postpaidOnly; });
        // (counted up to 1,000 cheaper ones: beyond, -1)
        EXPECT_EQ(postpaidRank, cheaper >= 1000 ? -1 : cheaper + 1) << c.describe().toStdString();
    }
    // The cases at one rate per call do produce equal costs and pack prices to order.
    EXPECT_GT(ties, 20);
}

namespace {

// One pack with tiers on its own postpaid calls whose price falls above `upTo`.
PackProblem fallingTierProblem(const QList<qint64>& sizes, const QList<qint64>& prices, int validity,
                               const QList<qint64>& demand, qint64 upTo, qint64 tierPrice, qint64 above) {
    PackProblem p;
    p.months = static_cast<int>(demand.size());
    p.validity = validity;
    p.demand = demand;
    p.sizes = sizes;
    p.prices = prices;
    for (int m = 0; m < p.months; ++m) {
        PostpaidCostFunction f;
        f.ladder = true;
        f.tierUpTo = {upTo};
        f.tierMicros = {tierPrice};
        f.aboveTopMicros = above;
        p.postpaid.append(f);
    }
    return p;
}

} // namespace

// With a price that falls as postpaid calls grow, covering more calls can cost more: a batch
// bought while the previous one still covers the month expires earlier, which keeps month 4's
// ten calls in the cheap tier (3 + 3 calls for 24, then 10 calls at 1 = 34; every plan that
// only buys when the balance runs out costs at least 42).
TEST(OptimizerBruteForce, EarlyBatchThatExpiresOnPurpose) {
    const PackProblem p = fallingTierProblem({3}, {12}, 3, {1, 1, 2, 1, 10}, 9, 10, 1);
    checkCase({p}, true);
    const PackSolution s = PackPlanSolver::solveAny(p);
    EXPECT_EQ(s.cost, 34);
    EXPECT_EQ(s.buys, (QList<PackBuy>{{0, 0, 1}, {1, 0, 1}}));
}

// After a batch expired with calls left, the next one may be dated back so that it expires
// early too (found by random search).
TEST(OptimizerBruteForce, BatchDatedBackAfterAnExpiry) {
    checkCase({fallingTierProblem({3}, {9}, 3, {0, 2, 2, 8, 2, 0}, 7, 16, 2)}, true);
    checkCase({fallingTierProblem({2}, {5}, 4, {0, 3, 2, 0, 10, 2}, 9, 20, 2)}, true);
    checkCase({fallingTierProblem({4}, {16}, 4, {13, 0, 3, 2, 1, 9}, 8, 18, 2)}, true);
}

// A pack larger than three months of calls never runs out before it expires, so it can only end
// a chain: one 3-call pack for month 0 and the start of month 1, then one 20-call pack dated
// month 1 (4 in all); a 20-call pack in month 0 and more for month 3 cost 5.
TEST(OptimizerBruteForce, OversizedPackEndsAChain) {
    PackProblem p;
    p.months = 4;
    p.validity = 3;
    p.demand = {2, 5, 5, 5};
    p.sizes = {3, 20};
    p.prices = {1, 3};
    for (int m = 0; m < p.months; ++m) {
        PostpaidCostFunction f;
        f.unitMicros = 10;
        p.postpaid.append(f);
    }
    checkCase({p}, true);
    const PackSolution s = PackPlanSolver::solveAny(p);
    EXPECT_EQ(s.cost, 4);
    EXPECT_EQ(s.buys, (QList<PackBuy>{{0, 0, 1}, {1, 1, 1}}));
}

// Horizons longer than the validity with falling tiers: where postponing a purchase is not
// always free, so the solver must also consider batches dated before they are needed.
TEST(OptimizerBruteForce, AnyMonthFallingTiersLongerThanValidity) {
    std::mt19937 rng(20270106);
    auto uniform = [&](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(rng);
    };
    for (int i = 0; i < 400; ++i) {
        const qint64 size = uniform(2, 4);
        QList<qint64> demand;
        const int months = static_cast<int>(uniform(4, 5));
        for (int m = 0; m < months; ++m)
            demand.append(uniform(0, 3) == 0 ? 0 : uniform(1, 6) + (uniform(0, 4) == 0 ? 6 : 0));
        const qint64 upTo = uniform(3, 9);
        const qint64 tierPrice = uniform(8, 20);
        const PackProblem p =
            fallingTierProblem({size}, {size * uniform(2, 8)}, static_cast<int>(uniform(1, 3)), demand, upTo,
                               tierPrice, uniform(1, tierPrice - 1));
        checkCase({p}, true);
    }
}

namespace {

// Every any-month plan of one pack within the bound of bruteForce().
QList<QList<PackBuy>> allPlans(const PackProblem& p) {
    QList<QList<PackBuy>> plans;
    QList<PackBuy> buys;
    const qint64 maxSize = *std::max_element(p.sizes.cbegin(), p.sizes.cend());
    std::function<void(int)> month = [&](int m) {
        if (m == p.months) {
            plans.append(buys);
            return;
        }
        qint64 window = 0;
        for (int j = m; j < std::min(p.months, m + p.validity); ++j)
            window += p.demand.at(j);
        for (qint64 c = 0; c == 0 || (c - 1) * p.sizes.constFirst() < window + maxSize - p.sizes.constFirst();
             ++c) {
            if (c > 0)
                buys.append({m, 0, c});
            month(m + 1);
            if (c > 0)
                buys.removeLast();
        }
    };
    month(0);
    return plans;
}

// Postpaid calls per month of a plan (earliest expiry first).
QList<qint64> leftForPostpaid(const PackProblem& p, const QList<PackBuy>& buys) {
    QList<qint64> out;
    QList<qint64> balance(p.months, 0);
    for (const PackBuy& b : buys)
        balance[b.month] += p.sizes.at(b.size) * b.count;
    for (int m = 0; m < p.months; ++m) {
        qint64 need = p.demand.at(m);
        for (int t = std::max(0, m - p.validity + 1); t <= m; ++t) {
            const qint64 take = std::min(need, balance.at(t));
            balance[t] -= take;
            need -= take;
        }
        out.append(need);
    }
    return out;
}

} // namespace

// Two packs whose postpaid calls share one falling ladder, purchases in any month: the joint
// programme against every pair of plans.
TEST(OptimizerBruteForce, CoupledPacksAnyMonth) {
    std::mt19937 rng(20270107);
    auto uniform = [&](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(rng);
    };
    for (int i = 0; i < 300; ++i) {
        const int months = static_cast<int>(uniform(2, 4));
        const qint64 upTo = uniform(3, 9);
        const qint64 tierPrice = uniform(8, 20);
        const qint64 above = uniform(1, tierPrice - 1);
        QList<PackProblem> group;
        for (int k = 0; k < 2; ++k) {
            QList<qint64> demand;
            for (int m = 0; m < months; ++m)
                demand.append(uniform(0, 3) == 0 ? 0 : uniform(1, 6));
            const qint64 size = uniform(2, 4);
            group.append(fallingTierProblem({size}, {size * uniform(2, 8)}, static_cast<int>(uniform(1, 3)),
                                            demand, upTo, tierPrice, above));
        }
        const PostpaidCostFunction& ladder = group.constFirst().postpaid.constFirst();
        qint64 best = std::numeric_limits<qint64>::max();
        const QList<QList<PackBuy>> plansA = allPlans(group.at(0));
        const QList<QList<PackBuy>> plansB = allPlans(group.at(1));
        for (const QList<PackBuy>& a : plansA) {
            const QList<qint64> leftA = leftForPostpaid(group.at(0), a);
            qint64 priceA = 0;
            for (const PackBuy& b : a)
                priceA += group.at(0).prices.at(b.size) * b.count;
            for (const QList<PackBuy>& b : plansB) {
                const QList<qint64> leftB = leftForPostpaid(group.at(1), b);
                qint64 cost = priceA;
                for (const PackBuy& buy : b)
                    cost += group.at(1).prices.at(buy.size) * buy.count;
                for (int m = 0; m < months; ++m)
                    cost += ladder.cost(leftA.at(m) + leftB.at(m));
                best = std::min(best, cost);
            }
        }
        // The lower bound that certifies the alternating search (model/PurchaseOptimizer.cpp):
        // each pack alone, its own calls priced at the tier they reach with all the other
        // pack's demand, never exceeds the optimum.
        qint64 bound = 0;
        for (int k = 0; k < 2; ++k) {
            PackProblem relaxed = group.at(k);
            for (int m = 0; m < months; ++m) {
                relaxed.postpaid[m].offsetCalls = group.at(1 - k).demand.at(m);
                relaxed.postpaid[m].ownShare = true;
            }
            bound += PackPlanSolver::solveAny(relaxed).cost;
        }
        EXPECT_LE(bound, best) << "case " << i;
        const QList<PackSolution> joint = PackPlanSolver::solveJoint(group, true);
        ASSERT_EQ(joint.size(), 2);
        EXPECT_EQ(joint.at(0).cost + joint.at(1).cost, best) << "case " << i;
        // The plans it returns cost what it says.
        const QList<qint64> leftA = leftForPostpaid(group.at(0), joint.at(0).buys);
        const QList<qint64> leftB = leftForPostpaid(group.at(1), joint.at(1).buys);
        qint64 replay = 0;
        for (int k = 0; k < 2; ++k) {
            for (const PackBuy& b : joint.at(k).buys)
                replay += group.at(k).prices.at(b.size) * b.count;
        }
        for (int m = 0; m < months; ++m)
            replay += ladder.cost(leftA.at(m) + leftB.at(m));
        EXPECT_EQ(replay, best) << "case " << i;
    }
}

// A pack billed alone under several scenarios: every capacity the first month can buy is beaten
// or matched in every scenario by one the robust planner keeps, and only such are dropped.
TEST(OptimizerBruteForce, UndominatedCapacitiesLoseNothingUnderAnyScenario) {
    std::mt19937 rng(4242);
    auto uniform = [&](qint64 lo, qint64 hi) {
        return std::uniform_int_distribution<qint64>(lo, hi)(rng);
    };
    auto buysOf = [](const RankedCombination& c) {
        QList<PackBuy> buys;
        for (int i = 0; i < c.counts.size(); ++i) {
            if (c.counts.at(i) > 0)
                buys.append({0, i, c.counts.at(i)});
        }
        return buys;
    };
    int dropped = 0;
    for (int round = 0; round < 3000; ++round) {
        const bool ladder = uniform(0, 1) == 1;
        const Case base = randomCase(rng, ladder, 6);
        QList<PackProblem> scenarios;
        const int count = static_cast<int>(uniform(1, 4));
        for (int s = 0; s < count; ++s) {
            // Same sizes, prices and validity; own horizon, demand and postpaid prices.
            PackProblem q = randomCase(rng, uniform(0, 1) == 1, 6).problem;
            q.sizes = base.problem.sizes;
            q.prices = base.problem.prices;
            q.validity = base.problem.validity;
            for (PostpaidCostFunction& f : q.postpaid) {
                if (f.ladder && uniform(0, 2) == 0) {
                    f.offsetCalls = uniform(1, 20);
                    f.ownShare = uniform(0, 1) == 1;
                }
            }
            scenarios.append(q);
        }
        int widest = 0;
        auto windowDemand = [](const PackProblem& q) {
            qint64 sum = 0;
            for (int m = 0; m < std::min(q.validity, q.months); ++m)
                sum += q.demand.at(m);
            return sum;
        };
        for (int s = 1; s < count; ++s) {
            if (windowDemand(scenarios.at(s)) > windowDemand(scenarios.at(widest)))
                widest = s;
        }
        const QList<RankedCombination> all = PackPlanSolver::cheapestPerCapacity(scenarios.at(widest));
        const QList<RankedCombination> kept = PackPlanSolver::undominatedPerCapacity(scenarios, widest);
        SCOPED_TRACE(base.describe().toStdString());
        ASSERT_FALSE(kept.isEmpty());
        EXPECT_EQ(kept.constFirst().counts, all.constFirst().counts) << "the empty purchase comes first";
        for (const RankedCombination& k : kept) {
            EXPECT_TRUE(std::any_of(all.cbegin(), all.cend(),
                                    [&](const RankedCombination& a) { return a.counts == k.counts; }))
                << "only the cheapest combination of a capacity is kept";
        }
        for (const RankedCombination& a : all) {
            const bool covered = std::any_of(kept.cbegin(), kept.cend(), [&](const RankedCombination& k) {
                for (const PackProblem& q : scenarios) {
                    if (PackPlanSolver::evaluate(q, buysOf(k)) > PackPlanSolver::evaluate(q, buysOf(a)))
                        return false;
                }
                return true;
            });
            EXPECT_TRUE(covered) << "a dropped capacity is no worse in every scenario than one kept";
        }
        dropped += static_cast<int>(all.size() - kept.size());
    }
    // The check above means something only if many capacities were dropped.
    EXPECT_GT(dropped, 400);
}
