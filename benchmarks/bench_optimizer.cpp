// Optimizer speed on the default catalog:
//  (a) all 23 resource packs, 12 months, purchases in the first month only;
//  (b) all 23 resource packs, 36 months, purchases in any month, 0 to 20,000,000 calls a
//      month with growth and seasonality, volumes that are not multiples of 1,000;
//  (c) one plan for all scenarios (RobustPlanner): ten scenarios of (a) with volumes x1 to x30,
//      both methods and both tier bases; and the licence pair whose postpaid calls decide the
//      tier together.
#include "BenchScenarios.h"
#include "model/billing/Catalog.h"
#include "model/billing/Plan.h"
#include "model/optimizer/PurchaseOptimizer.h"
#include "model/optimizer/RobustPlanner.h"

#include <benchmark/benchmark.h>

#include <exception>
#include <thread>

using namespace ocp;

namespace {

// One interface per resource pack, so that every pack has calls.
QList<QString> onePerPack(const Catalog& c) {
    QList<QString> ids;
    for (int p = 0; p < c.packs().size(); ++p)
        ids.append(c.interfaces().at(c.interfacesOfPack(p).constFirst()).id);
    return ids;
}

Scenario yearlyBudget() {
    const Catalog& c = Catalog::defaultCatalog();
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 12;
    const QList<QString> ids = onePerPack(c);
    for (int i = 0; i < ids.size(); ++i) {
        QList<qint64> v;
        const qint64 base = 3'000 + qint64(i) * 21'737; // up to about 500,000, odd numbers
        for (int m = 0; m < 12; ++m)
            v.append(base + base * (m % 4) / 7 + 137 * m);
        s.volumes.insert(ids.at(i), v);
    }
    return s;
}

void BM_YearlyBudgetStartPolicy(benchmark::State& state) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = yearlyBudget();
    for (auto _ : state)
        benchmark::DoNotOptimize(PurchaseOptimizer::optimize(c, s, {PurchasePolicy::Start, 0}).total());
}
BENCHMARK(BM_YearlyBudgetStartPolicy)->Unit(benchmark::kMillisecond);

void BM_YearlyBudgetStartPolicyWithAlternatives(benchmark::State& state) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = yearlyBudget();
    for (auto _ : state)
        benchmark::DoNotOptimize(PurchaseOptimizer::optimize(c, s, {PurchasePolicy::Start, 10}).total());
}
BENCHMARK(BM_YearlyBudgetStartPolicyWithAlternatives)->Unit(benchmark::kMillisecond);

void threeYears(benchmark::State& state, bool roundToThousands) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = bench::threeYearsAnyMonth(onePerPack(c), roundToThousands);
    for (auto _ : state) {
        try {
            benchmark::DoNotOptimize(PurchaseOptimizer::optimize(c, s, {PurchasePolicy::Any, 0}).total());
        } catch (const std::exception& e) {
            state.SkipWithError(e.what());
            break;
        }
    }
}

void BM_ThreeYearsAnyMonth(benchmark::State& state) { threeYears(state, false); }
BENCHMARK(BM_ThreeYearsAnyMonth)->Unit(benchmark::kMillisecond);

// The same on a fresh thread every time: no price table is reused from an earlier run
// (the first re-plan after start-up). The CPU column is the process's, the work being on the
// other thread.
void BM_ThreeYearsAnyMonthColdTables(benchmark::State& state) {
    const Catalog& c = Catalog::defaultCatalog();
    const Scenario s = bench::threeYearsAnyMonth(onePerPack(c));
    for (auto _ : state) {
        std::thread worker([&] {
            benchmark::DoNotOptimize(PurchaseOptimizer::optimize(c, s, {PurchasePolicy::Any, 0}).total());
        });
        worker.join();
    }
}
BENCHMARK(BM_ThreeYearsAnyMonthColdTables)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

