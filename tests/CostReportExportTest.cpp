#include "ui/CostReportExport.h"
#include "ui/PlanReportPdf.h"

#include "model/billing/AtomicFile.h"
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/Money.h"
#include "model/document/PlanDocument.h"
#include "model/io/CostReport.h"
#include "model/io/PlanFile.h"
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

namespace {

// A year in progress: a held ID-card pack (60,000 calls through 2027-02) and the January
// purchase made (actualThrough 2027-03), 25,000 calls a month.
Scenario heldAndMade(int holdings) {
    Scenario s;
    s.name = QStringLiteral("April re-plan");
    s.start = YearMonth(2027, 1);
    s.months = 12;
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(12, 25'000));
    for (int i = 0; i < holdings; ++i)
        s.holdings.append(Holding{QStringLiteral("id-card"), 100'000, 60'000, YearMonth(2027, 2), 1});
    s.purchases.append({0, QStringLiteral("id-card"), 100'000, 1});
    s.actualThrough = YearMonth(2027, 3);
    return s;
}

int pdfPages(const Scenario& s, const char* keepAs) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(s);
    PlanReportPdf pdf(&doc);
    const QByteArray bytes = pdf.render();
    EXPECT_FALSE(bytes.isEmpty());
    // For a look at the pages: OCP_HOLDINGS_PDF=dir, then pdftoppm.
    if (const QByteArray dir = qgetenv("OCP_HOLDINGS_PDF"); !dir.isEmpty()) {
        QFile file(QString::fromLocal8Bit(dir) + u'/' + QLatin1String(keepAs));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    return pdf.pageCount();
}

} // namespace

// The plan page gains the holdings table and the run-out forecast, drawn from the window's
// models; with one holding both fit under the plan on page 2, so the report keeps its six
// pages (summary, plan, scenarios compared, three chart pages). Forty holdings make 40 + 41
// rows in the two tables (the forecast also lists the January purchase), more than the rest
// of page 2 and one more landscape A4 page hold (about 33 rows of 8 pt a page): the tables go
// on over two more pages, their headers repeated.
TEST(CostReportExport, PdfShowsTheHoldingsAndTheForecastOnThePlanPage) {
    EXPECT_EQ(pdfPages(heldAndMade(0), "made.pdf"), 6);
    EXPECT_EQ(pdfPages(heldAndMade(1), "held.pdf"), 6);
    EXPECT_EQ(pdfPages(heldAndMade(40), "held40.pdf"), 8);
}

// With cost centres the report gains three pages: the cost per centre (its totals and the months
// with the centres side by side), per centre and resource pack, and the accounting schedule. The
// example plan (three departments, 12 months) has no holdings: 6 + 3 pages. Without its centres
// the same plan keeps its six pages.
TEST(CostReportExport, PdfHasTheCostCentrePagesOnlyWithCostCentres) {
    Plan plan = PlanFile::fromFile(QStringLiteral(OCP_SOURCE_DIR "/docs/examples/cost-centres.ocrplan"),
                                   Catalog::defaultCatalog());
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(plan);
    PlanReportPdf pdf(&doc);
    const QByteArray bytes = pdf.render();
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_EQ(pdf.pageCount(), 9);
    // For a look at the pages: OCP_CENTRES_PDF=file, then pdftoppm.
    if (const QByteArray path = qgetenv("OCP_CENTRES_PDF"); !path.isEmpty()) {
        QFile file(QString::fromLocal8Bit(path));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    plan.scenarios[0].costCentres.clear();
    PlanDocument plain(Catalog::defaultCatalog());
    plain.load(plan);
    PlanReportPdf without(&plain);
    ASSERT_FALSE(without.render().isEmpty());
    EXPECT_EQ(without.pageCount(), 6);
}
