#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/Money.h"
#include "model/document/BackgroundTask.h"
#include "model/document/PlanDocument.h"
#include "model/io/PlanFile.h"
#include "model/io/ScenarioFile.h"
#include "model/itemmodels/BreakEvenModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/PackAlternativesModel.h"
#include "model/optimizer/Cancelled.h"
#include "model/optimizer/RobustPlanner.h"
#include "tests/support/Amounts.h"
#include "tests/support/ModelTester.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <gtest/gtest.h>
#include <memory>

using namespace ocp;
using ocp::test::watch;
using ocp::test::yuan;

namespace {

class PackAnalysis : public ::testing::Test {
protected:
    void SetUp() override {
        doc.load(ScenarioFile::sample(Catalog::defaultCatalog()));
        doc.setEditHandler([this](const ScenarioEdit& e) {
            history.append(e);
            doc.apply(e, true);
        });
    }
    void undoLast() { doc.apply(history.takeLast(), false); }
    Money packTotal(int pack) { return doc.snapshot()->result.packs.at(pack).total(); }
    QList<Purchase> purchasesOf(const QString& packId) {
        QList<Purchase> out;
        for (const Purchase& p : doc.scenario().purchases) {
            if (p.packId == packId)
                out.append(p);
        }
        return out;
    }

    PlanDocument doc{Catalog::defaultCatalog()};
    QList<ScenarioEdit> history;
    const int idCard = Catalog::defaultCatalog().packIndex(QStringLiteral("id-card"));
};

} // namespace

