#pragma once

#include "model/billing/Money.h"
#include "model/optimizer/PlanSnapshot.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace ocp {

class Catalog;
struct Plan;

// The figures of one scenario of a plan, side by side with the others.
struct ScenarioFigures {
    QString name;
    qint64 weightPpm = 0;
    bool valid = true; // false: the scenario could not be billed (see error)
    QString error;
    Money total;              // with the scenario's own purchases
    Money postpaidOnly;       // the same calls without any pack
    qint64 expiringCalls = 0; // expired inside the horizon plus unused at its end
    bool estimate = false;
    QList<Money> packTotals;       // [pack], indexed like the catalog
    QList<Money> packPostpaidOnly; // [pack]: the same calls billed postpaid only
    // The optimizer's recommendation for this scenario, when an optimizer is installed.
    std::optional<Money> optimumTotal;
    // The scenario billed with the plan-wide (robust) purchases, when they are given.
    std::optional<Money> robustTotal;

    Money saving() const { return postpaidOnly - total; }
    std::optional<Money> optimumSaving() const {
        return optimumTotal ? std::optional<Money>(postpaidOnly - *optimumTotal) : std::nullopt;
    }
};

// Every scenario of a plan with its totals and the cost per resource pack, and the differences
// to the current scenario. Built from the document's per-scenario results (or calculated here
// for the command line), so the window, the CSV and the PDF report show the same figures.
struct ScenarioComparison {
    QList<ScenarioFigures> scenarios;
    int current = 0;
    QList<int> packs; // resource packs with calls or purchases in any scenario, catalog order
    bool hasOptimum = false;
    bool hasRobust = false;

    // From results already calculated (one snapshot per scenario, in plan order). With
    // `robustPurchases`, each scenario is also billed with those purchases.
    static ScenarioComparison build(const Catalog& catalog, const Plan& plan,
                                    const QList<std::shared_ptr<const PlanSnapshot>>& snapshots,
                                    const std::optional<QList<Purchase>>& robustPurchases = std::nullopt);
    // Calculates every scenario with the billing engine.
    static ScenarioComparison compute(const Catalog& catalog, const Plan& plan,
                                      const std::optional<QList<Purchase>>& robustPurchases = std::nullopt);

    const ScenarioFigures& currentFigures() const { return scenarios.at(current); }
};

} // namespace ocp
