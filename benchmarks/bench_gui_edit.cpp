// Edit-to-updated-results latency of the window: a volume typed into the table goes through
// the undo stack, the billing engine and the optimizer run (the window re-plans on every
// edit), and the results model announces the new figures.
//
// Args: scenario (0: the sample plan, 9 interfaces × 12 months; 1: all 46 interfaces × 36
// months) and purchase policy (0: first month only, 1: any month).
#include "model/billing/Catalog.h"
#include "model/document/PlanDocument.h"
#include "model/io/ScenarioFile.h"
#include "model/itemmodels/BreakEvenModel.h"
#include "model/itemmodels/PackAlternativesModel.h"
#include "model/itemmodels/ResultsModel.h"
#include "model/itemmodels/ScenarioTableModel.h"
#include "model/optimizer/PurchaseOptimizer.h"
#include "ui/DocumentUndo.h"
#include "model/itemmodels/RobustPlanModel.h"
#include "model/itemmodels/SensitivityModel.h"
#include "ui/ComparisonPane.h"
#include "ui/MainWindow.h"
#include "ui/ResultsPane.h"
#include "ui/ScenarioEditor.h"
#include "ui/SensitivityPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QStandardPaths>
#include <benchmark/benchmark.h>
#include <memory>

using namespace ocp;

