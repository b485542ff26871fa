// The optimizer on the real catalog against exhaustive search scored by the billing engine
// alone (tests/support/EngineBruteForce.h): the settings a finance user can change (billable share
// R7, negotiated prices R8, a price above the top tier R4) and purchases in any month over
// horizons longer than a pack's year, so packs expire mid-horizon (R2).
//
// Sizes left out of a search are left out by an argument in its comment; every search keeps
// the 1,000 and 10,000 packs.
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/optimizer/PurchaseOptimizer.h"

#include "tests/support/Amounts.h"
#include "tests/support/EngineBruteForce.h"

#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::yuan;
using ocp::test::catalog;

namespace {

using bruteforce::Checked;
using bruteforce::checkOnRealCatalog;
using bruteforce::idCards;
using bruteforce::kIdCard;
using bruteforce::kLicences;

} // namespace

// R7: 60 % of the images are recognised and billed. 100,000 packs and larger (5,000 元 and
// more) are left out: the postpaid-only bill, at most 0.15 x 60 % of the calls beyond the
// free quota, is below 5,000 元, and a plan with such a pack costs at least its price.
TEST(OptimizerRealCatalog, BillableShareBelowFullAnyMonth) {
    Scenario s = idCards({4200, 1500, 900, 3800, 2500, 1200});
    s.billableShare.insert(QStringLiteral("IDCardOCR"), 600'000);
    // Billable: 2,520, 900, 540, 2,280, 1,500, 720; beyond the free 1,000: 1,520 + 1,280 + 500
    // = 3,300 calls, 495 元 postpaid only.
    EXPECT_EQ(BillingEngine::run(catalog(), s).total(), yuan("495"));
    for (PurchasePolicy policy : {PurchasePolicy::Start, PurchasePolicy::Any})
        checkOnRealCatalog(s, policy, kIdCard, {1000, 10'000});
}

// R8: discounted packs (1,000 for 95 元, 10,000 for 700 元) and a discounted tier 1 (0.11):
// a 1,000 pack now pays from 864 calls instead of 800. 100,000 packs (5,000 元) are left
// out: the postpaid-only bill, 7,280 calls beyond the free quota at 0.11 = 800.80 元, is
// below their price.
TEST(OptimizerRealCatalog, PackAndTierPriceOverrides) {
    Scenario s = idCards({2900, 1000, 1870, 2400, 1950, 1200, 2100, 1860});
    s.overrides.packPrices[QStringLiteral("id-card")].insert(1000, yuan("95"));
    s.overrides.packPrices[QStringLiteral("id-card")].insert(10'000, yuan("700"));
    s.overrides.tierPrices[QStringLiteral("id-card")].insert(0, yuan("0.11"));
    EXPECT_EQ(BillingEngine::run(catalog(), s).total(), yuan("800.80"));
    for (PurchasePolicy policy : {PurchasePolicy::Start, PurchasePolicy::Any})
        checkOnRealCatalog(s, policy, kIdCard, {1000, 10'000});
}

// R4 above 1,000,000 calls a month: a negotiated 0.05 元 a call. Every month's volume is
// above the top tier, so on the all-calls basis every postpaid call costs 0.05. The earliest-
// expiry-first deduction (R3) serves as many calls as any assignment of calls to usable packs,
// so a pack of s calls saves at most 0.05 s: the 1,000 (120 元), 10,000 (800 元) and 100,000
// (5,000 元) packs never save more than they cost and are left out; the 1,000,000 pack
// (30,000 元, 0.03 a call) and the 10,000,000 pack are searched.
TEST(OptimizerRealCatalog, NegotiatedPriceAboveTheTopTier) {
    Scenario s = idCards({1'300'000, 1'150'000, 1'600'000, 1'250'000});
    s.settings.aboveTopTierPrice = yuan("0.05");
    // Postpaid only: (5,300,000 - 4 x 1,000) x 0.05 = 264,800 元, marked as an estimate.
    const BillingResult postpaid = BillingEngine::run(catalog(), s);
    EXPECT_EQ(postpaid.total(), yuan("264800"));
    EXPECT_TRUE(postpaid.overall.estimate);
    for (PurchasePolicy policy : {PurchasePolicy::Start, PurchasePolicy::Any})
        checkOnRealCatalog(s, policy, kIdCard, {1'000'000, 10'000'000});
    // A negotiated price for the ID-card group wins over the global one (R8): at 0.02 no
    // pack pays, the optimum is postpaid only, 5,296,000 x 0.02 = 105,920 元.
    s.settings.aboveTopTierPriceByGroup.insert(QStringLiteral("id-card"), yuan("0.02"));
    const Checked cheap = checkOnRealCatalog(s, PurchasePolicy::Any, kIdCard, {1'000'000, 10'000'000});
    EXPECT_EQ(cheap.exhaustive, yuan("105920"));
}

// Purchases in any month over 13-18 months, so a pack bought early expires mid-horizon (R2:
// usable in its month and the 11 after it), on both tier bases (R4).
//
// Sizes: the monthly volumes are a few hundred to a few thousand calls, so the postpaid-only
// bill of each case is below 5,000 元 and a plan with a 100,000 pack (5,000 元) or larger
// costs more than buying nothing: only the 1,000 and 10,000 packs are searched. The count per
// month is bounded by tests/support/EngineBruteForce.h (a pack that can never be drawn is never optimal).
namespace {

QList<qint64> calls(std::initializer_list<qint64> list) {
    return QList<qint64>(list);
}

} // namespace

TEST(OptimizerRealCatalog, AnyMonthIdCardsOverFifteenMonths) {
    // 5,800 calls beyond the free quota; 870 元 postpaid only at 0.15 (tier 1).
    Scenario s = idCards(calls({2400, 800, 600, 1900, 700, 900, 500, 2600, 800, 600, 900, 700, 2200, 1000, 1700}));
    for (TierBasis basis : {TierBasis::AllCalls, TierBasis::PostpaidCalls}) {
        s.settings.tierBasis = basis;
        EXPECT_EQ(BillingEngine::run(catalog(), s).total(), yuan("870"));
        const Checked c = checkOnRealCatalog(s, PurchasePolicy::Any, kIdCard, {1000, 10'000});
        EXPECT_LT(c.exhaustive, yuan("870")) << "some packs pay";
    }
}

// The licence pair over 13 and more months runs under the ctest label "exhaustive"
// (tests/OptimizerExhaustiveTest.cpp): it takes minutes.
