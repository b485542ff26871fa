#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/io/PlanFile.h"
#include "model/io/ScenarioFile.h"
#include "tests/support/Amounts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::catalog;

namespace {

// Three months, IDCardOCR 10,000 calls a month; `fields` adds members to the scenario.
QByteArray scenarioWith(const char* fields) {
    return QByteArray(R"({"format": "ocr-cost-planner/scenario", "version": 2, "start": "2027-01", "months": 3,
        "volumes": {"IDCardOCR": 10000, "GeneralBasicOCR": [100, 200, 300]}, )") +
           fields + "}";
}

std::string errorOf(const QByteArray& json) {
    try {
        ScenarioFile::fromJson(json, catalog());
    } catch (const InputError& e) {
        return e.message().toStdString();
    }
    ADD_FAILURE() << "accepted: " << json.toStdString();
    return {};
}

Scenario plain() {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 3;
    s.volumes.insert(QStringLiteral("IDCardOCR"), {10'000, 10'000, 10'000});
    s.volumes.insert(QStringLiteral("GeneralBasicOCR"), {100, 200, 300});
    return s;
}

} // namespace

TEST(CostCentreFiles, SharesReadByIdOrChineseNameAsPpm) {
    // "0.6" = 600,000 ppm; the Chinese name 身份证识别 is stored under the id.
    const Scenario s = ScenarioFile::fromJson(
        scenarioWith(R"("costCentres": {"身份证识别": {"销售部": "0.6", "风控部": "0.4"},
                                         "GeneralBasicOCR": {"销售部": ["0.5", "0.25", "1"], "风控部": ["0.5", "0.75", "0"]}})"),
        catalog());
    ASSERT_EQ(s.costCentres.size(), 2);
    const CostCentreSplit id = s.costCentres.value(QStringLiteral("IDCardOCR"));
    EXPECT_EQ(id.shares.value(QStringLiteral("销售部")), QList<qint64>{600'000});
    EXPECT_EQ(id.shares.value(QStringLiteral("风控部")), QList<qint64>{400'000});
    EXPECT_TRUE(id.volumes.isEmpty());
    const CostCentreSplit general = s.costCentres.value(QStringLiteral("GeneralBasicOCR"));
    EXPECT_EQ(general.shares.value(QStringLiteral("销售部")), (QList<qint64>{500'000, 250'000, 1'000'000}));
    EXPECT_EQ(general.shares.value(QStringLiteral("风控部")), (QList<qint64>{500'000, 750'000, 0}));
}

TEST(CostCentreFiles, VolumesReadAsCallsPerMonth) {
    // 4,000 + 6,000 = 10,000 each month, as volumes.IDCardOCR says.
    const Scenario s = ScenarioFile::fromJson(
        scenarioWith(R"("costCentreVolumes": {"IDCardOCR": {"销售部": [4000, 5000, 6000], "风控部": [6000, 5000, 4000]}})"),
        catalog());
    const CostCentreSplit split = s.costCentres.value(QStringLiteral("IDCardOCR"));
    EXPECT_TRUE(split.byVolumes());
    EXPECT_EQ(split.volumes.value(QStringLiteral("销售部")), (QList<qint64>{4'000, 5'000, 6'000}));
    EXPECT_EQ(split.volumes.value(QStringLiteral("风控部")), (QList<qint64>{6'000, 5'000, 4'000}));
}

TEST(CostCentreFiles, RoundTripKeepsSharesVolumesAndVersion) {
    Scenario s = plain();
    s.costCentres[QStringLiteral("IDCardOCR")].shares = {{QStringLiteral("销售部"), {600'000}},
                                                         {QStringLiteral("风控部"), {400'000}}};
    s.costCentres[QStringLiteral("GeneralBasicOCR")].volumes = {{QStringLiteral("A"), {100, 150, 0}},
                                                               {QStringLiteral("B"), {0, 50, 300}}};
    const QByteArray json = ScenarioFile::toJson(s);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(root.value(QStringLiteral("costCentres")).toObject().value(QStringLiteral("IDCardOCR")).toObject()
                  .value(QStringLiteral("销售部")).toString(),
              QStringLiteral("0.6"));
    // The engine reads volumes alone: the sum stays written there.
    EXPECT_TRUE(root.value(QStringLiteral("volumes")).toObject().contains(QStringLiteral("GeneralBasicOCR")));
    EXPECT_EQ(ScenarioFile::fromJson(json, catalog()), s);
}

TEST(CostCentreFiles, AScenarioWithoutThemStaysVersionOneWithoutTheFields) {
    const QByteArray json = ScenarioFile::toJson(plain());
    EXPECT_EQ(QJsonDocument::fromJson(json).object().value(QStringLiteral("version")).toInt(), 1);
    EXPECT_FALSE(json.contains("costCentre"));
}

TEST(CostCentreFiles, RefusalsNameTheField) {
    EXPECT_EQ(errorOf(scenarioWith(R"("costCentres": {"IDCardOCR": {"销售部": "0.6x", "风控部": "0.4"}})")),
              "costCentres.IDCardOCR.销售部: \"0.6x\" is not a share between 0 and 1 with up to six decimals, such as \"0.6\"");
    EXPECT_EQ(errorOf(scenarioWith(R"("costCentres": {"IDCardOCR": {"销售部": "1.5"}})")),
              "costCentres.IDCardOCR.销售部: 1.5 is more than 1 (100 %)");
    EXPECT_EQ(errorOf(scenarioWith(R"("costCentres": {"IDCardOCR": {"销售部": "0.5", "风控部": "0.4"}})")),
              "costCentres.IDCardOCR: the shares add up to 0.9, not 1 (100 %)");
    // Month 2 (2027-03): 0.5 + 0.4.
    EXPECT_EQ(errorOf(scenarioWith(R"("costCentres": {"IDCardOCR": {"A": ["0.5", "0.5", "0.5"], "B": ["0.5", "0.5", "0.4"]}})")),
              "costCentres.IDCardOCR[2]: the shares add up to 0.9, not 1 (100 %)");
    EXPECT_EQ(errorOf(scenarioWith(R"("costCentres": {"IDCardOCR": {"A": ["0.5", "0.5"]}})")),
              "costCentres.IDCardOCR.A: has 2 monthly shares but the scenario has 3 months");
    EXPECT_EQ(errorOf(scenarioWith(R"("costCentres": {"NoSuchOCR": {"A": "1"}})")),
              "costCentres.NoSuchOCR: \"NoSuchOCR\" is not an interface of the catalog (use its API name, such as "
              "IDCardOCR, or its Chinese name)");
    // Month 1: 5,000 + 4,000 = 9,000 calls against 10,000.
    EXPECT_EQ(errorOf(scenarioWith(R"("costCentreVolumes": {"IDCardOCR": {"A": [5000, 5000, 5000], "B": [5000, 4000, 5000]}})")),
              "costCentres.IDCardOCR[1]: the cost centres' calls add up to 9000, but the interface has 10000");
    EXPECT_EQ(errorOf(scenarioWith(R"("costCentres": {"IDCardOCR": {"A": "1"}}, "costCentreVolumes": {"IDCardOCR": {"A": 10000}})")),
              "costCentreVolumes.IDCardOCR: interface IDCardOCR also has shares in costCentres; split it by shares or "
              "by volumes, not both");
    EXPECT_EQ(errorOf(scenarioWith(R"("costCentres": {"IDCardOCR": {"未分配": "1"}})")),
              "costCentres.IDCardOCR.未分配: is the name of the line for calls without a split; leave those calls out "
              "of the split instead");
}

TEST(CostCentreFiles, PlanAccountingRoundTripsAndIsWrittenOnlyWhenNotDefault) {
    Plan plan = Plan::single(plain());
    const QByteArray plainJson = PlanFile::toJson(plan);
    EXPECT_FALSE(plainJson.contains("accounting"));
    EXPECT_EQ(QJsonDocument::fromJson(plainJson).object().value(QStringLiteral("version")).toInt(), 1);

    plan.accounting.method = AccountingMethod::StraightLine;
    plan.accounting.unusedBalance = UnusedBalanceRule::Unallocated;
    plan.accounting.accounts.prepaid = QStringLiteral("1123 预付账款");
    plan.accounting.accounts.expense = QStringLiteral("6602 管理费用");
    const QByteArray json = PlanFile::toJson(plan);
    const QJsonObject accounting =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("accounting")).toObject();
    EXPECT_EQ(accounting.value(QStringLiteral("method")).toString(), QStringLiteral("straight-line"));
    EXPECT_EQ(accounting.value(QStringLiteral("unusedBalance")).toString(), QStringLiteral("unallocated"));
    EXPECT_EQ(QJsonDocument::fromJson(json).object().value(QStringLiteral("version")).toInt(), 2);
    const Plan again = PlanFile::fromJson(json, catalog());
    EXPECT_EQ(again.accounting, plan.accounting);
}

TEST(CostCentreFiles, PlanAccountingRefusalsNameTheField) {
    auto errorOfPlan = [](const char* accounting) -> std::string {
        const QByteArray json = QByteArray(R"({"format": "ocr-cost-planner/plan", "version": 2, "scenarios": [
            {"format": "ocr-cost-planner/scenario", "version": 1, "start": "2027-01", "months": 1}], "accounting": )") +
                                accounting + "}";
        try {
            PlanFile::fromJson(json, catalog());
        } catch (const InputError& e) {
            return e.message().toStdString();
        }
        return "accepted";
    };
    EXPECT_EQ(errorOfPlan(R"({"method": "fifo"})"), "accounting.method: \"fifo\" must be \"usage\" or \"straight-line\"");
    EXPECT_EQ(errorOfPlan(R"({"unusedBalance": "nobody"})"),
              "accounting.unusedBalance: \"nobody\" must be \"by-use\" or \"unallocated\"");
    EXPECT_EQ(errorOfPlan(R"({"method": "usage", "unusedBalance": "by-use", "accounts": {"bank": "1002 银行存款"}})"),
              "accepted");
}
