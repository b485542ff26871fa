#include "model/billing/AccrualSchedule.h"
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/Money.h"
#include "model/billing/ScenarioDerivation.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/io/WhatIfReports.h"
#include "model/itemmodels/AccrualModel.h"
#include "model/itemmodels/CashFlowModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/NoticesModel.h"
#include "model/itemmodels/ResultsModel.h"
#include "model/itemmodels/RobustPlanModel.h"
#include "model/itemmodels/ScenarioComparisonModel.h"
#include "model/itemmodels/ScenarioListModel.h"
#include "model/itemmodels/ScenarioPackComparisonModel.h"
#include "model/itemmodels/ScenarioTableModel.h"
#include "model/itemmodels/SensitivityModel.h"
#include "model/optimizer/PurchaseOptimizer.h"
#include "model/optimizer/RobustPlanner.h"
#include "tests/support/Csv.h"
#include "ui/BudgetYearPane.h"
#include "ui/CashFlowChart.h"
#include "ui/ComparisonPane.h"
#include "ui/DeltaDelegate.h"
#include "ui/MainWindow.h"
#include "ui/PlanReportPdf.h"
#include "ui/ResultsPane.h"
#include "ui/ScenarioEditor.h"
#include "ui/ScenarioPane.h"
#include "ui/SensitivityPane.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProcess>
#include <QRegularExpression>
#include <QSlider>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

// A row of the default sensitivity factors (50 % + 10 × 7.5 % = 125 %).
constexpr int kCheckedRow = 10;

// The window on the sample plan (基准 / 保守 / 乐观); dialogs are replaced so nothing blocks.
class WhatIfWindow : public ::testing::Test {
protected:
    void SetUp() override {
        window = std::make_unique<MainWindow>();
        window->setErrorReporter([](const QString& title, const QString& message) {
            ADD_FAILURE() << title.toStdString() << ": " << message.toStdString();
        });
        window->setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
        pane().setNamePrompt([this](const QString&, const QString&) { return nextName; });
        pane().setDerivePrompt([this](ScenarioPane::Derivation::Kind kind) {
            ScenarioPane::Derivation d = nextDerivation;
            d.kind = kind;
            return std::optional<ScenarioPane::Derivation>(d);
        });
        ASSERT_TRUE(window->openSample());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override {
        window->close();
        window.reset();
    }

    PlanDocument& doc() { return *window->document(); }
    ScenarioPane& pane() { return *window->scenarioPane(); }
    ResultsModel& results() { return *window->resultsPane()->resultsModel(); }
    Money resultsTotal() {
        return results()
            .index(results().rowCount() - 1, results().columnOf(ResultsModel::TotalColumn))
            .data(MoneyRole)
            .value<Money>();
    }
    Money engineTotal(int scenario) {
        return BillingEngine::run(doc().catalog(), doc().plan().scenarios.at(scenario)).total();
    }
    void undoAll() {
        while (window->undoStack()->canUndo())
            window->undoStack()->undo();
    }

    std::unique_ptr<MainWindow> window;
    std::optional<QString> nextName;
    ScenarioPane::Derivation nextDerivation;
};

} // namespace

TEST_F(WhatIfWindow, TheSampleOpensAsThreeScenarios) {
    EXPECT_EQ(doc().scenarioCount(), 3);
    QComboBox* switcher = pane().switcher();
    ASSERT_TRUE(switcher->isVisible()) << "the switcher sits in the tool bar";
    EXPECT_EQ(switcher->count(), 3);
    EXPECT_EQ(switcher->currentText(), QStringLiteral("基准"));
    EXPECT_EQ(switcher->itemText(1), QStringLiteral("保守"));
    EXPECT_EQ(switcher->itemText(2), QStringLiteral("乐观"));
    EXPECT_FALSE(doc().isModified());
}

