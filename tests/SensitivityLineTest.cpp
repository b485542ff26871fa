// The re-optimised sensitivity line (SensitivityLine) against the optimizer itself: for every
// factor the line's figure must be PurchaseOptimizer::optimize's total for the scaled
// scenario, to the micro-yuan, on both tier bases and both purchase policies, however many
// threads share the work.
#include "model/billing/Catalog.h"
#include "model/billing/Holding.h"
#include "model/billing/ScenarioDerivation.h"
#include "model/optimizer/Cancelled.h"
#include "model/optimizer/FixedPart.h"
#include "model/optimizer/PurchaseOptimizer.h"
#include "model/optimizer/SensitivityLine.h"

#include "tests/support/Amounts.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ocp;
using ocp::test::yuan;

namespace {

const Catalog& catalog() { return Catalog::defaultCatalog(); }

// 50 %, 57.5 %, … 200 % (as SensitivityModel::defaultFactors), and 0 % and 310 % at the ends.
QList<qint64> factors() {
    QList<qint64> out{0};
    for (int i = 0; i <= 20; ++i)
        out.append(500'000 + i * 75'000);
    out.append(3'100'000);
    return out;
}

// Every interface of the catalog with its own volumes: some within the free quota at every
// factor, some only at the small ones, the largest a few hundred thousand calls a month.
Scenario everyInterface(int months) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = months;
    const auto count = catalog().interfaces().size();
    for (qsizetype i = 0; i < count; ++i) {
        QList<qint64> v;
        const qint64 base = i % 5 == 0 ? 300 + 13 * i : 1'500 + 6'917 * i;
        for (int m = 0; m < months; ++m)
            v.append(base + base * ((m + i) % 4) / 5 + 31 * m);
        s.volumes.insert(catalog().interfaces().at(i).id, v);
    }
    return s;
}

// A year in progress: a pack held at the start, calls and a purchase in the months that have
// happened (they are kept at every factor), the licence pair sharing one postpaid group.
Scenario yearInProgress() {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 12;
    s.volumes.insert(QStringLiteral("IDCardOCR"),
                     {9'000, 12'500, 7'300, 11'000, 14'200, 9'900, 10'400, 13'100, 8'800, 12'000, 15'500, 9'700});
    s.volumes.insert(QStringLiteral("DriverLicenseOCR"), QList<qint64>(12, 180'000));
    s.volumes.insert(QStringLiteral("VehicleLicenseOCR"), QList<qint64>(12, 210'000));
    s.holdings.append(Holding{QStringLiteral("id-card"), 100'000, 12'500, YearMonth(2027, 6), 2});
    s.purchases.append({1, QStringLiteral("id-card"), 10'000, 1});
    s.actualThrough = YearMonth(2027, 3);
    return s;
}

void expectSameAsOptimizer(Scenario s, const QList<qint64>& factorsPpm, int threads = 2) {
    for (TierBasis basis : {TierBasis::AllCalls, TierBasis::PostpaidCalls}) {
        s.settings.tierBasis = basis;
        for (PurchasePolicy policy : {PurchasePolicy::Start, PurchasePolicy::Any}) {
            SCOPED_TRACE(testing::Message() << "basis " << static_cast<int>(basis) << ", policy "
                                            << static_cast<int>(policy) << ", threads " << threads);
            const QList<std::optional<Money>> line =
                SensitivityLine::totals(catalog(), s, factorsPpm, policy, {}, threads);
            ASSERT_EQ(line.size(), factorsPpm.size());
            for (qsizetype i = 0; i < factorsPpm.size(); ++i) {
                const Money expected =
                    PurchaseOptimizer::optimize(catalog(), ScenarioDerivation::scaled(s, factorsPpm.at(i)),
                                                {policy, 0})
                        .total();
                ASSERT_TRUE(line.at(i).has_value()) << "factor " << factorsPpm.at(i);
                EXPECT_EQ(*line.at(i), expected) << "factor " << factorsPpm.at(i);
            }
        }
    }
}

} // namespace

TEST(SensitivityLine, EqualsTheOptimizerAtEveryFactorOnEveryInterface) {
    expectSameAsOptimizer(everyInterface(24), factors());
}

TEST(SensitivityLine, EqualsTheOptimizerInAYearInProgress) {
    // The licence pair is planned jointly on the postpaid-calls basis (one group, both above
    // the first tier): a part of two packs.
    Scenario s = yearInProgress();
    s.settings.tierBasis = TierBasis::PostpaidCalls;
    const OptimizerSearch search = OptimizerSearch::of(catalog(), s, FixedPart::of(catalog(), s));
    ASSERT_EQ(search.parts.size(), catalog().packs().size() - 1);
    EXPECT_TRUE(std::any_of(search.parts.cbegin(), search.parts.cend(),
                            [](const QList<int>& part) { return part.size() == 2; }));
    expectSameAsOptimizer(yearInProgress(), factors());
}

TEST(SensitivityLine, TheNumberOfThreadsDoesNotChangeAFigure) {
    const Scenario s = everyInterface(15);
    const QList<qint64> f = {2'000'000, 500'000, 1'250'000, 1'000'000}; // in no particular order
    expectSameAsOptimizer(s, f, 1);
    expectSameAsOptimizer(s, f, 3);
}

// By hand: ID card only, 12 months of 2,000 calls, 1,000 free a month, 0.15 元 a postpaid call,
// packs of 1,000 for 120 元 (0.12 a call) and 10,000 for 800 元 (0.08 a call), valid 12 months.
// At 50 %: 1,000 calls a month, all free: 0 元. At 100 %: 1,000 a month beyond the free quota,
// 12,000 in the year: one 10,000 pack and two 1,000 packs, 800 + 2 x 120 = 1,040 元 (the last
// 2,000 calls postpaid would cost 300 元 > 240 元; a second 10,000 pack 800 元). At 200 %:
// 3,000 a month beyond it, 36,000: three 10,000 and six 1,000 packs, 3 x 800 + 6 x 120 =
// 3,120 元 (a 100,000 pack alone costs 5,000 元). Buying later never helps: every call is
// covered by the first month's packs within their validity.
TEST(SensitivityLine, IdCardsByHand) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 12;
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(12, 2'000));
    for (PurchasePolicy policy : {PurchasePolicy::Start, PurchasePolicy::Any}) {
        const QList<std::optional<Money>> line =
            SensitivityLine::totals(catalog(), s, {500'000, 1'000'000, 2'000'000}, policy);
        ASSERT_EQ(line.size(), 3);
        EXPECT_EQ(line.at(0), Money());
        EXPECT_EQ(line.at(1), yuan("1040"));
        EXPECT_EQ(line.at(2), yuan("3120"));
    }
}

TEST(SensitivityLine, ARefusedScenarioHasNoFigures) {
    Scenario s = everyInterface(12);
    s.months = 0; // the optimizer refuses it (InputError) at every factor
    const QList<std::optional<Money>> line = SensitivityLine::totals(catalog(), s, {500'000, 1'000'000},
                                                                     PurchasePolicy::Any);
    ASSERT_EQ(line.size(), 2);
    EXPECT_FALSE(line.at(0).has_value());
    EXPECT_FALSE(line.at(1).has_value());
}

TEST(SensitivityLine, StopsWhenAsked) {
    std::stop_source stop;
    stop.request_stop();
    EXPECT_THROW(SensitivityLine::totals(catalog(), everyInterface(12), factors(), PurchasePolicy::Any,
                                         stop.get_token()),
                 Cancelled);
}
