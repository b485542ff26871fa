// One or more tests per billing rule (R1-R8 of the billing rules the planner implements),
// all on the default catalog so the published prices are exercised too.
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/Scenario.h"
#include "tests/support/Amounts.h"

#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::yuan;
using ocp::test::catalog;

namespace {

int packOf(const char* key) {
    const int pack = catalog().packIndex(QString::fromUtf8(key));
    EXPECT_GE(pack, 0) << key;
    return pack;
}

Scenario scenario(int months) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = months;
    return s;
}

void setCalls(Scenario& s, const char* api, qint64 calls) {
    const int i = catalog().interfaceIndex(QString::fromUtf8(api));
    ASSERT_GE(i, 0) << api;
    s.volumes.insert(catalog().interfaces().at(i).id, QList<qint64>(s.months, calls));
}

void buy(Scenario& s, int month, const char* pack, qint64 size, qint64 count = 1) {
    s.purchases.append({month, catalog().packs().at(packOf(pack)).id, size, count});
}

} // namespace

// R1: the 1,000 free calls a month are shared by all nine interfaces of 通用证照识别.
TEST(R1FreeQuota, SharedByAllInterfacesOfAPack) {
    Scenario s = scenario(1);
    const int pack = packOf("通用证照识别");
    ASSERT_EQ(catalog().interfacesOfPack(pack).size(), 9);
    for (int api : catalog().interfacesOfPack(pack))
        s.volumes.insert(catalog().interfaces().at(api).id, {200});
    const BillingResult r = BillingEngine::run(catalog(), s);
    const PackMonth& pm = r.packMonths.at(pack).at(0);
    EXPECT_EQ(pm.calls, 1800);
    EXPECT_EQ(pm.freeCalls, 1000);
    EXPECT_EQ(pm.postpaidCalls, 800);
    EXPECT_EQ(r.total(), yuan("120")); // 800 x 0.15
}

TEST(R1FreeQuota, DoesNotCarryOver) {
    Scenario s = scenario(2);
    s.volumes.insert(QStringLiteral("IDCardOCR"), {500, 1500});
    const BillingResult r = BillingEngine::run(catalog(), s);
    const int pack = packOf("身份证识别");
    EXPECT_EQ(r.packMonths.at(pack).at(0).postpaidCalls, 0);
    EXPECT_EQ(r.packMonths.at(pack).at(1).freeCalls, 1000);
    EXPECT_EQ(r.packMonths.at(pack).at(1).postpaidCalls, 500);
    EXPECT_EQ(r.total(), yuan("75"));
}

TEST(R1FreeQuota, ExistsWithPrepaidPacksToo) {
    Scenario s = scenario(1);
    setCalls(s, "IDCardOCR", 1500);
    buy(s, 0, "身份证识别", 1000);
    const BillingResult r = BillingEngine::run(catalog(), s);
    const PackMonth& pm = r.packMonths.at(packOf("身份证识别")).at(0);
    EXPECT_EQ(pm.freeCalls, 1000);
    EXPECT_EQ(pm.packCalls, 500);
    EXPECT_EQ(pm.balance, 500);
}

