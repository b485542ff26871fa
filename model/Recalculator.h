#pragma once

#include "PlanSnapshot.h"

#include <functional>
#include <memory>

namespace ocp {

class Catalog;

// The one place that turns a scenario into results. Today it runs the billing engine on the
// calling thread (a few milliseconds); the optimizer plugs in here through setOptimizer(),
// and moving the work to a thread would change only this class and PlanDocument.
class Recalculator {
public:
    using Optimizer = std::function<OptimizedPlan(const Catalog&, const Scenario&)>;

    // Installs the purchase optimizer (PurchaseOptimizer::optimize once it is linked).
    void setOptimizer(Optimizer optimizer) { m_optimizer = std::move(optimizer); }
    bool hasOptimizer() const { return static_cast<bool>(m_optimizer); }

    // Bills the scenario; never throws: a refusal ends up in PlanSnapshot::error.
    std::shared_ptr<const PlanSnapshot> recalculate(const Catalog& catalog, const Scenario& scenario,
                                                    quint64 revision) const;

private:
    Optimizer m_optimizer;
};

} // namespace ocp
