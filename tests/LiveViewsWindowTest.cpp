// Long computations of the window run on workers: the window keeps working while they run, a
// newer edit stops a stale one, and the user can cancel one and start it again.
#include "model/billing/Catalog.h"
#include "model/document/PlanDocument.h"
#include "model/itemmodels/ScenarioTableModel.h"
#include "model/itemmodels/SensitivityModel.h"
#include "model/optimizer/Cancelled.h"
#include "ui/CancelledNote.h"
#include "ui/ComputingIndicator.h"
#include "ui/MainWindow.h"
#include "ui/ScenarioEditor.h"
#include "ui/SensitivityPane.h"

#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <gtest/gtest.h>
#include <memory>

using namespace ocp;

namespace {

constexpr int kSensitivityTab = 4; // MainWindow::buildInterface

// The window's own planner, made slow on purpose: it waits `delayMs` first, checking its stop
// token every millisecond as the real optimizer does between its steps. A stop counts whether
// it lands in the wait or in the real planner (which is slow under the sanitizers).
struct SlowPlanner {
    int delayMs = 20;
    std::shared_ptr<std::atomic<int>> started = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<int>> stopped = std::make_shared<std::atomic<int>>(0);

    Recalculator::Optimizer optimizer() const {
        return [delay = delayMs, started = started, stopped = stopped](const Catalog& catalog,
                                                                       const Scenario& scenario, std::stop_token stop) {
            ++*started;
            for (int i = 0; i < delay; ++i) {
                if (stop.stop_requested()) {
                    ++*stopped;
                    throw Cancelled();
                }
                QThread::msleep(1);
            }
            try {
                return MainWindow::livePlanner()(catalog, scenario, stop);
            } catch (const Cancelled&) {
                ++*stopped;
                throw;
            }
        };
    }
};

class LiveViewsWindow : public ::testing::Test {
protected:
    void SetUp() override {
        window = std::make_unique<MainWindow>();
        window->setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
        ASSERT_TRUE(window->openSample());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->resultTabs()->setCurrentIndex(kSensitivityTab);
        model()->waitForFinished();
        QApplication::processEvents();
    }
    void TearDown() override {
        window->document()->setModified(false);
        window.reset();
    }

    SensitivityModel* model() const { return window->sensitivityPane()->model(); }
    ScenarioTableModel* table() const { return window->scenarioEditor()->model(); }
    // The first volume of the sample (its first interface, first month).
    void setFirstVolume(qint64 calls) const { ASSERT_TRUE(table()->setData(table()->index(0, 0), QString::number(calls))); }
    // The re-optimised line as the real planner draws it for the document's current figures.
    QList<std::optional<Money>> expectedLine() const {
        QList<std::optional<Money>> line;
        const auto points = SensitivityModel::evaluate(window->document()->catalog(), window->document()->scenario(),
                                                       SensitivityModel::defaultFactors(), MainWindow::livePlanner());
        for (const SensitivityPoint& p : points)
            line.append(p.reoptimized);
        return line;
    }
    QList<std::optional<Money>> shownLine() const {
        QList<std::optional<Money>> line;
        for (const SensitivityPoint& p : model()->points())
            line.append(p.reoptimized);
        return line;
    }

