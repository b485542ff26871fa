#pragma once

#include "model/billing/Catalog.h"
#include "model/billing/Plan.h"
#include "model/billing/Scenario.h"
#include "model/document/BackgroundTask.h"
#include "model/document/PlanAccounting.h"
#include "model/optimizer/PlanSnapshot.h"
#include "model/optimizer/Recalculator.h"

#include <QList>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace ocp {

// The results of a plan's scenarios: calculated when first asked for and kept until the
// scenario changes. The current scenario is always calculated; those the background predicate
// picks are re-planned on a worker (BackgroundTask): an edit publishes the own plan's figures
// at once (PlanSnapshot::optimizing) and a second snapshot of the same revision with the
// recommendation when it is ready; a newer edit stops and drops an older re-plan.
//
// PlanDocument owns one and tells it about every change of its plan before it signals the
// change, so snapshot() is consistent with the document's scenario after any of its signals.
class PlanResults : public QObject {
    Q_OBJECT

public:
    PlanResults(const Catalog& catalog, const Plan& plan, QObject* parent = nullptr);

    // The latest results of the current scenario.
    std::shared_ptr<const PlanSnapshot> snapshot() const { return snapshotOf(m_plan->current); }
    // The current snapshot for a report or an export: InputError "The plan could not be
    // calculated: …" when the billing refused the current figures.
    std::shared_ptr<const PlanSnapshot> calculatedSnapshot() const;
    // The results of any scenario, calculated when first asked for and kept until it changes.
    std::shared_ptr<const PlanSnapshot> snapshotOf(int scenario) const;

    Recalculator& recalculator() { return m_recalculator; }
    // Drops every calculated result and recalculates (after installing an optimizer).
    void recalculateAll();

    // Which scenarios are re-planned on a worker thread. Default: none (everything on the
    // calling thread).
    using BackgroundPredicate = std::function<bool(const Scenario&)>;
    void setOptimizeInBackground(BackgroundPredicate predicate) { m_background = std::move(predicate); }
    // Blocks until the current scenario's recommendation is published, and its accounting
    // when it was asked for (tests, benchmarks, exports).
    void waitForFinished();
    // Whether the current scenario's recommendation is being worked out on a worker.
    bool isRecommending() const { return m_recommendation.isRunning(); }
    // Stops that re-plan at the user's request: the snapshot is published without a
    // recommendation (the plan's own figures stand) until recommendAgain() or the next edit.
    void cancelRecommendation();
    bool isRecommendationCancelled() const;
    void recommendAgain();

    // Who pays for what in the current scenario (cost centres, the ledger of its packs), worked
    // out on a worker from the current snapshot with Plan::accounting. Nothing is computed
    // until a view asks with requestAccounting(); from then on every new snapshot or change of
    // the settings starts it again, and accountingChanged() tells when it is ready. Until
    // then accounting() keeps the previous state (null before the first).
    void requestAccounting();
    std::shared_ptr<const PlanAccounting> accounting() const { return m_accounting; }
    // Whether accounting() belongs to the current snapshot and settings.
    bool isAccountingCurrent() const;

    // --- Told by the document, before it signals the change.
    // The whole plan is new (load): nothing is kept.
    void planLoaded();
    // The current scenario changed (an edit of it, or another one is shown).
    void currentEdited();
    // Another scenario is shown; its results are kept if it has them.
    void currentShown();
    // The scenario list changed: keeps the results of the scenarios in `previous` that did
    // not change, drops the others.
    void scenariosChanged(const QList<Scenario>& previous);

Q_SIGNALS:
    // A new snapshot is available outside of an edit: a recommendation, or recalculateAll().
    // PlanDocument forwards it as its resultChanged().
    void resultChanged();
    // accounting() was worked out again.
    void accountingChanged();
    // A re-plan on a worker started, was delivered, dropped or cancelled.
    void recommendingChanged();

private:
    struct Recommendation {
        quint64 revision = 0;
        std::optional<OptimizedPlan> plan;
        QString error;
        std::optional<OptimizerRefusal> refusal;
    };
    void recalculateCurrent();
    // Starts the worker for the current snapshot when it still lacks its recommendation.
    void ensureRecommendation();
    void publishRecommendation(Recommendation recommendation);
    // Starts the worker for the current snapshot's accounting when it was asked for and is
    // not current or under way.
    void ensureAccounting();
    void publishAccounting(PlanAccounting accounting);

    const Catalog* m_catalog;
    const Plan* m_plan;
    // Per scenario; null until calculated. Mutable: results are a cache of the scenarios.
    mutable QList<std::shared_ptr<const PlanSnapshot>> m_snapshots;
    Recalculator m_recalculator;
    mutable quint64 m_revision = 0;
    BackgroundPredicate m_background;
    quint64 m_recommending = 0; // the revision the worker is re-planning, 0 for none
    quint64 m_cancelledRevision = 0; // the revision whose re-plan the user cancelled
    BackgroundTask<Recommendation> m_recommendation;
    bool m_accountingWanted = false;
    std::shared_ptr<const PlanAccounting> m_accounting;
    // What the worker is computing: the snapshot's revision and the settings (0: nothing).
    quint64 m_accountingRevision = 0;
    AccountingSettings m_accountingSettings;
    BackgroundTask<PlanAccounting> m_accountingTask;
};

} // namespace ocp