// R2: a pack bought in 2027-07 is usable 2027-07 through 2028-06, then the rest expires.
TEST(R2PackValidity, PackBoughtMidYearExpiresAfterTwelveMonths) {
    Scenario s = scenario(24);
    setCalls(s, "BankCardOCR", 1500); // 500 a month beyond the free quota
    buy(s, 6, "银行卡识别", 10'000);
    const BillingResult r = BillingEngine::run(catalog(), s);
    const int pack = packOf("银行卡识别");
    for (int m = 0; m < 6; ++m)
        EXPECT_EQ(r.packMonths.at(pack).at(m).postpaidCalls, 500) << m;
    for (int m = 6; m <= 17; ++m) {
        EXPECT_EQ(r.packMonths.at(pack).at(m).packCalls, 500) << m;
        EXPECT_EQ(r.packMonths.at(pack).at(m).postpaidCalls, 0) << m;
    }
    EXPECT_EQ(r.packMonths.at(pack).at(17).expiredCalls, 10'000 - 12 * 500);
    EXPECT_EQ(r.packMonths.at(pack).at(17).balance, 0);
    EXPECT_EQ(r.packMonths.at(pack).at(18).postpaidCalls, 500);
    EXPECT_EQ(r.packs.at(pack).expiredCalls, 4000);
    EXPECT_EQ(r.packs.at(pack).unusedAtEnd, 0);
}

TEST(R2PackValidity, BalanceStillValidAtHorizonEndIsReportedUnused) {
    Scenario s = scenario(3);
    setCalls(s, "BankCardOCR", 2000);
    buy(s, 0, "银行卡识别", 10'000);
    const BillingResult r = BillingEngine::run(catalog(), s);
    const int pack = packOf("银行卡识别");
    EXPECT_EQ(r.packs.at(pack).expiredCalls, 0);
    EXPECT_EQ(r.packs.at(pack).unusedAtEnd, 7000);
}

// R3: free quota, then the pack that expires first, then postpaid; deduction is forced.
TEST(R3DeductionOrder, EarliestExpiryFirst) {
    Scenario s = scenario(4);
    s.volumes.insert(QStringLiteral("IDCardOCR"), {1000, 1000, 1000, 3000});
    buy(s, 0, "身份证识别", 1000); // expires 2027-12
    buy(s, 2, "身份证识别", 1000); // expires 2028-02
    // Months 0-2 are inside the free quota; month 3 needs 2,000: the older pack first.
    const BillingResult r = BillingEngine::run(catalog(), s);
    const PackMonth& pm = r.packMonths.at(packOf("身份证识别")).at(3);
    ASSERT_EQ(pm.batchUse.size(), 2);
    EXPECT_EQ(pm.batchUse.at(0).purchase, 0);
    EXPECT_EQ(pm.batchUse.at(0).calls, 1000);
    EXPECT_EQ(pm.batchUse.at(1).purchase, 1);
    EXPECT_EQ(pm.batchUse.at(1).calls, 1000);
    EXPECT_EQ(pm.postpaidCalls, 0);
}

TEST(R3DeductionOrder, OlderPackServesBeforeANewerOneBoughtLater) {
    Scenario s = scenario(2);
    s.volumes.insert(QStringLiteral("IDCardOCR"), {1500, 1500});
    buy(s, 1, "身份证识别", 1000); // listed first but bought later
    buy(s, 0, "身份证识别", 1000);
    const BillingResult r = BillingEngine::run(catalog(), s);
    const PackMonth& m1 = r.packMonths.at(packOf("身份证识别")).at(1);
    ASSERT_EQ(m1.batchUse.size(), 1);
    EXPECT_EQ(m1.batchUse.at(0).purchase, 1); // the pack bought in month 0
    EXPECT_EQ(m1.batchUse.at(0).calls, 500);
}

TEST(R3DeductionOrder, OverflowGoesToPostpaid) {
    Scenario s = scenario(1);
    setCalls(s, "IDCardOCR", 12'500);
    buy(s, 0, "身份证识别", 10'000);
    const BillingResult r = BillingEngine::run(catalog(), s);
    const PackMonth& pm = r.packMonths.at(packOf("身份证识别")).at(0);
    EXPECT_EQ(pm.packCalls, 10'000);
    EXPECT_EQ(pm.postpaidCalls, 1500);
    // The tier is chosen by all 12,500 calls (default basis): 0.10.
    EXPECT_EQ(pm.tier, 1);
    EXPECT_EQ(r.total(), yuan("950")); // 800 + 1,500 x 0.10
}

// R4: all-units tiers with inclusive upper bounds, under both tier bases.
struct TierCase {
    qint64 calls;
    int tier;
    const char* allCallsCost;
};

class R4TierBoundaries : public ::testing::TestWithParam<TierCase> {};

TEST_P(R4TierBoundaries, AllCallsBasis) {
    const TierCase c = GetParam();
    Scenario s = scenario(1);
    setCalls(s, "IDCardOCR", c.calls);
    const BillingResult r = BillingEngine::run(catalog(), s);
    const PackMonth& pm = r.packMonths.at(packOf("身份证识别")).at(0);
    EXPECT_EQ(pm.tier, c.tier);
    EXPECT_EQ(r.total(), yuan(c.allCallsCost));
    EXPECT_EQ(pm.estimate, c.tier == 3);
}

INSTANTIATE_TEST_SUITE_P(
    PublishedBounds, R4TierBoundaries,
    ::testing::Values(TierCase{10'000, 0, "1350"},          // 9,000 x 0.15
                      TierCase{10'001, 1, "900.10"},        // 9,001 x 0.10
                      TierCase{100'000, 1, "9900"},         // 99,000 x 0.10
                      TierCase{100'001, 2, "5940.06"},      // 99,001 x 0.06
                      TierCase{1'000'000, 2, "59940"},      // 999,000 x 0.06
                      TierCase{1'000'001, 3, "59940.06"})); // above the top: top price, an estimate

TEST(R4TierBasis, PostpaidCallsBasisUsesOnlyBilledCalls) {
    Scenario s = scenario(1);
    setCalls(s, "IDCardOCR", 11'000); // 10,000 billed after the free quota
    EXPECT_EQ(BillingEngine::run(catalog(), s).total(), yuan("1000")); // tier by 11,000: 0.10
    s.settings.tierBasis = TierBasis::PostpaidCalls;
    EXPECT_EQ(BillingEngine::run(catalog(), s).total(), yuan("1500")); // tier by 10,000: 0.15
}

TEST(R4TierBasis, BoundariesOnPostpaidCalls) {
    Scenario s = scenario(1);
    s.settings.tierBasis = TierBasis::PostpaidCalls;
    setCalls(s, "IDCardOCR", 11'001); // 10,001 billed
    EXPECT_EQ(BillingEngine::run(catalog(), s).total(), yuan("1000.10"));
    setCalls(s, "IDCardOCR", 101'000); // 100,000 billed
    EXPECT_EQ(BillingEngine::run(catalog(), s).total(), yuan("10000"));
    setCalls(s, "IDCardOCR", 1'001'001); // 1,000,001 billed
    const BillingResult r = BillingEngine::run(catalog(), s);
    EXPECT_EQ(r.total(), yuan("60000.06"));
    EXPECT_TRUE(r.overall.estimate);
}

TEST(R4AboveTopTier, NegotiatedPriceIsUsedAndStillFlagged) {
    Scenario s = scenario(1);
    setCalls(s, "IDCardOCR", 2'001'000);
    s.settings.aboveTopTierPrice = yuan("0.05");
    const BillingResult r = BillingEngine::run(catalog(), s);
    EXPECT_EQ(r.total(), yuan("100000"));
    EXPECT_TRUE(r.overall.estimate);
    s.settings.aboveTopTierPriceByGroup.insert(QStringLiteral("id-card"), yuan("0.04"));
    EXPECT_EQ(BillingEngine::run(catalog(), s).total(), yuan("80000"));
}

TEST(R4Grouping, DrivingAndVehicleLicencesSelectOneTierTogether) {
    Scenario s = scenario(1);
    setCalls(s, "DriverLicenseOCR", 6000);
    setCalls(s, "VehicleLicenseOCR", 6000);
    // Each pack has its own free quota; the group's 12,000 calls select tier 2.
    BillingResult r = BillingEngine::run(catalog(), s);
    EXPECT_EQ(r.packMonths.at(packOf("驾驶证识别")).at(0).freeCalls, 1000);
    EXPECT_EQ(r.packMonths.at(packOf("行驶证识别")).at(0).freeCalls, 1000);
    EXPECT_EQ(r.total(), yuan("1000")); // 10,000 x 0.10
    const int group = catalog().groupIndex(QStringLiteral("行驶证 / 驾驶证识别"));
    ASSERT_GE(group, 0);
    EXPECT_EQ(r.groupMonths.at(group).at(0).tierVolume, 12'000);
    // Billed calls only: 10,000 is still tier 1.
    s.settings.tierBasis = TierBasis::PostpaidCalls;
    r = BillingEngine::run(catalog(), s);
    EXPECT_EQ(r.total(), yuan("1500"));
    // One licence alone stays in tier 1 under both bases.
    Scenario alone = scenario(1);
    setCalls(alone, "DriverLicenseOCR", 6000);
    EXPECT_EQ(BillingEngine::run(catalog(), alone).total(), yuan("750"));
}

// R5: the bill is paid early next month; the same amount at list price is frozen until the
// following settlement.
TEST(R5CashFlow, BillsAreSettledNextMonthAndFrozenAtListPrice) {
    Scenario s = scenario(2);
    s.volumes.insert(QStringLiteral("IDCardOCR"), {10'000, 3000});
    buy(s, 1, "身份证识别", 1000);
    // A 20% discount on tier 1 changes the bill but not the freeze (list price).
    s.overrides.tierPrices[QStringLiteral("id-card")].insert(0, yuan("0.12"));
    const BillingResult r = BillingEngine::run(catalog(), s);
    ASSERT_EQ(r.cashFlow.size(), 3);
    EXPECT_EQ(r.cashFlow.at(0).billPaid, yuan("0"));
    EXPECT_EQ(r.cashFlow.at(1).packPurchases, yuan("120"));
    EXPECT_EQ(r.cashFlow.at(1).billPaid, yuan("1080"));  // 9,000 x 0.12
    EXPECT_EQ(r.cashFlow.at(1).frozen, yuan("1350"));    // 9,000 x 0.15
    EXPECT_EQ(r.cashFlow.at(1).fundsRequired, yuan("2550"));
    EXPECT_EQ(r.cashFlow.at(2).month, YearMonth(2027, 3));
    EXPECT_EQ(r.cashFlow.at(2).billPaid, yuan("120"));   // 1,000 x 0.12
    EXPECT_EQ(r.cashFlow.at(2).released, yuan("1350"));
    EXPECT_EQ(r.cashFlow.at(2).frozen, yuan("150"));
    EXPECT_EQ(r.cashFlow.at(2).netOutflow, yuan("-1080"));
}

// R6: notices only when exactly one usable pack is left: below 20% and at 0.
TEST(R6Notices, OnePackHeldFallsBelowTwentyPercentThenEmpties) {
    Scenario s = scenario(5);
    setCalls(s, "IDCardOCR", 4000); // 3,000 a month from the pack
    buy(s, 0, "身份证识别", 10'000);
    const BillingResult r = BillingEngine::run(catalog(), s);
    // Balances: 7,000, 4,000, 1,000 (< 2,000: notice), then empty in month 3.
    ASSERT_EQ(r.notices.size(), 2);
    EXPECT_EQ(r.notices.at(0).kind, NoticeKind::BelowTwentyPercent);
    EXPECT_EQ(r.notices.at(0).month, 2);
    EXPECT_EQ(r.notices.at(0).balance, 1000);
    EXPECT_EQ(r.notices.at(1).kind, NoticeKind::Depleted);
    EXPECT_EQ(r.notices.at(1).month, 3);
}

TEST(R6Notices, NoNoticeWhileASecondPackIsHeld) {
    Scenario s = scenario(6);
    setCalls(s, "IDCardOCR", 4000);
    buy(s, 0, "身份证识别", 10'000);
    buy(s, 1, "身份证识别", 10'000);
    const BillingResult r = BillingEngine::run(catalog(), s);
    // The first pack drops to 1,000 in month 2 while the second is held: no notice.
    // The second alone: 8,000 (month 3), 5,000, 2,000 (month 5: not below 20%), empty in 6.
    for (const LowBalanceNotice& n : r.notices)
        EXPECT_NE(n.month, 2);
    ASSERT_EQ(r.notices.size(), 0) << "horizon ends with 2,000 left: exactly 20%, no notice yet";
    Scenario longer = s;
    longer.months = 7;
    setCalls(longer, "IDCardOCR", 4000);
    const BillingResult r7 = BillingEngine::run(catalog(), longer);
    ASSERT_EQ(r7.notices.size(), 2);
    EXPECT_EQ(r7.notices.at(0).kind, NoticeKind::BelowTwentyPercent);
    EXPECT_EQ(r7.notices.at(0).month, 6);
    EXPECT_EQ(r7.notices.at(0).purchase, 1);
    EXPECT_EQ(r7.notices.at(1).kind, NoticeKind::Depleted);
    EXPECT_EQ(r7.notices.at(1).month, 6);
}

TEST(R6Notices, TwoPacksOfOnePurchaseCountAsTwo) {
    Scenario s = scenario(3);
    setCalls(s, "IDCardOCR", 9500); // 8,500 a month from the packs
    buy(s, 0, "身份证识别", 10'000, 2);
    const BillingResult r = BillingEngine::run(catalog(), s);
    // 11,500 left after month 0 (two packs usable), 3,000 after month 1 (one pack, 30%),
    // then empty in month 2 (passing below 20% on the way).
    ASSERT_EQ(r.notices.size(), 2);
    EXPECT_EQ(r.notices.at(0).month, 2);
    EXPECT_EQ(r.notices.at(0).kind, NoticeKind::BelowTwentyPercent);
    EXPECT_EQ(r.notices.at(1).kind, NoticeKind::Depleted);
}

// R6: notices go out at whole hours 10:00-22:00; the longest wait is the 12-hour night, and
// the below-20% notice is skipped when 12 hours of calls reach 20% of the last pack:
// 5 x calls of the month >= 2 x days x pack size (docs/billing-engine.md).
namespace {

QList<NoticeKind> noticeKinds(qint64 callsInMonth, YearMonth month) {
    Scenario s = scenario(1);
    s.start = month;
    setCalls(s, "IDCardOCR", callsInMonth);
    buy(s, 0, "身份证识别", 1000);
    const BillingResult r = BillingEngine::run(catalog(), s);
    QList<NoticeKind> kinds;
    for (const LowBalanceNotice& n : r.notices) {
        EXPECT_EQ(n.month, 0);
        kinds.append(n.kind);
    }
    return kinds;
}

const QList<NoticeKind> kBoth = {NoticeKind::BelowTwentyPercent, NoticeKind::Depleted};
const QList<NoticeKind> kOnlyDepleted = {NoticeKind::Depleted};

} // namespace

// January has 31 days: 2 x 31 x 1,000 / 5 = 12,400 calls a month are 200 calls in 12 hours,
// the 200 calls that are 20% of a 1,000-call pack.
TEST(R6Notices, NightLongEnoughToEmptyTheLastFifthGetsOnlyTheEmptyNotice) {
    EXPECT_EQ(noticeKinds(12'399, YearMonth(2027, 1)), kBoth);
    EXPECT_EQ(noticeKinds(12'400, YearMonth(2027, 1)), kOnlyDepleted);
    // February 2027 has 28 days: 2 x 28 x 1,000 / 5 = 11,200.
    EXPECT_EQ(noticeKinds(11'199, YearMonth(2027, 2)), kBoth);
    EXPECT_EQ(noticeKinds(11'200, YearMonth(2027, 2)), kOnlyDepleted);
    // A 30-day month: 12,000. (Reading one hour, not the night, the boundary was 144,000.)
    EXPECT_EQ(noticeKinds(11'999, YearMonth(2027, 4)), kBoth);
    EXPECT_EQ(noticeKinds(12'000, YearMonth(2027, 4)), kOnlyDepleted);
    EXPECT_EQ(noticeKinds(1'000'000, YearMonth(2027, 1)), kOnlyDepleted);
}

// R7: only successfully recognised images are billed.
TEST(R7BillableShare, ScalesBillableCalls) {
    Scenario s = scenario(1);
    setCalls(s, "GeneralBasicOCR", 10'000);
    s.billableShare.insert(QStringLiteral("GeneralBasicOCR"), 800'000); // 80%
    const BillingResult r = BillingEngine::run(catalog(), s);
    EXPECT_EQ(r.packMonths.at(packOf("通用印刷体识别")).at(0).calls, 8000);
    EXPECT_EQ(r.total(), yuan("1050")); // 7,000 x 0.15
}

// R8: overridden prices replace list prices and are reported.
TEST(R8Overrides, PackAndTierPricesAreOverriddenAndReported) {
    Scenario s = scenario(12);
    setCalls(s, "IDCardOCR", 25'000);
    buy(s, 0, "身份证识别", 100'000, 3);
    s.overrides.packPrices[QStringLiteral("id-card")].insert(100'000, yuan("4500"));
    BillingResult r = BillingEngine::run(catalog(), s);
    EXPECT_EQ(r.total(), yuan("13500"));
    ASSERT_EQ(r.overriddenPrices.size(), 1);
    EXPECT_TRUE(r.overriddenPrices.at(0).contains(QStringLiteral("4500")));
    s.purchases.clear();
    s.overrides.tierPrices[QStringLiteral("id-card")].insert(1, yuan("0.09"));
    r = BillingEngine::run(catalog(), s);
    EXPECT_EQ(r.total(), yuan("25920")); // 24,000 x 0.09 x 12
}

TEST(EngineInput, RefusesAPackSizeThatIsNotSold) {
    Scenario s = scenario(1);
    s.purchases.append({0, QStringLiteral("id-card"), 5000, 1});
    EXPECT_THROW(BillingEngine::run(catalog(), s), InputError);
}

TEST(EngineTotals, CategoriesAndOverallAddUp) {
    Scenario s = scenario(12);
    setCalls(s, "IDCardOCR", 25'000);
    setCalls(s, "VatInvoiceOCR", 40'000);
    setCalls(s, "QrcodeOCR", 120'000);
    buy(s, 0, "身份证识别", 100'000, 3);
    const BillingResult r = BillingEngine::run(catalog(), s);
    Money categories;
    for (const PackSummary& c : r.categories)
        categories += c.total();
    EXPECT_EQ(categories, r.total());
    Money months;
    for (int m = 0; m < r.months; ++m)
        months += r.monthTotal(m);
    EXPECT_EQ(months, r.total());
    Money paid;
    for (const CashFlowMonth& cf : r.cashFlow)
        paid += cf.packPurchases + cf.billPaid;
    EXPECT_EQ(paid, r.total());
}