TEST_F(PackAnalysis, AlternativesAreRankedForTheSelectedPackOnly) {
    PackAlternativesModel model(&doc);
    auto tester = watch(&model);
    EXPECT_EQ(model.state(), PackAlternativesModel::State::Idle);
    EXPECT_EQ(model.rowCount(), 0);

    model.setPack(idCard);
    EXPECT_EQ(model.state(), PackAlternativesModel::State::Computing);
    EXPECT_EQ(model.rowCount(), 0) << "nothing is shown until the ranking of this state arrives";
    model.waitForFinished();
    ASSERT_EQ(model.state(), PackAlternativesModel::State::Ready);
    ASSERT_GE(model.rowCount(), PackAlternativesModel::kAlternatives);

    // Rank 1 is the optimum (3 × 100,000 for 15,000 元, docs/optimizer.md); the gap grows.
    EXPECT_EQ(model.index(0, PackAlternativesModel::RankColumn).data().toString(), QStringLiteral("1"));
    EXPECT_EQ(model.index(0, PackAlternativesModel::TotalColumn).data(MoneyRole).value<Money>(),
              yuan("15000"));
    EXPECT_EQ(model.index(0, PackAlternativesModel::GapColumn).data(MoneyRole).value<Money>(), Money());
    EXPECT_EQ(model.optimum(), yuan("15000"));
    bool postpaidListed = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const PackAlternative& a = model.alternative(r);
        EXPECT_EQ(model.index(r, PackAlternativesModel::GapColumn).data(MoneyRole).value<Money>(),
                  a.total() - yuan("15000"));
        EXPECT_EQ(model.index(r, PackAlternativesModel::TotalColumn).data(MoneyRole).value<Money>(),
                  a.packCost + a.postpaidCost);
        if (a.postpaidOnly) {
            postpaidListed = true;
            EXPECT_EQ(a.total(), yuan("28800"));
            EXPECT_TRUE(model.index(r, PackAlternativesModel::PlanColumn)
                            .data()
                            .toString()
                            .contains(QStringLiteral("Postpaid only")));
            EXPECT_FALSE(model.index(r, PackAlternativesModel::RankColumn).data().toString().isEmpty());
        } else if (r > 0) {
            EXPECT_GE(a.total(), model.alternative(r - 1).total());
            EXPECT_FALSE(model.index(r, PackAlternativesModel::PlanColumn).data().toString().isEmpty());
        }
    }
    EXPECT_TRUE(postpaidListed);
    // The sample already buys the optimum: its row is marked as the scenario's own plan.
    EXPECT_TRUE(model.index(0, PackAlternativesModel::PlanColumn).data(IsCurrentRole).toBool());

    // Another postpaid group's calls cannot change this pack's ranking: nothing is recomputed.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    doc.setVolume(QStringLiteral("VatInvoiceOCR"), 0, 44'000);
    EXPECT_EQ(model.state(), PackAlternativesModel::State::Ready);
    EXPECT_EQ(resets.count(), 0);

    // Its own calls do: the old ranking disappears at once and the new one matches the optimizer.
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 60'000);
    EXPECT_EQ(model.state(), PackAlternativesModel::State::Computing);
    EXPECT_EQ(model.rowCount(), 0);
    doc.setVolume(QStringLiteral("IDCardOCR"), 1, 60'000); // a second edit before the first result
    model.waitForFinished();
    const OptimizedPlan direct = PurchaseOptimizer::optimize(doc.catalog(), doc.scenario(),
                                                             {doc.scenario().settings.purchasePolicy, 10});
    const PackPlan& expected = direct.packs.at(idCard);
    ASSERT_EQ(model.rowCount(), expected.alternatives.size());
    for (int r = 0; r < model.rowCount(); ++r) {
        EXPECT_EQ(model.alternative(r).purchases, expected.alternatives.at(r).purchases) << r;
        EXPECT_EQ(model.alternative(r).total(), expected.alternatives.at(r).total()) << r;
    }

    model.setPack(-1);
    EXPECT_EQ(model.state(), PackAlternativesModel::State::Idle);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(PackAnalysis, AdoptingAnAlternativeIsOneUndoableEdit) {
    PackAlternativesModel model(&doc);
    auto tester = watch(&model);
    model.setPack(idCard);
    model.waitForFinished();
    ASSERT_GE(model.rowCount(), 3);
    const Scenario before = doc.scenario();
    const Money totalBefore = packTotal(idCard);

    int row = 1;
    while (model.alternative(row).postpaidOnly)
        ++row;
    const PackAlternative chosen = model.alternative(row);
    ASSERT_TRUE(model.adopt(row));
    EXPECT_EQ(history.size(), 1);
    EXPECT_EQ(purchasesOf(QStringLiteral("id-card")), chosen.purchases);
    EXPECT_EQ(packTotal(idCard), chosen.total());
    EXPECT_EQ(doc.scenario().purchases.size(), before.purchases.size() - 1 + chosen.purchases.size());
    // Purchases do not change the ranking; the mark moves to the adopted plan.
    EXPECT_EQ(model.state(), PackAlternativesModel::State::Ready);
    EXPECT_TRUE(model.index(row, 0).data(IsCurrentRole).toBool());
    EXPECT_FALSE(model.index(0, 0).data(IsCurrentRole).toBool());

    undoLast();
    EXPECT_EQ(doc.scenario(), before);
    EXPECT_EQ(packTotal(idCard), totalBefore);

    // Postpaid only removes the pack's purchases.
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.alternative(r).postpaidOnly) {
            ASSERT_TRUE(model.adopt(r));
            EXPECT_TRUE(purchasesOf(QStringLiteral("id-card")).isEmpty());
            EXPECT_EQ(packTotal(idCard), yuan("28800"));
        }
    }
    QString message;
    model.setPack(-1);
    EXPECT_FALSE(model.adopt(0, &message));
    EXPECT_FALSE(message.isEmpty());
}

