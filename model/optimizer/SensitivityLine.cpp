#include "model/optimizer/SensitivityLine.h"

#include "model/billing/InputError.h"
#include "model/billing/ScenarioDerivation.h"
#include "model/optimizer/Cancelled.h"
#include "model/optimizer/FixedPart.h"
#include "model/optimizer/PurchaseOptimizer.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <numeric>
#include <thread>
#include <vector>

namespace ocp {
namespace {

// One factor's search and what is known of it so far.
struct FactorSearch {
    std::optional<OptimizerSearch> search; // nothing: refused
    std::vector<qint64> partCosts;
    std::atomic<bool> refused = false;
};

// One part of one factor's search: the unit of work the threads share.
struct Task {
    int factor = 0;
    int part = 0;
};

bool noDemand(const PackProblem& p) {
    return std::all_of(p.demand.cbegin(), p.demand.cend(), [](qint64 d) { return d == 0; });
}

// Runs `work(i)` for i in [0, count) on `threads` threads, taking the next i as each finishes
// (the parts differ a hundredfold in cost, so a fixed split would leave one thread idle). The
// first exception other than a refusal stops the others and is rethrown here.
template <typename Work> void share(int count, int threads, std::stop_token stop, Work work) {
    std::atomic<int> next = 0;
    std::stop_source failed;
    std::exception_ptr error;
    std::mutex errorMutex;
    auto run = [&] {
        try {
            for (int i = next++; i < count; i = next++) {
                if (stop.stop_requested() || failed.stop_requested())
                    return;
                work(i);
            }
        } catch (...) {
            const std::lock_guard lock(errorMutex);
            if (!error)
                error = std::current_exception();
            failed.request_stop();
        }
    };
    {
        std::vector<std::jthread> workers;
        for (int t = 1; t < std::min(threads, count); ++t)
            workers.emplace_back(run);
        run(); // this thread is one of them
    }
    if (error)
        std::rethrow_exception(error);
    Cancelled::throwIfRequested(stop);
}

} // namespace

QList<std::optional<Money>> SensitivityLine::totals(const Catalog& catalog, const Scenario& scenario,
                                                    const QList<qint64>& factorsPpm, PurchasePolicy policy,
                                                    std::stop_token stop, int threads) {
    threads = std::max(1, threads);
    const auto factorCount = static_cast<int>(factorsPpm.size());
    std::vector<FactorSearch> factors(static_cast<size_t>(factorCount));

    // Each factor's problems, built once: the optimizer's own view of the scaled scenario.
    share(factorCount, threads, stop, [&](int f) {
        FactorSearch& fs = factors[size_t(f)];
        try {
            Scenario scaled = ScenarioDerivation::scaled(scenario, factorsPpm.at(f));
            scaled.settings.purchasePolicy = policy;
            if (scaled.months < 1 || scaled.months > Scenario::kMaxMonths)
                throw InputError(QStringLiteral("months: out of range"));
            fs.search = OptimizerSearch::of(catalog, scaled, FixedPart::of(catalog, scaled));
            fs.partCosts.assign(size_t(fs.search->parts.size()), 0);
        } catch (const InputError&) {
            fs.refused = true;
        }
    });

    // Every part of every factor, part by part and, within a part, from the largest factor
    // down: a thread's price tables (PackPlanSolver keeps them per thread and price list) are
    // built for the largest volumes first and then serve the smaller ones as they are.
    std::vector<Task> tasks;
    std::vector<int> order(static_cast<size_t>(factorCount));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return factorsPpm.at(a) > factorsPpm.at(b); });
    int maxParts = 0;
    for (const FactorSearch& fs : factors)
        maxParts = std::max(maxParts, fs.search ? static_cast<int>(fs.search->parts.size()) : 0);
    for (int part = 0; part < maxParts; ++part) {
        for (int f : order) {
            const FactorSearch& fs = factors[size_t(f)];
            if (fs.search && part < fs.search->parts.size())
                tasks.push_back({f, part});
        }
    }

    share(static_cast<int>(tasks.size()), threads, stop, [&](int t) {
        const Task task = tasks[size_t(t)];
        FactorSearch& fs = factors[size_t(task.factor)];
        if (fs.refused)
            return;
        const OptimizerSearch& search = *fs.search;
        const QList<int>& packs = search.parts.at(task.part);
        try {
            // A pack with nothing beyond its free quota in any month: buying nothing is the
            // optimum (prices are never negative, the postpaid bill of no calls is fixed), so
            // its cost is the postpaid-only bill the solver would return.
            if (packs.size() == 1 && noDemand(search.problems.at(packs.constFirst()))) {
                fs.partCosts[size_t(task.part)] = PackPlanSolver::evaluate(search.problems.at(packs.constFirst()), {});
                return;
            }
            qint64 cost = 0;
            for (const PackSolution& s : search.solvePart(task.part, policy).perPack)
                cost += s.cost;
            fs.partCosts[size_t(task.part)] = cost;
        } catch (const InputError&) {
            fs.refused = true;
        }
    });

    QList<std::optional<Money>> out;
    for (const FactorSearch& fs : factors) {
        if (fs.refused || !fs.search) {
            out.append(std::nullopt);
            continue;
        }
        qint64 total = fs.search->before;
        for (qint64 cost : fs.partCosts)
            total += cost;
        out.append(Money::fromMicros(total));
    }
    return out;
}

} // namespace ocp
