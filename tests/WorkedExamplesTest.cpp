#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/Scenario.h"
#include "tests/support/Amounts.h"

#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::yuan;

namespace {

Scenario oneMonth(const char* api, qint64 calls) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 1;
    s.volumes.insert(QString::fromUtf8(api), {calls});
    return s;
}

} // namespace

// W1: 300,000 ID-card calls in a year, three 100,000 packs: 15,000 元.
TEST(WorkedExamples, W1_ThreeHundredThousandIdCardsPrepaid) {
    const Catalog& c = Catalog::defaultCatalog();
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 12;
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(12, 25'000));
    s.purchases.append({0, QStringLiteral("id-card"), 100'000, 3});
    const BillingResult r = BillingEngine::run(c, s);
    EXPECT_EQ(r.total(), yuan("15000"));
    EXPECT_EQ(r.postpaidOnlyTotal(), yuan("28800"));
    const int pack = c.packIndex(QStringLiteral("id-card"));
    EXPECT_EQ(r.packs.at(pack).expiredCalls, 12'000);
    EXPECT_EQ(r.packs.at(pack).postpaidCalls, 0);
}

// W2: 2,500 bank-card calls holding one 1,000 pack: (2500-1000-1000)*0.15 + 120 = 195 元.
TEST(WorkedExamples, W2_BankCardWithOneSmallPack) {
    Scenario s = oneMonth("BankCardOCR", 2500);
    s.purchases.append({0, QStringLiteral("bank-card"), 1000, 1});
    EXPECT_EQ(BillingEngine::run(Catalog::defaultCatalog(), s).total(), yuan("195"));
}

// W3: 900 ID-card calls in a month are inside the free quota: 0 元.
TEST(WorkedExamples, W3_IdCardInsideFreeQuota) {
    EXPECT_EQ(BillingEngine::run(Catalog::defaultCatalog(), oneMonth("IDCardOCR", 900)).total(), yuan("0"));
}

// W4: 9,000 driving-licence calls: (9000-1000)*0.15 = 1,200 元.
TEST(WorkedExamples, W4_DrivingLicence) {
    EXPECT_EQ(BillingEngine::run(Catalog::defaultCatalog(), oneMonth("DriverLicenseOCR", 9000)).total(), yuan("1200"));
}

// W5: 90,000 general print calls: (90000-1000)*0.10 = 8,900 元.
TEST(WorkedExamples, W5_GeneralPrint) {
    EXPECT_EQ(BillingEngine::run(Catalog::defaultCatalog(), oneMonth("GeneralBasicOCR", 90'000)).total(), yuan("8900"));
}

// W6: 900,000 bank-card calls: (900000-1000)*0.06 = 53,940 元.
TEST(WorkedExamples, W6_BankCardHighVolume) {
    EXPECT_EQ(BillingEngine::run(Catalog::defaultCatalog(), oneMonth("BankCardOCR", 900'000)).total(), yuan("53940"));
}
