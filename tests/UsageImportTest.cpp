#include "model/billing/Catalog.h"
#include "model/billing/CsvReader.h"
#include "model/billing/InputError.h"
#include "model/io/UsageImport.h"
#include "tests/support/Amounts.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::catalog;

namespace {

QByteArray utf8(const char* text) { return QByteArray(text); }

} // namespace

TEST(CsvReader, HandlesQuotesEmbeddedLineBreaksAndLineNumbers) {
    const QList<CsvRecord> records = CsvReader::parse(
        QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\r\n1,\"two\nlines\",3\n4,5,6"));
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records.at(0).fields, (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")}));
    EXPECT_EQ(records.at(1).line, 3);
    EXPECT_EQ(records.at(1).fields.at(1), QStringLiteral("two\nlines"));
    EXPECT_EQ(records.at(2).line, 5);
    EXPECT_EQ(CsvReader::detectDelimiter(QStringLiteral("a\tb\tc\n")), QChar(u'\t'));
    EXPECT_EQ(CsvReader::detectDelimiter(QStringLiteral("a;b;c\n")), QChar(u';'));
}

TEST(UsageImport, SumsDailyRowsIntoMonthsByIdOrChineseName) {
    const QByteArray csv = utf8("\xEF\xBB\xBF"
                                "日期,接口名称,调用量\n"
                                "2026-10-01,身份证识别,\"1,000\"\n"
                                "2026-10-02,IDCardOCR,500\n"
                                "2026/11/3,银行卡识别,700\n"
                                "合计,,2200\n");
    const UsageHistory h = UsageImport::parse(csv, catalog());
    EXPECT_EQ(h.encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(h.dailyRows);
    EXPECT_EQ(h.rowsRead, 4);
    EXPECT_EQ(h.rowsUsed, 3);
    EXPECT_EQ(h.calls.value(QStringLiteral("IDCardOCR")).value(YearMonth(2026, 10)), 1500);
    EXPECT_EQ(h.calls.value(QStringLiteral("BankCardOCR")).value(YearMonth(2026, 11)), 700);
    ASSERT_EQ(h.skipped.size(), 1);
    EXPECT_EQ(h.skipped.at(0).line, 5);
    EXPECT_EQ(h.skipped.at(0).reason, QStringLiteral("a total line"));
}

TEST(UsageImport, ReadsGbkFromChineseExcel) {
    QStringEncoder gbk("GBK");
    ASSERT_TRUE(gbk.isValid()) << "this Qt cannot encode GBK";
    const QByteArray csv = gbk.encode(QStringLiteral("月份,接口,调用次数\r\n2026年9月,增值税发票识别,42000\r\n"));
    const UsageHistory h = UsageImport::parse(csv, catalog());
    EXPECT_EQ(h.encoding, QStringLiteral("GBK"));
    EXPECT_FALSE(h.dailyRows);
    EXPECT_EQ(h.calls.value(QStringLiteral("VatInvoiceOCR")).value(YearMonth(2026, 9)), 42000);
    // Forcing UTF-8 on GBK bytes is refused with a hint.
    EXPECT_THROW(UsageImport::parse(csv, catalog(), TextEncoding::Utf8), InputError);
}

TEST(UsageImport, AcceptsASheetWithoutHeaderAndTabs) {
    const UsageHistory h = UsageImport::parse(utf8("2026-08\tGeneralBasicOCR\t65000\n202609\tGeneralBasicOCR\t70000\n"), catalog());
    EXPECT_EQ(h.rowsUsed, 2);
    EXPECT_EQ(h.calls.value(QStringLiteral("GeneralBasicOCR")).value(YearMonth(2026, 9)), 70000);
}

TEST(UsageImport, ReportsEverySkippedRowWithItsLine) {
    const QByteArray csv = utf8("date,interface,calls\n"
                                "2026-13-01,IDCardOCR,5\n"
                                "2026-10-01,NoSuchOCR,5\n"
                                "2026-10-01,IDCardOCR,-5\n"
                                "2026-10-01,IDCardOCR,many\n"
                                "2026-10-01,IDCardOCR\n"
                                "2026-02-30,IDCardOCR,5\n"
                                "2026-10-01,IDCardOCR,5\n");
    const UsageHistory h = UsageImport::parse(csv, catalog());
    EXPECT_EQ(h.rowsUsed, 1);
    ASSERT_EQ(h.skipped.size(), 6);
    QList<int> lines;
    for (const SkippedRow& row : h.skipped) {
        lines.append(row.line);
        EXPECT_FALSE(row.reason.isEmpty());
    }
    EXPECT_EQ(lines, (QList<int>{2, 3, 4, 5, 6, 7}));
    EXPECT_TRUE(h.skipped.at(1).reason.contains(QStringLiteral("NoSuchOCR")));
    EXPECT_TRUE(h.skipped.at(2).reason.contains(QStringLiteral("negative")));
}

TEST(UsageImport, RefusesAHeaderWithoutACallsColumn) {
    try {
        UsageImport::parse(utf8("date,interface,remark\n2026-10-01,IDCardOCR,x\n"), catalog());
        FAIL() << "no calls column was accepted";
    } catch (const InputError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("calls"))) << e.message().toStdString();
    }
}

