// The min-max-regret search on larger instances than the quick suite's, against every plan:
// nine units of four candidates (262,144 plans) under eight scenarios, excesses with many ties.
#include "model/optimizer/MinMaxRegretSearch.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <random>
#include <stop_token>

using namespace ocp;

namespace {

constexpr int kUnits = 9;
constexpr int kCandidates = 4;
constexpr int kScenarios = 8;

struct Instance {
    std::vector<RegretCandidates> units;
};

qint64 largestRegret(const Instance& in, const std::vector<qint64>& choice) {
    qint64 worst = 0;
    for (int s = 0; s < kScenarios; ++s) {
        qint64 sum = 0;
        for (size_t u = 0; u < in.units.size(); ++u)
            sum += in.units[u].excess[static_cast<size_t>(choice[u] * kScenarios + s)];
        worst = std::max(worst, sum);
    }
    return worst;
}

qint64 bruteForce(const Instance& in) {
    std::vector<qint64> choice(kUnits, 0);
    qint64 best = std::numeric_limits<qint64>::max();
    while (true) {
        best = std::min(best, largestRegret(in, choice));
        size_t u = 0;
        while (u < choice.size() && ++choice[u] == kCandidates)
            choice[u++] = 0;
        if (u == choice.size())
            return best;
    }
}

} // namespace

TEST(MinMaxRegretSearchExhaustive, NineUnitsEightScenariosAgainstEveryPlan) {
    std::mt19937 rng(1204);
    for (int round = 0; round < 40; ++round) {
        // Half the rounds with excesses 0..9 (ties everywhere), half with 0..100,000.
        const qint64 top = round % 2 == 0 ? 9 : 100'000;
        Instance in;
        for (int u = 0; u < kUnits; ++u) {
            RegretCandidates c;
            for (int i = 0; i < kCandidates; ++i) {
                c.id.push_back(i);
                for (int s = 0; s < kScenarios; ++s)
                    c.excess.push_back(std::uniform_int_distribution<qint64>(0, top)(rng));
            }
            in.units.push_back(c);
        }
        const std::vector<qint64> incumbent(kUnits, 0);
        const qint64 value = largestRegret(in, incumbent);
        // Only candidates below the incumbent in every scenario, as the planner hands them over.
        std::vector<RegretCandidates> below;
        for (const RegretCandidates& unit : in.units) {
            RegretCandidates kept;
            for (int i = 0; i < kCandidates; ++i) {
                const auto first = unit.excess.begin() + i * kScenarios;
                if (std::all_of(first, first + kScenarios, [&](qint64 e) { return e < value; })) {
                    kept.id.push_back(i);
                    kept.excess.insert(kept.excess.end(), first, first + kScenarios);
                }
            }
            below.push_back(kept);
        }
        const qint64 optimum = bruteForce(in);
        SCOPED_TRACE(round);
        const auto exact = MinMaxRegretSearch::solve(below, kScenarios, incumbent, value, std::stop_token());
        ASSERT_TRUE(exact.proven());
        EXPECT_EQ(exact.maxRegret, optimum);
        EXPECT_EQ(largestRegret(in, exact.choice), optimum);
        // Cut short after 50 nodes: a true bound and a plan with the regret it states.
        const auto cut = MinMaxRegretSearch::solve(below, kScenarios, incumbent, value, std::stop_token(), 50);
        EXPECT_LE(cut.lowerBound, optimum);
        EXPECT_GE(cut.maxRegret, optimum);
        EXPECT_EQ(largestRegret(in, cut.choice), cut.maxRegret);
    }
}
