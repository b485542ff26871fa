#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/ScenarioDerivation.h"
#include "model/io/PlanFile.h"
#include "model/io/ScenarioFile.h"
#include "tests/support/Amounts.h"

#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::catalog;

namespace {

Scenario base() {
    Scenario s;
    s.name = QStringLiteral("基准");
    s.start = YearMonth(2027, 1);
    s.months = 3;
    s.volumes.insert(QStringLiteral("IDCardOCR"), {10'000, 20'000, 30'001});
    s.purchases.append({0, QStringLiteral("id-card"), 10'000, 2});
    return s;
}

} // namespace

TEST(PlanFile, RoundTripsSeveralScenariosWithWeights) {
    Plan plan;
    plan.name = QStringLiteral("2027 budget");
    plan.scenarios = {base(), ScenarioDerivation::scaled(base(), 800'000), ScenarioDerivation::scaled(base(), 1'300'000)};
    plan.scenarios[1].name = QStringLiteral("保守");
    plan.scenarios[2].name = QStringLiteral("乐观");
    plan.weights = {500'000, 250'000, 250'000};
    plan.current = 2;
    plan.robustMethod = RobustMethod::MinMaxRegret;
    const Plan again = PlanFile::fromJson(PlanFile::toJson(plan), catalog());
    EXPECT_EQ(again, plan);
}

TEST(PlanFile, AScenarioFileOpensAsAPlanOfOne) {
    const Plan plan = PlanFile::fromJson(ScenarioFile::toJson(base()), catalog());
    ASSERT_EQ(plan.scenarios.size(), 1);
    EXPECT_EQ(plan.scenarios.at(0), base());
    EXPECT_EQ(plan.weightOf(0), Scenario::kFullShare);
}

TEST(PlanFile, RefusesBadFilesNamingTheField) {
    const auto message = [](const char* json) {
        try {
            PlanFile::fromJson(QByteArray(json), catalog());
        } catch (const InputError& e) {
            return e.message();
        }
        return QString();
    };
    EXPECT_TRUE(message(R"({"format": "ocr-cost-planner/plan", "version": 3, "scenarios": []})").contains(QStringLiteral("newer")));
    EXPECT_TRUE(message(R"({"format": "ocr-cost-planner/plan", "version": 1, "scenarios": []})").contains(QStringLiteral("scenarios")));
    EXPECT_TRUE(message(R"({"format": "ocr-cost-planner/plan", "version": 1, "scenarios": [
        {"format": "ocr-cost-planner/scenario", "version": 1, "start": "2027-01", "months": 1, "volumes": {"Nope": 1}}]})")
                    .contains(QStringLiteral("scenarios[0].volumes.Nope")));
    EXPECT_TRUE(message(R"({"format": "something-else", "version": 1})").contains(QStringLiteral("format")));
    EXPECT_TRUE(message(R"({"format": "ocr-cost-planner/plan", "version": 1, "robustMethod": "guess", "scenarios": [
        {"format": "ocr-cost-planner/scenario", "version": 1, "start": "2027-01", "months": 1}]})")
                    .contains(QStringLiteral("robustMethod")));
    EXPECT_TRUE(message("{\"format\": \"ocr-cost-planner/plan\", \"version\": 1,\n \"scenarios\": [").contains(QStringLiteral("line 2")));
}

TEST(ScenarioDerivation, ScalesAndGrowsExactly) {
    const Scenario low = ScenarioDerivation::scaled(base(), 500'000);
    EXPECT_EQ(low.volumes.value(QStringLiteral("IDCardOCR")), (QList<qint64>{5000, 10'000, 15'001})); // 15,000.5 rounds up
    EXPECT_EQ(low.purchases, base().purchases);
    const Scenario growing = ScenarioDerivation::withGrowth(base(), 100'000);
    EXPECT_EQ(growing.volumes.value(QStringLiteral("IDCardOCR")), (QList<qint64>{10'000, 22'000, 36'301}));
}

// Months that have happened keep their actual calls; growth compounds from the first open month:
// 20,000 × 1 and 30,001 × 1.1 = 33,001.1 → 33,001.
TEST(ScenarioDerivation, LeavesActualMonthsAsTheyWere) {
    Scenario s = base();
    s.actualThrough = s.start;
    const Scenario low = ScenarioDerivation::scaled(s, 500'000);
    EXPECT_EQ(low.volumes.value(QStringLiteral("IDCardOCR")), (QList<qint64>{10'000, 10'000, 15'001}));
    const Scenario growing = ScenarioDerivation::withGrowth(s, 100'000);
    EXPECT_EQ(growing.volumes.value(QStringLiteral("IDCardOCR")), (QList<qint64>{10'000, 20'000, 33'001}));
    EXPECT_EQ(growing.actualThrough, s.actualThrough);
}

TEST(Plan, UniqueNames) {
    Plan plan = Plan::single(base());
    EXPECT_EQ(plan.uniqueName(QStringLiteral("保守")), QStringLiteral("保守"));
    EXPECT_EQ(plan.uniqueName(QStringLiteral("基准")), QStringLiteral("基准 2"));
}
