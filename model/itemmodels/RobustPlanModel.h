#pragma once

#include "model/itemmodels/AsyncTableModel.h"
#include "model/optimizer/RobustPlanner.h"

#include <optional>

namespace ocp {

class PlanDocument;

// The plan × scenario matrix of the robust plan: one row per candidate plan (each scenario's
// own optimum, then the plan for all scenarios), one column per scenario with the plan's cost
// under it and its regret (DeltaRole: the cost above that scenario's own optimum), then the
// weighted average cost, the largest regret and the purchases. Follows the document while live; when the
// planner refuses the plan (different start months, different pack prices) the table is
// empty and error() says why. After edits it calculates on a worker thread (with copies of the
// catalog and plan; a newer edit stops an older calculation) and shows the result when done
// (state Ready, or Failed with the planner's refusal).
class RobustPlanModel : public AsyncTableModel {
    Q_OBJECT

public:
    // The plan, its cost under each scenario, the weighted average, the largest regret and
    // last (the widest) what it buys.
    enum FixedColumn { PlanColumn, FirstScenarioColumn };

    explicit RobustPlanModel(PlanDocument* document, QObject* parent = nullptr);

    const std::optional<RobustPlan>& robustPlan() const { return m_plan; }
    const QString& error() const { return errorText(); }
    int scenarioColumn(int scenario) const { return FirstScenarioColumn + scenario; }
    int expectedCostColumn() const { return FirstScenarioColumn + scenarioCount(); }
    int maxRegretColumn() const { return expectedCostColumn() + 1; }
    int purchasesColumn() const { return maxRegretColumn() + 1; }
    // The purchases of one row, as a buyer reads them: "身份证识别 3 × 100,000; …".
    QString purchasesText(int row) const;

    // Recalculates now, on this thread (otherwise on a worker after the edits of one
    // event-loop pass, while live).
    void refresh();
    void setLive(bool live);
    bool isStale() const { return m_stale; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void documentChanged();
    void startCalculating();
    void show(std::optional<RobustPlan> next);
    void clearResults() override { show(std::nullopt); }
    int scenarioCount() const { return m_plan ? static_cast<int>(m_plan->scenarioNames.size()) : 0; }

    PlanDocument* m_document;
    std::optional<RobustPlan> m_plan;
    bool m_live = true;
    bool m_stale = true;
    bool m_pending = false;
};

} // namespace ocp
