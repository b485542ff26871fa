#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/Money.h"
#include "model/billing/ScenarioDerivation.h"
#include "model/document/PlanDocument.h"
#include "model/io/PlanFile.h"
#include "model/itemmodels/AccrualModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/NoticesModel.h"
#include "model/itemmodels/PackLifetimeModel.h"
#include "model/itemmodels/RobustPlanModel.h"
#include "model/itemmodels/ScenarioComparisonModel.h"
#include "model/itemmodels/ScenarioListModel.h"
#include "model/itemmodels/ScenarioPackComparisonModel.h"
#include "model/itemmodels/SensitivityModel.h"
#include "model/optimizer/PurchaseOptimizer.h"
#include "model/optimizer/RobustPlanner.h"
#include "model/optimizer/ScenarioComparison.h"
#include "tests/support/ModelTester.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <algorithm>
#include <gtest/gtest.h>
#include <memory>

using namespace ocp;
using ocp::test::watch;

namespace {

// How many times a model's state became Ready: one per result shown.
qsizetype readyCount(const QSignalSpy& spy) {
    return std::count_if(spy.cbegin(), spy.cend(), [](const QList<QVariant>& arguments) {
        return arguments.at(0).value<AsyncTableModel::State>() == AsyncTableModel::State::Ready;
    });
}

Money money(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data(MoneyRole).value<Money>();
}

class WhatIfModels : public ::testing::Test {
protected:
    void SetUp() override { doc.load(PlanFile::sample(Catalog::defaultCatalog())); }
    BillingResult engine(int scenario) const {
        return BillingEngine::run(doc.catalog(), doc.plan().scenarios.at(scenario));
    }

    PlanDocument doc{Catalog::defaultCatalog()};
};

} // namespace

TEST_F(WhatIfModels, ScenarioListShowsNamesAndWeightsAndEditsThem) {
    ScenarioListModel model(&doc);
    auto tester = watch(&model);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(1, ScenarioListModel::NameColumn).data().toString(), QStringLiteral("保守"));
    EXPECT_EQ(model.index(0, ScenarioListModel::WeightColumn).data().toString(), QStringLiteral("50%"));
    EXPECT_TRUE(model.index(0, 0).data(IsCurrentRole).toBool());
    EXPECT_FALSE(model.index(1, 0).data(IsCurrentRole).toBool());

    EXPECT_TRUE(model.setData(model.index(1, ScenarioListModel::NameColumn), QStringLiteral("低")));
    EXPECT_EQ(doc.plan().scenarios.at(1).name, QStringLiteral("低"));
    EXPECT_TRUE(model.setData(model.index(1, ScenarioListModel::WeightColumn), QStringLiteral("30%")));
    EXPECT_EQ(doc.plan().weightOf(1), 300'000);
    EXPECT_TRUE(model.setData(model.index(2, ScenarioListModel::WeightColumn), QStringLiteral("12.5")));
    EXPECT_EQ(doc.plan().weightOf(2), 125'000);

    QSignalSpy refused(&model, &ScenarioListModel::editRefused);
    EXPECT_FALSE(model.setData(model.index(2, ScenarioListModel::WeightColumn), QStringLiteral("120")));
    EXPECT_FALSE(model.setData(model.index(2, ScenarioListModel::WeightColumn), QStringLiteral("much")));
    EXPECT_FALSE(model.setData(model.index(2, ScenarioListModel::NameColumn), QStringLiteral("基准")));
    EXPECT_EQ(refused.count(), 3);
    EXPECT_FALSE(model.lastError().isEmpty());

    doc.duplicateScenario(0);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_TRUE(model.index(3, 0).data(IsCurrentRole).toBool());
    doc.removeScenario(3);
    EXPECT_EQ(model.rowCount(), 3);
}

TEST_F(WhatIfModels, ComparisonFiguresAreTheEnginesTotalsPerScenario) {
    ScenarioComparisonModel model(&doc);
    auto tester = watch(&model);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnOf(ScenarioComparisonModel::OptimumColumn), -1) << "no optimizer installed";
    EXPECT_EQ(model.columnOf(ScenarioComparisonModel::RobustColumn), -1);
    const int total = model.columnOf(ScenarioComparisonModel::TotalColumn);
    const int postpaid = model.columnOf(ScenarioComparisonModel::PostpaidOnlyColumn);
    const int saving = model.columnOf(ScenarioComparisonModel::SavingColumn);
    const int expiring = model.columnOf(ScenarioComparisonModel::ExpiringColumn);
    const int difference = model.columnOf(ScenarioComparisonModel::DifferenceColumn);
    for (int i = 0; i < 3; ++i) {
        const BillingResult r = engine(i);
        EXPECT_EQ(money(model, i, total), r.total()) << i;
        EXPECT_EQ(money(model, i, postpaid), r.postpaidOnlyTotal()) << i;
        EXPECT_EQ(money(model, i, saving), r.saving()) << i;
        EXPECT_EQ(model.index(i, expiring).data(CallsRole).toLongLong(),
                  r.overall.expiredCalls + r.overall.unusedAtEnd);
        EXPECT_EQ(money(model, i, difference), r.total() - engine(0).total());
    }
    // Differences against the current scenario (基准) on every other row.
    EXPECT_FALSE(model.index(0, total).data(DeltaRole).isValid());
    EXPECT_EQ(model.index(2, total).data(DeltaRole).value<Money>(), engine(2).total() - engine(0).total());
    EXPECT_TRUE(model.index(1, saving).data(HigherIsBetterRole).toBool());
    EXPECT_FALSE(model.index(1, total).data(HigherIsBetterRole).toBool());
    EXPECT_TRUE(model.index(0, 0).data(IsCurrentRole).toBool());
    // 保守 has 80 % of the calls: its postpaid-only cost is lower.
    EXPECT_TRUE(model.index(1, postpaid).data(DeltaRole).value<Money>().isNegative());

    // Switching the current scenario moves the reference.
    doc.setCurrentScenario(2);
    EXPECT_TRUE(model.index(2, 0).data(IsCurrentRole).toBool());
    EXPECT_EQ(model.index(0, total).data(DeltaRole).value<Money>(), engine(0).total() - engine(2).total());

    // An edit of the current scenario shows at once.
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 900'000);
    EXPECT_EQ(money(model, 2, total), engine(2).total());

    // Adding a scenario adds a row.
    doc.deriveScaled(0, 500'000, QStringLiteral("半"));
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(3, 0).data().toString(), QStringLiteral("半"));
    EXPECT_EQ(money(model, 3, total), engine(3).total());
}

