#pragma once

#include "model/billing/BillingResult.h"
#include "model/billing/Scenario.h"
#include "model/optimizer/OptimizerRefusal.h"
#include "model/optimizer/PurchaseOptimizer.h"

#include <QString>
#include <QtGlobal>
#include <optional>

namespace ocp {

// Everything the result views show for one state of the document, computed together and
// replaced as a whole, so no view can combine numbers of two different states.
struct PlanSnapshot {
    quint64 revision = 0;
    Scenario scenario;
    BillingResult result;                   // the scenario with its own purchases
    BillingResult postpaidOnly;             // the same calls without any pack, month by month
    std::optional<OptimizedPlan> optimized; // the recommended plan, when an optimizer is installed
    // The recommended plan is being calculated on a worker thread: `optimized` is empty until
    // the document publishes a snapshot of the same revision that carries it.
    bool optimizing = false;
    QString error; // why the scenario could not be billed (then the results are empty)
    // When the optimizer refused: its figures. Recalculator leaves a technical `error`; the
    // document words the refusal for people (PlanWording) before anyone shows it.
    std::optional<OptimizerRefusal> refusal;

    bool isValid() const { return error.isEmpty(); }
};

} // namespace ocp
