#include "model/billing/AccrualSchedule.h"
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/Scenario.h"
#include "tests/support/Amounts.h"

#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::yuan;

// A pack bought in July serves two budget years: its price is split by the calls it served,
// and what expires is a loss of its last month.
TEST(AccrualSchedule, SpreadsAPackOverTheYearsItServes) {
    const Catalog& c = Catalog::defaultCatalog();
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 24;
    s.volumes.insert(QStringLiteral("BankCardOCR"), QList<qint64>(24, 1500)); // 500 a month beyond free
    s.purchases.append({6, QStringLiteral("bank-card"), 10'000, 1});           // 800 元, 2027-07 .. 2028-06
    const BillingResult r = BillingEngine::run(c, s);
    const AccrualSchedule a = AccrualSchedule::build(c, s, r);
    // 6,000 calls served (6 months in each year) at 0.08 元, 4,000 expire in 2028-06.
    const int pack = c.packIndex(QStringLiteral("bank-card"));
    EXPECT_EQ(a.packMonths.at(pack).at(6).packUsage, yuan("40"));
    EXPECT_EQ(a.packMonths.at(pack).at(17).expiryLoss, yuan("320"));
    // Postpaid: 6 months of 2027 and 6 of 2028 at 500 x 0.15.
    EXPECT_EQ(a.byYear.value(2027), yuan("690"));  // 6 x 75 + 6 x 40
    EXPECT_EQ(a.byYear.value(2028), yuan("1010")); // 6 x 75 + 6 x 40 + 320
    EXPECT_EQ(a.byYear.value(2027) + a.byYear.value(2028), r.total());
    EXPECT_EQ(a.prepaidAtEnd, yuan("0"));
}

TEST(AccrualSchedule, SharesAddUpExactlyWhenPricesDoNotDivideEvenly) {
    const Catalog& c = Catalog::defaultCatalog();
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 3;
    s.volumes.insert(QStringLiteral("IDCardOCR"), {1333, 1777, 1001});
    s.overrides.packPrices[QStringLiteral("id-card")].insert(1000, yuan("100")); // 0.1 元 a call
    s.purchases.append({0, QStringLiteral("id-card"), 1000, 1});
    s.overrides.packPrices[QStringLiteral("id-card")].insert(10'000, yuan("777.77"));
    s.purchases.append({0, QStringLiteral("id-card"), 10'000, 1});
    const BillingResult r = BillingEngine::run(c, s);
    const AccrualSchedule a = AccrualSchedule::build(c, s, r);
    Money sum = a.prepaidAtEnd;
    for (const AccrualMonth& m : a.months)
        sum += m.total();
    EXPECT_EQ(sum, r.total());
    // 1,111 calls beyond the free quota (333 + 777 + 1). Both packs expire together, so the
    // 1,000 pack listed first serves 333 in January and 667 in February (R3): 33.3 + 66.7 元.
    // The 10,000 pack serves 110 in February and 1 in March, each month's share rounded
    // toward zero in micro-yuan: 777.77 x 110 / 10,000 = 8.555470, 777.77 / 10,000 = 0.077777.
    // The rest, 777.77 - 8.633247 = 769.136753, is still valid after March.
    const int pack = c.packIndex(QStringLiteral("id-card"));
    EXPECT_EQ(a.packMonths.at(pack).at(0).packUsage, yuan("33.3"));
    EXPECT_EQ(a.packMonths.at(pack).at(1).packUsage, yuan("75.25547"));
    EXPECT_EQ(a.packMonths.at(pack).at(2).packUsage, yuan("0.077777"));
    EXPECT_EQ(a.prepaidAtEnd, yuan("769.136753"));
}