namespace {

Scenario scenarioFor(const benchmark::State& state) {
    const Catalog& catalog = Catalog::defaultCatalog();
    Scenario s;
    if (state.range(0) == 0) {
        s = ScenarioFile::sample(catalog);
    } else {
        s.months = 36;
        for (const OcrInterface& api : catalog.interfaces())
            s.volumes.insert(api.id, QList<qint64>(36, 40'000));
        s.purchases.append({0, QStringLiteral("id-card"), 100'000, 3});
    }
    s.settings.purchasePolicy = state.range(1) == 0 ? PurchasePolicy::Start : PurchasePolicy::Any;
    return s;
}

void label(benchmark::State& state) {
    state.SetLabel(QStringLiteral("%1, %2")
                       .arg(state.range(0) == 0 ? QStringLiteral("sample 9x12") : QStringLiteral("46x36"),
                            state.range(1) == 0 ? QStringLiteral("start") : QStringLiteral("any month"))
                       .toStdString());
}

void scenarios(benchmark::internal::Benchmark* b) {
    b->Args({0, 0})->Args({1, 0})->Args({0, 1})->Args({1, 1})->Unit(benchmark::kMillisecond);
}

// With untimed waits for the workers the iteration count must be fixed, or the library
// would run until the timed part alone adds up to its minimum time.
void scenariosWithWaits(benchmark::internal::Benchmark* b) {
    scenarios(b);
    b->Iterations(20);
}

// Document, undo stack and the models a window shows, without widgets; the optimizer is
// installed as the window installs it, and the benchmark's scenario loaded and planned.
struct EditedPlan {
    explicit EditedPlan(benchmark::State& state) {
        document.results()->recalculator().setOptimizer(MainWindow::livePlanner());
        document.results()->setOptimizeInBackground(MainWindow::backgroundReplan());
        // Made after the optimizer is installed, as the window does.
        undo = std::make_unique<DocumentUndo>(&document);
        table = std::make_unique<ScenarioTableModel>(&document);
        results = std::make_unique<ResultsModel>(&document);
        document.load(scenarioFor(state));
        document.results()->waitForFinished();
        label(state);
    }

    PlanDocument document{Catalog::defaultCatalog()};
    std::unique_ptr<DocumentUndo> undo;
    std::unique_ptr<ScenarioTableModel> table;
    std::unique_ptr<ResultsModel> results;
};

// Time until the edit returns: the results model has announced the new figures (with the
// recommendation for first-month plans; for any-month plans the recommendation follows from a
// worker thread, see BM_EditToRecommendation).
void BM_EditToResults(benchmark::State& state) {
    EditedPlan edited(state);
    PlanDocument& document = edited.document;
    ScenarioTableModel& table = *edited.table;
    int updates = 0;
    QObject::connect(edited.results.get(), &QAbstractItemModel::dataChanged, [&] { ++updates; });
    qint64 calls = 50'000;
    for (auto _ : state) {
        table.setData(table.index(0, 0), QString::number(++calls));
        benchmark::DoNotOptimize(updates);
        state.PauseTiming(); // the worker must not slow down the next edit
        document.results()->waitForFinished();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    if (updates < state.iterations())
        state.SkipWithError("the results model did not update on every edit");
}
BENCHMARK(BM_EditToResults)->Apply(scenariosWithWaits);

// Until the recommended plan of the edited figures is shown as well.
void BM_EditToRecommendation(benchmark::State& state) {
    EditedPlan edited(state);
    PlanDocument& document = edited.document;
    ScenarioTableModel& table = *edited.table;
    qint64 calls = 50'000;
    for (auto _ : state) {
        table.setData(table.index(0, 0), QString::number(++calls));
        document.results()->waitForFinished();
        if (!document.snapshot()->optimized)
            state.SkipWithError("no recommendation after the edit");
    }
}
BENCHMARK(BM_EditToRecommendation)->Apply(scenarios)->Iterations(5);

// The whole window: tables, ledger, charts and the status bar all follow the edit; the
// selected pack's alternatives and break-even are recalculated on worker threads.
void BM_EditInWindow(benchmark::State& state) {
    MainWindow window;
    window.document()->load(scenarioFor(state));
    window.show();
    window.resultsPane()->selectPack(0);
    window.document()->results()->waitForFinished();
    label(state);
    ScenarioTableModel* table = window.scenarioEditor()->model();
    qint64 calls = 50'000;
    for (auto _ : state) {
        table->setData(table->index(0, 0), QString::number(++calls));
        QApplication::processEvents(); // repaint what changed
        state.PauseTiming();
        window.document()->results()->waitForFinished();
        window.resultsPane()->alternativesModel()->waitForFinished();
        window.breakEvenModel()->waitForFinished();
        QApplication::processEvents();
        state.ResumeTiming();
    }
    window.document()->setModified(false);
}
BENCHMARK(BM_EditInWindow)->Apply(scenariosWithWaits);

// Tabs of the result area (MainWindow::buildInterface order) that BM_EditToEveryView shows.
enum Tab { ResultsTab = 0, ChartsTab = 1, ComparisonTab = 3, SensitivityTab = 4 };

// Whether a view of the tab shown still waits for figures: the recommendation, the selected
// pack's alternatives and break-even (results and charts), the robust plan (comparison) and
// the re-optimised line (sensitivity).
bool waiting(const MainWindow& window) {
    if (window.document()->snapshot()->optimizing || window.resultsPane()->alternativesModel()->isComputing() ||
        window.breakEvenModel()->isComputing())
        return true;
    const RobustPlanModel* robust = window.comparisonPane()->robustModel();
    if (window.comparisonPane()->isVisible() && (robust->isStale() || robust->isComputing()))
        return true;
    const SensitivityModel* sensitivity = window.sensitivityPane()->model();
    return window.sensitivityPane()->isVisible() && (sensitivity->isStale() || sensitivity->isComputing());
}

// Runs the event loop (as the window would) until no view of the tab shown waits for figures.
bool settle(const MainWindow& window) {
    QElapsedTimer clock;
    clock.start();
    QApplication::processEvents();
    while (waiting(window)) {
        if (clock.elapsed() > 60'000)
            return false;
        // Woken by the workers' finished signals (queued to this thread).
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The window as it starts (the sample plan: three scenarios, 9 interfaces × 12 months, first
// month purchases), a pack selected and one result tab shown. Wall time from a volume typed
// into the table until every view of that tab shows the edit's figures: the tables and charts
// repainted, and every background computation they wait for delivered (results: the
// recommendation and the pack's ranked alternatives; charts: the break-even; comparison: the
// scenario matrix and the robust plan; sensitivity: the curve with its re-optimised line).
void BM_EditToEveryView(benchmark::State& state) {
    MainWindow window;
    window.openSample();
    window.resize(1280, 720);
    window.show();
    window.resultTabs()->setCurrentIndex(static_cast<int>(state.range(0)));
    if (!settle(window)) {
        state.SkipWithError("the views did not settle");
        return;
    }
    static const char* const names[] = {"results", "charts", "", "comparison", "sensitivity"};
    state.SetLabel(std::string("sample plan, ") + names[state.range(0)] + " tab");
    ScenarioTableModel* table = window.scenarioEditor()->model();
    const qint64 first = table->index(0, 0).data(Qt::EditRole).toLongLong();
    qint64 calls = first;
    for (auto _ : state) {
        // Up and down by one call: the plan stays the sample's.
        calls = calls == first ? first + 1 : first;
        table->setData(table->index(0, 0), QString::number(calls));
        if (!settle(window)) {
            state.SkipWithError("a view did not update");
            break;
        }
    }
    window.document()->setModified(false);
}
BENCHMARK(BM_EditToEveryView)
    ->Arg(ResultsTab)
    ->Arg(ChartsTab)
    ->Arg(ComparisonTab)
    ->Arg(SensitivityTab)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(2.0);

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ocr-cost-planner-bench"));
    QApplication app(argc, argv);
    ::benchmark::Initialize(&argc, argv);
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
