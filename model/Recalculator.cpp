#include "Recalculator.h"

#include "BillingEngine.h"
#include "InputError.h"

namespace ocp {

std::shared_ptr<const PlanSnapshot>
Recalculator::recalculate(const Catalog& catalog, const Scenario& scenario, quint64 revision) const {
    auto snapshot = std::make_shared<PlanSnapshot>();
    snapshot->revision = revision;
    snapshot->scenario = scenario;
    try {
        snapshot->result = BillingEngine::run(catalog, scenario);
        // The engine compares totals only; charts need the postpaid-only bill month by month.
        Scenario withoutPacks = scenario;
        withoutPacks.purchases.clear();
        snapshot->postpaidOnly = BillingEngine::run(catalog, withoutPacks);
        if (m_optimizer)
            snapshot->optimized = m_optimizer(catalog, scenario);
    } catch (const InputError& e) {
        snapshot->result = BillingResult();
        snapshot->postpaidOnly = BillingResult();
        snapshot->optimized.reset();
        snapshot->error = e.message();
    }
    return snapshot;
}

} // namespace ocp
