#include "model/io/CostReport.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/Scenario.h"
#include "model/io/TextTable.h"
#include "tests/support/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

// W1 (ID card, three 100,000 packs) and W6 (900,000 postpaid bank-card calls in January)
// in one year.
Scenario idCardAndBankCard() {
    Scenario s;
    s.name = QStringLiteral("W1 + W6");
    s.start = YearMonth(2027, 1);
    s.months = 12;
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(12, 25'000));
    QList<qint64> bank(12, 0);
    bank[0] = 900'000;
    s.volumes.insert(QStringLiteral("BankCardOCR"), bank);
    s.purchases.append({0, QStringLiteral("id-card"), 100'000, 3});
    return s;
}

// 2,000,000 general print calls in one month: above the top published tier.
Scenario aboveTopTier() {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 1;
    s.volumes.insert(QStringLiteral("GeneralBasicOCR"), {2'000'000});
    return s;
}

// The ledger's rows; fails the test without the byte order mark or CRLF row ends.
QList<QStringList> csvRows(const CostReport& report) { return ocp::test::csvRows(report.toCsv()); }

} // namespace

TEST(CostReport, PacksInUseAreThoseWithCallsOrPurchases) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = idCardAndBankCard();
    const BillingResult r = BillingEngine::run(c, s);
    const CostReport report(c, s, r);
    EXPECT_EQ(report.packsInUse(),
              (QList<int>{c.packIndex(QStringLiteral("id-card")), c.packIndex(QStringLiteral("bank-card"))}));
}

TEST(CostReport, CsvLedgerHasOneRowPerMonthPerPackThenTotals) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = idCardAndBankCard();
    const BillingResult r = BillingEngine::run(c, s);
    const QList<QStringList> rows = csvRows(CostReport(c, s, r));
    ASSERT_EQ(rows.size(), 1 + 12 * 2 + 2 + 1);
    EXPECT_EQ(rows.at(0), CostReport::ledgerColumns());
    EXPECT_EQ(rows.at(0).size(), 16);
    for (const QStringList& row : rows)
        EXPECT_EQ(row.size(), 16);

    const qsizetype month = 0, pack = 1, name = 2, calls = 3, free = 4, fromPacks = 5, postpaid = 6, tier = 7,
                    unit = 8, postpaidCost = 9, purchases = 10, purchaseCost = 11, expired = 12, balance = 13,
                    total = 14, estimate = 15;
    // January, ID card: the purchase and the first month's use.
    const QStringList& janId = rows.at(1);
    EXPECT_EQ(janId.at(month), QStringLiteral("2027-01"));
    EXPECT_EQ(janId.at(pack), QStringLiteral("id-card"));
    EXPECT_EQ(janId.at(name), QStringLiteral("身份证识别"));
    EXPECT_EQ(janId.at(calls), QStringLiteral("25000"));
    EXPECT_EQ(janId.at(free), QStringLiteral("1000"));
    EXPECT_EQ(janId.at(fromPacks), QStringLiteral("24000"));
    EXPECT_EQ(janId.at(postpaid), QStringLiteral("0"));
    EXPECT_EQ(janId.at(tier), QString());
    EXPECT_EQ(janId.at(unit), QString());
    EXPECT_EQ(janId.at(purchases), QStringLiteral("3 × 100000"));
    EXPECT_EQ(janId.at(purchaseCost), QStringLiteral("15000.00"));
    EXPECT_EQ(janId.at(balance), QStringLiteral("276000"));
    EXPECT_EQ(janId.at(total), QStringLiteral("15000.00"));
    EXPECT_EQ(janId.at(estimate), QStringLiteral("no"));
    // January, bank card: postpaid in tier 3 at 0.06 (W6).
    const QStringList& janBank = rows.at(2);
    EXPECT_EQ(janBank.at(pack), QStringLiteral("bank-card"));
    EXPECT_EQ(janBank.at(postpaid), QStringLiteral("899000"));
    EXPECT_EQ(janBank.at(tier), QStringLiteral("3"));
    EXPECT_EQ(janBank.at(unit), QStringLiteral("0.06"));
    EXPECT_EQ(janBank.at(postpaidCost), QStringLiteral("53940.00"));
    EXPECT_EQ(janBank.at(total), QStringLiteral("53940.00"));
    // December, ID card: what is left of the packs expires.
    const QStringList& decId = rows.at(1 + 11 * 2);
    EXPECT_EQ(decId.at(month), QStringLiteral("2027-12"));
    EXPECT_EQ(decId.at(expired), QStringLiteral("12000"));
    EXPECT_EQ(decId.at(balance), QStringLiteral("0"));

    const QStringList& idTotal = rows.at(rows.size() - 3);
    EXPECT_EQ(idTotal.at(month), QStringLiteral("total"));
    EXPECT_EQ(idTotal.at(pack), QStringLiteral("id-card"));
    EXPECT_EQ(idTotal.at(calls), QStringLiteral("300000"));
    EXPECT_EQ(idTotal.at(purchases), QStringLiteral("3 × 100000"));
    EXPECT_EQ(idTotal.at(expired), QStringLiteral("12000"));
    EXPECT_EQ(idTotal.at(total), QStringLiteral("15000.00"));
    const QStringList& bankTotal = rows.at(rows.size() - 2);
    EXPECT_EQ(bankTotal.at(pack), QStringLiteral("bank-card"));
    EXPECT_EQ(bankTotal.at(total), QStringLiteral("53940.00"));
    const QStringList& grand = rows.constLast();
    EXPECT_EQ(grand.at(month), QStringLiteral("grand total"));
    EXPECT_EQ(grand.at(calls), QStringLiteral("1200000"));
    EXPECT_EQ(grand.at(purchaseCost), QStringLiteral("15000.00"));
    EXPECT_EQ(grand.at(postpaidCost), QStringLiteral("53940.00"));
    EXPECT_EQ(grand.at(total), QStringLiteral("68940.00"));
}

