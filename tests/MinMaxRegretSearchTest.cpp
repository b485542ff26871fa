// The min-max-regret search against enumeration of every plan: random units (one to five
// candidates each) and scenarios (one to six), with ties and many equal excesses. A proven result
// must have the least largest regret there is; a search cut short by its node limit must still
// return a plan whose regret it states truly and a lower bound no plan beats.
#include "model/optimizer/MinMaxRegretSearch.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <random>
#include <stop_token>

using namespace ocp;

namespace {

struct Instance {
    int scenarios = 0;
    std::vector<RegretCandidates> all; // every candidate of every unit, ids 0..n-1
};

qint64 largestRegret(const Instance& in, const std::vector<qint64>& choice) {
    qint64 worst = 0;
    for (int s = 0; s < in.scenarios; ++s) {
        qint64 sum = 0;
        for (size_t u = 0; u < in.all.size(); ++u)
            sum += in.all[u].excess[static_cast<size_t>(choice[u]) * static_cast<size_t>(in.scenarios) +
                                    static_cast<size_t>(s)];
        worst = std::max(worst, sum);
    }
    return worst;
}

// Every plan, one candidate per unit.
qint64 bruteForce(const Instance& in) {
    std::vector<qint64> choice(in.all.size(), 0);
    qint64 best = std::numeric_limits<qint64>::max();
    while (true) {
        best = std::min(best, largestRegret(in, choice));
        size_t u = 0;
        while (u < choice.size() && ++choice[u] == in.all[u].size())
            choice[u++] = 0;
        if (u == choice.size())
            return best;
    }
}

Instance randomInstance(std::mt19937& rng) {
    Instance in;
    in.scenarios = std::uniform_int_distribution<int>(1, 6)(rng);
    const int units = std::uniform_int_distribution<int>(1, 7)(rng);
    // Small excesses make ties common, where a search that prunes with <= instead of < goes wrong.
    const qint64 top = std::uniform_int_distribution<int>(0, 1)(rng) ? 5 : 1'000;
    for (int u = 0; u < units; ++u) {
        RegretCandidates c;
        const int n = std::uniform_int_distribution<int>(1, 5)(rng);
        for (int i = 0; i < n; ++i) {
            c.id.push_back(i);
            for (int s = 0; s < in.scenarios; ++s)
                c.excess.push_back(std::uniform_int_distribution<qint64>(0, top)(rng));
        }
        in.all.push_back(c);
    }
    return in;
}

// What the planner hands the search: the incumbent's value, and only candidates below it in
// every scenario (the others cannot be part of a better plan).
std::vector<RegretCandidates> below(const Instance& in, qint64 bound) {
    std::vector<RegretCandidates> out;
    for (const RegretCandidates& unit : in.all) {
        RegretCandidates kept;
        for (qsizetype i = 0; i < unit.size(); ++i) {
            bool ok = true;
            for (int s = 0; s < in.scenarios; ++s)
                ok = ok && unit.excess[static_cast<size_t>(i * in.scenarios + s)] < bound;
            if (!ok)
                continue;
            kept.id.push_back(unit.id[static_cast<size_t>(i)]);
            for (int s = 0; s < in.scenarios; ++s)
                kept.excess.push_back(unit.excess[static_cast<size_t>(i * in.scenarios + s)]);
        }
        out.push_back(kept);
    }
    return out;
}

} // namespace

TEST(MinMaxRegretSearch, FindsTheLeastLargestRegretOfEveryPlan) {
    std::mt19937 rng(20261204);
    int improved = 0;
    for (int round = 0; round < 3'000; ++round) {
        const Instance in = randomInstance(rng);
        // The incumbent: a random plan, as the planner's seeds would be.
        std::vector<qint64> incumbent;
        for (const RegretCandidates& unit : in.all)
            incumbent.push_back(std::uniform_int_distribution<qint64>(0, unit.size() - 1)(rng));
        const qint64 value = largestRegret(in, incumbent);
        const qint64 optimum = bruteForce(in);
        const auto result =
            MinMaxRegretSearch::solve(below(in, value), in.scenarios, incumbent, value, std::stop_token());
        SCOPED_TRACE(round);
        ASSERT_TRUE(result.proven());
        EXPECT_EQ(result.maxRegret, optimum);
        EXPECT_EQ(result.lowerBound, optimum);
        ASSERT_EQ(result.choice.size(), in.all.size());
        EXPECT_EQ(largestRegret(in, result.choice), optimum) << "the plan returned has the regret stated";
        improved += optimum < value;
    }
    // The check above means something only if the search often had to beat its incumbent.
    EXPECT_GT(improved, 1'000);
}

TEST(MinMaxRegretSearch, CutShortItStatesAGapThatHolds) {
    std::mt19937 rng(7);
    int unproven = 0;
    for (int round = 0; round < 2'000; ++round) {
        const Instance in = randomInstance(rng);
        std::vector<qint64> incumbent(in.all.size(), 0);
        const qint64 value = largestRegret(in, incumbent);
        const qint64 optimum = bruteForce(in);
        const qint64 limit = std::uniform_int_distribution<qint64>(0, 3)(rng);
        const auto result = MinMaxRegretSearch::solve(below(in, value), in.scenarios, incumbent, value,
                                                      std::stop_token(), limit);
        SCOPED_TRACE(round);
        EXPECT_LE(result.lowerBound, optimum) << "no plan beats the lower bound";
        EXPECT_GE(result.maxRegret, optimum);
        EXPECT_LE(result.maxRegret, value) << "never worse than the incumbent";
        EXPECT_EQ(largestRegret(in, result.choice), result.maxRegret);
        if (result.proven()) {
            EXPECT_EQ(result.maxRegret, optimum);
        }
        unproven += !result.proven();
    }
    EXPECT_GT(unproven, 0) << "the node limit was reached at least once";
}

TEST(MinMaxRegretSearch, ARequestedStopEndsTheSearch) {
    std::mt19937 rng(3);
    Instance in;
    in.scenarios = 4;
    for (int u = 0; u < 12; ++u) {
        RegretCandidates c;
        for (int i = 0; i < 6; ++i) {
            c.id.push_back(i);
            for (int s = 0; s < in.scenarios; ++s)
                c.excess.push_back(std::uniform_int_distribution<qint64>(0, 1'000)(rng));
        }
        in.all.push_back(c);
    }
    std::vector<qint64> incumbent(in.all.size(), 0);
    const qint64 value = largestRegret(in, incumbent);
    std::stop_source stop;
    stop.request_stop();
    EXPECT_ANY_THROW(MinMaxRegretSearch::solve(below(in, value), in.scenarios, incumbent, value, stop.get_token()));
}