// The same volumes rounded to whole thousands: one residue class per month.
void BM_ThreeYearsAnyMonthWholeThousands(benchmark::State& state) { threeYears(state, true); }
BENCHMARK(BM_ThreeYearsAnyMonthWholeThousands)->Unit(benchmark::kMillisecond);

// (c) Ten scenarios of the yearly budget, volumes x1, x4.2, ..., x30 (from about 3,000 to
// 15,000,000 calls a month per pack), equal weights.
Plan tenScenarios(TierBasis basis) {
    Plan plan;
    plan.name = QStringLiteral("ten");
    const Scenario base = yearlyBudget();
    for (int k = 0; k < 10; ++k) {
        Scenario s = base;
        s.name = QStringLiteral("x%1").arg(k);
        s.settings.tierBasis = basis;
        // Factor 1 + 29 k / 9, in ninths to stay in whole calls.
        const qint64 ninths = 9 + 29 * k;
        for (auto it = s.volumes.begin(); it != s.volumes.end(); ++it) {
            for (qint64& v : it.value())
                v = v * ninths / 9;
        }
        plan.scenarios.append(s);
    }
    return plan;
}

void robust(benchmark::State& state, const Plan& plan) {
    const Catalog& c = Catalog::defaultCatalog();
    const RobustMethod method = state.range(0) == 0 ? RobustMethod::ExpectedCost : RobustMethod::MinMaxRegret;
    bool proven = true;
    double gap = 0;
    for (auto _ : state) {
        try {
            const RobustPlan r = RobustPlanner::plan(c, plan, method);
            proven = proven && r.proven;
            if (!r.proven && r.robust().maxRegret > Money())
                gap = static_cast<double>((r.robust().maxRegret - r.regretLowerBound).micros()) /
                      static_cast<double>(r.robust().maxRegret.micros());
            benchmark::DoNotOptimize(r.robust().maxRegret);
        } catch (const std::exception& e) {
            state.SkipWithError(e.what());
            break;
        }
    }
    // 1 when every run decided the plan exactly, 0 when one stopped at its effort limit.
    state.counters["proven"] = proven ? 1 : 0;
    // The stated gap of an unproven plan, as a share of its largest regret.
    state.counters["gap"] = gap;
}

// Argument: 0 expected-cost, 1 min-max-regret.
void BM_RobustPlanTenScenariosAllCalls(benchmark::State& state) {
    static const Plan plan = tenScenarios(TierBasis::AllCalls);
    robust(state, plan);
}
BENCHMARK(BM_RobustPlanTenScenariosAllCalls)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_RobustPlanTenScenariosPostpaidCalls(benchmark::State& state) {
    static const Plan plan = tenScenarios(TierBasis::PostpaidCalls);
    robust(state, plan);
}
BENCHMARK(BM_RobustPlanTenScenariosPostpaidCalls)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The licence pair (driving and vehicle licences) near 200,000 calls a month each in three
// scenarios, tiers on postpaid calls: the two packs' purchases decide the postpaid tier
// together, so they are searched as one (docs/robust-plan.md).
Plan licencePair() {
    Plan plan;
    plan.name = QStringLiteral("licence");
    const qint64 calls[3][2] = {{180'000, 200'000}, {200'000, 210'000}, {230'000, 220'000}};
    for (int k = 0; k < 3; ++k) {
        Scenario s;
        s.name = QStringLiteral("s%1").arg(k);
        s.start = YearMonth(2027, 1);
        s.months = 12;
        s.settings.tierBasis = TierBasis::PostpaidCalls;
        s.volumes.insert(QStringLiteral("DriverLicenseOCR"), QList<qint64>(12, calls[k][0]));
        s.volumes.insert(QStringLiteral("VehicleLicenseOCR"), QList<qint64>(12, calls[k][1]));
        plan.scenarios.append(s);
    }
    return plan;
}

void BM_RobustPlanLicencePair(benchmark::State& state) {
    static const Plan plan = licencePair();
    robust(state, plan);
}
BENCHMARK(BM_RobustPlanLicencePair)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
