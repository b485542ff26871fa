// The reports of cost allocation and of the ledger (AllocationReport) on a
// case worked by hand.
#include "model/io/AllocationReport.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/CostAllocation.h"
#include "model/billing/Scenario.h"
#include "model/io/TextTable.h"
#include "tests/support/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

// ID-card calls split 60 % 销售部 / 40 % 风控部, one 100,000 pack bought in January for
// 5,000 元 (0.05 元 a call). `volumes` per month; 1,000 calls a month are free (R1).
Scenario twoDepartments(const QList<qint64>& volumes) {
    Scenario s;
    s.name = QStringLiteral("两个部门");
    s.start = YearMonth(2027, 1);
    s.months = static_cast<int>(volumes.size());
    s.volumes.insert(QStringLiteral("IDCardOCR"), volumes);
    s.purchases.append({0, QStringLiteral("id-card"), 100'000, 1});
    CostCentreSplit split;
    split.shares.insert(QStringLiteral("销售部"), {600'000});
    split.shares.insert(QStringLiteral("风控部"), {400'000});
    s.costCentres.insert(QStringLiteral("IDCardOCR"), split);
    return s;
}

QString amount(const char* text) {
    return QString::fromLatin1(text);
}

} // namespace

// 41,000 calls in January and February, 31,000 in March. Each month 1,000 are free; January
// and February use 40,000 pack calls each (2,000 元 each); March uses the last 20,000 (1,000 元)
// and 10,000 calls are postpaid at 0.10 元 (31,000 calls: the 10,001-100,000 tier, R4) = 1,000 元.
// Total 6,000 元. 销售部 bears 60 %: 1,200 + 1,200 + (600 + 600) = 3,600; 风控部 2,400.
TEST(AllocationReport, JsonAndCsvPerCentreAndMonthAddUpToThePlan) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = twoDepartments({41'000, 41'000, 31'000});
    const BillingResult r = BillingEngine::run(c, s);
    ASSERT_EQ(r.total().toDecimalString(), amount("6000.00"));
    const AllocationReport report(c, s, CostAllocation::build(c, s, r, UnusedBalanceRule::ByUse));

    const QJsonObject root = QJsonDocument::fromJson(report.toJson()).object();
    EXPECT_EQ(root.value(QStringLiteral("scenario")).toString(), QStringLiteral("两个部门"));
    EXPECT_EQ(root.value(QStringLiteral("unusedBalance")).toString(), QStringLiteral("by-use"));
    EXPECT_EQ(root.value(QStringLiteral("total")).toString(), amount("6000.00"));
    const QJsonArray centres = root.value(QStringLiteral("centres")).toArray();
    ASSERT_EQ(centres.size(), 2); // no Unallocated line: every call has a centre
    // Named centres in name order: 销售部 (U+9500) before 风控部 (U+98CE).
    const QJsonObject sales = centres.at(0).toObject();
    EXPECT_EQ(sales.value(QStringLiteral("name")).toString(), QStringLiteral("销售部"));
    EXPECT_EQ(sales.value(QStringLiteral("total")).toString(), amount("3600.00"));
    EXPECT_EQ(sales.value(QStringLiteral("balanceAtEnd")).toString(), amount("0.00"));
    const QJsonArray months = sales.value(QStringLiteral("months")).toArray();
    ASSERT_EQ(months.size(), 3);
    const QJsonObject january = months.at(0).toObject();
    EXPECT_EQ(january.value(QStringLiteral("month")).toString(), QStringLiteral("2027-01"));
    EXPECT_EQ(january.value(QStringLiteral("calls")).toInteger(), 24'600); // 60 % of 41,000
    EXPECT_EQ(january.value(QStringLiteral("packUsage")).toString(), amount("1200.00"));
    EXPECT_EQ(january.value(QStringLiteral("postpaid")).toString(), amount("0.00"));
    const QJsonObject march = months.at(2).toObject();
    EXPECT_EQ(march.value(QStringLiteral("packUsage")).toString(), amount("600.00"));
    EXPECT_EQ(march.value(QStringLiteral("postpaid")).toString(), amount("600.00"));
    EXPECT_EQ(march.value(QStringLiteral("total")).toString(), amount("1200.00"));
    const QJsonArray packs = sales.value(QStringLiteral("packs")).toArray();
    ASSERT_EQ(packs.size(), 1);
    EXPECT_EQ(packs.at(0).toObject().value(QStringLiteral("pack")).toString(), QStringLiteral("id-card"));
    EXPECT_EQ(packs.at(0).toObject().value(QStringLiteral("total")).toString(), amount("3600.00"));
    EXPECT_EQ(centres.at(1).toObject().value(QStringLiteral("total")).toString(), amount("2400.00"));

    // Header, 3 months + total per centre, 3 months + total for all.
    const QList<QStringList> rows = test::csvRows(report.toCsv());
    ASSERT_EQ(rows.size(), 13);
    EXPECT_EQ(rows.at(0).join(u','),
              QStringLiteral("cost centre,month,calls,pack usage,postpaid,expired,unused at end,total"));
    EXPECT_EQ(rows.at(3).join(u','), QStringLiteral("销售部,2027-03,18600,600.00,600.00,0.00,,1200.00"));
    EXPECT_EQ(rows.at(4).join(u','), QStringLiteral("销售部,total,67800,3000.00,600.00,0.00,0.00,3600.00"));
    EXPECT_EQ(rows.at(8).join(u','), QStringLiteral("风控部,total,45200,2000.00,400.00,0.00,0.00,2400.00"));
    EXPECT_EQ(rows.at(12).join(u','), QStringLiteral("all,total,113000,5000.00,1000.00,0.00,0.00,6000.00"));

    const QList<QStringList> byPack = test::csvRows(report.toPackCsv());
    ASSERT_EQ(byPack.size(), 7); // header, (pack + total) per centre, pack + total for all
    EXPECT_EQ(byPack.at(1).join(u','), QStringLiteral("销售部,id-card,身份证识别,67800,3000.00,600.00,0.00,,3600.00"));
    EXPECT_EQ(byPack.at(6).join(u','), QStringLiteral("all,total,,113000,5000.00,1000.00,0.00,0.00,6000.00"));
}

// 41,000 calls in each of two months: the pack serves 80,000 and 20,000 calls (1,000 元) are
// still valid at the end. By use, 销售部 bears 60 % of them: 2,400 + 600 = 3,000 元; with the
// Unallocated rule they are a line of their own: 销售部 2,400, 风控部 1,600, Unallocated 1,000.
TEST(AllocationReport, BalanceUnusedAtTheEndFollowsTheRule) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = twoDepartments({41'000, 41'000});
    const BillingResult r = BillingEngine::run(c, s);
    ASSERT_EQ(r.total().toDecimalString(), amount("5000.00"));

    const AllocationReport byUse(c, s, CostAllocation::build(c, s, r, UnusedBalanceRule::ByUse));
    const QJsonArray centres = byUse.toJsonObject().value(QStringLiteral("centres")).toArray();
    ASSERT_EQ(centres.size(), 2);
    EXPECT_EQ(centres.at(0).toObject().value(QStringLiteral("balanceAtEnd")).toString(), amount("600.00"));
    EXPECT_EQ(centres.at(0).toObject().value(QStringLiteral("total")).toString(), amount("3000.00"));
    EXPECT_EQ(centres.at(1).toObject().value(QStringLiteral("total")).toString(), amount("2000.00"));

    const AllocationReport central(c, s, CostAllocation::build(c, s, r, UnusedBalanceRule::Unallocated));
    const QJsonObject root = central.toJsonObject();
    EXPECT_EQ(root.value(QStringLiteral("unusedBalance")).toString(), QStringLiteral("unallocated"));
    const QJsonArray lines = root.value(QStringLiteral("centres")).toArray();
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(0).toObject().value(QStringLiteral("total")).toString(), amount("2400.00"));
    EXPECT_EQ(lines.at(1).toObject().value(QStringLiteral("total")).toString(), amount("1600.00"));
    EXPECT_EQ(lines.at(2).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Unallocated"));
    EXPECT_EQ(lines.at(2).toObject().value(QStringLiteral("total")).toString(), amount("1000.00"));
    EXPECT_EQ(root.value(QStringLiteral("total")).toString(), amount("5000.00"));

    // The text: the totals table, then the months with the centres as columns.
    const QString text = central.toText();
    EXPECT_TRUE(text.contains(QStringLiteral("Unallocated"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("By month"))) << text.toStdString();
    for (const QString& line : text.split(u'\n'))
        EXPECT_LE(line.size(), AllocationReport::kTextWidth) << line.toStdString();
}

// Many centres: the months table is cut into blocks of columns, none wider than 100 columns,
// and every centre appears in one of them.
TEST(AllocationReport, TextFitsOneHundredColumnsWithManyCentres) {
    const Catalog& c = Catalog::defaultCatalog();
    Scenario s = twoDepartments(QList<qint64>(12, 41'000));
    CostCentreSplit split;
    for (int i = 0; i < 20; ++i)
        split.shares.insert(QStringLiteral("项目%1组").arg(i, 2, 10, QChar(u'0')), {50'000});
    s.costCentres.insert(QStringLiteral("IDCardOCR"), split);
    const BillingResult r = BillingEngine::run(c, s);
    const AllocationReport report(c, s, CostAllocation::build(c, s, r, UnusedBalanceRule::ByUse));
    const QString text = report.toText(true);
    for (const QString& line : text.split(u'\n'))
        EXPECT_LE(TextTable::displayWidth(line), AllocationReport::kTextWidth) << line.toStdString();
    for (int i = 0; i < 20; ++i)
        EXPECT_TRUE(text.contains(QStringLiteral("项目%1组").arg(i, 2, 10, QChar(u'0'))));
}
