// `ocr-cost-planner variance PLANFILE`, through the real executable. The expected figures are
// those of the worked case in BudgetVarianceTest (ActualAndForecastAgainstTheBudgetWorkedByHand).
#include "tests/support/Csv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

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

// Budget "基准": 25,000 ID-card calls a month from 2027-01 for 4 months, one 100,000 pack in
// January (figures 5,000 / 0 / 0 / 0). Scenario "实际": 25,000, 40,000 (actual through
// February), then 30,000 and 30,000 forecast with the same pack: April has 21,000 postpaid calls
// at 0.10 元 = 2,100 元.
const char* kPlan = R"({"format": "ocr-cost-planner/plan", "version": 2, "name": "2027", "current": 1,
  "scenarios": [
    {"format": "ocr-cost-planner/scenario", "version": 1, "name": "基准", "start": "2027-01", "months": 4,
     "volumes": {"IDCardOCR": 25000}, "purchases": [{"month": "2027-01", "pack": "id-card", "size": 100000}]},
    {"format": "ocr-cost-planner/scenario", "version": 2, "name": "实际", "start": "2027-01", "months": 4,
     "volumes": {"IDCardOCR": [25000, 40000, 30000, 30000]}, "actualThrough": "2027-02",
     "purchases": [{"month": "2027-01", "pack": "id-card", "size": 100000}]}],
  "budget": {"approvedOn": "2026-12-15",
    "scenario": {"format": "ocr-cost-planner/scenario", "version": 1, "name": "基准", "start": "2027-01", "months": 4,
      "volumes": {"IDCardOCR": 25000}, "purchases": [{"month": "2027-01", "pack": "id-card", "size": 100000}]}}})";

