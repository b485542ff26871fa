// VarianceModel: the budget against the current scenario as a table, following the document.
// The figures are those of the worked case in BudgetVarianceTest.
#include "model/document/PlanDocument.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/VarianceModel.h"
#include "tests/support/Amounts.h"
#include "tests/support/ModelTester.h"

#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::catalog;
using ocp::test::yuan;

namespace {

// 25,000 ID-card calls a month over 4 months with one 100,000 pack in January.
Scenario budgetScenario() {
    Scenario s;
    s.name = QStringLiteral("基准");
    s.start = YearMonth(2027, 1);
    s.months = 4;
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(4, 25'000));
    s.purchases.append({0, QStringLiteral("id-card"), 100'000, 1});
    return s;
}

Money moneyAt(const VarianceModel& m, int row, int column) {
    return m.index(row, column).data(MoneyRole).value<Money>();
}

} // namespace

TEST(VarianceModel, ShowsActualForecastAndTotalsAndFollowsEdits) {
    PlanDocument doc(catalog());
    doc.load(budgetScenario());
    VarianceModel model(&doc);
    const auto tester = ocp::test::watch(&model);
    EXPECT_EQ(model.rowCount(), 0); // no budget yet
    doc.approveBudget(QDate(2026, 12, 15));
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.columnCount(), VarianceModel::ColumnCount);
    // The budget against the scenario it was made from: no variance.
    EXPECT_EQ(moneyAt(model, 4, VarianceModel::BudgetColumn), yuan("5000"));
    EXPECT_EQ(moneyAt(model, 4, VarianceModel::VarianceColumn), Money());
    EXPECT_TRUE(model.index(4, 0).data(IsTotalRole).toBool());

    // February and March happen with 40,000 and 30,000 calls, April stays at 25,000 but is
    // forecast 30,000: the pack runs out in April, 21,000 calls postpaid at 0.10 元 = 2,100 元.
    Scenario now = budgetScenario();
    now.volumes[QStringLiteral("IDCardOCR")] = {25'000, 40'000, 30'000, 30'000};
    now.actualThrough = YearMonth(2027, 2);
    doc.replaceScenario(now, QStringLiteral("year so far"));
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.index(1, VarianceModel::StatusColumn).data().toString(), QStringLiteral("Actual"));
    EXPECT_EQ(model.index(2, VarianceModel::StatusColumn).data().toString(), QStringLiteral("Forecast"));
    EXPECT_EQ(moneyAt(model, 1, VarianceModel::ActualColumn), Money());
    EXPECT_FALSE(model.index(1, VarianceModel::ForecastColumn).data(MoneyRole).isValid());
    EXPECT_FALSE(model.index(3, VarianceModel::ActualColumn).data(MoneyRole).isValid());
    EXPECT_EQ(moneyAt(model, 3, VarianceModel::ForecastColumn), yuan("2100"));
    EXPECT_EQ(moneyAt(model, 3, VarianceModel::VarianceColumn), yuan("2100"));
    EXPECT_EQ(model.index(3, VarianceModel::VariancePercentColumn).data().toString(), QStringLiteral("—"));
    EXPECT_EQ(moneyAt(model, 4, VarianceModel::ActualColumn), yuan("5000"));
    EXPECT_EQ(moneyAt(model, 4, VarianceModel::ForecastColumn), yuan("2100"));
    EXPECT_EQ(moneyAt(model, 4, VarianceModel::VarianceColumn), yuan("2100"));
    EXPECT_EQ(model.index(4, VarianceModel::VariancePercentColumn).data().toString(), QStringLiteral("42%"));

    // One pack: the same here, as the plan has only ID-card calls; an unknown pack shows all.
    model.setPack(QStringLiteral("id-card"));
    EXPECT_EQ(moneyAt(model, 4, VarianceModel::VarianceColumn), yuan("2100"));
    model.setPack(QStringLiteral("bank-card"));
    EXPECT_EQ(moneyAt(model, 4, VarianceModel::ActualColumn), yuan("5000"));

    doc.clearBudget();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.variance().has_value());
}
