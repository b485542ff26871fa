// Speed of the re-optimised sensitivity line on the default catalog: every interface (46),
// 36 months, purchases in any month, 0 to 20,000,000 calls a month per interface with growth
// and seasonality, volumes that are not multiples of 1,000; 21 volume factors, 50 % to 200 %.
// Wall time: the line is spread over two threads.
#include "BenchScenarios.h"
#include "model/billing/Catalog.h"
#include "model/billing/ScenarioDerivation.h"
#include "model/optimizer/PurchaseOptimizer.h"
#include "model/optimizer/SensitivityLine.h"

#include <benchmark/benchmark.h>

#include <exception>

using namespace ocp;

namespace {

// Every interface of the catalog has calls.
Scenario everyInterfaceThreeYears() {
    QList<QString> ids;
    for (const OcrInterface& entry : Catalog::defaultCatalog().interfaces())
        ids.append(entry.id);
    return bench::threeYearsAnyMonth(ids);
}

QList<qint64> lineFactors() {
    QList<qint64> factors;
    for (int i = 0; i <= 20; ++i)
        factors.append(500'000 + i * 75'000);
    return factors;
}

// The line as it was computed before: 21 whole optimisations one after the other.
void BM_SensitivityLineOneByOne(benchmark::State& state) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = everyInterfaceThreeYears();
    const QList<qint64> factors = lineFactors();
    for (auto _ : state) {
        try {
            for (qint64 f : factors)
                benchmark::DoNotOptimize(
                    PurchaseOptimizer::optimize(c, ScenarioDerivation::scaled(s, f), {PurchasePolicy::Any, 0})
                        .total());
        } catch (const std::exception& e) {
            state.SkipWithError(e.what());
            break;
        }
    }
}
BENCHMARK(BM_SensitivityLineOneByOne)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

// The line as SensitivityModel computes it: SensitivityLine on two threads (the argument; 1 to
// see what the second thread brings).
void BM_SensitivityLine(benchmark::State& state) {
    const int threads = static_cast<int>(state.range(0));
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = everyInterfaceThreeYears();
    const QList<qint64> factors = lineFactors();
    for (auto _ : state) {
        const QList<std::optional<Money>> line = SensitivityLine::totals(c, s, factors, PurchasePolicy::Any, {}, threads);
        if (!line.constFirst()) {
            state.SkipWithError("refused");
            break;
        }
        benchmark::DoNotOptimize(line);
    }
}
BENCHMARK(BM_SensitivityLine)->Arg(2)->Arg(1)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

} // namespace

BENCHMARK_MAIN();