class VarianceCli : public testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString write(const QString& name, const QByteArray& contents) const {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(contents);
        return file.fileName();
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(VarianceCli, JsonHasTheTotalsMonthsPacksAndSplit) {
    const QString plan = write(QStringLiteral("p.ocrplan"), kPlan);
    const CliRun run = runCli({QStringLiteral("variance"), plan, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(root.value(QStringLiteral("scenario")).toString(), QStringLiteral("实际"));
    EXPECT_EQ(root.value(QStringLiteral("figures")).toString(), QStringLiteral("computed"));
    EXPECT_EQ(root.value(QStringLiteral("budgetTotal")).toString(), QStringLiteral("5000.00"));
    EXPECT_EQ(root.value(QStringLiteral("actualTotal")).toString(), QStringLiteral("5000.00"));
    EXPECT_EQ(root.value(QStringLiteral("forecastTotal")).toString(), QStringLiteral("2100.00"));
    EXPECT_EQ(root.value(QStringLiteral("projectedTotal")).toString(), QStringLiteral("7100.00"));
    EXPECT_EQ(root.value(QStringLiteral("variance")).toString(), QStringLiteral("2100.00"));
    EXPECT_EQ(root.value(QStringLiteral("variancePercent")).toString(), QStringLiteral("42.0"));
    const QJsonArray months = root.value(QStringLiteral("months")).toArray();
    ASSERT_EQ(months.size(), 4);
    const QJsonObject feb = months.at(1).toObject();
    EXPECT_EQ(feb.value(QStringLiteral("month")).toString(), QStringLiteral("2027-02"));
    EXPECT_EQ(feb.value(QStringLiteral("actual")).toString(), QStringLiteral("0.00"));
    EXPECT_TRUE(feb.value(QStringLiteral("forecast")).isNull());
    const QJsonObject apr = months.at(3).toObject();
    EXPECT_TRUE(apr.value(QStringLiteral("actual")).isNull());
    EXPECT_EQ(apr.value(QStringLiteral("forecast")).toString(), QStringLiteral("2100.00"));
    EXPECT_EQ(apr.value(QStringLiteral("budget")).toString(), QStringLiteral("0.00"));
    EXPECT_EQ(apr.value(QStringLiteral("variance")).toString(), QStringLiteral("2100.00"));
    EXPECT_TRUE(apr.value(QStringLiteral("variancePercent")).isNull());
    const QJsonObject split = root.value(QStringLiteral("split")).toObject();
    EXPECT_EQ(split.value(QStringLiteral("volume")).toString(), QStringLiteral("500.00"));
    EXPECT_EQ(split.value(QStringLiteral("coverage")).toString(), QStringLiteral("1600.00"));
    EXPECT_EQ(split.value(QStringLiteral("tierPrice")).toString(), QStringLiteral("0.00"));
    const QJsonArray packs = root.value(QStringLiteral("packs")).toArray();
    ASSERT_EQ(packs.size(), 1);
    EXPECT_EQ(packs.at(0).toObject().value(QStringLiteral("pack")).toString(), QStringLiteral("id-card"));
    EXPECT_EQ(packs.at(0).toObject().value(QStringLiteral("projected")).toString(), QStringLiteral("7100.00"));
}

TEST_F(VarianceCli, NamedScenarioTableAndCsv) {
    const QString plan = write(QStringLiteral("p.ocrplan"), kPlan);
    // The budget against its own scenario: no variance at all.
    const CliRun same = runCli({QStringLiteral("variance"), plan, QStringLiteral("--scenario"), QStringLiteral("基准")});
    ASSERT_EQ(same.exitCode, 0) << same.err.toStdString();
    const QString text = QString::fromUtf8(same.out);
    EXPECT_TRUE(text.contains(QStringLiteral("Year-end projection: 5,000.00 元 (actual 0.00 + forecast 5,000.00) "
                                             "against the budget of 5,000.00 元: variance 0.00 元")))
        << text.toStdString();

    const QString csvPath = m_dir.filePath(QStringLiteral("v.csv"));
    const CliRun csv = runCli({QStringLiteral("variance"), plan, QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("-o"), csvPath});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.isEmpty());
    QFile file(csvPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = ocp::test::csvRows(file.readAll());
    // Header, 4 months + total for all packs, 4 months + total for id-card.
    ASSERT_EQ(rows.size(), 11);
    EXPECT_EQ(rows.at(0).join(u','),
              QStringLiteral("pack,pack name,month,status,budget,actual,forecast,variance,variance %"));
    EXPECT_EQ(rows.at(2).join(u','), QStringLiteral("all,,2027-02,actual,0.00,0.00,,0.00,"));
    EXPECT_EQ(rows.at(4).join(u','), QStringLiteral("all,,2027-04,forecast,0.00,,2100.00,2100.00,"));
    EXPECT_EQ(rows.at(5).join(u','), QStringLiteral("all,,total,,5000.00,5000.00,2100.00,2100.00,42.00"));
    EXPECT_EQ(rows.at(10).join(u','), QStringLiteral("id-card,身份证识别,total,,5000.00,5000.00,2100.00,2100.00,42.00"));
}

TEST_F(VarianceCli, RefusesAPlanWithoutABudgetAndUnknownScenarios) {
    QByteArray noBudget = kPlan;
    noBudget.truncate(noBudget.indexOf(",\n  \"budget\""));
    noBudget += "}";
    const QString plain = write(QStringLiteral("plain.ocrplan"), noBudget);
    const CliRun run = runCli({QStringLiteral("variance"), plain});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains("has no approved budget")) << run.err.toStdString();

    const QString plan = write(QStringLiteral("p.ocrplan"), kPlan);
    const CliRun unknown = runCli({QStringLiteral("variance"), plan, QStringLiteral("--scenario"), QStringLiteral("乐观")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(unknown.err).contains(QStringLiteral("has no scenario named '乐观' (it has: 基准, 实际)")))
        << unknown.err.toStdString();

    const CliRun missing = runCli({QStringLiteral("variance"), m_dir.filePath(QStringLiteral("none.ocrplan"))});
    EXPECT_EQ(missing.exitCode, 1);
}

// `plan` and `optimize` read a plan file too: its current scenario, or the one --scenario names.
// "实际" (current): 24,000 + 39,000 + 29,000 + 29,000 calls beyond the free quota; the pack serves
// 100,000 and 21,000 are postpaid in April at 0.10 元: 5,000 + 2,100 = 7,100 元. "基准": 96,000
// calls, all served by the pack: 5,000 元.
TEST_F(VarianceCli, PlanAndOptimizeReadAScenarioOfAPlanFile) {
    const QString plan = write(QStringLiteral("year.ocrplan"), kPlan);
    const CliRun current = runCli({QStringLiteral("plan"), plan, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(current.exitCode, 0) << current.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(current.out).object().value(QStringLiteral("total")).toString(),
              QStringLiteral("7100.00"));
    const CliRun base = runCli({QStringLiteral("plan"), plan, QStringLiteral("--scenario"), QStringLiteral("基准"),
                                QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(base.exitCode, 0) << base.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(base.out).object().value(QStringLiteral("total")).toString(),
              QStringLiteral("5000.00"));

    // The January pack was bought in a month that has happened: optimize keeps it, marked fixed.
    const CliRun optimized =
        runCli({QStringLiteral("optimize"), plan, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(optimized.exitCode, 0) << optimized.err.toStdString();
    bool fixedJanuary = false;
    for (const QJsonValue& pack : QJsonDocument::fromJson(optimized.out).object().value(QStringLiteral("packs")).toArray()) {
        for (const QJsonValue& p : pack.toObject().value(QStringLiteral("purchases")).toArray()) {
            const QJsonObject purchase = p.toObject();
            if (purchase.value(QStringLiteral("month")).toString() == QStringLiteral("2027-01"))
                fixedJanuary = purchase.value(QStringLiteral("fixed")).toBool() && purchase.value(QStringLiteral("size")).toInt() == 100'000;
        }
    }
    EXPECT_TRUE(fixedJanuary) << optimized.out.toStdString();

    const CliRun unknown = runCli({QStringLiteral("plan"), plan, QStringLiteral("--scenario"), QStringLiteral("乐观")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains("基准, 实际")) << unknown.err.toStdString();
}