TEST_F(PackAnalysis, BreakEvenFollowsTheSelectedPack) {
    BreakEvenModel model(&doc);
    auto tester = watch(&model);
    EXPECT_EQ(model.columnCount(), 0);
    model.setPack(idCard);
    EXPECT_EQ(model.state(), BreakEvenModel::State::Computing);
    model.waitForFinished();
    ASSERT_EQ(model.state(), BreakEvenModel::State::Ready);
    const BreakEvenAnalysis direct = PurchaseOptimizer::breakEven(
        doc.catalog(), doc.scenario(), idCard, BreakEvenModel::kSteps, BreakEvenModel::kMaxFactorPercent);
    ASSERT_EQ(model.rowCount(), direct.points.size());
    ASSERT_EQ(model.columnCount(), 3 + direct.sizes.size());
    EXPECT_EQ(model.index(0, BreakEvenModel::kFactorColumn).data(FactorPercentRole).toInt(), 0);
    EXPECT_EQ(model.index(model.rowCount() - 1, 0).data(FactorPercentRole).toInt(), 300);
    // 100 %: the plan's own volumes, postpaid only as billed (28,800 元).
    EXPECT_EQ(model.index(10, BreakEvenModel::kPostpaidOnlyColumn).data(MoneyRole).value<Money>(),
              yuan("28800"));
    EXPECT_EQ(model.index(10, model.optimizedColumn()).data(MoneyRole).value<Money>(), yuan("15000"));
    int markers = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int s = 0; s < direct.sizes.size(); ++s) {
            const QModelIndex cell = model.index(r, model.sizeColumn(s));
            EXPECT_EQ(cell.data(MoneyRole).value<Money>(), direct.points.at(r).singleSize.at(s));
            if (cell.data(BreakEvenRole).toBool()) {
                ++markers;
                // The first sample at or after the break-even, carrying its exact factor.
                const int from = direct.breakEvenFactorPercent.at(s);
                EXPECT_GE(direct.points.at(r).factorPercent, from);
                EXPECT_TRUE(r == 0 || direct.points.at(r - 1).factorPercent < from);
                EXPECT_EQ(cell.data(FactorPercentRole).toInt(), from);
                EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Break-even")));
            }
        }
    }
    EXPECT_GT(markers, 0);
    EXPECT_FALSE(model.statusText().isEmpty());
    EXPECT_FALSE(model.headerData(model.sizeColumn(0), Qt::Horizontal).toString().isEmpty());

    // Purchases do not move a break-even; calls of the pack do.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    doc.removePurchases({0});
    EXPECT_EQ(resets.count(), 0);
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 90'000);
    EXPECT_EQ(model.rowCount(), 0);
    model.waitForFinished();
    EXPECT_EQ(model.rowCount(), direct.points.size());
    model.setPack(-1);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), 0);
}

TEST(BackgroundTask, DeliversOnlyTheLatestRequestAndSkipsTheQueuedOnes) {
    QList<int> delivered;
    BackgroundTask<int> job([&](int value) { delivered.append(value); });
    // Keep every pool thread busy, so that the requests below wait in the queue as they do
    // when a user types faster than the optimizer.
    QThreadPool* pool = QThreadPool::globalInstance();
    pool->waitForDone();
    const int threads = pool->maxThreadCount();
    QSemaphore started;
    QSemaphore gate;
    for (int i = 0; i < threads; ++i) {
        pool->start([&] {
            started.release();
            gate.acquire();
        });
    }
    started.acquire(threads);
    std::atomic<int> ran{0};
    for (int i = 1; i <= 5; ++i)
        job.start([&ran, i](std::stop_token) {
            ++ran;
            return i;
        });
    EXPECT_TRUE(job.isRunning());
    gate.release(threads);
    job.waitForFinished();
    QCoreApplication::processEvents();
    pool->waitForDone();
    QCoreApplication::processEvents();
    EXPECT_EQ(delivered, QList<int>{5});
    EXPECT_EQ(ran.load(), 1) << "superseded requests that had not started are skipped";
    EXPECT_FALSE(job.isRunning());
}

