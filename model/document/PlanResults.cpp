#include "model/document/PlanResults.h"

#include "model/billing/AccountingSchedule.h"
#include "model/billing/CostAllocation.h"
#include "model/billing/InputError.h"
#include "model/io/PlanWording.h"

namespace ocp {
namespace {

// The optimizer gives its refusals in figures: word them for the user before any view or
// report shows the snapshot.
std::shared_ptr<const PlanSnapshot> worded(std::shared_ptr<const PlanSnapshot> snapshot) {
    if (!snapshot || !snapshot->refusal)
        return snapshot;
    auto copy = std::make_shared<PlanSnapshot>(*snapshot);
    copy->error = PlanWording::refusal(*copy->refusal);
    return copy;
}

} // namespace

PlanResults::PlanResults(const Catalog& catalog, const Plan& plan, QObject* parent)
    : QObject(parent)
    , m_catalog(&catalog)
    , m_plan(&plan)
    , m_recommendation([this](Recommendation r) { publishRecommendation(std::move(r)); })
    , m_accountingTask([this](PlanAccounting a) { publishAccounting(std::move(a)); }) {
    planLoaded();
}

std::shared_ptr<const PlanSnapshot> PlanResults::snapshotOf(int index) const {
    if (index < 0 || index >= m_plan->scenarios.size())
        throw InputError(tr("there is no scenario %1").arg(index + 1));
    std::shared_ptr<const PlanSnapshot>& cached = m_snapshots[index];
    // A scenario no longer shown whose recommendation was left to the worker: complete it here.
    if (!cached || (cached->optimizing && index != m_plan->current))
        cached = worded(m_recalculator.recalculate(*m_catalog, m_plan->scenarios.at(index), ++m_revision));
    return cached;
}

std::shared_ptr<const PlanSnapshot> PlanResults::calculatedSnapshot() const {
    auto current = snapshot();
    if (!current->isValid())
        throw InputError(tr("The plan could not be calculated: %1").arg(current->error));
    return current;
}

void PlanResults::recalculateAll() {
    m_snapshots.fill(nullptr);
    recalculateCurrent();
    Q_EMIT resultChanged();
}

void PlanResults::planLoaded() {
    m_snapshots = QList<std::shared_ptr<const PlanSnapshot>>(m_plan->scenarios.size());
    recalculateCurrent();
}

void PlanResults::currentEdited() {
    recalculateCurrent();
}

void PlanResults::currentShown() {
    if (!m_snapshots.at(m_plan->current)) {
        recalculateCurrent();
    } else {
        ensureRecommendation();
        // Also after an edit of the plan alone: its accounting settings may have changed.
        ensureAccounting();
    }
}

void PlanResults::scenariosChanged(const QList<Scenario>& previous) {
    QList<std::shared_ptr<const PlanSnapshot>> kept(m_plan->scenarios.size());
    for (qsizetype i = 0; i < m_plan->scenarios.size(); ++i) {
        for (qsizetype j = 0; j < previous.size() && j < m_snapshots.size(); ++j) {
            if (m_snapshots.at(j) && previous.at(j) == m_plan->scenarios.at(i)) {
                kept[i] = m_snapshots.at(j);
                break;
            }
        }
    }
    m_snapshots = kept;
    currentShown();
}

void PlanResults::recalculateCurrent() {
    const Scenario& scenario = m_plan->scenarios.at(m_plan->current);
    const bool defer = m_background && m_recalculator.hasOptimizer() && m_background(scenario);
    m_snapshots[m_plan->current] = worded(m_recalculator.recalculate(*m_catalog, scenario, ++m_revision, defer));
    ensureRecommendation();
    ensureAccounting();
}

void PlanResults::ensureRecommendation() {
    const auto& current = m_snapshots.at(m_plan->current);
    if (!current || !current->optimizing) {
        const bool wasRunning = m_recommendation.isRunning();
        m_recommendation.cancel();
        m_recommending = 0;
        if (wasRunning)
            Q_EMIT recommendingChanged();
        return;
    }
    if (m_recommending == current->revision && m_recommendation.isRunning())
        return;
    m_recommending = current->revision;
    // The worker gets copies: the plan may change (and drop this request) meanwhile.
    m_recommendation.start([optimizer = m_recalculator.optimizer(), catalog = *m_catalog,
                            scenario = current->scenario, revision = current->revision](std::stop_token stop) {
        Recommendation r;
        r.revision = revision;
        r.plan = Recalculator::optimize(optimizer, catalog, scenario, &r.error, &r.refusal, std::move(stop));
        return r;
    });
    Q_EMIT recommendingChanged();
}

void PlanResults::cancelRecommendation() {
    const auto& current = m_snapshots.at(m_plan->current);
    if (!current || !current->optimizing || !m_recommendation.isRunning())
        return;
    m_recommendation.cancel(); // requests the stop token: the optimizer gives up at its next check
    m_recommending = 0;
    m_cancelledRevision = current->revision;
    m_snapshots[m_plan->current] = Recalculator::complete(*current, std::nullopt, QString(), std::nullopt);
    Q_EMIT recommendingChanged();
    Q_EMIT resultChanged();
}

bool PlanResults::isRecommendationCancelled() const {
    const auto& current = m_snapshots.at(m_plan->current);
    return current && m_cancelledRevision != 0 && current->revision == m_cancelledRevision;
}

void PlanResults::recommendAgain() {
    if (!isRecommendationCancelled())
        return;
    m_cancelledRevision = 0;
    recalculateCurrent();
    Q_EMIT resultChanged();
}

void PlanResults::publishRecommendation(Recommendation recommendation) {
    m_recommending = 0;
    Q_EMIT recommendingChanged();
    const auto& current = m_snapshots.at(m_plan->current);
    if (!current || !current->optimizing || current->revision != recommendation.revision)
        return; // the plan moved on: never show a recommendation for another state
    m_snapshots[m_plan->current] =
        worded(Recalculator::complete(*current, std::move(recommendation.plan), recommendation.error,
                                      recommendation.refusal));
    Q_EMIT resultChanged();
}

void PlanResults::waitForFinished() {
    m_recommendation.waitForFinished();
    m_accountingTask.waitForFinished();
}

void PlanResults::requestAccounting() {
    m_accountingWanted = true;
    ensureAccounting();
}

bool PlanResults::isAccountingCurrent() const {
    const auto& current = m_snapshots.at(m_plan->current);
    return m_accounting && current && m_accounting->revision == current->revision &&
           m_accounting->settings == m_plan->accounting;
}

void PlanResults::ensureAccounting() {
    if (!m_accountingWanted)
        return;
    const auto& current = m_snapshots.at(m_plan->current);
    if (!current || isAccountingCurrent()) {
        m_accountingTask.cancel();
        m_accountingRevision = 0;
        return;
    }
    if (m_accountingTask.isRunning() && m_accountingRevision == current->revision &&
        m_accountingSettings == m_plan->accounting)
        return;
    m_accountingRevision = current->revision;
    m_accountingSettings = m_plan->accounting;
    // The worker gets copies: the plan may change (and drop this request) meanwhile. The
    // snapshot is shared and never changes.
    m_accountingTask.start([catalog = *m_catalog, snapshot = current, settings = m_plan->accounting](std::stop_token) {
        PlanAccounting a;
        a.revision = snapshot->revision;
        a.snapshot = snapshot;
        a.settings = settings;
        a.hasCostCentres = !snapshot->scenario.costCentres.isEmpty();
        if (!snapshot->isValid()) {
            a.error = snapshot->error;
            return a;
        }
        try {
            a.allocation = CostAllocation::build(catalog, snapshot->scenario, snapshot->result, settings.unusedBalance);
            a.schedule =
                AccountingSchedule::build(catalog, snapshot->scenario, snapshot->result, a.allocation, settings.method);
        } catch (const InputError& e) {
            a.allocation = CostAllocation();
            a.schedule = AccountingSchedule();
            a.error = PlanWording::message(e);
        }
        return a;
    });
}

void PlanResults::publishAccounting(PlanAccounting accounting) {
    m_accountingRevision = 0;
    m_accounting = std::make_shared<const PlanAccounting>(std::move(accounting));
    Q_EMIT accountingChanged();
    // Published late (the plan moved on while it ran): the next one is already started, or
    // starts now.
    ensureAccounting();
}

} // namespace ocp