TEST(UsageImport, AppliesIntoTheScenarioMonthsAndReportsTheRest) {
    UsageHistory h = UsageImport::parse(utf8("month,api,calls\n2027-01,IDCardOCR,100\n2027-03,IDCardOCR,300\n2028-01,IDCardOCR,9\n"), catalog());
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 12;
    EXPECT_EQ(UsageImport::applyTo(h, s), 2);
    EXPECT_EQ(s.volumes.value(QStringLiteral("IDCardOCR")), (QList<qint64>{100, 0, 300, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
    ASSERT_EQ(h.skipped.size(), 1);
    EXPECT_TRUE(h.skipped.at(0).reason.contains(QStringLiteral("2028-01")));
}

TEST(UsageImport, ProjectsHistoryWithMonthlyGrowth) {
    const UsageHistory h = UsageImport::parse(
        utf8("month,api,calls\n2026-10,IDCardOCR,9000\n2026-11,IDCardOCR,10000\n2026-12,IDCardOCR,11000\n"), catalog());
    const Scenario s = UsageImport::projectFrom(h, 3, 100'000); // +10 % a month
    EXPECT_EQ(s.start, YearMonth(2027, 1));
    EXPECT_EQ(s.volumes.value(QStringLiteral("IDCardOCR")), (QList<qint64>{11000, 12100, 13310}));
}

// Monthly rows cover their months; daily rows that stop before a month's last day leave it
// running, so the month before is the last complete one.
TEST(UsageImport, FindsTheLastCompleteMonthAndTheActualMonthsAfterTheImport) {
    const UsageHistory monthly = UsageImport::parse(utf8("month,api,calls\n2027-01,IDCardOCR,100\n2027-03,IDCardOCR,300\n"), catalog());
    EXPECT_EQ(monthly.lastCompleteMonth(), YearMonth(2027, 3));
    const UsageHistory daily = UsageImport::parse(
        utf8("date,api,calls\n2027-01-31,IDCardOCR,1\n2027-02-27,IDCardOCR,2\n"), catalog());
    EXPECT_EQ(daily.lastCompleteMonth(), YearMonth(2027, 1)) << "February 2027 has 28 days";
    const UsageHistory fullFebruary = UsageImport::parse(
        utf8("date,api,calls\n2027-02-28,IDCardOCR,2\n2027-02-01,IDCardOCR,2\n"), catalog());
    EXPECT_EQ(fullFebruary.lastCompleteMonth(), YearMonth(2027, 2));
    const UsageHistory oneDay = UsageImport::parse(utf8("date,api,calls\n2027-02-03,IDCardOCR,2\n"), catalog());
    EXPECT_FALSE(oneDay.lastCompleteMonth().has_value());

    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 12;
    EXPECT_EQ(UsageImport::actualThroughAfter(monthly, s), YearMonth(2027, 3));
    EXPECT_EQ(UsageImport::actualThroughAfter(daily, s), YearMonth(2027, 1));
    EXPECT_FALSE(UsageImport::actualThroughAfter(oneDay, s).has_value());
    s.actualThrough = YearMonth(2027, 5);
    EXPECT_EQ(UsageImport::actualThroughAfter(monthly, s), YearMonth(2027, 5)) << "never moves back";
    // A scenario that ends before the file's last month: actual through its own last month.
    s.actualThrough.reset();
    s.months = 2;
    EXPECT_EQ(UsageImport::actualThroughAfter(monthly, s), YearMonth(2027, 2));
    // A scenario that starts after the file: nothing becomes actual.
    s.start = YearMonth(2027, 4);
    EXPECT_FALSE(UsageImport::actualThroughAfter(monthly, s).has_value());
}
