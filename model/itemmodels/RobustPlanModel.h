#pragma once

#include "model/optimizer/RobustPlanner.h"
#include "model/itemmodels/TableModelBase.h"

#include <QPointer>
#include <QThread>
#include <memory>
#include <optional>

namespace ocp {

class PlanDocument;

// The plan × scenario matrix of the robust plan: one row per candidate plan (each scenario's
// own optimum, then the plan for all scenarios), one column per scenario with the plan's cost
// under it and its regret (DeltaRole: the cost above that scenario's own optimum), then the
// weighted average cost, the largest regret and the purchases. Follows the document while live; when the
// planner refuses the plan (different start months, different pack prices) the table is
// empty and error() says why. After edits it calculates on a worker thread (one at a time,
// with copies of the catalog and plan) and shows the result when done (recalculated()).
class RobustPlanModel : public TableModelBase {
    Q_OBJECT

public:
    // The plan, its cost under each scenario, the weighted average, the largest regret and
    // last (the widest) what it buys.
    enum FixedColumn { PlanColumn, FirstScenarioColumn };

    explicit RobustPlanModel(PlanDocument* document, QObject* parent = nullptr);
    ~RobustPlanModel() override;

    const std::optional<RobustPlan>& robustPlan() const { return m_plan; }
    const QString& error() const { return m_error; }
    int scenarioColumn(int scenario) const { return FirstScenarioColumn + scenario; }
    int expectedCostColumn() const { return FirstScenarioColumn + scenarioCount(); }
    int maxRegretColumn() const { return expectedCostColumn() + 1; }
    int purchasesColumn() const { return maxRegretColumn() + 1; }
    // The purchases of one row, as a buyer reads them: "身份证识别 3 × 100,000; …".
    QString purchasesText(int row) const;

    // Recalculates now, on this thread (otherwise on a worker after the edits of one
    // event-loop pass, while live).
    void refresh();
    // Blocks until the calculation under way (and any it queued) is done and shown.
    void waitForCalculated();
    bool isCalculating() const { return static_cast<bool>(m_job); }
    void setLive(bool live);
    bool isStale() const { return m_stale; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After every recalculation, with a plan or an error.
    void recalculated();

private:
    struct Job;
    void documentChanged();
    void startCalculating();
    void finishCalculating(std::shared_ptr<Job> job); // by value: it resets m_job
    void show(std::optional<RobustPlan> next, const QString& error);
    int scenarioCount() const { return m_plan ? static_cast<int>(m_plan->scenarioNames.size()) : 0; }

    PlanDocument* m_document;
    std::optional<RobustPlan> m_plan;
    QString m_error;
    bool m_live = true;
    bool m_stale = true;
    bool m_pending = false;
    bool m_rerun = false; // an edit came while the worker was busy
    std::shared_ptr<Job> m_job;
    QPointer<QThread> m_thread;
};

} // namespace ocp
