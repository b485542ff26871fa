// `ocr-cost-planner allocate`, through the real executable, on the example plan of the
// documentation (docs/examples/cost-centres.ocrplan): three departments, shared packs and an
// ID-card pack whose balance expires unused.
#include "model/billing/Money.h"
#include "tests/support/Csv.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using ocp::Int128;
using ocp::Money;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(OCP_APP_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(30'000) || !process.waitForFinished(60'000)) {
        ADD_FAILURE() << "ocr-cost-planner did not run";
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

const QString kExample = QStringLiteral(OCP_SOURCE_DIR "/docs/examples/cost-centres.ocrplan");

Money money(const QString& text) {
    const auto value = Money::parse(text);
    EXPECT_TRUE(value.has_value()) << text.toStdString();
    return value.value_or(Money());
}

Money money(const QJsonValue& value) {
    return money(value.toString());
}

// The centres' totals added up, each centre's months and unused balance checked against its
// own total on the way.
Money centresSum(const QJsonObject& root) {
    Money sum;
    for (const QJsonValue& v : root.value(QStringLiteral("centres")).toArray()) {
        const QJsonObject centre = v.toObject();
        Money months = money(centre.value(QStringLiteral("balanceAtEnd")));
        for (const QJsonValue& m : centre.value(QStringLiteral("months")).toArray())
            months += money(m.toObject().value(QStringLiteral("total")));
        EXPECT_EQ(months, money(centre.value(QStringLiteral("total"))))
            << centre.value(QStringLiteral("name")).toString().toStdString();
        sum += money(centre.value(QStringLiteral("total")));
    }
    return sum;
}

QJsonObject centreNamed(const QJsonObject& root, const QString& name) {
    for (const QJsonValue& v : root.value(QStringLiteral("centres")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    ADD_FAILURE() << "no centre " << name.toStdString();
    return {};
}

class AllocateCli : public testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QTemporaryDir m_dir;
};

} // namespace

// The plan (docs/examples/cost-centres.ocrplan): 72,650 元. 销售部 bears, by hand:
// - ID card, 50 % of everything: the 1,000,000 pack costs 30,000 元 (708,000 calls used at
//   0.03 元 and 292,000 expired unused in December, by use): 15,000 元;
// - general print, 70 % in January-June and 50 % after: the four 100,000 packs (0.05 元 a call)
//   serve 29+31+33+35+37+39 = 204,000 calls in January-June (10,200 元 → 7,140) and the other
//   196,000 later (9,800 元), and November-December have 29,000 + 51,000 postpaid calls at
//   0.10 元 (8,000 元): 50 % of 17,800 = 8,900. 7,140 + 8,900 = 16,040 元;
// - no bank-card calls. Total 31,040 元.
TEST_F(AllocateCli, ThreeDepartmentsAddUpToThePlanTotalToTheFen) {
    const CliRun plan = runCli({QStringLiteral("plan"), kExample, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    const Money planTotal = money(QJsonDocument::fromJson(plan.out).object().value(QStringLiteral("total")));
    EXPECT_EQ(planTotal.toDecimalString(), QStringLiteral("72650.00"));

    const CliRun run = runCli({QStringLiteral("allocate"), kExample, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("ocr-cost-planner/allocation"));
    EXPECT_EQ(root.value(QStringLiteral("unusedBalance")).toString(), QStringLiteral("by-use"));
    EXPECT_EQ(money(root.value(QStringLiteral("total"))), planTotal);
    EXPECT_EQ(centresSum(root), planTotal);
    EXPECT_EQ(root.value(QStringLiteral("centres")).toArray().size(), 3); // every call has a centre
    const QJsonObject sales = centreNamed(root, QStringLiteral("销售部"));
    EXPECT_EQ(sales.value(QStringLiteral("total")).toString(), QStringLiteral("31040.00"));
    // December: half of the ID card's pack usage and expiry, 0.5 × (59,000 + 292,000) × 0.03 =
    // 885 + 4,380, and half of general print's 5,100 元 postpaid = 2,550: 7,815 元.
    const QJsonObject december = sales.value(QStringLiteral("months")).toArray().at(11).toObject();
    EXPECT_EQ(december.value(QStringLiteral("expired")).toString(), QStringLiteral("4380.00"));
    EXPECT_EQ(december.value(QStringLiteral("total")).toString(), QStringLiteral("7815.00"));

    // With the expiring balance on the central line: 292,000 × 0.03 = 8,760 元 there, and still
    // the plan's total in all.
    const CliRun central = runCli({QStringLiteral("allocate"), kExample, QStringLiteral("--unused-balance"),
                                   QStringLiteral("unallocated"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(central.exitCode, 0) << central.err.toStdString();
    const QJsonObject centralRoot = QJsonDocument::fromJson(central.out).object();
    EXPECT_EQ(centreNamed(centralRoot, QStringLiteral("Unallocated")).value(QStringLiteral("total")).toString(),
              QStringLiteral("8760.00"));
    EXPECT_EQ(centresSum(centralRoot), planTotal);
}

// The optimizer's plan, saved with its cost centres, allocates to the optimizer's total.
TEST_F(AllocateCli, TheOptimizedPlanAllocatesToTheOptimizerTotal) {
    const QString saved = m_dir.filePath(QStringLiteral("optimized.json"));
    const CliRun optimized = runCli({QStringLiteral("optimize"), kExample, QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("--save-scenario"), saved});
    ASSERT_EQ(optimized.exitCode, 0) << optimized.err.toStdString();
    const Money total = money(QJsonDocument::fromJson(optimized.out).object().value(QStringLiteral("total")));
    const CliRun run = runCli({QStringLiteral("allocate"), saved, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(money(root.value(QStringLiteral("total"))), total);
    EXPECT_EQ(centresSum(root), total);
    EXPECT_EQ(root.value(QStringLiteral("centres")).toArray().size(), 3);
}

// The journal of the example, written to a file: the plan's account names (one overridden on
// the command line), dates in ISO form, and debits = credits in all and in every posting.
TEST_F(AllocateCli, JournalBalancesWithThePlansAccountNames) {
    const QString path = m_dir.filePath(QStringLiteral("journal.csv"));
    for (const QString& method : {QStringLiteral("usage"), QStringLiteral("straight-line")}) {
        const CliRun run = runCli({QStringLiteral("allocate"), kExample, QStringLiteral("--journal"),
                                   QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--method"), method,
                                   QStringLiteral("--account-bank"), QStringLiteral("1002.01 工商银行"),
                                   QStringLiteral("-o"), path});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = ocp::test::csvRows(file.readAll());
        ASSERT_GT(rows.size(), 10);
        EXPECT_EQ(rows.at(0).join(u','), QStringLiteral("date,account,cost centre,debit,credit,memo"));
        Money debits;
        Money credits;
        Money expense;
        QMap<QString, Money> postings;
        QStringList accounts;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList& row = rows.at(i);
            ASSERT_EQ(row.size(), 6);
            EXPECT_TRUE(QDate::fromString(row.at(0), Qt::ISODate).isValid()) << row.at(0).toStdString();
            const Money debit = row.at(3).isEmpty() ? Money() : money(row.at(3));
            const Money credit = row.at(4).isEmpty() ? Money() : money(row.at(4));
            debits += debit;
            credits += credit;
            postings[row.at(0) + u'|' + row.at(5)] += debit - credit;
            if (row.at(1) == QStringLiteral("6602 管理费用-OCR服务"))
                expense += debit;
            if (!accounts.contains(row.at(1)))
                accounts.append(row.at(1));
        }
        EXPECT_EQ(debits, credits) << method.toStdString();
        for (auto it = postings.cbegin(); it != postings.cend(); ++it)
            EXPECT_EQ(it.value(), Money()) << it.key().toStdString();
        accounts.sort();
        EXPECT_EQ(accounts, (QStringList{QStringLiteral("1002.01 工商银行"), QStringLiteral("1123 预付账款-OCR资源包"),
                                         QStringLiteral("2202 应付账款-腾讯云"), QStringLiteral("6602 管理费用-OCR服务")}));
        // By usage the whole 72,650 元 becomes an expense within the year (nothing is valid
        // after December); straight-line, each pack 1/12 a month from January: all of it too.
        EXPECT_EQ(expense.toDecimalString(), QStringLiteral("72650.00")) << method.toStdString();
        QStringList lines;
        for (const QStringList& row : rows)
            lines.append(row.join(u','));
        EXPECT_TRUE(lines.contains(
            QStringLiteral("2027-01-01,1123 预付账款-OCR资源包,,30000.00,,Resource pack bought: 身份证识别 ×1")));
        EXPECT_TRUE(lines.contains(
            QStringLiteral("2027-01-01,1002.01 工商银行,,,20000.00,Resource pack bought: 通用印刷体识别 ×4")));
    }
}

// The schedule: per month, then a total row; what is expensed plus what is still prepaid at
// the end is the plan's total. By usage, January expenses 59,000 ID-card calls at 0.03 and
// 29,000 general-print calls at 0.05 (1,770 + 1,450) and accrues 7,000 bank-card calls at 0.15 元
// (8,000 calls in the month: the first tier, R4) = 1,050; 50,000 − 3,220 = 46,780 stays prepaid.
TEST_F(AllocateCli, ScheduleCsvAndTable) {
    const CliRun run = runCli({QStringLiteral("allocate"), kExample, QStringLiteral("--schedule"),
                               QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QStringList> rows = ocp::test::csvRows(run.out);
    ASSERT_EQ(rows.size(), 14);
    EXPECT_EQ(rows.at(0).join(u','),
              QStringLiteral("month,purchases,pack expense,expired expense,postpaid,total expense,prepaid balance"));
    EXPECT_EQ(rows.at(1).join(u','), QStringLiteral("2027-01,50000.00,3220.00,0.00,1050.00,4270.00,46780.00"));
    EXPECT_EQ(rows.at(13).value(0), QStringLiteral("total"));
    EXPECT_EQ(money(rows.at(13).value(5)) + money(rows.at(13).value(6)), Money::parse(u"72650").value());

    const CliRun table = runCli({QStringLiteral("allocate"), kExample, QStringLiteral("--schedule")});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains("Accounting schedule")) << table.out.toStdString();
}

TEST_F(AllocateCli, TableByPackAndCsvByPack) {
    const CliRun table = runCli({QStringLiteral("allocate"), kExample, QStringLiteral("--by"), QStringLiteral("pack")});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    const QString text = QString::fromUtf8(table.out);
    EXPECT_TRUE(text.contains(QStringLiteral("By pack"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("72,650.00")));
    const CliRun csv = runCli({QStringLiteral("allocate"), kExample, QStringLiteral("--by"), QStringLiteral("pack"),
                               QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QList<QStringList> rows = ocp::test::csvRows(csv.out);
    // Header, 3 centres × (3 packs + total), 3 packs + total for all.
    ASSERT_EQ(rows.size(), 17);
    EXPECT_EQ(rows.at(16).value(0), QStringLiteral("all"));
    EXPECT_EQ(rows.at(16).value(8), QStringLiteral("72650.00"));
    // 销售部 has no bank-card calls: its row is there, with zeros.
    EXPECT_EQ(rows.at(7).join(u','), QStringLiteral("销售部,bank-card,银行卡识别,0,0.00,0.00,0.00,,0.00"));
}

TEST_F(AllocateCli, WrongCommandLinesAreRefused) {
    const QList<QStringList> wrong{
        {QStringLiteral("--schedule"), QStringLiteral("--journal")},
        {QStringLiteral("--method"), QStringLiteral("fifo")},
        {QStringLiteral("--unused-balance"), QStringLiteral("nobody")},
        {QStringLiteral("--by"), QStringLiteral("month")},
        {QStringLiteral("--journal"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("--scenario"), QStringLiteral("乐观")},
    };
    for (const QStringList& options : wrong) {
        const CliRun run = runCli(QStringList{QStringLiteral("allocate"), kExample} + options);
        EXPECT_EQ(run.exitCode, 2) << options.join(u' ').toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.startsWith("ocr-cost-planner: allocate: ") || run.err.contains("has no scenario named"))
            << run.err.toStdString();
    }
    const CliRun missing = runCli({QStringLiteral("allocate"), m_dir.filePath(QStringLiteral("none.ocrplan"))});
    EXPECT_EQ(missing.exitCode, 1);
}
