#include "model/billing/Apportion.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace ocp;

namespace {
Money micros(Int128 m) { return Money::fromMicros(m); }
}

// Weights that divide the amount evenly give the exact parts, no remainder to hand out.
TEST(Apportion, ExactPartsWhenWeightsDivideTheAmount) {
    // 10 元 = 10,000,000 micro-yuan in 1 : 3 : 6 -> 1,000,000 / 3,000,000 / 6,000,000.
    const QList<Money> parts = apportion(Money::fromYuan(10), {1, 3, 6});
    EXPECT_EQ(parts, (QList<Money>{Money::fromYuan(1), Money::fromYuan(3), Money::fromYuan(6)}));
}

// 100 micro-yuan in thirds: 33 each, remainders 1/3 each, one micro-yuan left; the tie goes
// to the earliest part.
TEST(Apportion, TiesGoToTheEarlierPart) {
    EXPECT_EQ(apportion(micros(100), {1, 1, 1}), (QList<Money>{micros(34), micros(33), micros(33)}));
    // 2 micro-yuan in thirds: 0 each, two left -> the first two.
    EXPECT_EQ(apportion(micros(2), {5, 5, 5}), (QList<Money>{micros(1), micros(1), micros(0)}));
}

// The largest remainder wins, wherever it is: 10 in 1 : 2 : 4 (sum 7) is 10/7 = 1 r3,
// 20/7 = 2 r6, 40/7 = 5 r5; 10 - 8 = 2 left -> r6 (second) and r5 (third): 1, 3, 6.
TEST(Apportion, LargestRemaindersGetTheLeftOver) {
    EXPECT_EQ(apportion(micros(10), {1, 2, 4}), (QList<Money>{micros(1), micros(3), micros(6)}));
}

// Zero weights get nothing; a single non-zero weight gets everything.
TEST(Apportion, ZeroWeightsGetNothing) {
    EXPECT_EQ(apportion(micros(7), {0, 5, 0}), (QList<Money>{micros(0), micros(7), micros(0)}));
    EXPECT_EQ(apportion(Money(), {1, 2}), (QList<Money>{micros(0), micros(0)}));
}

// A negative amount is split as its opposite and negated: -100 in thirds -> -34, -33, -33.
TEST(Apportion, NegativeAmountIsTheMirrorOfThePositive) {
    EXPECT_EQ(apportion(micros(-100), {1, 1, 1}), (QList<Money>{micros(-34), micros(-33), micros(-33)}));
    EXPECT_EQ(apportion(micros(-10), {1, 2, 4}), (QList<Money>{micros(-1), micros(-3), micros(-6)}));
}

TEST(Apportion, RefusesWeightsThatCannotSplit) {
    EXPECT_THROW(apportion(micros(5), {0, 0}), std::invalid_argument);
    EXPECT_THROW(apportion(micros(5), {}), std::invalid_argument);
    EXPECT_THROW(apportion(micros(5), {3, -1}), std::invalid_argument);
}

// Amounts and weights far beyond 64 bits: the product amount x weight does not fit in 128
// bits, and the parts are still exact. Amount 2^100 + 1 micro-yuan, weights 2^90 and 2^91
// (1 : 2): 2^100 / 3 = q r1 with 2^100 = 3q + 1, so exact shares are (2^100 + 1)/3 = q + 2/3
// and 2(2^100 + 1)/3 = 2q + 4/3 -> floors q and 2q + 1, remainders 2/3 and 1/3; one
// micro-yuan left -> the first: q + 1 and 2q + 1.
TEST(Apportion, HugeAmountsAndWeightsStayExact) {
    const Int128 big = Int128(1) << 100;
    const Int128 q = (big - 1) / 3;
    ASSERT_EQ(3 * q + 1, big);
    const QList<Money> parts = apportion(micros(big + 1), {Int128(1) << 90, Int128(1) << 91});
    EXPECT_EQ(parts, (QList<Money>{micros(q + 1), micros(2 * q + 1)}));
    // Weights near 2^120 (their sum still fits) with an amount near 2^62.
    const Int128 w = Int128(1) << 120;
    const Int128 amount = (Int128(1) << 62) + 5;
    const QList<Money> halves = apportion(micros(amount), {w, w});
    // 2^62 + 5 in halves: 2^61 + 2 each, one left -> the first.
    EXPECT_EQ(halves, (QList<Money>{micros((Int128(1) << 61) + 3), micros((Int128(1) << 61) + 2)}));
    // 7 micro-yuan by weights 2^120 - 1 and 1: the tiny weight's exact share 7 / 2^120 rounds
    // to 0, the large one gets all 7.
    EXPECT_EQ(apportion(micros(7), {w - 1, 1}), (QList<Money>{micros(7), micros(0)}));
}

// Every part is within a micro-yuan of its exact share and the parts add up (a sweep).
TEST(Apportion, PartsAddUpAndStayWithinAMicroYuan) {
    for (qint64 amount = -50; amount <= 50; amount += 7) {
        for (qint64 a = 0; a < 5; ++a) {
            for (qint64 b = 1; b < 6; ++b) {
                const QList<Int128> weights{a, b, a + b, 3};
                const Int128 sum = a + b + a + b + 3;
                const QList<Money> parts = apportion(micros(amount), weights);
                Int128 total = 0;
                for (int i = 0; i < parts.size(); ++i) {
                    total += parts.at(i).micros();
                    // |part * sum - amount * weight| < sum
                    const Int128 diff = parts.at(i).micros() * sum - Int128(amount) * weights.at(i);
                    EXPECT_LT(diff < 0 ? -diff : diff, sum);
                }
                EXPECT_EQ(total, Int128(amount));
            }
        }
    }
}
