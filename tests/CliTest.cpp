#include "app/Cli.h"

#include "model/billing/AccrualSchedule.h"
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/Money.h"
#include "model/io/PlanFile.h"
#include "model/io/WhatIfReports.h"
#include "model/optimizer/RobustPlanner.h"
#include "model/optimizer/ScenarioComparison.h"
#include "tests/support/Csv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>
#include <vector>

using namespace ocp;

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

struct CliRun {
    int exitCode = -1;
    bool crashed = true;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments) {
    QProcess process;
    process.setProgram(QStringLiteral(OCP_APP_PATH));
    process.setArguments(arguments);
    process.start();
    CliRun run;
    if (!process.waitForStarted(30'000) || !process.waitForFinished(60'000)) {
        ADD_FAILURE() << "ocr-cost-planner did not run: " << process.errorString().toStdString();
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

using ocp::test::csvRows;

QByteArray scenario(const char* members) {
    return QByteArray(R"({"format": "ocr-cost-planner/scenario", "version": 1, )") + members + "}";
}

// W1: three 100,000 ID-card packs in the start month, 25,000 calls a month for a year.
const QByteArray kW1 = scenario(R"("start": "2027-01", "months": 12, "volumes": {"IDCardOCR": 25000},
    "purchases": [{"month": "2027-01", "pack": "id-card", "size": 100000, "count": 3}])");

class CliTest : public testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString write(const QString& name, const QByteArray& contents) const {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(contents);
        return file.fileName();
    }

    QTemporaryDir m_dir;
};

// Exit code, nothing on stdout, exactly one line on stderr that starts with the program name.
void expectOneLineError(const CliRun& run, int exitCode, const char* what) {
    EXPECT_FALSE(run.crashed) << what;
    EXPECT_EQ(run.exitCode, exitCode) << what << ": " << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << what;
    EXPECT_TRUE(run.err.startsWith("ocr-cost-planner: ")) << what << ": " << run.err.toStdString();
    EXPECT_TRUE(run.err.endsWith('\n')) << what;
    EXPECT_EQ(run.err.count('\n'), 1) << what << ": " << run.err.toStdString();
}

} // namespace