TEST(BackgroundTask, ANewerRequestStopsTheRunningOne) {
    QList<int> delivered;
    BackgroundTask<int> job([&](int value) { delivered.append(value); });
    QSemaphore running;
    std::atomic<bool> stopSeen{false};
    // The first computation runs until its stop token asks it to stop, as the optimizer does
    // between packs; never longer than 20 s, so a broken token fails instead of hanging.
    job.start([&](std::stop_token stop) {
        running.release();
        QElapsedTimer waited;
        waited.start();
        while (!stop.stop_requested() && waited.elapsed() < 20'000)
            QThread::msleep(1);
        stopSeen = stop.stop_requested();
        Cancelled::throwIfRequested(stop);
        return 1;
    });
    ASSERT_TRUE(running.tryAcquire(1, 20'000)) << "the first request started";
    job.start([](std::stop_token) { return 2; });
    job.waitForFinished();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    EXPECT_TRUE(stopSeen.load()) << "the newer request asked the running one to stop";
    EXPECT_EQ(delivered, QList<int>{2}) << "the stopped request's result is never delivered";
}

TEST(BackgroundTask, CancelStopsAndDeliversNothing) {
    QList<int> delivered;
    QStringList failures;
    BackgroundTask<int> job([&](int value) { delivered.append(value); },
                           [&](const QString& error) { failures.append(error); });
    QSemaphore running;
    std::atomic<bool> stopSeen{false};
    job.start([&](std::stop_token stop) {
        running.release();
        QElapsedTimer waited;
        waited.start();
        while (!stop.stop_requested() && waited.elapsed() < 20'000)
            QThread::msleep(1);
        stopSeen = stop.stop_requested();
        return 1;
    });
    ASSERT_TRUE(running.tryAcquire(1, 20'000));
    job.cancel();
    EXPECT_FALSE(job.isRunning());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    EXPECT_TRUE(stopSeen.load());
    EXPECT_TRUE(delivered.isEmpty());
    EXPECT_TRUE(failures.isEmpty());

    // A refusal reaches the owner as its text.
    job.start([](std::stop_token) -> int { throw InputError(QStringLiteral("no such pack")); });
    job.waitForFinished();
    EXPECT_EQ(failures, QStringList{QStringLiteral("no such pack")});
    EXPECT_TRUE(delivered.isEmpty());
}

TEST(OptimizerStop, EntryPointsStopOnRequest) {
    const Catalog& catalog = Catalog::defaultCatalog();
    const Scenario scenario = ScenarioFile::sample(catalog);
    std::stop_source stop;
    stop.request_stop();
    EXPECT_THROW(PurchaseOptimizer::optimize(catalog, scenario, {PurchasePolicy::Any, 10}, stop.get_token()),
                 Cancelled);
    EXPECT_THROW(PurchaseOptimizer::breakEven(catalog, scenario, 0, 30, 300, stop.get_token()), Cancelled);
    EXPECT_THROW(RobustPlanner::plan(catalog, Plan::single(scenario), stop.get_token()), Cancelled);
    // Without a token nothing changes.
    EXPECT_NO_THROW(PurchaseOptimizer::optimize(catalog, scenario, {PurchasePolicy::Start, 0}));
}

TEST(OptimizerStop, MinMaxRegretPlanStopsOnRequest) {
    const Catalog& catalog = Catalog::defaultCatalog();
    const Plan plan = PlanFile::sample(catalog);
    std::stop_source stop;
    stop.request_stop();
    for (TierBasis basis : {TierBasis::AllCalls, TierBasis::PostpaidCalls}) {
        Plan byBasis = plan;
        for (Scenario& s : byBasis.scenarios)
            s.settings.tierBasis = basis;
        EXPECT_THROW(RobustPlanner::plan(catalog, byBasis, RobustMethod::MinMaxRegret, stop.get_token()),
                     Cancelled);
    }
    // Without a token the same plan is found.
    EXPECT_NO_THROW(RobustPlanner::plan(catalog, plan, RobustMethod::MinMaxRegret));
}

namespace {

QList<AsyncTableModel::State> statesOf(const QSignalSpy& spy) {
    QList<AsyncTableModel::State> states;
    for (const QList<QVariant>& arguments : spy)
        states.append(arguments.at(0).value<AsyncTableModel::State>());
    return states;
}

} // namespace

TEST_F(PackAnalysis, BothPackTablesGoFromComputingToReadyUnderTheModelTester) {
    using State = AsyncTableModel::State;
    PackAlternativesModel alternatives(&doc);
    BreakEvenModel breakEven(&doc);
    auto alternativesTester = watch(&alternatives);
    auto breakEvenTester = watch(&breakEven);
    QSignalSpy alternativesStates(&alternatives, &AsyncTableModel::stateChanged);
    QSignalSpy breakEvenStates(&breakEven, &AsyncTableModel::stateChanged);
    alternatives.setPack(idCard);
    breakEven.setPack(idCard);
    alternatives.waitForFinished();
    breakEven.waitForFinished();
    EXPECT_EQ(statesOf(alternativesStates), (QList<State>{State::Computing, State::Ready}));
    EXPECT_EQ(statesOf(breakEvenStates), (QList<State>{State::Computing, State::Ready}));
    EXPECT_GT(alternatives.rowCount(), 0);
    EXPECT_GT(breakEven.rowCount(), 0);

    // Two edits in a row: the first computation is superseded and never shown.
    alternativesStates.clear();
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 700'000);
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 800'000);
    alternatives.waitForFinished();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    EXPECT_EQ(statesOf(alternativesStates), (QList<State>{State::Computing, State::Computing, State::Ready}));
    const OptimizedPlan direct = PurchaseOptimizer::optimize(
        doc.catalog(), doc.scenario(), {doc.scenario().settings.purchasePolicy, PackAlternativesModel::kAlternatives});
    EXPECT_EQ(alternatives.optimum(), direct.packs.at(idCard).total());
}
