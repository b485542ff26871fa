// The any-month solver's building blocks against independent answers: the Lemma 3 window
// scan of CapacityPricer against every capacity in the range, and the position programme of
// ChainSolver against the free-chain method on packs where both are exact (docs/optimizer.md
// §3 and §5.4), with volumes that are not multiples of the pack sizes' gcd (many residues).
#include "model/billing/MonthCost.h"
#include "model/optimizer/CapacityPricer.h"
#include "model/optimizer/ChainSolver.h"
#include "model/optimizer/PackDemand.h"

#include <gtest/gtest.h>

using namespace ocp;

namespace {

QList<PackDemand::Size> sizes(const QList<std::pair<qint64, qint64>>& callsAndMicros) {
    QList<PackDemand::Size> out;
    for (const auto& [calls, micros] : callsAndMicros)
        out.append({calls, Money::fromMicros(micros)});
    return out;
}

// The smallest minimiser of K(c) - perCall * c over [lo, hi], reading every capacity.
CapacityPricer::Pick everyCapacity(const CapacityPricer& pricer, qint64 lo, qint64 hi, qint64 perCall) {
    CapacityPricer::Pick pick;
    for (qint64 c = std::max<qint64>(lo, 0); c <= hi; ++c) {
        const Money k = pricer.price(c);
        if (CapacityPricer::isInfinite(k))
            continue;
        const Money v = k - Money::fromMicros(Int128(perCall) * c);
        if (!pick.valid() || v < pick.value) {
            pick.calls = c;
            pick.value = v;
        }
    }
    return pick;
}

} // namespace

TEST(CapacityPricerWindow, ProfitableSizesPickTheTopOfTheRange) {
    // 3 calls for 5, 7 calls for 11; each call saves 2, so both sizes are profitable and the
    // minimum lies in (hi - 3, hi] = 18..20:
    //   K(18) = 6 x 3-call = 30, f = 30 - 36 = -6   (18 - 7 = 11 and 18 - 14 = 4 are not sums)
    //   K(19) = 7 + 4 x 3 = 11 + 20 = 31, f = 31 - 38 = -7
    //   K(20) = 2 x 7 + 2 x 3 = 22 + 10 = 32, f = 32 - 40 = -8
    const CapacityPricer pricer(sizes({{3, 5}, {7, 11}}), 20);
    const CapacityPricer::Pick pick = pricer.cheapestMinusLinear(0, 20, Money::fromMicros(2));
    EXPECT_EQ(pick.calls, 20);
    EXPECT_EQ(pick.value, Money::fromMicros(-8));
}

TEST(CapacityPricerWindow, MatchesEveryCapacityInsideAndBeyondTheTable) {
    // A small table (periodic from early on), queried far beyond it, with rates on both sides
    // of every size's price per call (5/3, 11/7, 13/10 and 0).
    const CapacityPricer pricer(sizes({{3, 5}, {7, 11}, {10, 13}}), 30);
    ASSERT_TRUE(pricer.periodic());
    int checked = 0;
    for (qint64 perCall : {0, 1, 2, 3}) {
        for (qint64 lo = 0; lo <= 400; lo += 37) {
            for (qint64 width : {0, 1, 2, 5, 9, 10, 11, 25, 120}) {
                const qint64 hi = lo + width;
                const CapacityPricer::Pick expected = everyCapacity(pricer, lo, hi, perCall);
                const CapacityPricer::Pick pick = pricer.cheapestMinusLinear(lo, hi, Money::fromMicros(perCall));
                ASSERT_EQ(pick.valid(), expected.valid()) << lo << ".." << hi << " at " << perCall;
                if (!expected.valid())
                    continue;
                EXPECT_EQ(pick.calls, expected.calls) << lo << ".." << hi << " at " << perCall;
                EXPECT_EQ(pick.value, expected.value) << lo << ".." << hi << " at " << perCall;
                ++checked;
            }
        }
    }
    // Every range holds a capacity with a mix: 0, or from 12 calls on every count is a sum
    // of 3, 7 and 10 (12 = 3+3+3+3, 13 = 3+10, 14 = 7+7, then add 3s), and the ranges start
    // at 0 or at 37 and more. So all 4 rates x 11 starts x 9 widths were compared.
    EXPECT_EQ(checked, 4 * 11 * 9);
}

namespace {

// Volumes between 15,000 and 40,000 calls a month, not multiples of 1,000 (a deterministic
// generator, so that a failure can be replayed).
QList<qint64> volumes(int months, quint32 seed) {
    QList<qint64> out;
    for (int m = 0; m < months; ++m) {
        seed = seed * 1664525u + 1013904223u;
        out.append(15'000 + qint64(seed >> 8) % 25'001);
    }
    return out;
}

void expectPositionsMatchFreeChains(const MonthCost& cost, bool monotone) {
    // Packs of 1,000 calls for 6,000 micro-yuan and 10,000 for 40,000, valid 3 months: every
    // two months hold more than a 10,000 pack, so the chains are free and both methods exact.
    const QList<PackDemand::Size> packSizes = sizes({{1'000, 6'000}, {10'000, 40'000}});
    for (quint32 seed = 1; seed <= 12; ++seed) {
        const QList<qint64> v = volumes(9, seed);
        QList<MonthCost> costs(v.size(), cost);
        const PackDemand demand(0, 3, v, costs, packSizes);
        ASSERT_EQ(demand.isMonotone(), monotone);
        const CapacityPricer pricer(packSizes, demand.total());
        const ChainSolver solver(demand, pricer);
        ASSERT_TRUE(solver.chainsAreFree()) << "seed " << seed;
        const PackPurchasePlan positions = solver.solvePositions();
        const PackPurchasePlan free = solver.solveFreeChains();
        EXPECT_EQ(positions.total(), free.total()) << "seed " << seed;
        if (monotone) { // packs at 6 and 4 a call against 5 postpaid: buying some always pays
            EXPECT_LT(positions.total(), demand.postpaidOnly()) << "seed " << seed;
        }
    }
}

} // namespace

TEST(ChainSolverPositions, MonotoneCostsAgreeWithFreeChains) {
    // 5 micro-yuan a call postpaid: between the two packs' 6 and 4 a call.
    expectPositionsMatchFreeChains(MonthCost::linear(Money::fromMicros(5)), true);
}

TEST(ChainSolverPositions, FallingTierPricesAgreeWithFreeChains) {
    // 8 a call up to 20,000 postpaid calls, 3 a call for all of them above: more postpaid
    // calls can cost less, so the programme keeps every dating (docs/optimizer.md §5.3).
    expectPositionsMatchFreeChains(
        MonthCost::tiered({20'000}, {Money::fromMicros(8)}, Money::fromMicros(3), 0), false);
}