    std::unique_ptr<MainWindow> window;
};

TEST_F(LiveViewsWindow, AnEditDuringALongComputationStopsItAndTheFiguresFollowTheLastEdit) {
    SlowPlanner slow; // 21 points × 20 ms: the first edit is still being worked on
    model()->setOptimizer(slow.optimizer());
    model()->waitForFinished();
    const int before = slow.started->load();
    setFirstVolume(123'456);
    ASSERT_TRUE(model()->isComputing());
    QTRY_VERIFY(slow.started->load() > before); // the worker is inside the first edit's line
    setFirstVolume(234'567);
    QTRY_COMPARE_WITH_TIMEOUT(model()->state(), AsyncTableModel::State::Ready, 20'000);
    // The first edit's worker was asked to stop and did, at its next check.
    EXPECT_EQ(slow.stopped->load(), 1);
    EXPECT_EQ(table()->index(0, 0).data(Qt::EditRole).toLongLong(), 234'567);
    // 21 points, each the real planner's optimum for the last edit's volumes × the factor.
    const auto expected = expectedLine();
    ASSERT_EQ(expected.size(), 21);
    EXPECT_EQ(shownLine(), expected);
    EXPECT_EQ(window->sensitivityPane()->reoptimizedSeries()->count(), 21);
}

TEST_F(LiveViewsWindow, CancelStopsTheComputationAndThePaneSaysSoUntilRecalculated) {
    SlowPlanner slow;
    slow.delayMs = 200; // 21 × 0.2 s: long enough to be cancelled by hand
    model()->setOptimizer(slow.optimizer());
    ASSERT_TRUE(model()->isComputing());
    ComputingIndicator* indicator = window->computingIndicator();
    EXPECT_EQ(indicator->computing(), QStringList{QStringLiteral("the re-optimised line")});
    // Shown once it lasts beyond a moment (ComputingIndicator::kShowAfterMs).
    EXPECT_FALSE(indicator->cancelButton()->isVisible());
    QTRY_VERIFY(indicator->cancelButton()->isVisible());
    EXPECT_TRUE(indicator->progressBar()->isVisible());
    EXPECT_EQ(indicator->label()->text(), QStringLiteral("Calculating the re-optimised line…"));
    CancelledNote* note = window->sensitivityPane()->reoptimizedNote();
    EXPECT_FALSE(note->isVisible()); // the pane only speaks up when cancelled

    QTest::mouseClick(indicator->cancelButton(), Qt::LeftButton);
    EXPECT_EQ(model()->state(), AsyncTableModel::State::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(slow.stopped->load(), 1, 5'000); // the worker gave up
    EXPECT_FALSE(indicator->cancelButton()->isVisible());
    EXPECT_TRUE(indicator->recalculateButton()->isVisible());
    EXPECT_EQ(indicator->label()->text(), QStringLiteral("Cancelled: the re-optimised line — not up to date"));
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->recalculateButton()->isVisible());
    EXPECT_EQ(note->label()->text(),
              QStringLiteral("The re-optimised line was cancelled: it is not drawn for the current plan."));
    // No line drawn for figures that were never calculated.
    EXPECT_EQ(window->sensitivityPane()->reoptimizedSeries()->count(), 0);
    QTest::qWait(300); // a cancelled result never arrives later
    EXPECT_EQ(model()->state(), AsyncTableModel::State::Cancelled);

    // Recalculate in the pane starts it again, with the real planner's figures at the end.
    model()->setOptimizer(MainWindow::livePlanner());
    model()->cancel();
    ASSERT_EQ(model()->state(), AsyncTableModel::State::Cancelled);
    QTest::mouseClick(note->recalculateButton(), Qt::LeftButton);
    EXPECT_EQ(model()->state(), AsyncTableModel::State::Computing);
    QTRY_COMPARE_WITH_TIMEOUT(model()->state(), AsyncTableModel::State::Ready, 20'000);
    EXPECT_EQ(shownLine(), expectedLine());
    EXPECT_FALSE(note->isVisible());
    EXPECT_FALSE(indicator->recalculateButton()->isVisible());
    EXPECT_TRUE(indicator->label()->text().isEmpty());
}

TEST_F(LiveViewsWindow, TheWindowKeepsWorkingWhileASlowComputationRuns) {
    SlowPlanner slow;
    slow.delayMs = 40; // 21 × 40 ms ≈ 0.85 s on the worker
    model()->setOptimizer(slow.optimizer());
    int ticksWhileComputing = 0;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (model()->isComputing())
            ++ticksWhileComputing;
    });
    timer.start();
    ASSERT_TRUE(model()->isComputing());
    QTRY_COMPARE_WITH_TIMEOUT(model()->state(), AsyncTableModel::State::Ready, 20'000);
    // The event loop ran all along: at 10 ms, a blocked window would have fired at most once.
    EXPECT_GE(ticksWhileComputing, 20);
    // An edit typed meanwhile is taken at once, before any worker is done.
    setFirstVolume(345'678);
    EXPECT_TRUE(model()->isComputing());
    EXPECT_EQ(table()->index(0, 0).data(Qt::EditRole).toLongLong(), 345'678);
}

} // namespace