TEST(CostReport, JsonHasExactTotalsAndEveryPackField) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = idCardAndBankCard();
    const BillingResult r = BillingEngine::run(c, s);
    const CostReport report(c, s, r);
    // Through the serialised bytes, as a script would read them.
    const QJsonObject json = QJsonDocument::fromJson(report.toJson()).object();
    EXPECT_EQ(json.value(QStringLiteral("total")).toString(), QStringLiteral("68940.00"));
    EXPECT_EQ(json.value(QStringLiteral("postpaidOnlyTotal")).toString(), QStringLiteral("82740.00"));
    EXPECT_EQ(json.value(QStringLiteral("saving")).toString(), QStringLiteral("13800.00"));
    EXPECT_EQ(json.value(QStringLiteral("packCost")).toString(), QStringLiteral("15000.00"));
    EXPECT_EQ(json.value(QStringLiteral("postpaidCost")).toString(), QStringLiteral("53940.00"));
    EXPECT_EQ(json.value(QStringLiteral("start")).toString(), QStringLiteral("2027-01"));
    EXPECT_EQ(json.value(QStringLiteral("months")).toInt(), 12);
    EXPECT_EQ(json.value(QStringLiteral("tierBasis")).toString(), QStringLiteral("all-calls"));
    EXPECT_FALSE(json.value(QStringLiteral("estimate")).toBool(true));
    EXPECT_TRUE(json.value(QStringLiteral("overriddenPrices")).isArray());

    const QJsonArray packs = json.value(QStringLiteral("packs")).toArray();
    ASSERT_EQ(packs.size(), 2);
    const QJsonObject id = packs.at(0).toObject();
    for (const char* key : {"pack", "name", "nameEn", "total", "postpaidCost", "packCost", "postpaidOnlyCost",
                            "saving", "expiredCalls", "unusedAtEnd", "calls", "freeCalls", "packCalls",
                            "postpaidCalls", "purchases", "months"}) {
        EXPECT_TRUE(id.contains(QLatin1String(key))) << key;
    }
    EXPECT_EQ(id.value(QStringLiteral("pack")).toString(), QStringLiteral("id-card"));
    EXPECT_EQ(id.value(QStringLiteral("name")).toString(), QStringLiteral("身份证识别"));
    EXPECT_EQ(id.value(QStringLiteral("total")).toString(), QStringLiteral("15000.00"));
    EXPECT_EQ(id.value(QStringLiteral("postpaidOnlyCost")).toString(), QStringLiteral("28800.00"));
    EXPECT_EQ(id.value(QStringLiteral("saving")).toString(), QStringLiteral("13800.00"));
    EXPECT_EQ(id.value(QStringLiteral("expiredCalls")).toInteger(), 12'000);
    EXPECT_EQ(id.value(QStringLiteral("calls")).toInteger(), 300'000);
    EXPECT_EQ(id.value(QStringLiteral("freeCalls")).toInteger(), 12'000);
    EXPECT_EQ(id.value(QStringLiteral("packCalls")).toInteger(), 288'000);
    EXPECT_EQ(id.value(QStringLiteral("postpaidCalls")).toInteger(), 0);
    const QJsonArray purchases = id.value(QStringLiteral("purchases")).toArray();
    ASSERT_EQ(purchases.size(), 1);
    EXPECT_EQ(purchases.at(0).toObject().value(QStringLiteral("month")).toString(),
              QStringLiteral("2027-01"));
    EXPECT_EQ(purchases.at(0).toObject().value(QStringLiteral("size")).toInteger(), 100'000);
    EXPECT_EQ(purchases.at(0).toObject().value(QStringLiteral("count")).toInteger(), 3);
    const QJsonArray months = id.value(QStringLiteral("months")).toArray();
    ASSERT_EQ(months.size(), 12);
    EXPECT_EQ(months.at(11).toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2027-12"));
    EXPECT_EQ(months.at(11).toObject().value(QStringLiteral("expiredCalls")).toInteger(), 12'000);

    const QJsonObject bankJan =
        packs.at(1).toObject().value(QStringLiteral("months")).toArray().at(0).toObject();
    EXPECT_EQ(bankJan.value(QStringLiteral("tier")).toInt(), 3);
    EXPECT_EQ(bankJan.value(QStringLiteral("unitPrice")).toString(), QStringLiteral("0.06"));
    EXPECT_EQ(bankJan.value(QStringLiteral("postpaidCost")).toString(), QStringLiteral("53940.00"));
    const QJsonObject bankFeb =
        packs.at(1).toObject().value(QStringLiteral("months")).toArray().at(1).toObject();
    EXPECT_TRUE(bankFeb.value(QStringLiteral("tier")).isNull());

    // Both packs are in the card category.
    const QJsonArray categories = json.value(QStringLiteral("categories")).toArray();
    ASSERT_EQ(categories.size(), 1);
    EXPECT_EQ(categories.at(0).toObject().value(QStringLiteral("category")).toString(),
              QStringLiteral("card"));
    EXPECT_EQ(categories.at(0).toObject().value(QStringLiteral("total")).toString(),
              QStringLiteral("68940.00"));

    // Cash flow: January's bank-card bill is paid, and frozen at list price, in February (R5).
    const QJsonArray cash = json.value(QStringLiteral("cashFlow")).toArray();
    ASSERT_EQ(cash.size(), 13);
    const QJsonObject jan = cash.at(0).toObject();
    EXPECT_EQ(jan.value(QStringLiteral("packPurchases")).toString(), QStringLiteral("15000.00"));
    const QJsonObject feb = cash.at(1).toObject();
    EXPECT_EQ(feb.value(QStringLiteral("month")).toString(), QStringLiteral("2027-02"));
    EXPECT_EQ(feb.value(QStringLiteral("billPaid")).toString(), QStringLiteral("53940.00"));
    EXPECT_EQ(feb.value(QStringLiteral("frozen")).toString(), QStringLiteral("53940.00"));
    EXPECT_EQ(feb.value(QStringLiteral("fundsRequired")).toString(), QStringLiteral("107880.00"));
    EXPECT_EQ(cash.at(2).toObject().value(QStringLiteral("released")).toString(), QStringLiteral("53940.00"));

    const QJsonArray notices = json.value(QStringLiteral("notices")).toArray();
    ASSERT_EQ(notices.size(), 1);
    EXPECT_EQ(notices.at(0).toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2027-12"));
    EXPECT_EQ(notices.at(0).toObject().value(QStringLiteral("pack")).toString(), QStringLiteral("id-card"));
    EXPECT_EQ(notices.at(0).toObject().value(QStringLiteral("kind")).toString(),
              QStringLiteral("below-20-percent"));
}

TEST(CostReport, AboveTopTierIsFlaggedAsEstimateEverywhere) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = aboveTopTier();
    const BillingResult r = BillingEngine::run(c, s);
    const CostReport report(c, s, r);
    const int pack = c.packIndex(QStringLiteral("general-print"));
    EXPECT_EQ(report.tierLabel(pack, 3), QStringLiteral("above 1,000,000"));
    EXPECT_EQ(report.tierLabel(pack, 0), QStringLiteral("1"));
    EXPECT_EQ(report.tierLabel(pack, -1), QString());

    const QList<QStringList> rows = csvRows(report);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(1).at(7), QStringLiteral("above 1,000,000"));
    EXPECT_EQ(rows.at(1).at(8), QStringLiteral("0.06"));
    EXPECT_EQ(rows.at(1).at(9), QStringLiteral("119940.00"));
    EXPECT_EQ(rows.at(1).at(15), QStringLiteral("yes"));
    EXPECT_EQ(rows.constLast().at(15), QStringLiteral("yes"));

    const QJsonObject json = report.toJsonObject();
    EXPECT_TRUE(json.value(QStringLiteral("estimate")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("total")).toString(), QStringLiteral("119940.00"));
    const QJsonObject month = json.value(QStringLiteral("packs"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("months"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    EXPECT_EQ(month.value(QStringLiteral("tier")).toInt(), 4);
    EXPECT_TRUE(month.value(QStringLiteral("aboveTopTier")).toBool());
    EXPECT_TRUE(month.value(QStringLiteral("estimate")).toBool());

    EXPECT_TRUE(report.toText().contains(QStringLiteral(
        "Prices above 1,000,000 calls/month are estimates: ask Tencent Cloud sales for a quote")));
}

TEST(CostReport, OverriddenPricesAreListed) {
    const Catalog& c = Catalog::defaultCatalog();
    Scenario s = idCardAndBankCard();
    s.overrides.packPrices[QStringLiteral("id-card")].insert(100'000, *Money::parse(u"4500"));
    const BillingResult r = BillingEngine::run(c, s);
    const CostReport report(c, s, r);
    const QJsonObject json = report.toJsonObject();
    EXPECT_EQ(json.value(QStringLiteral("total")).toString(), QStringLiteral("67440.00"));
    const QJsonArray overridden = json.value(QStringLiteral("overriddenPrices")).toArray();
    ASSERT_EQ(overridden.size(), 1);
    EXPECT_TRUE(overridden.at(0).toString().contains(QStringLiteral("id-card")));
    EXPECT_EQ(json.value(QStringLiteral("packs"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("purchases"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("cost"))
                  .toString(),
              QStringLiteral("13500.00"));
    EXPECT_TRUE(report.toText().contains(overridden.at(0).toString()));
}

TEST(CostReport, TextShowsEveryPackTheTotalAndThePurchases) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = idCardAndBankCard();
    const BillingResult r = BillingEngine::run(c, s);
    const QString text = CostReport(c, s, r).toText();
    EXPECT_TRUE(text.contains(QStringLiteral("W1 + W6")));
    EXPECT_TRUE(text.contains(QStringLiteral("身份证识别")));
    EXPECT_TRUE(text.contains(QStringLiteral("银行卡识别")));
    EXPECT_TRUE(text.contains(QStringLiteral("68,940.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("82,740.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("3 × 100,000 calls")));
    EXPECT_FALSE(text.contains(QStringLiteral("estimates")));
    // The pack rows and the total line end in the same terminal column.
    const QStringList lines = text.split(u'\n');
    int width = -1;
    for (const QString& line : lines) {
        if (!line.startsWith(QStringLiteral("身份证识别")) &&
            !line.startsWith(QStringLiteral("银行卡识别")) && !line.startsWith(QStringLiteral("Total  ")))
            continue;
        if (width < 0)
            width = TextTable::displayWidth(line);
        EXPECT_EQ(TextTable::displayWidth(line), width) << line.toStdString();
    }
    EXPECT_GT(width, 0);
}

namespace {

// April re-plan of the ID card: 25,000 calls a month (24,000 after the 1,000 free calls, R1),
// a held pack with 60,000 calls usable through February, the 100,000 pack bought in January
// (made: actualThrough is March) and two more bought in April.
Scenario aprilReplan() {
    Scenario s;
    s.name = QStringLiteral("April re-plan");
    s.start = YearMonth(2027, 1);
    s.months = 12;
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(12, 25'000));
    s.holdings.append(Holding{QStringLiteral("id-card"), 100'000, 60'000, YearMonth(2027, 2), 1});
    s.purchases.append({0, QStringLiteral("id-card"), 100'000, 1});
    s.purchases.append({3, QStringLiteral("id-card"), 100'000, 2});
    s.actualThrough = YearMonth(2027, 3);
    return s;
}

} // namespace

// By hand (R3, earliest expiry first): the held pack serves January and February, 2 × 24,000 =
// 48,000, and loses 12,000 when it expires in February. The January pack (usable through
// 2027-12) serves March to June (96,000) and 4,000 of July: it runs out in July. The April
// packs (usable through 2028-03) serve the other 20,000 of July and August to December
// (5 × 24,000): 140,000 of 200,000, 60,000 still valid at the end.
TEST(CostReport, JsonListsHoldingsAndThePackLinesOfAYearInProgress) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = aprilReplan();
    const BillingResult r = BillingEngine::run(c, s);
    const QJsonObject json = CostReport(c, s, r).toJsonObject();
    EXPECT_EQ(json.value(QStringLiteral("actualThrough")).toString(), QStringLiteral("2027-03"));
    // Only the new packs cost money: 3 × 5,000 元.
    EXPECT_EQ(json.value(QStringLiteral("total")).toString(), QStringLiteral("15000.00"));

    const QJsonArray holdings = json.value(QStringLiteral("holdings")).toArray();
    ASSERT_EQ(holdings.size(), 1);
    const QJsonObject h = holdings.at(0).toObject();
    EXPECT_EQ(h.value(QStringLiteral("pack")).toString(), QStringLiteral("id-card"));
    EXPECT_EQ(h.value(QStringLiteral("size")).toInteger(), 100'000);
    EXPECT_EQ(h.value(QStringLiteral("remaining")).toInteger(), 60'000);
    EXPECT_EQ(h.value(QStringLiteral("count")).toInteger(), 1);
    EXPECT_EQ(h.value(QStringLiteral("expires")).toString(), QStringLiteral("2027-02"));
    EXPECT_EQ(h.value(QStringLiteral("atStart")).toInteger(), 60'000);
    EXPECT_EQ(h.value(QStringLiteral("used")).toInteger(), 48'000);
    EXPECT_EQ(h.value(QStringLiteral("expired")).toInteger(), 12'000);
    EXPECT_EQ(h.value(QStringLiteral("unusedAtEnd")).toInteger(), 0);

    const QJsonArray lines = json.value(QStringLiteral("packLines")).toArray();
    ASSERT_EQ(lines.size(), 3);
    const QJsonObject held = lines.at(0).toObject();
    EXPECT_EQ(held.value(QStringLiteral("source")).toString(), QStringLiteral("held"));
    EXPECT_TRUE(held.value(QStringLiteral("bought")).isNull());
    EXPECT_EQ(held.value(QStringLiteral("calls")).toInteger(), 60'000);
    EXPECT_EQ(held.value(QStringLiteral("used")).toInteger(), 48'000);
    EXPECT_TRUE(held.value(QStringLiteral("runsOut")).isNull());
    EXPECT_EQ(held.value(QStringLiteral("expires")).toString(), QStringLiteral("2027-02"));
    EXPECT_EQ(held.value(QStringLiteral("expiringUnused")).toInteger(), 12'000);
    EXPECT_EQ(held.value(QStringLiteral("unusedAtEnd")).toInteger(), 0);
    const QJsonObject january = lines.at(1).toObject();
    EXPECT_EQ(january.value(QStringLiteral("source")).toString(), QStringLiteral("bought"));
    EXPECT_EQ(january.value(QStringLiteral("bought")).toString(), QStringLiteral("2027-01"));
    EXPECT_EQ(january.value(QStringLiteral("calls")).toInteger(), 100'000);
    EXPECT_EQ(january.value(QStringLiteral("runsOut")).toString(), QStringLiteral("2027-07"));
    EXPECT_EQ(january.value(QStringLiteral("expires")).toString(), QStringLiteral("2027-12"));
    EXPECT_EQ(january.value(QStringLiteral("expiringUnused")).toInteger(), 0);
    const QJsonObject april = lines.at(2).toObject();
    EXPECT_EQ(april.value(QStringLiteral("bought")).toString(), QStringLiteral("2027-04"));
    EXPECT_EQ(april.value(QStringLiteral("calls")).toInteger(), 200'000);
    EXPECT_EQ(april.value(QStringLiteral("used")).toInteger(), 140'000);
    EXPECT_TRUE(april.value(QStringLiteral("runsOut")).isNull());
    EXPECT_EQ(april.value(QStringLiteral("expires")).toString(), QStringLiteral("2028-03"));
    EXPECT_EQ(april.value(QStringLiteral("unusedAtEnd")).toInteger(), 60'000);

    // The January order was placed (2027-01 <= actualThrough): marked as optimize marks it.
    const QJsonArray purchases =
        json.value(QStringLiteral("packs")).toArray().at(0).toObject().value(QStringLiteral("purchases")).toArray();
    ASSERT_EQ(purchases.size(), 2);
    EXPECT_TRUE(purchases.at(0).toObject().value(QStringLiteral("fixed")).toBool());
    EXPECT_FALSE(purchases.at(1).toObject().contains(QStringLiteral("fixed")));
}

TEST(CostReport, TextShowsHoldingsMadePurchasesAndTheForecast) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = aprilReplan();
    const BillingResult r = BillingEngine::run(c, s);
    const QString text = CostReport(c, s, r).toText();
    // Figures as derived above.
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Packs held at the start (already paid, cost nothing here)\n"
        "  Pack        Id          Size  Left per pack  Count  Usable through  At start    Used  Expired  Unused at end\n"
        "  ------------------------------------------------------------------------------------------------------------\n"
        "  身份证识别  id-card  100,000         60,000      1  2027-02           60,000  48,000   12,000              0\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Purchases\n"
                                             "  2027-01 (made)  身份证识别  id-card  1 × 100,000 calls   5,000.00\n"
                                             "  2027-04         身份证识别  id-card  2 × 100,000 calls  10,000.00\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Run-out and expiry forecast\n"
        "  Source          Pack        Id         Calls  Runs out  Usable through  Expiring unused  Unused at end\n"
        "  ------------------------------------------------------------------------------------------------------\n"
        "  held            身份证识别  id-card   60,000  -         2027-02                  12,000              0\n"
        "  bought 2027-01  身份证识别  id-card  100,000  2027-07   2027-12                       0              0\n"
        "  bought 2027-04  身份证识别  id-card  200,000  -         2028-03                       0         60,000\n")))
        << text.toStdString();
}

// A plan made in a vacuum has none of the new sections or keys.
TEST(CostReport, NoHoldingsNoActualMonthsNoNewSections) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = idCardAndBankCard();
    const BillingResult r = BillingEngine::run(c, s);
    const CostReport report(c, s, r);
    const QJsonObject json = report.toJsonObject();
    EXPECT_FALSE(json.contains(QStringLiteral("holdings")));
    EXPECT_FALSE(json.contains(QStringLiteral("packLines")));
    EXPECT_FALSE(json.contains(QStringLiteral("actualThrough")));
    const QString text = report.toText();
    EXPECT_FALSE(text.contains(QStringLiteral("Packs held at the start")));
    EXPECT_FALSE(text.contains(QStringLiteral("Run-out")));
    EXPECT_FALSE(text.contains(QStringLiteral("(made)")));
}