TEST_F(WhatIfWindow, EveryViewFollowsTheScenarioSwitcher) {
    QComboBox* switcher = pane().switcher();
    const int idCardRow = window->scenarioEditor()->model()->rowOf(QStringLiteral("IDCardOCR"));
    ASSERT_GE(idCardRow, 0);
    switcher->setCurrentIndex(2);
    Q_EMIT switcher->activated(2);
    EXPECT_EQ(doc().currentScenario(), 2);
    EXPECT_EQ(doc().scenario().name, QStringLiteral("乐观"));
    EXPECT_EQ(resultsTotal(), engineTotal(2));
    EXPECT_EQ(window->scenarioEditor()->model()->index(idCardRow, 0).data(CallsRole).toLongLong(), 32'500);
    EXPECT_EQ(window->findChild<QLineEdit*>(QStringLiteral("planName"))->text(), QStringLiteral("乐观"));
    EXPECT_TRUE(window->totalsLabel()->text().contains(QStringLiteral("乐观")));
    const ScenarioComparisonModel* comparison = window->comparisonPane()->summaryModel();
    EXPECT_TRUE(comparison->index(2, 0).data(IsCurrentRole).toBool());
    EXPECT_EQ(window->undoStack()->count(), 0) << "switching is not an edit";
    EXPECT_FALSE(doc().isModified());

    // The list in the dock switches too, and the combo box follows.
    QTableView* list = pane().view();
    list->setCurrentIndex(pane().model()->index(1, 0));
    EXPECT_EQ(doc().currentScenario(), 1);
    EXPECT_EQ(switcher->currentIndex(), 1);
    EXPECT_EQ(resultsTotal(), engineTotal(1));

    // An edit lands in the scenario shown.
    doc().setVolume(QStringLiteral("IDCardOCR"), 0, 1);
    EXPECT_EQ(doc().plan().scenarios.at(1).callsIn(QStringLiteral("IDCardOCR"), 0), 1);
    EXPECT_EQ(doc().plan().scenarios.at(0).callsIn(QStringLiteral("IDCardOCR"), 0), 25'000);
    // Undo from another scenario shows the scenario it changes.
    switcher->setCurrentIndex(0);
    Q_EMIT switcher->activated(0);
    window->undoStack()->undo();
    EXPECT_EQ(doc().currentScenario(), 1);
    EXPECT_EQ(switcher->currentIndex(), 1);
    EXPECT_EQ(doc().scenario().callsIn(QStringLiteral("IDCardOCR"), 0), 20'000);
}

TEST_F(WhatIfWindow, ScenarioActionsAreUndoable) {
    const Plan original = doc().plan();
    QUndoStack* stack = window->undoStack();

    nextName = QStringLiteral("空白");
    pane().addAction()->trigger();
    ASSERT_EQ(doc().scenarioCount(), 4);
    EXPECT_EQ(doc().scenario().name, QStringLiteral("空白"));
    EXPECT_TRUE(doc().scenario().volumes.isEmpty());
    EXPECT_EQ(pane().switcher()->currentText(), QStringLiteral("空白"));

    pane().switcher()->setCurrentIndex(0);
    Q_EMIT pane().switcher()->activated(0);
    pane().duplicateAction()->trigger();
    EXPECT_EQ(doc().scenarioCount(), 5);
    EXPECT_EQ(doc().scenario().volumes, original.scenarios.at(0).volumes);

    Q_EMIT pane().switcher()->activated(0);
    nextDerivation.ppm = 1'200'000;
    nextDerivation.name = QStringLiteral("高 20%");
    pane().deriveScaledAction()->trigger();
    EXPECT_EQ(doc().scenario().name, QStringLiteral("高 20%"));
    EXPECT_EQ(doc().scenario().volumes,
              ScenarioDerivation::scaled(original.scenarios.at(0), 1'200'000).volumes);
    EXPECT_EQ(resultsTotal(), BillingEngine::run(doc().catalog(), doc().scenario()).total());

    nextDerivation.ppm = 50'000;
    nextDerivation.name.clear();
    pane().deriveGrowthAction()->trigger();
    EXPECT_EQ(doc().scenario().volumes,
              ScenarioDerivation::withGrowth(doc().plan().scenarios.at(5), 50'000).volumes);
    EXPECT_FALSE(doc().scenario().name.isEmpty());

    nextName = QStringLiteral("增长 5%");
    pane().renameAction()->trigger();
    EXPECT_EQ(doc().scenario().name, QStringLiteral("增长 5%"));
    EXPECT_EQ(pane().switcher()->currentText(), QStringLiteral("增长 5%"));

    pane().removeAction()->trigger();
    EXPECT_EQ(doc().scenarioCount(), 6);
    EXPECT_EQ(stack->count(), 6);
    EXPECT_TRUE(doc().isModified());
    EXPECT_TRUE(window->isWindowModified());

    undoAll();
    EXPECT_EQ(doc().plan().scenarios, original.scenarios);
    EXPECT_EQ(doc().plan().weights, original.weights);
    EXPECT_EQ(pane().switcher()->count(), 3);
    EXPECT_FALSE(doc().isModified());
    while (stack->canRedo())
        stack->redo();
    EXPECT_EQ(doc().scenarioCount(), 6);
    EXPECT_EQ(pane().switcher()->count(), 6);
    EXPECT_EQ(resultsTotal(), BillingEngine::run(doc().catalog(), doc().scenario()).total());

    // The last scenario cannot be removed: the action is disabled, the document refuses.
    while (doc().scenarioCount() > 1)
        pane().removeAction()->trigger();
    EXPECT_FALSE(pane().removeAction()->isEnabled());
    pane().removeAction()->trigger();
    EXPECT_EQ(doc().scenarioCount(), 1);
}

TEST_F(WhatIfWindow, PlanNameAndRobustMethodAreUndoableEdits) {
    QLineEdit* name = pane().planNameEdit();
    EXPECT_EQ(name->text(), doc().plan().name);
    name->setText(QStringLiteral("2027 预算"));
    Q_EMIT name->editingFinished();
    EXPECT_EQ(doc().plan().name, QStringLiteral("2027 预算"));
    EXPECT_EQ(doc().displayName(), QStringLiteral("2027 预算"));
    QComboBox* method = pane().robustMethodBox();
    method->setCurrentIndex(1);
    Q_EMIT method->activated(1);
    EXPECT_EQ(doc().plan().robustMethod, RobustMethod::MinMaxRegret);
    EXPECT_EQ(window->undoStack()->count(), 2);
    undoAll();
    EXPECT_EQ(doc().plan().robustMethod, RobustMethod::ExpectedCost);
    EXPECT_EQ(method->currentIndex(), 0);
    EXPECT_NE(name->text(), QStringLiteral("2027 预算"));
    EXPECT_EQ(name->text(), doc().plan().name);
}

TEST_F(WhatIfWindow, ComparisonTableShowsTheEnginesTotals) {
    window->resultTabs()->setCurrentWidget(window->comparisonPane());
    QApplication::processEvents();
    ComparisonPane* comparison = window->comparisonPane();
    const ScenarioComparisonModel* model = comparison->summaryModel();
    const int total = model->columnOf(ScenarioComparisonModel::TotalColumn);
    ASSERT_EQ(model->rowCount(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(model->index(i, total).data(MoneyRole).value<Money>(), engineTotal(i));
    // The grouped bars: plan cost, postpaid only, (the window installs the optimizer) the
    // recommended plan and the one plan for all, one bar per scenario.
    ASSERT_EQ(comparison->series()->count(), 4);
    QBarSet* plan = comparison->series()->barSets().at(0);
    ASSERT_EQ(plan->count(), 3);
    EXPECT_DOUBLE_EQ(plan->at(2), engineTotal(2).toDoubleForDisplay());

    // Deltas are drawn by the delegate: good news for less cost.
    auto* delegate = qobject_cast<DeltaDelegate*>(comparison->summaryView()->itemDelegate());
    ASSERT_NE(delegate, nullptr);
    const QModelIndex conservative =
        model->index(1, model->columnOf(ScenarioComparisonModel::PostpaidOnlyColumn));
    EXPECT_EQ(DeltaDelegate::isGood(conservative), std::optional<bool>(true));
    EXPECT_TRUE(DeltaDelegate::deltaText(conservative.data(DeltaRole)).startsWith(u'-') ||
                DeltaDelegate::deltaText(conservative.data(DeltaRole)).startsWith(QChar(0x2212)));
    const QModelIndex optimistic =
        model->index(2, model->columnOf(ScenarioComparisonModel::PostpaidOnlyColumn));
    EXPECT_EQ(DeltaDelegate::isGood(optimistic), std::optional<bool>(false));
    EXPECT_TRUE(DeltaDelegate::deltaText(optimistic.data(DeltaRole)).startsWith(u'+'));
    // The difference column is itself a difference: less cost is good news.
    const QModelIndex difference =
        model->index(1, model->columnOf(ScenarioComparisonModel::DifferenceColumn));
    EXPECT_FALSE(difference.data(DeltaRole).isValid());
    EXPECT_EQ(difference.data(HigherIsBetterRole), QVariant(false));
    EXPECT_FALSE(model->index(0, total).data(HigherIsBetterRole).isValid())
        << "the current row has no difference";

    // Edits show in the comparison and its chart at once.
    doc().setVolume(QStringLiteral("IDCardOCR"), 0, 300'000);
    EXPECT_EQ(model->index(0, total).data(MoneyRole).value<Money>(), engineTotal(0));
    EXPECT_DOUBLE_EQ(comparison->series()->barSets().at(0)->at(0), engineTotal(0).toDoubleForDisplay());
    const ScenarioPackComparisonModel* packs = comparison->packModel();
    EXPECT_EQ(packs->index(packs->totalRow(), 1).data(MoneyRole).value<Money>(), engineTotal(0));
}

TEST_F(WhatIfWindow, TheVolumeSliderChangesTotalsWithoutTouchingThePlan) {
    window->resultTabs()->setCurrentWidget(window->sensitivityPane());
    QApplication::processEvents();
    SensitivityPane* sensitivity = window->sensitivityPane();
    const Plan before = doc().plan();
    const QString totalsBefore = sensitivity->totalsLabel()->text();
    EXPECT_EQ(sensitivity->whatIfDocument()->snapshot()->result.total(), doc().snapshot()->result.total());

    sensitivity->slider()->setValue(50);
    EXPECT_EQ(sensitivity->factorPpm(), 1'500'000);
    const Money expected =
        BillingEngine::run(doc().catalog(), ScenarioDerivation::scaled(doc().scenario(), 1'500'000)).total();
    EXPECT_EQ(sensitivity->whatIfDocument()->snapshot()->result.total(), expected);
    EXPECT_NE(sensitivity->totalsLabel()->text(), totalsBefore);
    EXPECT_TRUE(sensitivity->totalsLabel()->text().contains(ocp::Display::yuan(expected).toHtmlEscaped()));
    // The plan is untouched: same scenarios, no history, nothing to save.
    EXPECT_EQ(doc().plan(), before);
    EXPECT_EQ(window->undoStack()->count(), 0);
    EXPECT_FALSE(doc().isModified());

    // The curve: 21 points for the plan, postpaid only and the plan re-optimised at each volume
    // (the window installs the optimizer); re-optimised never costs more than postpaid only.
    EXPECT_EQ(sensitivity->planSeries()->count(), 21);
    EXPECT_EQ(sensitivity->postpaidSeries()->count(), 21);
    ASSERT_TRUE(sensitivity->model()->hasOptimizer());
    sensitivity->model()->waitForFinished(); // calculated on a worker thread
    QApplication::processEvents();
    EXPECT_TRUE(sensitivity->reoptimizedSeries()->isVisible());
    ASSERT_EQ(sensitivity->reoptimizedSeries()->count(), 21);
    for (const SensitivityPoint& p : sensitivity->model()->points()) {
        ASSERT_TRUE(p.reoptimized.has_value());
        EXPECT_LE(*p.reoptimized, p.postpaidOnly);
    }
    // Each point is the optimizer's recommendation for the scaled volumes.
    const SensitivityPoint& point = sensitivity->model()->points().at(kCheckedRow);
    const Scenario scaled = ScenarioDerivation::scaled(doc().scenario(), point.factorPpm);
    EXPECT_EQ(
        point.reoptimized,
        PurchaseOptimizer::optimize(doc().catalog(), scaled, {scaled.settings.purchasePolicy, 0}).total());
    EXPECT_DOUBLE_EQ(sensitivity->planSeries()->at(20).x(), 200.0);

    // Another scenario: the what-if follows it at the same factor.
    Q_EMIT pane().switcher()->activated(1);
    EXPECT_EQ(
        sensitivity->whatIfDocument()->snapshot()->result.total(),
        BillingEngine::run(doc().catalog(), ScenarioDerivation::scaled(doc().scenario(), 1'500'000)).total());
    sensitivity->slider()->setValue(0);
    EXPECT_EQ(sensitivity->whatIfDocument()->snapshot()->result.total(), doc().snapshot()->result.total());
}

TEST_F(WhatIfWindow, ComparisonShowsOnePlanForAllWithItsMatrix) {
    window->resultTabs()->setCurrentWidget(window->comparisonPane());
    QApplication::processEvents();
    ComparisonPane* comparison = window->comparisonPane();
    RobustPlanModel* matrix = comparison->robustModel();
    matrix->waitForFinished(); // on a worker thread
    ASSERT_FALSE(matrix->isStale());
    ASSERT_TRUE(matrix->robustPlan().has_value()) << matrix->error().toStdString();
    EXPECT_EQ(comparison->robustView()->model(), matrix);
    EXPECT_EQ(matrix->rowCount(), 4);
    const RobustPlan expected = RobustPlanner::plan(doc().catalog(), doc().plan());
    // The comparison table bills every scenario with the plan for all.
    const ScenarioComparisonModel* model = comparison->summaryModel();
    const int robust = model->columnOf(ScenarioComparisonModel::RobustColumn);
    ASSERT_GE(robust, 0);
    for (int s = 0; s < 3; ++s)
        EXPECT_EQ(model->index(s, robust).data(MoneyRole).value<Money>(), expected.robust().costs.at(s));
    EXPECT_TRUE(
        comparison->robustSummary()->text().contains(ocp::Display::money(expected.robust().expectedCost)));
    // A plan proven best has no gap to state.
    ASSERT_TRUE(expected.proven);
    EXPECT_FALSE(comparison->robustGap()->isVisibleTo(comparison));

    // The method box is an undoable edit of the plan, and the matrix follows it.
    QComboBox* method = comparison->methodBox();
    method->setCurrentIndex(1);
    Q_EMIT method->activated(1);
    EXPECT_EQ(doc().plan().robustMethod, RobustMethod::MinMaxRegret);
    QApplication::processEvents();
    matrix->waitForFinished();
    EXPECT_EQ(matrix->robustPlan()->method, RobustMethod::MinMaxRegret);
    EXPECT_EQ(matrix->robustPlan()->robust().maxRegret,
              RobustPlanner::plan(doc().catalog(), doc().plan()).robust().maxRegret);
    window->undoStack()->undo();
    EXPECT_EQ(method->currentIndex(), 0);

    // Weights are edited in the comparison table too; the plan for all is recalculated.
    const QModelIndex weight = model->index(2, model->columnOf(ScenarioComparisonModel::WeightColumn));
    ASSERT_TRUE(const_cast<ScenarioComparisonModel*>(model)->setData(weight, QStringLiteral("70")));
    QApplication::processEvents();
    matrix->waitForFinished();
    EXPECT_EQ(doc().plan().weightOf(2), 700'000);
    EXPECT_EQ(matrix->robustPlan()->weightsPpm.at(2), 700'000);

    // Scenarios that start in different months: no plan for all, and the reason is shown.
    Q_EMIT pane().switcher()->activated(1);
    doc().setStart(doc().scenario().start.addMonths(1));
    QApplication::processEvents();
    matrix->waitForFinished();
    EXPECT_EQ(matrix->rowCount(), 0);
    EXPECT_LT(model->columnOf(ScenarioComparisonModel::RobustColumn), 0);
    EXPECT_TRUE(comparison->robustSummary()->text().contains(matrix->error()));
}

TEST_F(WhatIfWindow, CashFlowChartDrawsPaymentsAndFunds) {
    window->resultTabs()->setCurrentIndex(2);
    QApplication::processEvents();
    CashFlowChart* chart = window->cashFlowChart();
    const BillingResult& r = doc().snapshot()->result;
    ASSERT_EQ(chart->fundsSeries()->count(), r.cashFlow.size());
    ASSERT_EQ(chart->bars()->barSets().size(), 2);
    EXPECT_DOUBLE_EQ(chart->bars()->barSets().at(0)->at(0),
                     r.cashFlow.at(0).packPurchases.toDoubleForDisplay());
    EXPECT_DOUBLE_EQ(chart->bars()->barSets().at(1)->at(1), r.cashFlow.at(1).billPaid.toDoubleForDisplay());
    EXPECT_DOUBLE_EQ(chart->fundsSeries()->at(3).y(), r.cashFlow.at(3).fundsRequired.toDoubleForDisplay());
    EXPECT_DOUBLE_EQ(chart->frozenSeries()->at(3).y(), r.cashFlow.at(3).frozen.toDoubleForDisplay());
}

TEST_F(WhatIfWindow, BudgetYearAndNoticesFollowTheCurrentScenario) {
    window->resultTabs()->setCurrentWidget(window->budgetYearPane());
    QApplication::processEvents();
    BudgetYearPane* budget = window->budgetYearPane();
    const AccrualSchedule expected =
        AccrualSchedule::build(doc().catalog(), doc().scenario(), doc().snapshot()->result);
    ASSERT_EQ(budget->series()->barSets().size(), 3);
    ASSERT_EQ(budget->series()->barSets().at(0)->count(), expected.months.size());
    EXPECT_DOUBLE_EQ(budget->series()->barSets().at(0)->at(2),
                     expected.months.at(2).packUsage.toDoubleForDisplay());
    EXPECT_DOUBLE_EQ(budget->series()->barSets().at(2)->at(2),
                     expected.months.at(2).postpaid.toDoubleForDisplay());
    EXPECT_EQ(budget->model()->schedule().byYear, expected.byYear);

    Q_EMIT pane().switcher()->activated(2);
    const AccrualSchedule optimistic =
        AccrualSchedule::build(doc().catalog(), doc().scenario(), doc().snapshot()->result);
    EXPECT_EQ(budget->model()->schedule().byYear, optimistic.byYear);
    EXPECT_DOUBLE_EQ(budget->series()->barSets().at(2)->at(2),
                     optimistic.months.at(2).postpaid.toDoubleForDisplay());

    // Notices: the sample buys ID card packs; every notice of the engine has its mark.
    NoticesModel* notices = window->noticesModel();
    for (const LowBalanceNotice& n : doc().snapshot()->result.notices)
        EXPECT_NE(notices->index(notices->rowOfPack(n.pack), n.month + 1).data(NoticeKindRole).toInt(),
                  NoticesModel::NoNotice);
    EXPECT_EQ(window->noticesView()->model(), notices);
}

TEST_F(WhatIfWindow, ExportsTheWhatIfViewsAsCsvThatParsesBack) {
    QTemporaryDir dir;
    const auto read = [](const QString& path) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QByteArray bytes = file.readAll();
        EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 with a byte order mark";
        return ocp::test::csvRows(bytes);
    };

    // Comparison: each scenario's total row holds the engine's totals; its packs add up to it.
    const QString comparisonPath = dir.filePath(QStringLiteral("comparison.csv"));
    ASSERT_TRUE(window->exportComparison(comparisonPath));
    const QList<QStringList> comparison = read(comparisonPath);
    ASSERT_FALSE(comparison.isEmpty());
    const QStringList header = comparison.constFirst();
    const auto col = [&](const char* name) {
        return static_cast<int>(header.indexOf(QString::fromLatin1(name)));
    };
    ASSERT_GE(col("plan cost"), 0);
    for (int i = 0; i < 3; ++i) {
        const QString name = doc().plan().scenarios.at(i).name;
        const BillingResult r = BillingEngine::run(doc().catalog(), doc().plan().scenarios.at(i));
        Money packs;
        bool foundTotal = false;
        for (const QStringList& row : comparison.mid(1)) {
            ASSERT_EQ(row.size(), header.size());
            if (row.at(col("scenario")) != name)
                continue;
            if (row.at(col("pack")) == QStringLiteral("total")) {
                foundTotal = true;
                EXPECT_EQ(*Money::parse(row.at(col("plan cost"))), r.total());
                EXPECT_EQ(*Money::parse(row.at(col("postpaid only"))), r.postpaidOnlyTotal());
                EXPECT_EQ(*Money::parse(row.at(col("saving"))), r.saving());
                EXPECT_EQ(*Money::parse(row.at(col("difference to current"))),
                          r.total() - doc().snapshotOf(0)->result.total());
                EXPECT_EQ(row.at(col("current")), i == 0 ? QStringLiteral("yes") : QStringLiteral("no"));
            } else {
                packs += *Money::parse(row.at(col("plan cost")));
            }
        }
        EXPECT_TRUE(foundTotal) << name.toStdString();
        EXPECT_EQ(packs, r.total()) << name.toStdString();
    }

    // The plan for all: a row per candidate plan and scenario; the costs are the engine's.
    const QString robustPath = dir.filePath(QStringLiteral("plan-for-all.csv"));
    ASSERT_TRUE(window->exportRobustPlan(robustPath));
    const QList<QStringList> robust = read(robustPath);
    ASSERT_EQ(robust.size(), 1 + 4 * 3);
    EXPECT_EQ(robust.constFirst(), WhatIfReports::robustMatrixColumns());
    const RobustPlan expected = RobustPlanner::plan(doc().catalog(), doc().plan());
    for (int s = 0; s < 3; ++s) {
        const QStringList& row = robust.at(1 + 3 * 3 + s); // the plan for all, scenario s
        EXPECT_EQ(row.at(0), QStringLiteral("plan for all scenarios"));
        EXPECT_EQ(row.at(2), doc().plan().scenarios.at(s).name);
        EXPECT_EQ(*Money::parse(row.at(4)), expected.robust().costs.at(s));
        EXPECT_EQ(*Money::parse(row.at(6)), expected.robust().regrets.at(s));
    }

    // Cash flow: one row per month and the settlement month, a total row with the payments.
    const QString cashPath = dir.filePath(QStringLiteral("cash.csv"));
    ASSERT_TRUE(window->exportCashFlow(cashPath));
    const QList<QStringList> cash = read(cashPath);
    const BillingResult& result = doc().snapshot()->result;
    ASSERT_EQ(cash.size(), 1 + result.cashFlow.size() + 1);
    Money paid;
    for (const QStringList& row : cash.mid(1, cash.size() - 2))
        paid += *Money::parse(row.at(1)) + *Money::parse(row.at(2));
    EXPECT_EQ(paid, result.total()) << "every purchase and bill is paid once";
    EXPECT_EQ(cash.constLast().at(0), QStringLiteral("total"));
    EXPECT_EQ(*Money::parse(cash.constLast().at(1)) + *Money::parse(cash.constLast().at(2)), result.total());

    // Budget years: the year rows and the prepaid balance add up to the plan's cost.
    const QString budgetPath = dir.filePath(QStringLiteral("budget.csv"));
    ASSERT_TRUE(window->exportBudgetYear(budgetPath));
    const QList<QStringList> budget = read(budgetPath);
    Money years;
    Money months;
    for (const QStringList& row : budget.mid(1)) {
        if (row.at(0) == QStringLiteral("month"))
            months += *Money::parse(row.at(5));
        else
            years += *Money::parse(row.at(5));
    }
    const AccrualSchedule schedule =
        AccrualSchedule::build(doc().catalog(), doc().scenario(), doc().snapshot()->result);
    EXPECT_EQ(years, result.total());
    EXPECT_EQ(months + schedule.prepaidAtEnd, result.total());
    EXPECT_EQ(budget.constLast().at(0), QStringLiteral("prepaid after plan"));
}

TEST_F(WhatIfWindow, ExportsAPdfReport) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(window->exportPdfReport(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GT(pdf.size(), 20'000);
    // Six sections, each starting on a new page: summary, plan per pack, comparison, three
    // pages of charts. How many pages a long table flows over depends on the installed font's
    // metrics, so the count is at least six and the same however it is counted: the report's
    // own count, the page objects in both files, and the pages pdftotext reads (below).
    PlanReportPdf report(&doc());
    const QByteArray again = report.render();
    const int pages = report.pageCount();
    EXPECT_GE(pages, 6);
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    EXPECT_EQ(QString::fromLatin1(pdf).count(page), pages);
    EXPECT_EQ(QString::fromLatin1(again).count(page), pages);
    EXPECT_FALSE(PlanReportPdf::fontFamily().isEmpty());

    // Charts are drawn even from views that were never shown: not a blank picture.
    CashFlowModel model(&doc());
    CashFlowChart hidden(&model);
    hidden.refresh();
    const QImage image = PlanReportPdf::chartImage(hidden.chartView(), QSize(600, 300));
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            const QColor c = image.pixelColor(x, y);
            coloured += std::abs(c.red() - c.blue()) > 60 ? 1 : 0; // the orange bills, the blue purchases
        }
    }
    EXPECT_GT(coloured, 200);

    // The text, read back with pdftotext (poppler-utils, which dev.sh installs): a missing tool
    // fails the test instead of passing it unchecked.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    ASSERT_FALSE(pdftotext.isEmpty()) << "pdftotext (poppler-utils) is needed to read the PDF back";
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30'000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("基准"))) << "CJK text is real text in the PDF";
    EXPECT_TRUE(text.contains(QStringLiteral("保守")));
    EXPECT_TRUE(text.contains(ocp::Display::money(doc().snapshot()->result.total())))
        << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Approved by")));
    // Each plan's purchases follow the matrix as a paragraph, never cut off in a table cell.
    EXPECT_TRUE(text.contains(QStringLiteral("One plan for all: "))) << text.toStdString();
    // pdftotext ends every page with a form feed; the sections come in order, the charts last.
    EXPECT_EQ(text.count(u'\f'), pages);
    const qsizetype plan = text.indexOf(QStringLiteral("Plan per resource pack"));
    const qsizetype compared = text.indexOf(QStringLiteral("Scenarios compared"));
    const qsizetype charts = text.indexOf(QStringLiteral("Charts — budget years and categories"));
    EXPECT_LT(text.indexOf(QStringLiteral("Approved by")), plan);
    EXPECT_LT(plan, compared);
    EXPECT_LT(compared, charts);
}
