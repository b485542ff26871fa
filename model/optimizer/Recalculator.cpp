#include "model/optimizer/Recalculator.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/InputError.h"
#include "model/optimizer/Cancelled.h"

#include <exception>

namespace ocp {

std::shared_ptr<const PlanSnapshot> Recalculator::recalculate(const Catalog& catalog,
                                                              const Scenario& scenario, quint64 revision,
                                                              bool deferOptimizer) const {
    auto snapshot = std::make_shared<PlanSnapshot>();
    snapshot->revision = revision;
    snapshot->scenario = scenario;
    try {
        snapshot->result = BillingEngine::run(catalog, scenario);
        // The engine compares totals only; charts need the postpaid-only bill month by month.
        Scenario withoutPacks = scenario;
        withoutPacks.purchases.clear();
        snapshot->postpaidOnly = BillingEngine::run(catalog, withoutPacks);
        if (m_optimizer && deferOptimizer) {
            snapshot->optimizing = true;
        } else if (m_optimizer) {
            // The same guard as on a worker: whatever the optimizer throws becomes the
            // snapshot's error, never an exception out of a load or an edit.
            QString error;
            std::optional<OptimizerRefusal> refusal;
            std::optional<OptimizedPlan> optimized =
                optimize(m_optimizer, catalog, scenario, &error, &refusal, std::stop_token());
            return complete(*snapshot, std::move(optimized), error, refusal);
        }
    } catch (const InputError& e) {
        snapshot->result = BillingResult();
        snapshot->postpaidOnly = BillingResult();
        snapshot->optimized.reset();
        snapshot->optimizing = false;
        snapshot->error = e.message();
        if (const auto* refusal = dynamic_cast<const OptimizerRefusal*>(&e))
            snapshot->refusal = *refusal;
    }
    return snapshot;
}

std::optional<OptimizedPlan> Recalculator::optimize(const Optimizer& optimizer, const Catalog& catalog,
                                                    const Scenario& scenario, QString* error,
                                                    std::optional<OptimizerRefusal>* refusal,
                                                    std::stop_token stop) {
    try {
        return optimizer(catalog, scenario, std::move(stop));
    } catch (const Cancelled&) {
        throw; // nobody waits for this result: not a refusal to show
    } catch (const OptimizerRefusal& e) {
        *error = e.message();
        if (refusal)
            *refusal = e;
    } catch (const InputError& e) {
        *error = e.message();
    } catch (const std::exception& e) {
        // Never let a worker thread take the application down; the user sees why.
        *error = QString::fromUtf8(e.what());
    }
    return std::nullopt;
}

std::shared_ptr<const PlanSnapshot> Recalculator::complete(const PlanSnapshot& pending,
                                                           std::optional<OptimizedPlan> optimized,
                                                           const QString& error,
                                                           const std::optional<OptimizerRefusal>& refusal) {
    auto snapshot = std::make_shared<PlanSnapshot>(pending);
    snapshot->optimizing = false;
    snapshot->optimized = std::move(optimized);
    if (!error.isEmpty()) {
        snapshot->result = BillingResult();
        snapshot->postpaidOnly = BillingResult();
        snapshot->optimized.reset();
        snapshot->error = error;
        snapshot->refusal = refusal;
    }
    return snapshot;
}

} // namespace ocp
