// Packs the account already holds at the start (Scenario::holdings): they serve calls by the
// same deduction rules as packs bought in the plan (R2, R3, R6) and cost the plan nothing.
// The expected figures are worked out by hand in the comments.
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/Scenario.h"
#include "model/io/ScenarioFile.h"
#include "tests/support/Amounts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::catalog;

namespace {

int idCardPack() {
    return catalog().packIndex(QStringLiteral("id-card"));
}

// ID card OCR, 25,000 calls a month from 2027-01: 24,000 a month beyond the free quota (R1).
Scenario idCards(int months) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = months;
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(months, 25'000));
    return s;
}

Holding held(qint64 remaining, YearMonth expires, qint64 count = 1) {
    return Holding{QStringLiteral("id-card"), 100'000, remaining, expires, count};
}

} // namespace

// 60,000 calls left: 24,000 in January and February, the last 12,000 in March, whose other
// 12,000 calls are postpaid; the holding costs nothing and nothing expires.
TEST(Holdings, ServeCallsBeforePostpaidAndCostNothing) {
    Scenario s = idCards(6);
    s.holdings.append(held(60'000, YearMonth(2027, 6)));
    const BillingResult r = BillingEngine::run(catalog(), s);
    const QList<PackMonth>& months = r.packMonths.at(idCardPack());
    EXPECT_EQ(months.at(0).packCalls, 24'000);
    EXPECT_EQ(months.at(1).packCalls, 24'000);
    EXPECT_EQ(months.at(2).packCalls, 12'000);
    EXPECT_EQ(months.at(2).postpaidCalls, 12'000);
    EXPECT_EQ(months.at(3).postpaidCalls, 24'000);
    ASSERT_EQ(r.holdings.size(), 1);
    EXPECT_EQ(r.holdings.at(0).atStart, 60'000);
    EXPECT_EQ(r.holdings.at(0).used, 60'000);
    EXPECT_EQ(r.holdings.at(0).expired, 0);
    EXPECT_EQ(r.packs.at(idCardPack()).packCost, Money());
    EXPECT_EQ(months.at(0).batchUse.size(), 1);
    EXPECT_EQ(months.at(0).batchUse.at(0).holding, 0);
    EXPECT_EQ(months.at(0).batchUse.at(0).purchase, -1);
    // The plan's total is the postpaid bill of the calls the holding could not serve.
    Money postpaid;
    for (const PackMonth& pm : months)
        postpaid += pm.postpaidCost;
    EXPECT_EQ(r.total(), postpaid);
}

// A holding that ends in the first month loses what January does not use (R2).
TEST(Holdings, LoseTheirBalanceAtExpiry) {
    Scenario s = idCards(3);
    s.holdings.append(held(60'000, YearMonth(2027, 1)));
    const BillingResult r = BillingEngine::run(catalog(), s);
    const QList<PackMonth>& months = r.packMonths.at(idCardPack());
    EXPECT_EQ(months.at(0).packCalls, 24'000);
    EXPECT_EQ(months.at(0).expiredCalls, 36'000);
    EXPECT_EQ(months.at(1).postpaidCalls, 24'000);
    EXPECT_EQ(r.holdings.at(0).used, 24'000);
    EXPECT_EQ(r.holdings.at(0).expired, 36'000);
    EXPECT_EQ(r.packs.at(idCardPack()).expiredCalls, 36'000);
}

// R3: the pack that expires first is used first, whether held or bought. The holding ends in
// March, the January purchase in December: January to March draw on the holding.
TEST(Holdings, ExpireFirstSoServeFirst) {
    Scenario s = idCards(4);
    s.holdings.append(held(50'000, YearMonth(2027, 3)));
    s.purchases.append({0, QStringLiteral("id-card"), 100'000, 1});
    const BillingResult r = BillingEngine::run(catalog(), s);
    const QList<PackMonth>& months = r.packMonths.at(idCardPack());
    ASSERT_EQ(months.at(0).batchUse.size(), 1);
    EXPECT_EQ(months.at(0).batchUse.at(0).holding, 0);
    // 24,000 + 24,000 from the holding, then 2,000 from it and 22,000 from the purchase.
    ASSERT_EQ(months.at(2).batchUse.size(), 2);
    EXPECT_EQ(months.at(2).batchUse.at(0).holding, 0);
    EXPECT_EQ(months.at(2).batchUse.at(0).calls, 2'000);
    EXPECT_EQ(months.at(2).batchUse.at(1).purchase, 0);
    EXPECT_EQ(months.at(2).batchUse.at(1).calls, 22'000);
    EXPECT_EQ(r.holdings.at(0).expired, 0);
}

// R6 counts held packs one by one: two held packs with 10,000 calls each are two usable
// packs, so no notice until one is empty; then the last one is below 20% of 100,000.
TEST(Holdings, CountForLowBalanceNotices) {
    Scenario s = idCards(2);
    s.volumes[QStringLiteral("IDCardOCR")] = {11'000, 1'000};
    s.holdings.append(held(10'000, YearMonth(2027, 6), 2));
    const BillingResult r = BillingEngine::run(catalog(), s);
    ASSERT_FALSE(r.notices.isEmpty());
    const LowBalanceNotice& first = r.notices.constFirst();
    EXPECT_EQ(first.month, 0);
    EXPECT_EQ(first.kind, NoticeKind::BelowTwentyPercent);
    EXPECT_EQ(first.holding, 0);
    EXPECT_EQ(first.purchase, -1);
    EXPECT_EQ(first.balance, 10'000);
}

TEST(Holdings, RefusedWhenNoPackBoughtBeforeTheStartCouldBeLikeThat) {
    const auto refusal = [](Holding h) {
        Scenario s = idCards(12);
        s.holdings.append(h);
        try {
            BillingEngine::run(catalog(), s);
        } catch (const InputError& e) {
            return e.message();
        }
        return QString();
    };
    EXPECT_EQ(refusal(held(1'000, YearMonth(2026, 12))),
              QStringLiteral("holdings[0].expires: 2026-12 is before the scenario starts (2027-01)"));
    EXPECT_EQ(refusal(held(1'000, YearMonth(2027, 12))),
              QStringLiteral("holdings[0].expires: 2027-12 is too late: a pack bought before 2027-01 is usable at "
                             "most through 2027-11"));
    EXPECT_EQ(refusal(held(100'001, YearMonth(2027, 6))),
              QStringLiteral("holdings[0].remaining: 100001 calls left, but a pack of this holding has 100000 calls"));
    EXPECT_TRUE(refusal(held(1'000, YearMonth(2027, 11))).isEmpty()) << "bought in 2026-12: usable through 2027-11";
}

// The file keeps version 1 for scenarios without the new fields, so older planners still
// open them; holdings or actualThrough make it version 2, which an older planner refuses.
TEST(Holdings, ScenarioFileWritesVersionTwoOnlyWhenUsed) {
    Scenario s = idCards(12);
    EXPECT_EQ(QJsonDocument::fromJson(ScenarioFile::toJson(s)).object().value(QStringLiteral("version")).toInt(), 1);
    s.holdings.append(held(60'000, YearMonth(2027, 6)));
    s.actualThrough = YearMonth(2027, 3);
    const QByteArray json = ScenarioFile::toJson(s);
    EXPECT_EQ(QJsonDocument::fromJson(json).object().value(QStringLiteral("version")).toInt(), 2);
    const Scenario back = ScenarioFile::fromJson(json, catalog());
    EXPECT_EQ(back.holdings, s.holdings);
    EXPECT_EQ(back.actualThrough, s.actualThrough);
}

TEST(Holdings, ScenarioFileNamesTheRefusedHolding) {
    const QByteArray json = R"({"format": "ocr-cost-planner/scenario", "version": 2, "start": "2027-01",
        "months": 12, "holdings": [{"pack": "身份证识别", "size": 100000, "remaining": 60000, "expires": "2026-11"}]})";
    try {
        ScenarioFile::fromJson(json, catalog());
        FAIL() << "a holding that expired before the start was accepted";
    } catch (const InputError& e) {
        EXPECT_EQ(e.message(),
                  QStringLiteral("holdings[0].expires: 2026-11 (id-card) expired before the scenario starts (2027-01)"));
    }
}

// The comparison without packs keeps the holdings: they are paid for already, so a plan that
// buys nothing saves nothing, and a purchase is credited only with what it saves on top.
TEST(Holdings, ComparisonWithoutBuyingStillUsesThem) {
    Scenario s = idCards(6);
    s.holdings.append(held(60'000, YearMonth(2027, 6)));
    const BillingResult holdingOnly = BillingEngine::run(catalog(), s);
    EXPECT_EQ(holdingOnly.postpaidOnlyTotal(), holdingOnly.total());
    EXPECT_EQ(holdingOnly.saving(), Money());

    s.purchases.append(Purchase{3, QStringLiteral("id-card"), 100'000, 1});
    const BillingResult withPurchase = BillingEngine::run(catalog(), s);
    EXPECT_EQ(withPurchase.postpaidOnlyTotal(), holdingOnly.total());
    EXPECT_EQ(withPurchase.saving(), holdingOnly.total() - withPurchase.total());
}
