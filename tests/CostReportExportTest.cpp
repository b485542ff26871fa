#include "ui/CostReportExport.h"

#include "model/billing/AtomicFile.h"
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/Money.h"
#include "model/document/PlanDocument.h"
#include "model/io/CostReport.h"
#include "model/io/ScenarioFile.h"
#include "tests/support/Csv.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::csvRows;

TEST(CostReportExport, OneRowPerMonthPerPackWithTotalsThatAddUp) {
    const Catalog& catalog = Catalog::defaultCatalog();
    PlanDocument document(catalog);
    document.load(ScenarioFile::sample(catalog));
    const BillingResult& result = document.snapshot()->result;
    const QByteArray csv = CostReportExport().csv(document);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF")) << "UTF-8 byte order mark";
    ASSERT_TRUE(csv.endsWith("\r\n"));
    EXPECT_EQ(csv, CostReport(catalog, document.scenario(), result).toCsv()) << "the command line's report";
    const QList<QStringList> rows = csvRows(csv);
    ASSERT_FALSE(rows.isEmpty());
    const QStringList header = rows.constFirst();
    EXPECT_EQ(header, CostReport::ledgerColumns());
    for (const QStringList& row : rows)
        ASSERT_EQ(row.size(), header.size()) << row.join(u',').toStdString();
    const auto col = [&](const char* name) {
        return static_cast<int>(header.indexOf(QString::fromLatin1(name)));
    };

    // 8 packs in use × (12 months + their total) + the grand total.
    EXPECT_EQ(rows.size(), 1 + 8 * 13 + 1);
    Money monthsSum;
    qint64 callsSum = 0;
    Money packTotalsSum;
    for (const QStringList& row : rows.mid(1, rows.size() - 2)) {
        const Money cost = *Money::parse(row.at(col("month total")));
        if (row.at(col("month")) == QStringLiteral("total")) {
            packTotalsSum += cost;
        } else {
            monthsSum += cost;
            callsSum += row.at(col("calls")).toLongLong();
            EXPECT_EQ(*Money::parse(row.at(col("postpaid cost"))) +
                          *Money::parse(row.at(col("purchase cost"))),
                      cost);
        }
    }
    const QStringList grand = rows.constLast();
    EXPECT_EQ(grand.at(col("month")), QStringLiteral("grand total"));
    EXPECT_EQ(*Money::parse(grand.at(col("month total"))), result.total());
    EXPECT_EQ(monthsSum, result.total());
    EXPECT_EQ(packTotalsSum, result.total());
    EXPECT_EQ(grand.at(col("calls")).toLongLong(), callsSum);
    EXPECT_EQ(grand.at(col("calls")).toLongLong(), result.overall.calls);

    // The ID-card pack's first month: 25,000 calls, 1,000 free, 24,000 from the packs bought then.
    const auto first = std::find_if(rows.cbegin(), rows.cend(), [&](const QStringList& r) {
        return r.at(col("pack")) == QStringLiteral("id-card") &&
               r.at(col("month")) == QStringLiteral("2027-01");
    });
    ASSERT_NE(first, rows.cend());
    EXPECT_EQ(first->at(col("pack name")), QStringLiteral("身份证识别"));
    EXPECT_EQ(first->at(col("free calls")), QStringLiteral("1000"));
    EXPECT_EQ(first->at(col("calls from packs")), QStringLiteral("24000"));
    EXPECT_EQ(first->at(col("purchase cost")), QStringLiteral("15000.00"));
    EXPECT_EQ(first->at(col("tier")), QString());
}

TEST(CostReportExport, QuotesFieldsThatNeedItAndWritesAtomically) {
    // A pack name with a comma and quotes must survive a round trip.
    const QByteArray json = R"({
      "format": "ocr-cost-planner/catalog", "version": 1, "currency": "CNY",
      "freeCallsPerMonth": 1000, "packValidityMonths": 12,
      "categories": [{"id": "c", "name": "类", "nameEn": "C"}],
      "resourcePacks": [{"id": "p", "name": "包\"甲\", 大", "nameEn": "Pack", "category": "c",
                         "sizes": [{"calls": 1000, "price": "10"}]}],
      "postpaidGroups": [{"id": "p", "name": "包", "tiers": [{"upTo": 10000, "unitPrice": "0.1"}], "aboveTopTier": "contact-sales"}],
      "interfaces": [{"id": "A", "name": "甲", "category": "c", "pack": "p", "postpaidGroup": "p"}]
    })";
    const Catalog catalog = Catalog::fromJson(json);
    PlanDocument document(catalog);
    Scenario s;
    s.months = 1;
    s.volumes.insert(QStringLiteral("A"), {3000});
    document.load(s);
    const QByteArray csv = CostReportExport().csv(document);
    EXPECT_TRUE(csv.contains("\"包\"\"甲\"\", 大\"")) << csv.toStdString();
    const QList<QStringList> rows = csvRows(csv);
    const auto name = CostReport::ledgerColumns().indexOf(QStringLiteral("pack name"));
    const auto postpaid = CostReport::ledgerColumns().indexOf(QStringLiteral("postpaid cost"));
    EXPECT_EQ(rows.at(1).at(name), QStringLiteral("包\"甲\", 大"));
    EXPECT_EQ(rows.at(1).at(postpaid), QStringLiteral("200.00")); // 2,000 postpaid calls at 0.1

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.csv"));
    // The window writes the export as MainWindow::writeExport does (MainWindowTest covers it).
    AtomicFile::write(path, CostReportExport().csv(document));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), csv);
    // A path that cannot be written is refused with a message.
    EXPECT_THROW(AtomicFile::write(dir.filePath(QStringLiteral("missing/dir/x.csv")), CostReportExport().csv(document)),
                 InputError);
}