TEST_F(CliTest, WorkedExamplesThroughPlanJson) {
    struct Example {
        const char* id;
        QByteArray json;
        const char* total;
    };
    const std::vector<Example> examples = {
        {"W1", kW1, "15000.00"},
        {"W2", scenario(R"("start": "2027-01", "months": 1, "volumes": {"BankCardOCR": 2500},
                 "purchases": [{"month": "2027-01", "pack": "bank-card", "size": 1000, "count": 1}])"),
         "195.00"},
        {"W3", scenario(R"("start": "2027-01", "months": 1, "volumes": {"IDCardOCR": 900})"), "0.00"},
        {"W4", scenario(R"("start": "2027-01", "months": 1, "volumes": {"驾驶证识别": 9000})"), "1200.00"},
        {"W5", scenario(R"("start": "2027-01", "months": 1, "volumes": {"GeneralBasicOCR": 90000})"),
         "8900.00"},
        {"W6", scenario(R"("start": "2027-01", "months": 1, "volumes": {"BankCardOCR": [900000]})"),
         "53940.00"},
    };
    for (const Example& e : examples) {
        const QString file = write(QString::fromLatin1(e.id) + QStringLiteral(".json"), e.json);
        const CliRun run =
            runCli({QStringLiteral("plan"), file, QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(run.exitCode, 0) << e.id << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << e.id;
        QJsonParseError error{};
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        ASSERT_EQ(error.error, QJsonParseError::NoError) << e.id;
        EXPECT_EQ(json.value(QStringLiteral("total")).toString(), QLatin1String(e.total)) << e.id;
    }
    const CliRun w1 =
        runCli({QStringLiteral("plan"), path(QStringLiteral("W1.json")), QStringLiteral("--format=json")});
    const QJsonObject json = QJsonDocument::fromJson(w1.out).object();
    EXPECT_EQ(json.value(QStringLiteral("postpaidOnlyTotal")).toString(), QStringLiteral("28800.00"));
    EXPECT_EQ(json.value(QStringLiteral("saving")).toString(), QStringLiteral("13800.00"));
    EXPECT_EQ(json.value(QStringLiteral("packs")).toArray().size(), 1);
    EXPECT_EQ(json.value(QStringLiteral("packs"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("pack"))
                  .toString(),
              QStringLiteral("id-card"));
}

TEST_F(CliTest, CsvHasBomAndParsesBackToTheTotals) {
    const CliRun run = runCli({QStringLiteral("plan"), write(QStringLiteral("w1.json"), kW1),
                               QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(run.out.startsWith(kBom));
    const QList<QStringList> rows = csvRows(run.out);
    // Header, 12 months of one pack, the pack's total, the grand total.
    ASSERT_EQ(rows.size(), 15);
    EXPECT_EQ(rows.at(0).at(0), QStringLiteral("month"));
    EXPECT_EQ(rows.at(0).at(14), QStringLiteral("month total"));
    EXPECT_EQ(rows.at(1).at(2), QStringLiteral("身份证识别"));
    EXPECT_EQ(rows.at(1).at(10), QStringLiteral("3 × 100000"));
    EXPECT_EQ(rows.at(13).at(0), QStringLiteral("total"));
    EXPECT_EQ(rows.at(13).at(14), QStringLiteral("15000.00"));
    EXPECT_EQ(rows.at(14).at(0), QStringLiteral("grand total"));
    EXPECT_EQ(rows.at(14).at(11), QStringLiteral("15000.00"));
    EXPECT_EQ(rows.at(14).at(14), QStringLiteral("15000.00"));
}

TEST_F(CliTest, TableIsTheDefaultAndShowsTheTotal) {
    const CliRun run = runCli({QStringLiteral("plan"), write(QStringLiteral("w1.json"), kW1)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    const QString text = QString::fromUtf8(run.out);
    EXPECT_TRUE(text.contains(QStringLiteral("15,000.00"))) << run.out.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("28,800.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("身份证识别")));
    EXPECT_FALSE(text.contains(QStringLiteral("estimates")));
}

TEST_F(CliTest, OutputFileGetsTheReportAndStdoutStaysEmpty) {
    const QString scenarioPath = write(QStringLiteral("w1.json"), kW1);
    for (const QString& format : {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("table")}) {
        const QString out = path(QStringLiteral("report.") + format);
        const CliRun toFile = runCli({QStringLiteral("plan"), scenarioPath, QStringLiteral("--format"),
                                      format, QStringLiteral("-o"), out});
        ASSERT_EQ(toFile.exitCode, 0) << toFile.err.toStdString();
        EXPECT_TRUE(toFile.out.isEmpty());
        EXPECT_TRUE(toFile.err.isEmpty());
        QFile file(out);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << format.toStdString();
        const CliRun toStdout =
            runCli({QStringLiteral("plan"), scenarioPath, QStringLiteral("--format"), format});
        EXPECT_EQ(file.readAll(), toStdout.out) << format.toStdString();
    }
}

TEST_F(CliTest, ExplicitCatalogFileIsUsed) {
    const QString catalog = write(QStringLiteral("catalog.json"), Catalog::defaultCatalog().toJson());
    const CliRun run =
        runCli({QStringLiteral("plan"), write(QStringLiteral("w1.json"), kW1), QStringLiteral("--catalog"),
                catalog, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("total")).toString(),
              QStringLiteral("15000.00"));
}

TEST_F(CliTest, BadInputGivesOneLineAndNoOutputFile) {
    struct Case {
        const char* what;
        QStringList arguments; // "SCENARIO" is replaced by the written file
        QByteArray scenario;   // written when not empty
        int exitCode;
        const char* mentions;
    };
    const QString scenarioFile = path(QStringLiteral("bad.json"));
    const QString W1 = write(QStringLiteral("w1.json"), kW1);
    const QString plan = QStringLiteral("plan");
    const QString s = QStringLiteral("SCENARIO");
    const std::vector<Case> cases = {
        {"unknown interface",
         {plan, s},
         scenario(R"("start": "2027-01", "months": 1, "volumes": {"PalmOCR": 5})"),
         1,
         "PalmOCR"},
        {"wrong month count",
         {plan, s},
         scenario(R"("start": "2027-01", "months": 3, "volumes": {"IDCardOCR": [1, 2]})"),
         1,
         "volumes.IDCardOCR"},
        {"negative calls",
         {plan, s},
         scenario(R"("start": "2027-01", "months": 1, "volumes": {"IDCardOCR": -5})"),
         1,
         "volumes.IDCardOCR"},
        {"malformed JSON",
         {plan, s},
         QByteArrayLiteral("{\n\"format\": \"ocr-cost-planner/scenario\",\n\"version\": 1\n]"),
         1,
         "line 4"},
        {"pack size not sold",
         {plan, s},
         scenario(R"("start": "2027-01", "months": 1,
                     "purchases": [{"month": "2027-01", "pack": "id-card", "size": 2000}])"),
         1,
         "purchases[0].size"},
        {"purchase month outside the horizon",
         {plan, s},
         scenario(R"("start": "2027-01", "months": 1,
                     "purchases": [{"month": "2028-01", "pack": "id-card", "size": 1000}])"),
         1,
         "purchases[0].month"},
        {"unreadable file", {plan, path(QStringLiteral("missing.json"))}, {}, 1, "missing.json"},
        {"a directory", {plan, m_dir.path()}, {}, 1, "cannot read"},
        {"unreadable catalog",
         {plan, W1, QStringLiteral("--catalog"), path(QStringLiteral("nocatalog.json"))},
         {},
         1,
         "nocatalog.json"},
        {"unknown command", {QStringLiteral("frobnicate")}, {}, 2, "unknown command frobnicate"},
        {"bad --format", {plan, W1, QStringLiteral("--format"), QStringLiteral("xml")}, {}, 2, "--format"},
        {"unknown option", {plan, W1, QStringLiteral("--colour")}, {}, 2, "colour"},
        {"missing scenario", {plan}, {}, 2, "missing"},
        {"missing option value", {plan, W1, QStringLiteral("--format")}, {}, 2, "format"},
        {"two scenarios", {plan, W1, W1}, {}, 2, "unexpected"},
        {"bad --method",
         {QStringLiteral("compare"), W1, QStringLiteral("--method"), QStringLiteral("cheapest")},
         {},
         2,
         "--method"},
        {"compare a missing plan",
         {QStringLiteral("compare"), path(QStringLiteral("missing.ocrplan"))},
         {},
         1,
         "missing.ocrplan"},
        {"compare without a plan", {QStringLiteral("compare")}, {}, 2, "missing"},
        {"bad --policy",
         {QStringLiteral("optimize"), W1, QStringLiteral("--policy"), QStringLiteral("sometimes")},
         {},
         2,
         "--policy"},
        {"catalog with a bad --format",
         {QStringLiteral("catalog"), QStringLiteral("--format"), QStringLiteral("csv")},
         {},
         2,
         "--format"},
    };
    const QString out = path(QStringLiteral("out.txt"));
    for (const Case& c : cases) {
        QStringList arguments = c.arguments;
        if (!c.scenario.isEmpty()) {
            write(QStringLiteral("bad.json"), c.scenario);
            arguments.replaceInStrings(QRegularExpression(QStringLiteral("^SCENARIO$")), scenarioFile);
        }
        // -o right after the command, so that a missing value at the end stays missing.
        if (arguments.constFirst() == plan) {
            arguments.insert(1, out);
            arguments.insert(1, QStringLiteral("-o"));
        }
        const CliRun run = runCli(arguments);
        expectOneLineError(run, c.exitCode, c.what);
        EXPECT_TRUE(run.err.contains(c.mentions)) << c.what << ": " << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(out)) << c.what;
    }
}

TEST_F(CliTest, FailedRunLeavesAnExistingOutputFileAlone) {
    const QString out = write(QStringLiteral("report.json"), QByteArrayLiteral("previous report"));
    const QString bad = write(QStringLiteral("bad.json"),
                              scenario(R"("start": "2027-01", "months": 1, "volumes": {"IDCardOCR": 1.5})"));
    const CliRun run = runCli({QStringLiteral("plan"), bad, QStringLiteral("-o"), out});
    expectOneLineError(run, 1, "non-integer calls");
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArrayLiteral("previous report"));
    // And a file that cannot be written is refused with one line, leaving no temporary file.
    const CliRun unwritable = runCli({QStringLiteral("plan"), write(QStringLiteral("w1.json"), kW1),
                                      QStringLiteral("-o"), path(QStringLiteral("no/such/dir/report.txt"))});
    expectOneLineError(unwritable, 1, "unwritable output");
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 3);
}

TEST_F(CliTest, HelpListsTheCommandsAndOptions) {
    for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
        const CliRun run = runCli({flag});
        ASSERT_EQ(run.exitCode, 0) << flag.toStdString();
        EXPECT_TRUE(run.err.isEmpty());
        for (const char* word : {"plan", "catalog", "optimize", "compare", "import-usage", "--format",
                                 "--catalog", "--output", "--version"})
            EXPECT_TRUE(run.out.contains(word)) << flag.toStdString() << " lacks " << word;
    }
    const CliRun planHelp = runCli({QStringLiteral("plan"), QStringLiteral("--help")});
    EXPECT_EQ(planHelp.exitCode, 0);
    EXPECT_TRUE(planHelp.out.contains("SCENARIO"));
    EXPECT_TRUE(planHelp.out.contains("--format"));
    EXPECT_EQ(runCli({QStringLiteral("help"), QStringLiteral("catalog")}).exitCode, 0);
}

TEST_F(CliTest, VersionComesFromTheBuild) {
    const CliRun run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, QByteArray("ocr-cost-planner " OCP_EXPECTED_VERSION "\n"));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST_F(CliTest, CatalogListsAllInterfaces) {
    const CliRun json =
        runCli({QStringLiteral("catalog"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject catalog = QJsonDocument::fromJson(json.out).object();
    EXPECT_EQ(catalog.value(QStringLiteral("interfaces")).toArray().size(), 46);
    EXPECT_EQ(catalog.value(QStringLiteral("resourcePacks")).toArray().size(), 23);

    const CliRun table = runCli({QStringLiteral("catalog")});
    ASSERT_EQ(table.exitCode, 0);
    const QString text = QString::fromUtf8(table.out);
    for (const OcrInterface& api : Catalog::defaultCatalog().interfaces())
        EXPECT_TRUE(text.contains(api.id)) << api.id.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("身份证识别")));
    EXPECT_TRUE(text.contains(QStringLiteral("contact sales")));
}

namespace {

bool handles(std::vector<const char*> arguments) {
    std::vector<char*> argv;
    for (const char* a : arguments)
        argv.push_back(const_cast<char*>(a));
    argv.push_back(nullptr);
    return Cli::handles(static_cast<int>(arguments.size()), argv.data());
}

} // namespace

namespace {

const QString kBudgetPlan = QStringLiteral(OCP_TEST_DATA "/budget-2027.ocrplan");

QJsonObject compareJson(const QStringList& extra) {
    const CliRun run = runCli(QStringList{QStringLiteral("compare"), kBudgetPlan, QStringLiteral("--format"),
                                          QStringLiteral("json")} +
                              extra);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError);
    return json;
}

Money money(const QJsonValue& value) {
    const auto m = Money::parse(value.toString());
    EXPECT_TRUE(m.has_value()) << value.toString().toStdString();
    return m.value_or(Money());
}

} // namespace

TEST_F(CliTest, CompareShowsEveryScenarioAndThePlanForAll) {
    const QJsonObject json = compareJson({});
    EXPECT_EQ(json.value(QStringLiteral("plan")).toString(), QStringLiteral("2027 预算"));
    const QJsonArray scenarios = json.value(QStringLiteral("scenarios")).toArray();
    ASSERT_EQ(scenarios.size(), 3);
    const QJsonObject robust = json.value(QStringLiteral("robust")).toObject();
    EXPECT_EQ(robust.value(QStringLiteral("method")).toString(), QStringLiteral("expected-cost"));
    EXPECT_EQ(robust.value(QStringLiteral("purchaseMonth")).toString(), QStringLiteral("2027-01"));
    const QJsonArray matrix = robust.value(QStringLiteral("matrix")).toArray();
    ASSERT_EQ(matrix.size(), 4); // each scenario's optimum, then the plan for all
    const QJsonObject forAll = matrix.at(3).toObject();
    EXPECT_EQ(forAll.value(QStringLiteral("plan")).toString(), QStringLiteral("robust"));
    EXPECT_TRUE(forAll.value(QStringLiteral("scenario")).isNull());
    EXPECT_EQ(forAll.value(QStringLiteral("purchases")), robust.value(QStringLiteral("purchases")));
    EXPECT_EQ(forAll.value(QStringLiteral("expectedCost")), robust.value(QStringLiteral("expectedCost")));

    // Known by hand (all-calls tier basis, R4; purchases in the first month only, valid the
    // whole year, R2). Postpaid only, per year: 基准 ID 24,000 x 0.10 x 12 = 28,800, bank
    // card 5,000 x 0.15 x 12 = 9,000, licences (one group of 7,000 calls, tier 1) 5,000 x 0.15
    // x 12 = 9,000: 46,800. 保守: 20,400 + 3,600 + 2,700 = 26,700. 乐观: 46,800 + 14,400 +
    // licences at tier 2 (12,000 calls) 10,000 x 0.10 x 12 = 12,000: 73,200.
    // Each scenario's optimum: 基准 ID 3 x 100,000 (W1) 15,000; bank card 60,000 calls in
    // 6 x 10,000 4,800; driver 36,000 in 3 x 10,000 + 6 x 1,000 3,120; vehicle 24,000 in
    // 2 x 10,000 + 4 x 1,000 2,080: 25,000. 保守: ID 204,000 calls in 2 x 100,000 and 4,000
    // postpaid 10,400; bank card 24,000: 2,080; driver 12,000: 1 x 10,000 + 2 x 1,000 1,040;
    // vehicle 6,000: 6 x 1,000 720: 14,240. 乐观: ID 468,000 in 5 x 100,000 25,000 (4 packs
    // and 68,000 calls cost 25,600); bank card 96,000 in 1 x 100,000 5,000; driver 72,000 at
    // 0.10 in 1 x 100,000 5,000; vehicle 48,000: 5 x 10,000 4,000: 39,000.
    const QList<const char*> postpaidOnly{"46800", "26700", "73200"};
    const QList<const char*> optimum{"25000", "14240", "39000"};
    const QList<qint64> weights{500'000, 250'000, 250'000};
    Int128 weighted = 0;
    for (int s = 0; s < 3; ++s) {
        const QJsonObject f = scenarios.at(s).toObject();
        // The user's own purchases: none in this file, so the plan costs what postpaid costs.
        EXPECT_EQ(f.value(QStringLiteral("total")), f.value(QStringLiteral("postpaidOnly")));
        EXPECT_EQ(money(f.value(QStringLiteral("postpaidOnly"))), *Money::parse(QString::fromLatin1(postpaidOnly.at(s))));
        EXPECT_EQ(money(robust.value(QStringLiteral("scenarioOptimum")).toArray().at(s).toObject().value(QStringLiteral("cost"))),
                  *Money::parse(QString::fromLatin1(optimum.at(s))));
        EXPECT_EQ(money(f.value(QStringLiteral("saving"))), Money());
        EXPECT_EQ(f.value(QStringLiteral("expiredCalls")).toInteger(), 0);
        EXPECT_EQ(f.value(QStringLiteral("packs")).toArray().size(), 4);
        // The scenario billed with the plan for all is the matrix's figure.
        const QJsonObject cell = forAll.value(QStringLiteral("costs")).toArray().at(s).toObject();
        EXPECT_EQ(cell.value(QStringLiteral("scenario")), f.value(QStringLiteral("name")));
        EXPECT_EQ(f.value(QStringLiteral("robustTotal")), cell.value(QStringLiteral("cost")));
        weighted += money(cell.value(QStringLiteral("cost"))).micros() * weights.at(s);
        // Each scenario's own optimum has no regret under that scenario, and is the optimum.
        const QJsonObject own = matrix.at(s).toObject();
        EXPECT_EQ(own.value(QStringLiteral("scenario")), f.value(QStringLiteral("name")));
        const QJsonObject diagonal = own.value(QStringLiteral("costs")).toArray().at(s).toObject();
        EXPECT_EQ(diagonal.value(QStringLiteral("regret")).toString(), QStringLiteral("0.00"));
        EXPECT_EQ(diagonal.value(QStringLiteral("cost")), robust.value(QStringLiteral("scenarioOptimum"))
                                                              .toArray()
                                                              .at(s)
                                                              .toObject()
                                                              .value(QStringLiteral("cost")));
        // No single scenario's optimum has a lower weighted average.
        EXPECT_LE(money(robust.value(QStringLiteral("expectedCost"))),
                  money(own.value(QStringLiteral("expectedCost"))));
        EXPECT_EQ(money(cell.value(QStringLiteral("regret"))),
                  money(cell.value(QStringLiteral("cost"))) - money(diagonal.value(QStringLiteral("cost"))));
    }
    EXPECT_EQ(money(robust.value(QStringLiteral("expectedCost"))), Money::fromMicros(weighted / 1'000'000));
}

TEST_F(CliTest, ComparePlanForAllReplaysThroughPlan) {
    const QJsonObject robust = compareJson({}).value(QStringLiteral("robust")).toObject();
    // The first scenario of the file with the recommended purchases, billed by `plan`.
    QFile file(kBudgetPlan);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject first = QJsonDocument::fromJson(file.readAll())
                            .object()
                            .value(QStringLiteral("scenarios"))
                            .toArray()
                            .at(0)
                            .toObject();
    first.remove(QStringLiteral("weight"));
    QJsonArray purchases;
    for (const QJsonValue& p : robust.value(QStringLiteral("purchases")).toArray()) {
        QJsonObject o = p.toObject();
        o.remove(QStringLiteral("packName"));
        purchases.append(o);
    }
    first.insert(QStringLiteral("purchases"), purchases);
    const QString scenarioFile = write(QStringLiteral("forall.json"), QJsonDocument(first).toJson());
    const CliRun run =
        runCli({QStringLiteral("plan"), scenarioFile, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("total")),
              robust.value(QStringLiteral("matrix"))
                  .toArray()
                  .at(3)
                  .toObject()
                  .value(QStringLiteral("costs"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("cost")));
}

TEST_F(CliTest, CompareMinMaxRegretHasTheSmallestLargestRegret) {
    const QJsonObject robust = compareJson({QStringLiteral("--method"), QStringLiteral("min-max-regret")})
                                   .value(QStringLiteral("robust"))
                                   .toObject();
    EXPECT_EQ(robust.value(QStringLiteral("method")).toString(), QStringLiteral("min-max-regret"));
    const QJsonArray matrix = robust.value(QStringLiteral("matrix")).toArray();
    ASSERT_EQ(matrix.size(), 4);
    const Money best = money(robust.value(QStringLiteral("maxRegret")));
    for (const QJsonValue& row : matrix) {
        EXPECT_LE(best, money(row.toObject().value(QStringLiteral("maxRegret"))));
        Money worst;
        for (const QJsonValue& cell : row.toObject().value(QStringLiteral("costs")).toArray())
            worst = std::max(worst, money(cell.toObject().value(QStringLiteral("regret"))));
        EXPECT_EQ(worst, money(row.toObject().value(QStringLiteral("maxRegret"))));
    }
}

TEST_F(CliTest, CompareTableAndCsv) {
    const CliRun table = runCli({QStringLiteral("compare"), kBudgetPlan});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    const QString text = QString::fromUtf8(table.out);
    for (const QString& word :
         {QStringLiteral("基准"), QStringLiteral("保守"), QStringLiteral("乐观"),
          QStringLiteral("Plan for all"), QStringLiteral("Largest regret"), QStringLiteral("身份证识别")})
        EXPECT_TRUE(text.contains(word)) << word.toStdString() << "\n" << text.toStdString();

    const QString out = path(QStringLiteral("compare.csv"));
    const CliRun csv = runCli({QStringLiteral("compare"), kBudgetPlan, QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("-o"), out});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.isEmpty());
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith(kBom));
    const QList<QStringList> rows = csvRows(bytes);
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_TRUE(rows.constFirst().contains(QStringLiteral("one plan for all cost")));
    // Four packs and a total row for each of the three scenarios.
    EXPECT_EQ(rows.size(), 1 + 3 * 5);
}

TEST_F(CliTest, CompareReportsAPlanForAllItCannotMakeAndStillCompares) {
    QFile file(kBudgetPlan);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray scenarios = plan.value(QStringLiteral("scenarios")).toArray();
    QJsonObject late = scenarios.at(2).toObject();
    late.insert(QStringLiteral("start"), QStringLiteral("2027-04"));
    scenarios[2] = late;
    plan.insert(QStringLiteral("scenarios"), scenarios);
    const QString planFile = write(QStringLiteral("late.ocrplan"), QJsonDocument(plan).toJson());
    const CliRun run =
        runCli({QStringLiteral("compare"), planFile, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(json.value(QStringLiteral("scenarios")).toArray().size(), 3);
    EXPECT_TRUE(json.value(QStringLiteral("robust")).isNull());
    EXPECT_TRUE(
        json.value(QStringLiteral("robustError")).toString().contains(QStringLiteral("same start month")));
}

TEST(CliHandles, SubcommandsAndHelpRunHeadlessQtOptionsOpenTheWindow) {
    for (const char* command : {"plan", "catalog", "optimize", "compare", "import-usage", "help", "--help",
                                "-h", "--version", "foo"})
        EXPECT_TRUE(handles({"ocr-cost-planner", command})) << command;
    EXPECT_FALSE(handles({"ocr-cost-planner"}));
    EXPECT_FALSE(handles({"ocr-cost-planner", "-platform", "offscreen"}));
    EXPECT_FALSE(handles({"ocr-cost-planner", "-style", "fusion"}));
    EXPECT_FALSE(handles({"ocr-cost-planner", "-reverse"}));
}

TEST_F(CliTest, ImportUsageIntoAScenarioKeepsABackup) {
    const QString target = write(QStringLiteral("w1.json"), kW1);
    const QString csv = write(QStringLiteral("usage.csv"), QByteArray("\xEF\xBB\xBF日期,接口名称,调用量\n"
                                                                      "2027-01-05,身份证识别,20000\n"
                                                                      "2027-01-20,IDCardOCR,10000\n"
                                                                      "2027-02-01,IDCardOCR,oops\n"));
    const CliRun run = runCli({QStringLiteral("import-usage"), csv, QStringLiteral("--into"), target});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("2 used, 1 skipped")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("line 4:")) << run.out.toStdString();
    EXPECT_TRUE(QFile::exists(target + QStringLiteral(".bak")));
    // January now has the imported 30,000 calls; the plan still evaluates.
    const CliRun plan =
        runCli({QStringLiteral("plan"), target, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(plan.out).object();
    const QJsonArray packs = json.value(QStringLiteral("packs")).toArray();
    ASSERT_EQ(packs.size(), 1);
    EXPECT_EQ(packs.at(0).toObject().value(QStringLiteral("calls")).toInteger(), 30'000 + 11 * 25'000);
}

// Imported calls are actual calls: --mark-actual makes the complete months actual months
// (version 2 then); a scenario with actual months moves on by itself, never backwards, and
// --keep-forecast leaves it alone. A month whose daily rows stop before its last day is
// still running: it stays a forecast.
TEST_F(CliTest, ImportUsageMarksTheCompleteMonthsActual) {
    const QString target = write(QStringLiteral("w1.json"), kW1);
    const auto scenarioJson = [&target] {
        QFile file(target);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll()).object();
    };
    // January to March in monthly rows: all three complete.
    const QString quarter = write(QStringLiteral("q1.csv"), QByteArray("month,api,calls\n2027-01,IDCardOCR,30000\n"
                                                                       "2027-02,IDCardOCR,32000\n"
                                                                       "2027-03,IDCardOCR,31000\n"));
    CliRun run = runCli({QStringLiteral("import-usage"), quarter, QStringLiteral("--into"), target,
                         QStringLiteral("--keep-forecast")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(scenarioJson().contains(QStringLiteral("actualThrough")));
    EXPECT_EQ(scenarioJson().value(QStringLiteral("version")).toInt(), 1);

    run = runCli({QStringLiteral("import-usage"), quarter, QStringLiteral("--into"), target,
                  QStringLiteral("--mark-actual")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("Set 3 interface-months of " + target.toUtf8() +
                                 ".\nThe months 2027-01 to 2027-03 are now actual months (actualThrough 2027-03).\n"))
        << run.out.toStdString();
    EXPECT_EQ(scenarioJson().value(QStringLiteral("actualThrough")).toString(), QStringLiteral("2027-03"));
    EXPECT_EQ(scenarioJson().value(QStringLiteral("version")).toInt(), 2);

    // April complete (its 30 days), May only to the 10th: April becomes actual, May does not.
    const QString daily = write(QStringLiteral("daily.csv"), QByteArray("date,api,calls\n2027-04-01,IDCardOCR,20000\n"
                                                                        "2027-04-30,IDCardOCR,6000\n"
                                                                        "2027-05-10,IDCardOCR,9000\n"));
    run = runCli({QStringLiteral("import-usage"), daily, QStringLiteral("--into"), target});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("The months 2027-01 to 2027-04 are now actual months (actualThrough 2027-04).\n"
                                 "2027-05 is not complete in the file and stays a forecast.\n"))
        << run.out.toStdString();
    EXPECT_EQ(scenarioJson().value(QStringLiteral("actualThrough")).toString(), QStringLiteral("2027-04"));

    // February again (a correction): the calls change, the actual months stay through April.
    const QString february =
        write(QStringLiteral("feb.csv"), QByteArray("month,api,calls\n2027-02,IDCardOCR,33000\n"));
    run = runCli({QStringLiteral("import-usage"), february, QStringLiteral("--into"), target});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains("now actual")) << run.out.toStdString();
    const QJsonObject json = scenarioJson();
    EXPECT_EQ(json.value(QStringLiteral("actualThrough")).toString(), QStringLiteral("2027-04"));
    // IDCardOCR: 30,000, 33,000, 31,000, 26,000 (20,000 + 6,000), 9,000, then the forecast 25,000.
    const QJsonArray calls = json.value(QStringLiteral("volumes")).toObject().value(QStringLiteral("IDCardOCR")).toArray();
    ASSERT_EQ(calls.size(), 12);
    EXPECT_EQ(calls.at(0).toInteger(), 30'000);
    EXPECT_EQ(calls.at(1).toInteger(), 33'000);
    EXPECT_EQ(calls.at(2).toInteger(), 31'000);
    EXPECT_EQ(calls.at(3).toInteger(), 26'000);
    EXPECT_EQ(calls.at(4).toInteger(), 9'000);
    EXPECT_EQ(calls.at(5).toInteger(), 25'000);

    expectOneLineError(runCli({QStringLiteral("import-usage"), february, QStringLiteral("--into"), target,
                               QStringLiteral("--mark-actual"), QStringLiteral("--keep-forecast")}),
                       2, "both marking options");
}

TEST_F(CliTest, ImportUsageProjectsANewScenario) {
    const QString csv =
        write(QStringLiteral("usage.csv"), QByteArray("month,api,calls\n2026-12,BankCardOCR,10000\n"));
    const QString out = path(QStringLiteral("projected.json"));
    const CliRun run =
        runCli({QStringLiteral("import-usage"), csv, QStringLiteral("--months"), QStringLiteral("3"),
                QStringLiteral("--growth"), QStringLiteral("10"), QStringLiteral("-o"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(json.value(QStringLiteral("start")).toString(), QStringLiteral("2027-01"));
    const QJsonArray volumes =
        json.value(QStringLiteral("volumes")).toObject().value(QStringLiteral("BankCardOCR")).toArray();
    ASSERT_EQ(volumes.size(), 3);
    EXPECT_EQ(volumes.at(2).toInteger(), 13'310);
}

TEST_F(CliTest, ImportUsageRefusesBadInputWithOneLine) {
    const QString csv =
        write(QStringLiteral("usage.csv"), QByteArray("month,api,calls\n2026-12,NoSuchOCR,1\n"));
    const QString target = write(QStringLiteral("w1.json"), kW1);
    expectOneLineError(runCli({QStringLiteral("import-usage"), csv, QStringLiteral("--into"), target}), 1,
                       "no usable row");
    expectOneLineError(runCli({QStringLiteral("import-usage"), csv}), 2, "neither --into nor --months");
    expectOneLineError(runCli({QStringLiteral("import-usage"), csv, QStringLiteral("--into"), target,
                               QStringLiteral("--encoding"), QStringLiteral("latin1")}),
                       2, "bad encoding");
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), kW1) << "a refused import leaves the scenario untouched";
}

TEST_F(CliTest, OptimizeFindsW1AndItsPlanReplays) {
    const QString w1 =
        write(QStringLiteral("w1.json"),
              scenario(R"("start": "2027-01", "months": 12, "volumes": {"IDCardOCR": 25000})"));
    const QString saved = path(QStringLiteral("optimized.json"));
    const CliRun run =
        runCli({QStringLiteral("optimize"), w1, QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("--alternatives"), QStringLiteral("5"), QStringLiteral("--policy"),
                QStringLiteral("start"), QStringLiteral("--save-scenario"), saved});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(json.value(QStringLiteral("total")).toString(), QStringLiteral("15000.00"));
    EXPECT_EQ(json.value(QStringLiteral("postpaidOnlyTotal")).toString(), QStringLiteral("28800.00"));
    const QJsonObject pack = json.value(QStringLiteral("packs")).toArray().at(0).toObject();
    EXPECT_EQ(pack.value(QStringLiteral("pack")).toString(), QStringLiteral("id-card"));
    EXPECT_EQ(pack.value(QStringLiteral("total")).toString(), QStringLiteral("15000.00"));
    EXPECT_EQ(pack.value(QStringLiteral("expiredCalls")).toInteger(), 12'000);
    const QJsonArray purchases = pack.value(QStringLiteral("purchases")).toArray();
    ASSERT_EQ(purchases.size(), 1);
    EXPECT_EQ(purchases.at(0).toObject().value(QStringLiteral("month")).toString(),
              QStringLiteral("2027-01"));
    EXPECT_EQ(purchases.at(0).toObject().value(QStringLiteral("size")).toInteger(), 100'000);
    EXPECT_EQ(purchases.at(0).toObject().value(QStringLiteral("count")).toInteger(), 3);
    const QJsonArray alternatives = pack.value(QStringLiteral("alternatives")).toArray();
    ASSERT_GE(alternatives.size(), 5);
    EXPECT_EQ(alternatives.at(0).toObject().value(QStringLiteral("rank")).toInt(), 1);
    // `plan` on the optimizer's own scenario gives the same total.
    const CliRun replay =
        runCli({QStringLiteral("plan"), saved, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(replay.exitCode, 0) << replay.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(replay.out).object().value(QStringLiteral("total")).toString(),
              QStringLiteral("15000.00"));
}

// A year in progress (tests/ReplanTest.cpp, WorkedByHandTwoMorePacksInApril, with a held pack
// whose 2,000 calls serve January first): the 100,000 pack made in January is kept and marked,
// two more are bought in April, and the total covers the whole year: 5,000 + 10,000 元. The
// held pack costs nothing; the January pack then reaches 2,000 calls further, so 14,000 calls
// are left unused at the end instead of 12,000.
TEST_F(CliTest, OptimizeKeepsThePurchasesMadeAndMarksThem) {
    QByteArray file = scenario(R"("start": "2027-01", "months": 12, "volumes": {"IDCardOCR": 25000},
        "actualThrough": "2027-03",
        "holdings": [{"pack": "id-card", "size": 10000, "remaining": 2000, "expires": "2027-02"}],
        "purchases": [{"month": "2027-01", "pack": "id-card", "size": 100000, "count": 1},
                      {"month": "2027-06", "pack": "id-card", "size": 1000, "count": 4}])");
    file.replace(R"("version": 1)", R"("version": 2)");
    const QString replan = write(QStringLiteral("replan.json"), file);
    const CliRun run = runCli({QStringLiteral("optimize"), replan, QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--alternatives"), QStringLiteral("1")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(json.value(QStringLiteral("total")).toString(), QStringLiteral("15000.00"));
    const QJsonObject pack = json.value(QStringLiteral("packs")).toArray().at(0).toObject();
    EXPECT_EQ(pack.value(QStringLiteral("expiredCalls")).toInteger(), 14'000);
    const QJsonArray purchases = pack.value(QStringLiteral("purchases")).toArray();
    ASSERT_EQ(purchases.size(), 2);
    const QJsonObject made = purchases.at(0).toObject();
    EXPECT_EQ(made.value(QStringLiteral("month")).toString(), QStringLiteral("2027-01"));
    EXPECT_EQ(made.value(QStringLiteral("count")).toInteger(), 1);
    EXPECT_TRUE(made.value(QStringLiteral("fixed")).toBool());
    const QJsonObject added = purchases.at(1).toObject();
    EXPECT_EQ(added.value(QStringLiteral("month")).toString(), QStringLiteral("2027-04"));
    EXPECT_EQ(added.value(QStringLiteral("size")).toInteger(), 100'000);
    EXPECT_EQ(added.value(QStringLiteral("count")).toInteger(), 2);
    EXPECT_FALSE(added.contains(QStringLiteral("fixed"))) << "new purchases carry no mark";
    // The held pack serves its 2,000 calls in January (it expires first). The January pack then
    // serves 22,000 + 24,000 × 3 (February to April) + 6,000 of May: it runs out in May; the
    // April packs serve the other 18,000 of May and 7 × 24,000 (June to December), 186,000 of
    // 200,000: 14,000 unused at the end.
    const QJsonObject held = json.value(QStringLiteral("holdings")).toArray().at(0).toObject();
    EXPECT_EQ(held.value(QStringLiteral("atStart")).toInteger(), 2'000);
    EXPECT_EQ(held.value(QStringLiteral("used")).toInteger(), 2'000);
    EXPECT_EQ(held.value(QStringLiteral("expired")).toInteger(), 0);
    const QJsonArray lines = json.value(QStringLiteral("packLines")).toArray();
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(0).toObject().value(QStringLiteral("runsOut")).toString(), QStringLiteral("2027-01"));
    EXPECT_EQ(lines.at(1).toObject().value(QStringLiteral("runsOut")).toString(), QStringLiteral("2027-05"));
    EXPECT_TRUE(lines.at(2).toObject().value(QStringLiteral("runsOut")).isNull());
    EXPECT_EQ(lines.at(2).toObject().value(QStringLiteral("unusedAtEnd")).toInteger(), 14'000);
    const QJsonArray alternatives = pack.value(QStringLiteral("alternatives")).toArray();
    ASSERT_FALSE(alternatives.isEmpty());
    EXPECT_TRUE(alternatives.at(0).toObject().value(QStringLiteral("purchases")).toArray().at(0).toObject()
                    .value(QStringLiteral("fixed")).toBool());

    const CliRun table = runCli({QStringLiteral("optimize"), replan, QStringLiteral("--alternatives"), QStringLiteral("1")});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains("Kept as they are: the packs held at the start and the purchases made through "
                                   "2027-03, marked (made); new purchases from 2027-04."))
        << table.out.toStdString();
    EXPECT_TRUE(table.out.contains("1. 1 × 100,000 in 2027-01 (made); 2 × 100,000 in 2027-04  15,000.00 元"))
        << table.out.toStdString();
    EXPECT_TRUE(table.out.contains("  2027-01 (made)  身份证识别  id-card  1 × 100,000 calls   5,000.00\n"))
        << table.out.toStdString();
    const CliRun csv = runCli({QStringLiteral("optimize"), replan, QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.contains("2027-01,id-card,身份证识别,25000,1000,24000,0,,,0.00,1 × 100000 (made),5000.00,"))
        << csv.out.toStdString();
    EXPECT_TRUE(csv.out.contains(",2 × 100000,10000.00,")) << "new purchases unmarked";
}

TEST(CliDispatch, AnExistingPlanOrScenarioFileOpensTheWindow) {
    QTemporaryDir dir;
    const QByteArray plan = dir.filePath(QStringLiteral("budget.ocrplan")).toLocal8Bit();
    const QByteArray scenario = dir.filePath(QStringLiteral("w1.json")).toLocal8Bit();
    for (const QByteArray& path : {plan, scenario}) {
        QFile file(QString::fromLocal8Bit(path));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    const QByteArray missing = dir.filePath(QStringLiteral("missing.ocrplan")).toLocal8Bit();
    const QByteArray program("ocr-cost-planner");
    auto handles = [&](const QByteArray& argument) {
        char* argv[] = {const_cast<char*>(program.constData()), const_cast<char*>(argument.constData()),
                        nullptr};
        return Cli::handles(2, argv);
    };
    EXPECT_FALSE(handles(plan));
    EXPECT_FALSE(handles(scenario));
    EXPECT_TRUE(handles(missing)) << "a path that does not exist is reported, not opened";
    EXPECT_TRUE(handles("plan"));
    EXPECT_FALSE(handles("-platform"));
}

namespace {

// Names a spreadsheet would evaluate, one for each character that starts a formula.
const QStringList kFormulaNames = {QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
                                   QStringLiteral("+1+2"),
                                   QStringLiteral("-1+cmd|' /C calc'!A0"),
                                   QStringLiteral("@SUM(A1)"),
                                   QStringLiteral("\t=1+1"),
                                   QStringLiteral("\r=2+2")};

// Every cell of a CSV document either is a plain number or cannot start a formula.
void expectNoFormula(const QByteArray& bytes, const char* what) {
    ASSERT_TRUE(bytes.startsWith(kBom)) << what;
    static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    for (const QStringList& row : csvRows(bytes)) {
        for (const QString& cell : row) {
            if (cell.isEmpty() || plainNumber.match(cell).hasMatch())
                continue;
            EXPECT_FALSE(QStringLiteral("=+-@\t\r").contains(cell.front()))
                << what << ": " << cell.toStdString();
        }
    }
}

// Which of the names begin a cell of the document, apostrophe in front.
QStringList neutralisedNames(const QByteArray& bytes) {
    QStringList found;
    const QList<QStringList> rows = csvRows(bytes);
    for (const QString& name : kFormulaNames) {
        const bool present = std::any_of(rows.cbegin(), rows.cend(), [&](const QStringList& row) {
            return std::any_of(row.cbegin(), row.cend(),
                               [&](const QString& cell) { return cell.startsWith(u'\'' + name); });
        });
        if (present)
            found.append(name);
    }
    return found;
}

} // namespace

// CSV formula injection (CWE-1236): a plan and a catalog from someone else, whose scenario and
// pack names start formulas, give no cell a spreadsheet would evaluate in any CSV report.
TEST_F(CliTest, NamesThatStartFormulasAreNeutralisedInEveryCsv) {
    QJsonObject catalogJson = QJsonDocument::fromJson(Catalog::defaultCatalog().toJson()).object();
    QJsonArray packs = catalogJson.value(QStringLiteral("resourcePacks")).toArray();
    for (qsizetype i = 0; i < packs.size(); ++i) {
        QJsonObject pack = packs.at(i).toObject();
        pack.insert(QStringLiteral("name"), kFormulaNames.at(i % kFormulaNames.size()) + QString::number(i));
        packs[i] = pack;
    }
    catalogJson.insert(QStringLiteral("resourcePacks"), packs);
    QJsonArray interfaces = catalogJson.value(QStringLiteral("interfaces")).toArray();
    for (qsizetype i = 0; i < interfaces.size(); ++i) {
        QJsonObject api = interfaces.at(i).toObject();
        api.insert(QStringLiteral("name"), kFormulaNames.at(i % kFormulaNames.size()) + QStringLiteral(" api ") +
                                               QString::number(i));
        interfaces[i] = api;
    }
    catalogJson.insert(QStringLiteral("interfaces"), interfaces);
    const QString catalogFile = write(QStringLiteral("evil-catalog.json"), QJsonDocument(catalogJson).toJson());
    const Catalog catalog = Catalog::fromFile(catalogFile);

    QFile budget(kBudgetPlan);
    ASSERT_TRUE(budget.open(QIODevice::ReadOnly));
    QJsonObject planJson = QJsonDocument::fromJson(budget.readAll()).object();
    planJson.insert(QStringLiteral("name"), kFormulaNames.at(2));
    QJsonArray scenarios = planJson.value(QStringLiteral("scenarios")).toArray();
    QJsonArray evilScenarios;
    for (qsizetype i = 0; i < kFormulaNames.size(); ++i) {
        QJsonObject s = scenarios.at(i % scenarios.size()).toObject();
        s.insert(QStringLiteral("name"), kFormulaNames.at(i));
        s.remove(QStringLiteral("weight"));
        evilScenarios.append(s);
    }
    planJson.insert(QStringLiteral("scenarios"), evilScenarios);
    const QString planFile = write(QStringLiteral("evil.ocrplan"), QJsonDocument(planJson).toJson());
    QJsonObject scenarioJson = evilScenarios.at(0).toObject();
    scenarioJson.insert(QStringLiteral("purchases"),
                        QJsonArray{QJsonObject{{QStringLiteral("month"), QStringLiteral("2027-01")},
                                               {QStringLiteral("pack"), QStringLiteral("id-card")},
                                               {QStringLiteral("size"), 100000}}});
    const QString scenarioFile = write(QStringLiteral("evil.json"), QJsonDocument(scenarioJson).toJson());

    const QString catalogOption = QStringLiteral("--catalog");
    const QString csv = QStringLiteral("--format=csv");
    const CliRun plan = runCli({QStringLiteral("plan"), scenarioFile, catalogOption, catalogFile, csv});
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString();
    expectNoFormula(plan.out, "plan");
    EXPECT_FALSE(neutralisedNames(plan.out).isEmpty());
    const CliRun optimize =
        runCli({QStringLiteral("optimize"), scenarioFile, catalogOption, catalogFile, csv});
    ASSERT_EQ(optimize.exitCode, 0) << optimize.err.toStdString();
    expectNoFormula(optimize.out, "optimize");
    EXPECT_FALSE(neutralisedNames(optimize.out).isEmpty());
    const CliRun compare = runCli({QStringLiteral("compare"), planFile, catalogOption, catalogFile, csv});
    ASSERT_EQ(compare.exitCode, 0) << compare.err.toStdString();
    expectNoFormula(compare.out, "compare");
    // Every scenario name is in the first column, neutralised.
    EXPECT_EQ(neutralisedNames(compare.out), kFormulaNames);

    // The what-if reports the window exports, from the same plan and catalog.
    const Plan evil = PlanFile::fromFile(planFile, catalog);
    const RobustPlan robust = RobustPlanner::plan(catalog, evil);
    const QByteArray matrix = WhatIfReports::robustMatrixCsv(catalog, evil, robust);
    expectNoFormula(matrix, "plan for all");
    EXPECT_EQ(neutralisedNames(matrix), kFormulaNames);
    const QByteArray comparison = WhatIfReports::comparisonCsv(
        catalog, ScenarioComparison::compute(catalog, evil, robust.robust().purchases));
    expectNoFormula(comparison, "comparison");
    EXPECT_EQ(neutralisedNames(comparison), kFormulaNames);
    const BillingResult result = BillingEngine::run(catalog, evil.scenarios.constFirst());
    expectNoFormula(WhatIfReports::cashFlowCsv(result), "cash flow");
    expectNoFormula(
        WhatIfReports::budgetYearCsv(AccrualSchedule::build(catalog, evil.scenarios.constFirst(), result)),
        "budget years");
}

// Negative amounts stay numbers: the comparison's "difference to current" of a cheaper scenario.
TEST_F(CliTest, NegativeAmountsInCsvAreNumbers) {
    const CliRun compare = runCli({QStringLiteral("compare"), kBudgetPlan, QStringLiteral("--format=csv")});
    ASSERT_EQ(compare.exitCode, 0) << compare.err.toStdString();
    const QList<QStringList> rows = csvRows(compare.out);
    const auto column = rows.constFirst().indexOf(QStringLiteral("difference to current"));
    ASSERT_GE(column, 0);
    int negatives = 0;
    for (const QStringList& row : rows) {
        if (row.value(column).startsWith(u'-')) {
            ++negatives;
            EXPECT_TRUE(Money::parse(row.value(column)).has_value()) << row.value(column).toStdString();
        }
    }
    EXPECT_GT(negatives, 0);
}
