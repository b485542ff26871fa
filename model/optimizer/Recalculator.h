#pragma once

#include "model/optimizer/PlanSnapshot.h"

#include <concepts>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>

namespace ocp {

class Catalog;

// The one place that turns a scenario into results: the billing engine (a few milliseconds)
// and, plugged in through setOptimizer(), the optimizer, which PlanDocument may run on a
// worker thread (recalculate with deferOptimizer, then complete()).
class Recalculator {
public:
    // The stop token lets a newer request end a re-plan under way (it throws Cancelled).
    using Optimizer = std::function<OptimizedPlan(const Catalog&, const Scenario&, std::stop_token)>;

    // An optimizer that cannot be stopped (tests, quick planners), as an Optimizer.
    template <typename F>
        requires std::invocable<F, const Catalog&, const Scenario&>
    static Optimizer unstoppable(F optimizer) {
        return [optimizer = std::move(optimizer)](const Catalog& catalog, const Scenario& scenario,
                                                  std::stop_token) { return optimizer(catalog, scenario); };
    }

    // Installs the purchase optimizer (PurchaseOptimizer::optimize once it is linked).
    void setOptimizer(Optimizer optimizer) { m_optimizer = std::move(optimizer); }
    template <typename F>
        requires std::invocable<F, const Catalog&, const Scenario&>
    void setOptimizer(F optimizer) {
        m_optimizer = unstoppable(std::move(optimizer));
    }
    bool hasOptimizer() const { return static_cast<bool>(m_optimizer); }
    const Optimizer& optimizer() const { return m_optimizer; }

    // Bills the scenario; never throws: a refusal ends up in PlanSnapshot::error (and, the
    // optimizer's, in PlanSnapshot::refusal). With
    // `deferOptimizer` the optimizer is not run: the snapshot is marked `optimizing` and the
    // caller completes it with complete().
    std::shared_ptr<const PlanSnapshot> recalculate(const Catalog& catalog, const Scenario& scenario,
                                                    quint64 revision, bool deferOptimizer = false) const;
    // Runs the optimizer (any thread); a refusal is returned in `error`, and the optimizer's
    // own in `refusal` too. Cancelled passes: nobody waits for that result.
    static std::optional<OptimizedPlan> optimize(const Optimizer& optimizer, const Catalog& catalog,
                                                 const Scenario& scenario, QString* error,
                                                 std::optional<OptimizerRefusal>* refusal = nullptr,
                                                 std::stop_token stop = {});
    // `pending` with the optimizer's result: the recommendation, or the refusal as for a
    // synchronous calculation.
    static std::shared_ptr<const PlanSnapshot>
    complete(const PlanSnapshot& pending, std::optional<OptimizedPlan> optimized, const QString& error,
             const std::optional<OptimizerRefusal>& refusal = std::nullopt);

private:
    Optimizer m_optimizer;
};

} // namespace ocp
