// Edit-to-updated-results latency of the window: a volume typed into the table goes through
// the undo stack, the billing engine runs, and the results model announces the new figures.
#include "model/Catalog.h"
#include "model/PlanDocument.h"
#include "model/ResultsModel.h"
#include "model/ScenarioFile.h"
#include "model/ScenarioTableModel.h"
#include "ui/DocumentUndo.h"
#include "ui/MainWindow.h"
#include "ui/ScenarioEditor.h"

#include <QApplication>
#include <QStandardPaths>
#include <benchmark/benchmark.h>

using namespace ocp;

namespace {

// Arg 0: the sample plan (9 interfaces, 12 months); arg 1: all 46 interfaces over 36 months.
Scenario scenarioFor(int size) {
    const Catalog& catalog = Catalog::defaultCatalog();
    if (size == 0)
        return ScenarioFile::sample(catalog);
    Scenario s;
    s.months = 36;
    for (const OcrInterface& api : catalog.interfaces())
        s.volumes.insert(api.id, QList<qint64>(36, 40'000));
    s.purchases.append({0, QStringLiteral("id-card"), 100'000, 3});
    return s;
}

// Document, undo stack and the models a window shows, without widgets.
void BM_EditToResults(benchmark::State& state) {
    PlanDocument document(Catalog::defaultCatalog());
    DocumentUndo undo(&document);
    ScenarioTableModel table(&document);
    ResultsModel results(&document);
    document.load(scenarioFor(static_cast<int>(state.range(0))));
    int updates = 0;
    QObject::connect(&results, &QAbstractItemModel::dataChanged, [&] { ++updates; });
    qint64 calls = 50'000;
    for (auto _ : state) {
        table.setData(table.index(0, 0), QString::number(++calls));
        benchmark::DoNotOptimize(updates);
    }
    if (updates < state.iterations())
        state.SkipWithError("the results model did not update on every edit");
}
BENCHMARK(BM_EditToResults)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The whole window: tables, ledger, charts and the status bar all follow the edit.
void BM_EditInWindow(benchmark::State& state) {
    MainWindow window;
    window.document()->load(scenarioFor(static_cast<int>(state.range(0))));
    window.show();
    ScenarioTableModel* table = window.scenarioEditor()->model();
    qint64 calls = 50'000;
    for (auto _ : state) {
        table->setData(table->index(0, 0), QString::number(++calls));
        QApplication::processEvents(); // repaint what changed
    }
    window.document()->setModified(false);
}
BENCHMARK(BM_EditInWindow)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

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
