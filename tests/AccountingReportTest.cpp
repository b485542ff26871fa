// The ledger of the plan's packs and bills (AccountingReport) on the case of
// AllocationReportTest worked by hand: the schedule and the journal CSV.
#include "model/io/AccountingReport.h"

#include "model/billing/AccountingSchedule.h"
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/CostAllocation.h"
#include "model/billing/CsvReader.h"
#include "model/billing/Scenario.h"
#include "tests/support/Csv.h"

#include <QMap>
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

// The CSV the report wrote, read back by the planner's own (lenient) reader after the BOM.
QList<QStringList> readBack(const QByteArray& csv) {
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    for (const CsvRecord& r : CsvReader::parse(text))
        rows.append(r.fields);
    return rows;
}

} // namespace

// The ledger of the three-month case by usage: January buys the pack (5,000 元 into prepaid)
// and expenses 2,000; February 2,000; March 1,000 and the 1,000 元 postpaid bill. Nothing is
// prepaid at the end.
TEST(AccountingReport, ScheduleCsvHasTheMonthsAndATotalRow) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = twoDepartments({41'000, 41'000, 31'000});
    const BillingResult r = BillingEngine::run(c, s);
    const CostAllocation allocation = CostAllocation::build(c, s, r, UnusedBalanceRule::ByUse);
    const AccountingReport report(c, s, AccountingSchedule::build(c, s, r, allocation, AccountingMethod::ByUsage));
    const QList<QStringList> rows = test::csvRows(report.scheduleCsv());
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows.at(0).join(u','), QStringLiteral("month,purchases,pack expense,expired expense,postpaid,"
                                                    "total expense,prepaid balance"));
    EXPECT_EQ(rows.at(1).join(u','), QStringLiteral("2027-01,5000.00,2000.00,0.00,0.00,2000.00,3000.00"));
    EXPECT_EQ(rows.at(3).join(u','), QStringLiteral("2027-03,0.00,1000.00,0.00,1000.00,2000.00,0.00"));
    EXPECT_EQ(rows.at(4).join(u','), QStringLiteral("total,5000.00,5000.00,0.00,1000.00,6000.00,0.00"));
}

// The journal opens as CSV (read back with CsvReader), names the accounts the plan gave and the
// defaults for the others, words its memos, and balances: in all and per posting.
TEST(AccountingReport, JournalCsvBalancesAndReadsBack) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = twoDepartments({41'000, 41'000, 31'000});
    const BillingResult r = BillingEngine::run(c, s);
    const CostAllocation allocation = CostAllocation::build(c, s, r, UnusedBalanceRule::ByUse);
    for (const AccountingMethod method : {AccountingMethod::ByUsage, AccountingMethod::StraightLine}) {
        AccountNames names;
        names.bank = QStringLiteral("1002 银行存款");
        const AccountingReport report(c, s, AccountingSchedule::build(c, s, r, allocation, method), names);
        const QList<QStringList> rows = readBack(report.journalCsv());
        ASSERT_GT(rows.size(), 1);
        EXPECT_EQ(rows.at(0), (QStringList{QStringLiteral("date"), QStringLiteral("account"),
                                           QStringLiteral("cost centre"), QStringLiteral("debit"),
                                           QStringLiteral("credit"), QStringLiteral("memo")}));
        Int128 debits = 0;
        Int128 credits = 0;
        QMap<QString, Int128> posting; // date + memo -> debits − credits
        QStringList accounts;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList& row = rows.at(i);
            ASSERT_EQ(row.size(), 6) << row.join(u',').toStdString();
            EXPECT_EQ(QDate::fromString(row.at(0), Qt::ISODate).isValid(), true) << row.at(0).toStdString();
            const auto money = [](const QString& text) {
                return text.isEmpty() ? Int128(0) : Money::parse(text).value().micros();
            };
            debits += money(row.at(3));
            credits += money(row.at(4));
            posting[row.at(0) + u'|' + row.at(5)] += money(row.at(3)) - money(row.at(4));
            if (!accounts.contains(row.at(1)))
                accounts.append(row.at(1));
        }
        EXPECT_TRUE(debits == credits);
        // Everything that became an expense: the plan's 6,000 元 (nothing prepaid at the end).
        EXPECT_TRUE(Money::fromMicros(debits) > Money::fromMicros(0));
        for (auto it = posting.cbegin(); it != posting.cend(); ++it)
            EXPECT_TRUE(it.value() == 0) << it.key().toStdString();
        EXPECT_TRUE(accounts.contains(QStringLiteral("1002 银行存款")));
        EXPECT_TRUE(accounts.contains(QStringLiteral("Prepaid resource packs")));
        EXPECT_TRUE(accounts.contains(QStringLiteral("OCR services expense")));
        EXPECT_TRUE(accounts.contains(QStringLiteral("Accrued postpaid bills")));
        EXPECT_FALSE(accounts.contains(QStringLiteral("Bank")));
        // The purchase: 2027-01-01, Dr prepaid / Cr bank 5,000, in words.
        EXPECT_EQ(rows.at(1).join(u','),
                  QStringLiteral("2027-01-01,Prepaid resource packs,,5000.00,,Resource pack bought: 身份证识别 ×1"));
        EXPECT_EQ(rows.at(2).join(u','), QStringLiteral("2027-01-01,1002 银行存款,,,5000.00,Resource pack bought: 身份证识别 ×1"));
    }
}

// By usage, January's pack usage is booked per centre at month end: 销售部 1,200, 风控部 800.
TEST(AccountingReport, UsageIsBookedPerCentreWithMemosInWords) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = twoDepartments({41'000, 41'000, 31'000});
    const BillingResult r = BillingEngine::run(c, s);
    const CostAllocation allocation = CostAllocation::build(c, s, r, UnusedBalanceRule::ByUse);
    const AccountingReport report(c, s, AccountingSchedule::build(c, s, r, allocation, AccountingMethod::ByUsage));
    const QString csv = QString::fromUtf8(report.journalCsv());
    EXPECT_TRUE(csv.contains(QStringLiteral("2027-01-31,OCR services expense,销售部,1200.00,,Pack used: 身份证识别 2027-01")))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("2027-01-31,OCR services expense,风控部,800.00,,Pack used: 身份证识别 2027-01")));
    EXPECT_TRUE(csv.contains(QStringLiteral("2027-03-31,OCR services expense,销售部,600.00,,Postpaid calls accrued: 身份证识别 2027-03")));
    EXPECT_TRUE(csv.contains(QStringLiteral(",Postpaid bill paid: 2027-03")));
}