TEST_F(WhatIfModels, ComparisonTakesOptimumAndRobustFiguresWhenGiven) {
    // A stand-in optimizer: "recommends" postpaid only, which the engine bills exactly.
    doc.results()->recalculator().setOptimizer([](const Catalog& catalog, const Scenario& scenario) {
        OptimizedPlan plan;
        plan.scenario = scenario;
        plan.scenario.purchases.clear();
        plan.result = BillingEngine::run(catalog, plan.scenario);
        return plan;
    });
    doc.results()->recalculateAll();
    ScenarioComparisonModel model(&doc);
    auto tester = watch(&model);
    const int optimum = model.columnOf(ScenarioComparisonModel::OptimumColumn);
    ASSERT_GE(optimum, 0);
    EXPECT_EQ(money(model, 1, optimum), engine(1).postpaidOnlyTotal());
    EXPECT_EQ(money(model, 1, model.columnOf(ScenarioComparisonModel::OptimumSavingColumn)), Money());

    // The robust-plan hook: the same purchases billed in every scenario.
    QList<Purchase> robust{{0, QStringLiteral("id-card"), 100'000, 2}};
    model.setRobustPurchases(robust);
    const int column = model.columnOf(ScenarioComparisonModel::RobustColumn);
    ASSERT_GE(column, 0);
    for (int i = 0; i < 3; ++i) {
        Scenario s = doc.plan().scenarios.at(i);
        s.purchases = robust;
        EXPECT_EQ(money(model, i, column), BillingEngine::run(doc.catalog(), s).total()) << i;
    }
    model.setRobustPurchases(std::nullopt);
    EXPECT_EQ(model.columnOf(ScenarioComparisonModel::RobustColumn), -1);
}

TEST_F(WhatIfModels, PackComparisonShowsEachPacksCostPerScenario) {
    ScenarioPackComparisonModel model(&doc);
    auto tester = watch(&model);
    ASSERT_EQ(model.columnCount(), 4);
    EXPECT_TRUE(model.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("基准")));
    const int idCard = doc.catalog().packIndex(QStringLiteral("id-card"));
    const int row = model.rowOfPack(idCard);
    ASSERT_GE(row, 0);
    for (int i = 0; i < 3; ++i) {
        const BillingResult r = engine(i);
        EXPECT_EQ(money(model, row, i + 1), r.packs.at(idCard).total());
        EXPECT_EQ(money(model, model.totalRow(), i + 1), r.total());
        Money sum;
        for (int p = 0; p < model.totalRow(); ++p)
            sum += money(model, p, i + 1);
        EXPECT_EQ(sum, r.total()) << "the packs add up to the total";
    }
    EXPECT_TRUE(model.index(model.totalRow(), 0).data(IsTotalRole).toBool());
    EXPECT_TRUE(model.index(row, 1).data(IsCurrentRole).toBool());
    EXPECT_EQ(model.index(row, 3).data(DeltaRole).value<Money>(),
              engine(2).packs.at(idCard).total() - engine(0).packs.at(idCard).total());

    doc.renameScenario(1, QStringLiteral("低"));
    EXPECT_TRUE(model.headerData(2, Qt::Horizontal).toString().contains(QStringLiteral("低")));
    doc.removeScenario(2);
    EXPECT_EQ(model.columnCount(), 3);
}

TEST_F(WhatIfModels, ComparisonForTheCommandLineMatchesTheDocument) {
    const ScenarioComparison computed = ScenarioComparison::compute(doc.catalog(), doc.plan());
    ScenarioComparisonModel model(&doc);
    ASSERT_EQ(computed.scenarios.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(computed.scenarios.at(i).total, model.comparison().scenarios.at(i).total);
        EXPECT_EQ(computed.scenarios.at(i).packTotals, model.comparison().scenarios.at(i).packTotals);
    }
    EXPECT_EQ(computed.packs, model.comparison().packs);
}

TEST_F(WhatIfModels, SensitivityBillsTheScaledScenarioAtEachFactor) {
    SensitivityModel model(&doc);
    auto tester = watch(&model);
    EXPECT_TRUE(model.isStale()) << "nothing is calculated until the view is shown";
    model.setLive(true);
    ASSERT_EQ(model.rowCount(), 21);
    EXPECT_EQ(model.index(0, SensitivityModel::FactorColumn).data(SortRole).toLongLong(), 500'000);
    EXPECT_EQ(model.index(20, SensitivityModel::FactorColumn).data(SortRole).toLongLong(), 2'000'000);
    EXPECT_EQ(model.columnCount(), SensitivityModel::ReoptimizedColumn)
        << "no optimizer: no re-optimised column";
    for (const int row : {0, 6, 20}) {
        const qint64 factor = model.index(row, 0).data(SortRole).toLongLong();
        const BillingResult r =
            BillingEngine::run(doc.catalog(), ScenarioDerivation::scaled(doc.scenario(), factor));
        EXPECT_EQ(money(model, row, SensitivityModel::TotalColumn), r.total()) << factor;
        EXPECT_EQ(money(model, row, SensitivityModel::PostpaidOnlyColumn), r.postpaidOnlyTotal()) << factor;
    }
    // At 100 % the scaled scenario is the plan itself.
    model.setFactors({1'000'000});
    EXPECT_EQ(money(model, 0, SensitivityModel::TotalColumn), doc.snapshot()->result.total());

    // Live: follows the document.
    model.setFactors(SensitivityModel::defaultFactors());
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 500'000);
    const BillingResult r =
        BillingEngine::run(doc.catalog(), ScenarioDerivation::scaled(doc.scenario(), 500'000));
    EXPECT_EQ(money(model, 0, SensitivityModel::TotalColumn), r.total());
    // Not live: marked stale, caught up on refresh.
    model.setLive(false);
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 25'000);
    EXPECT_TRUE(model.isStale());
    model.setLive(true);
    EXPECT_FALSE(model.isStale());
    EXPECT_EQ(money(model, 0, SensitivityModel::TotalColumn),
              BillingEngine::run(doc.catalog(), ScenarioDerivation::scaled(doc.scenario(), 500'000)).total());

    // The optimizer hook adds the re-optimised column.
    model.setOptimizer(Recalculator::unstoppable([](const Catalog& catalog, const Scenario& scenario) {
        OptimizedPlan plan;
        plan.scenario = scenario;
        plan.scenario.purchases.clear();
        plan.result = BillingEngine::run(catalog, plan.scenario);
        return plan;
    }));
    ASSERT_EQ(model.columnCount(), SensitivityModel::ReoptimizedColumn + 1);
    // Calculated on a worker thread, merged in when done.
    QSignalSpy ready(&model, &SensitivityModel::stateChanged);
    model.waitForFinished();
    EXPECT_EQ(readyCount(ready), 1);
    EXPECT_FALSE(model.isComputing());
    EXPECT_EQ(money(model, 3, SensitivityModel::ReoptimizedColumn),
              money(model, 3, SensitivityModel::PostpaidOnlyColumn));

    // An edit starts the series over for the new volumes; the old calculation is dropped.
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 900'000);
    EXPECT_TRUE(model.isComputing());
    EXPECT_FALSE(model.index(3, SensitivityModel::ReoptimizedColumn).data(MoneyRole).isValid());
    model.waitForFinished();
    EXPECT_EQ(money(model, 3, SensitivityModel::ReoptimizedColumn),
              money(model, 3, SensitivityModel::PostpaidOnlyColumn));
    QCoreApplication::processEvents(); // the finished worker's late notice changes nothing
    EXPECT_EQ(readyCount(ready), 2);
}

// The window's line optimizer (SensitivityLine on two threads): every point is the live
// planner's total for the scaled volumes, and an edit drops the line under way for a new one.
TEST_F(WhatIfModels, SensitivityLineOptimizerGivesTheOptimizersTotalAtEveryFactor) {
    SensitivityModel model(&doc);
    auto tester = watch(&model);
    model.setLive(true);
    QSignalSpy ready(&model, &SensitivityModel::stateChanged);
    model.setLineOptimizer(SensitivityModel::optimizerLine());
    ASSERT_EQ(model.columnCount(), SensitivityModel::ReoptimizedColumn + 1);
    EXPECT_TRUE(model.isComputing());
    model.waitForFinished();
    EXPECT_EQ(readyCount(ready), 1);
    auto expectOptimizerTotals = [&] {
        ASSERT_EQ(model.rowCount(), 21);
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 factor = model.index(row, SensitivityModel::FactorColumn).data(SortRole).toLongLong();
            const Scenario scaled = ScenarioDerivation::scaled(doc.scenario(), factor);
            EXPECT_EQ(money(model, row, SensitivityModel::ReoptimizedColumn),
                      PurchaseOptimizer::optimize(doc.catalog(), scaled, {scaled.settings.purchasePolicy, 0}).total())
                << factor;
        }
    };
    expectOptimizerTotals();

    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 900'000);
    EXPECT_TRUE(model.isComputing());
    EXPECT_FALSE(model.index(3, SensitivityModel::ReoptimizedColumn).data(MoneyRole).isValid());
    doc.setVolume(QStringLiteral("IDCardOCR"), 1, 700'000); // supersedes the line just started
    model.waitForFinished();
    EXPECT_EQ(readyCount(ready), 2);
    expectOptimizerTotals();
}

TEST_F(WhatIfModels, BudgetYearRowsAddUpToThePlansCost) {
    // A pack bought in July serves two calendar years.
    Scenario s;
    s.name = QStringLiteral("跨年");
    s.start = YearMonth(2027, 1);
    s.months = 24;
    s.volumes.insert(QStringLiteral("BankCardOCR"), QList<qint64>(24, 1500));
    s.purchases.append({6, QStringLiteral("bank-card"), 10'000, 1});
    doc.load(s);
    AccrualModel model(&doc);
    auto tester = watch(&model);
    ASSERT_EQ(model.rowCount(), 24 + 2 + 1);
    EXPECT_EQ(model.rowKind(24), AccrualModel::RowKind::Year);
    EXPECT_EQ(model.rowKind(26), AccrualModel::RowKind::PrepaidAtEnd);
    EXPECT_TRUE(model.index(24, 0).data().toString().contains(QStringLiteral("2027")));
    EXPECT_TRUE(model.index(24, 0).data(IsTotalRole).toBool());
    EXPECT_FALSE(model.index(3, 0).data(IsTotalRole).toBool());
    const AccrualSchedule a = AccrualSchedule::build(doc.catalog(), s, doc.snapshot()->result);
    EXPECT_EQ(money(model, 24, AccrualModel::TotalColumn), a.byYear.value(2027));
    EXPECT_EQ(money(model, 25, AccrualModel::TotalColumn), a.byYear.value(2028));
    EXPECT_EQ(money(model, 17, AccrualModel::ExpiryLossColumn), *Money::parse(QStringLiteral("320")));
    EXPECT_EQ(money(model, 24, AccrualModel::TotalColumn) + money(model, 25, AccrualModel::TotalColumn) +
                  money(model, 26, AccrualModel::TotalColumn),
              doc.snapshot()->result.total());
    // The year rows split into their parts.
    EXPECT_EQ(money(model, 24, AccrualModel::PackUsageColumn) +
                  money(model, 24, AccrualModel::ExpiryLossColumn) +
                  money(model, 24, AccrualModel::PostpaidColumn),
              money(model, 24, AccrualModel::TotalColumn));
    EXPECT_FALSE(model.index(26, AccrualModel::PackUsageColumn).data().isValid());

    // Follows edits; a shorter horizon changes the rows.
    doc.setVolume(QStringLiteral("BankCardOCR"), 0, 3000);
    EXPECT_EQ(money(model, 0, AccrualModel::PostpaidColumn),
              doc.snapshot()
                  ->result.packMonths.at(doc.catalog().packIndex(QStringLiteral("bank-card")))
                  .at(0)
                  .postpaidCost);
    doc.setMonths(12);
    EXPECT_EQ(model.rowCount(), 12 + 1 + 1);
    // The July pack is still valid after December: it served 500 calls a month in 2027-07 ..
    // 2027-12, 3,000 of its 10,000 calls at 0.08 元 = 240 元, so 800 - 240 = 560 元 is prepaid.
    EXPECT_EQ(model.rowKind(13), AccrualModel::RowKind::PrepaidAtEnd);
    EXPECT_EQ(money(model, 13, AccrualModel::TotalColumn), *Money::parse(QStringLiteral("560")));
}

TEST_F(WhatIfModels, NoticesMarkTheMonthsTheyFire) {
    Scenario s;
    s.name = QStringLiteral("提醒");
    s.start = YearMonth(2027, 1);
    s.months = 12;
    // 9,000 paid calls a month (10,000 less the free 1,000, R1) from one 100,000 pack (R6):
    // 100,000 - 9 x 9,000 = 19,000 < 20,000 after the ninth month, 2027-09 (index 8); the
    // twelfth month, 2027-12 (index 11), takes the last 1,000 and uses it up.
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(12, 10'000));
    s.purchases.append({0, QStringLiteral("id-card"), 100'000, 1});
    doc.load(s);
    NoticesModel model(&doc);
    auto tester = watch(&model);
    // The pack's row, then the row of its one purchase line: 12 x 9,000 = 108,000 > 100,000,
    // so the pack runs out in the twelfth month (the depleted notice's month).
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), 13);
    EXPECT_EQ(model.rowOfPack(doc.catalog().packIndex(QStringLiteral("id-card"))), 0);
    EXPECT_EQ(model.lineOfRow(0), nullptr);
    ASSERT_NE(model.lineOfRow(1), nullptr);
    EXPECT_EQ(model.lineOfRow(1)->purchase, 0);
    const BillingResult& r = doc.snapshot()->result;
    ASSERT_EQ(r.notices.size(), 2);
    EXPECT_EQ(r.notices.at(0).kind, NoticeKind::BelowTwentyPercent);
    EXPECT_EQ(r.notices.at(0).month, 8);
    EXPECT_EQ(r.notices.at(0).balance, 19'000);
    EXPECT_EQ(r.notices.at(1).kind, NoticeKind::Depleted);
    EXPECT_EQ(r.notices.at(1).month, 11);
    EXPECT_EQ(s.monthAt(8), YearMonth(2027, 9));
    for (int m = 0; m < 12; ++m) {
        const int kind = model.index(0, m + 1).data(NoticeKindRole).toInt();
        EXPECT_EQ(kind, m == 8    ? NoticesModel::BelowTwentyPercent
                        : m == 11 ? NoticesModel::Depleted
                                  : NoticesModel::NoNotice)
            << "month index " << m;
        EXPECT_EQ(model.index(1, m + 1).data(NoticeKindRole).toInt(),
                  m == 11 ? NoticesModel::RunsOut : NoticesModel::NoNotice)
            << "month index " << m;
    }
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("    Bought 2027-01 · 100,000 calls"));
    EXPECT_EQ(model.index(1, 12).data().toString(), QStringLiteral("runs out"));
    for (const LowBalanceNotice& n : r.notices) {
        const QModelIndex cell = model.index(model.rowOfPack(n.pack), n.month + 1);
        EXPECT_NE(cell.data(NoticeKindRole).toInt(), NoticesModel::NoNotice);
        EXPECT_FALSE(cell.data(Qt::ToolTipRole).toString().isEmpty());
    }
    const LowBalanceNotice& first = r.notices.constFirst();
    EXPECT_EQ(first.kind, NoticeKind::BelowTwentyPercent);
    EXPECT_EQ(model.mark(0, first.month), NoticesModel::BelowTwentyPercent);

    // Without purchases there is nothing to notify.
    doc.removePurchases({0});
    EXPECT_EQ(model.rowCount(), 0);
}

// Lines of packs on the notices timeline, under their pack and in month order, next to the
// low-balance notices (R6). ID card: 11,000 calls a month, 10,000 beyond the free quota (R1);
// bank card: 1,500 a month, 500 beyond it.
//  - held: 2 ID card packs with 12,500 left each, through 2027-06: 10,000 used in January,
//    10,000 in February, the last 5,000 in March: runs out in 2027-03 (index 2). After
//    February one pack with 5,000 is left, below 20% of 100,000: notice in 2027-02 (index 1);
//    it is used up in March (only the depleted notice, the below-20% one was sent);
//  - bought 2027-07: an ID card pack of 100,000, 60,000 used by December: unused at the end,
//    so no entry on the timeline;
//  - bought 2027-01: a bank card pack of 10,000, 12 x 500 = 6,000 used: 4,000 calls expire
//    unused at the end of 2027-12 (index 11); 10,000 - 500k never falls below 2,000 in 12 months.
//  - bought 2027-09: a bank card pack of 1,000: used after the first (it expires later): no
//    calls at all, so 1,000 expire unused in 2028-08, after the plan: unused at the end.
TEST_F(WhatIfModels, NoticesShowWhenLinesRunOutOrExpireUnused) {
    Scenario s;
    s.name = QStringLiteral("预测");
    s.start = YearMonth(2027, 1);
    s.months = 12;
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(12, 11'000));
    s.volumes.insert(QStringLiteral("BankCardOCR"), QList<qint64>(12, 1'500));
    s.holdings.append(Holding{QStringLiteral("id-card"), 100'000, 12'500, YearMonth(2027, 6), 2});
    s.purchases.append({6, QStringLiteral("id-card"), 100'000, 1});
    s.purchases.append({0, QStringLiteral("bank-card"), 10'000, 1});
    s.purchases.append({8, QStringLiteral("bank-card"), 1'000, 1});
    doc.load(s);
    NoticesModel model(&doc);
    auto tester = watch(&model);
    const int idCard = doc.catalog().packIndex(QStringLiteral("id-card"));
    const int bankCard = doc.catalog().packIndex(QStringLiteral("bank-card"));
    ASSERT_LT(idCard, bankCard); // rows follow the catalog's order
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.rowOfPack(idCard), 0);
    EXPECT_EQ(model.rowOfPack(bankCard), 2);
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("    Held · 100,000 calls × 2"));
    EXPECT_EQ(model.index(3, 0).data().toString(), QStringLiteral("    Bought 2027-01 · 10,000 calls"));
    const QList<QList<int>> expected = {
        {0, NoticesModel::BelowTwentyPercent, NoticesModel::Depleted, 0, 0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, NoticesModel::RunsOut, 0, 0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NoticesModel::ExpiresUnused},
    };
    for (int row = 0; row < 4; ++row) {
        for (int m = 0; m < 12; ++m)
            EXPECT_EQ(model.mark(row, m), expected.at(row).at(m)) << "row " << row << ", month index " << m;
    }
    EXPECT_EQ(model.index(1, 3).data().toString(), QStringLiteral("runs out"));
    EXPECT_EQ(model.index(3, 12).data().toString(), QStringLiteral("4,000 calls expire unused"));
    EXPECT_EQ(model.index(3, 12).data(Qt::ToolTipRole).toString(),
              QStringLiteral("2027-12: 4,000 calls of 10,000 calls of Bank card (Bought 2027-01) expire unused"));
    EXPECT_EQ(model.index(0, 2).data(Qt::ToolTipRole).toString(),
              QStringLiteral("2027-02: the last pack of ID card fell below 20% (5,000 calls left at the end of the month)"));

    // Without the holding the ID card pack has nothing running out in the plan: its line row
    // goes, the pack's row stays (it buys a pack in July).
    Scenario without = s;
    without.holdings.clear();
    doc.load(without);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOfPack(bankCard), 1);
}

TEST_F(WhatIfModels, RobustMatrixShowsEachPlanUnderEachScenarioWithItsRegret) {
    RobustPlanModel model(&doc);
    auto tester = watch(&model);
    ASSERT_TRUE(model.error().isEmpty()) << model.error().toStdString();
    ASSERT_EQ(model.rowCount(), 4);            // three scenarios' own optima, then the plan for all
    ASSERT_EQ(model.columnCount(), 1 + 3 + 3); // plan, scenarios, average, largest regret, purchases
    const RobustPlan expected = RobustPlanner::plan(doc.catalog(), doc.plan());
    EXPECT_EQ(model.robustPlan()->robust().purchases, expected.robust().purchases);
    EXPECT_TRUE(model.index(3, 0).data(IsTotalRole).toBool());
    EXPECT_EQ(model.headerData(model.scenarioColumn(1), Qt::Horizontal).toString(), QStringLiteral("保守"));
    for (int row = 0; row < 4; ++row) {
        const RobustCandidate& c = expected.candidates.at(row);
        for (int s = 0; s < 3; ++s) {
            EXPECT_EQ(money(model, row, model.scenarioColumn(s)), c.costs.at(s));
            EXPECT_EQ(model.index(row, model.scenarioColumn(s)).data(DeltaRole).value<Money>(),
                      c.regrets.at(s));
        }
        EXPECT_EQ(money(model, row, model.expectedCostColumn()), c.expectedCost);
        EXPECT_EQ(money(model, row, model.maxRegretColumn()), c.maxRegret);
        EXPECT_FALSE(model.index(row, model.purchasesColumn()).data().toString().isEmpty());
        // The plan for all has the lowest weighted average (the plan's method).
        EXPECT_LE(expected.robust().expectedCost, c.expectedCost);
    }
    // Each scenario's own optimum has no regret under it.
    for (int s = 0; s < 3; ++s)
        EXPECT_EQ(model.index(s, model.scenarioColumn(s)).data(DeltaRole).value<Money>(), Money());

    // The method follows the document, after the edits of one pass of the event loop, on a
    // worker thread.
    QSignalSpy recalculated(&model, &RobustPlanModel::stateChanged);
    doc.setRobustMethod(RobustMethod::MinMaxRegret);
    QCoreApplication::processEvents();
    model.waitForFinished();
    EXPECT_EQ(readyCount(recalculated), 1);
    ASSERT_EQ(model.robustPlan()->method, RobustMethod::MinMaxRegret);
    for (int row = 0; row < 3; ++row)
        EXPECT_LE(money(model, 3, model.maxRegretColumn()), money(model, row, model.maxRegretColumn()));

    // A fourth scenario adds a column and a row.
    doc.duplicateScenario(0);
    QCoreApplication::processEvents();
    model.waitForFinished();
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.columnCount(), 1 + 4 + 3);

    // A plan whose scenarios start in different months gets no plan for all, and says why.
    doc.setCurrentScenario(1);
    doc.setStart(doc.scenario().start.addMonths(3));
    QCoreApplication::processEvents();
    model.waitForFinished();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.error().contains(QStringLiteral("same start month"))) << model.error().toStdString();

    // Hidden, it waits; shown again, it catches up.
    model.setLive(false);
    doc.setStart(doc.plan().scenarios.at(0).start);
    QCoreApplication::processEvents();
    model.waitForFinished();
    EXPECT_TRUE(model.isStale());
    EXPECT_EQ(model.rowCount(), 0);
    model.setLive(true);
    EXPECT_TRUE(model.isComputing());
    model.waitForFinished();
    EXPECT_FALSE(model.isStale());
    EXPECT_EQ(model.rowCount(), 5);
}

TEST_F(WhatIfModels, ComparisonWeightIsEditable) {
    ScenarioComparisonModel model(&doc);
    auto tester = watch(&model);
    const QModelIndex weight = model.index(1, model.columnOf(ScenarioComparisonModel::WeightColumn));
    EXPECT_TRUE(model.flags(weight).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(
        model.flags(model.index(1, ScenarioComparisonModel::TotalColumn)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(model.setData(weight, QStringLiteral("40 %")));
    EXPECT_EQ(doc.plan().weightOf(1), 400'000);
    EXPECT_EQ(model.index(1, model.columnOf(ScenarioComparisonModel::WeightColumn)).data().toString(),
              QStringLiteral("40%"));
    EXPECT_FALSE(model.setData(weight, QStringLiteral("140")));
    EXPECT_FALSE(model.setData(weight, QStringLiteral("a lot")));
    EXPECT_EQ(doc.plan().weightOf(1), 400'000);
}

TEST_F(WhatIfModels, SensitivityAndRobustTablesGoFromComputingToReadyUnderTheModelTester) {
    using State = AsyncTableModel::State;
    SensitivityModel sensitivity(&doc);
    RobustPlanModel robust(&doc);
    auto sensitivityTester = watch(&sensitivity);
    auto robustTester = watch(&robust);
    sensitivity.setLive(true);
    QSignalSpy sensitivityStates(&sensitivity, &AsyncTableModel::stateChanged);
    QSignalSpy robustStates(&robust, &AsyncTableModel::stateChanged);
    sensitivity.setOptimizer(Recalculator::unstoppable([](const Catalog& catalog, const Scenario& scenario) {
        return PurchaseOptimizer::optimize(catalog, scenario, {PurchasePolicy::Start, 0});
    }));
    EXPECT_TRUE(sensitivity.isComputing());
    sensitivity.waitForFinished();
    EXPECT_EQ(sensitivity.state(), State::Ready);
    EXPECT_TRUE(sensitivity.index(0, SensitivityModel::ReoptimizedColumn).data(MoneyRole).isValid());
    // Counted here: the plan change below may legitimately start the sensitivity line again,
    // and on a busy machine that result can arrive while events are processed.
    EXPECT_EQ(readyCount(sensitivityStates), 1);

    doc.setRobustMethod(RobustMethod::MinMaxRegret);
    QCoreApplication::processEvents();
    EXPECT_TRUE(robust.isComputing());
    robust.waitForFinished();
    EXPECT_EQ(robust.state(), State::Ready);
    EXPECT_EQ(robust.rowCount(), 4);
    EXPECT_EQ(readyCount(robustStates), 1);
}

// The forecast table: one row per line, holdings first. Figures as in
// NoticesShowWhenLinesRunOutOrExpireUnused: the held packs run out in 2027-03, the bank card
// pack of 2027-01 loses 4,000 calls at the end of 2027-12, the ID card pack of 2027-07 has
// 100,000 - 6 x 10,000 = 40,000 left when the plan ends (usable through 2028-06).
TEST_F(WhatIfModels, ForecastTableShowsEachLineOfPacks) {
    Scenario s;
    s.name = QStringLiteral("预测");
    s.start = YearMonth(2027, 1);
    s.months = 12;
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(12, 11'000));
    s.volumes.insert(QStringLiteral("BankCardOCR"), QList<qint64>(12, 1'500));
    s.holdings.append(Holding{QStringLiteral("id-card"), 100'000, 12'500, YearMonth(2027, 6), 2});
    s.purchases.append({6, QStringLiteral("id-card"), 100'000, 1});
    s.purchases.append({0, QStringLiteral("bank-card"), 10'000, 1});
    doc.load(s);
    PackLifetimeModel model(&doc);
    auto tester = watch(&model);
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), PackLifetimeModel::ColumnCount);
    auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    const QStringList held = {QStringLiteral("Held"), QStringLiteral("ID card"), QStringLiteral("25,000"),
                              QStringLiteral("2027-03"), QStringLiteral("2027-06"), QString(), QString()};
    const QStringList july = {QStringLiteral("Bought 2027-07"), QStringLiteral("ID card"), QStringLiteral("100,000"),
                              QString(), QStringLiteral("2028-06"), QString(), QStringLiteral("40,000")};
    const QStringList bank = {QStringLiteral("Bought 2027-01"), QStringLiteral("Bank card"), QStringLiteral("10,000"),
                              QString(), QStringLiteral("2027-12"), QStringLiteral("4,000"), QString()};
    for (int c = 0; c < PackLifetimeModel::ColumnCount; ++c) {
        EXPECT_EQ(text(0, c), held.at(c)) << "column " << c;
        EXPECT_EQ(text(1, c), july.at(c)) << "column " << c;
        EXPECT_EQ(text(2, c), bank.at(c)) << "column " << c;
    }
    EXPECT_EQ(model.index(2, PackLifetimeModel::ExpiringUnusedColumn).data(CallsRole).toLongLong(), 4'000);
    EXPECT_EQ(model.headerData(PackLifetimeModel::RunsOutColumn, Qt::Horizontal).toString(),
              QStringLiteral("Runs out in"));

    // An edit recomputes it: buying the July pack in 2027-04 instead (usable through
    // 2028-03) uses 9 x 10,000 = 90,000 of it by December, 10,000 left at the end.
    doc.setPurchase(0, Purchase{3, QStringLiteral("id-card"), 100'000, 1});
    EXPECT_EQ(text(1, PackLifetimeModel::SourceColumn), QStringLiteral("Bought 2027-04"));
    EXPECT_EQ(text(1, PackLifetimeModel::UnusedAtEndColumn), QStringLiteral("10,000"));
    EXPECT_EQ(text(1, PackLifetimeModel::ExpiresColumn), QStringLiteral("2028-03"));
}
