#include "model/itemmodels/RobustPlanModel.h"

#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/io/PlanWording.h"
#include "model/itemmodels/ModelRoles.h"

#include <QMetaObject>

namespace ocp {

RobustPlanModel::RobustPlanModel(PlanDocument* document, QObject* parent)
    : AsyncTableModel(parent)
    , m_document(document) {
    refresh();
    connect(document, &PlanDocument::planChanged, this, &RobustPlanModel::documentChanged);
    connect(document, &PlanDocument::resultChanged, this, &RobustPlanModel::documentChanged);
}

void RobustPlanModel::documentChanged() {
    m_stale = true;
    if (!m_live || m_pending)
        return;
    // One calculation for the edits of one pass of the event loop (a paste, an undo of
    // several changes).
    m_pending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pending = false;
            if (m_live && m_stale)
                startCalculating();
        },
        Qt::QueuedConnection);
}

void RobustPlanModel::setLive(bool live) {
    m_live = live;
    if (live && m_stale)
        startCalculating();
}

void RobustPlanModel::startCalculating() {
    m_stale = false;
    // Copies: the worker must not touch the document, which the user keeps editing.
    compute(
        [catalog = m_document->catalog(), plan = m_document->plan()](std::stop_token stop) {
            return RobustPlanner::plan(catalog, plan, std::move(stop));
        },
        [this](RobustPlan plan) { show(std::move(plan)); });
}

void RobustPlanModel::refresh() {
    m_stale = false;
    std::optional<RobustPlan> next;
    QString error;
    try {
        next = RobustPlanner::plan(m_document->catalog(), m_document->plan());
    } catch (const InputError& e) {
        error = PlanWording::message(e);
    }
    show(std::move(next));
    stopComputing(error.isEmpty() ? State::Ready : State::Failed, error);
}

void RobustPlanModel::show(std::optional<RobustPlan> next) {
    const bool sameShape = next && m_plan && next->candidates.size() == m_plan->candidates.size() &&
                           next->scenarioNames == m_plan->scenarioNames;
    if (sameShape) {
        m_plan = std::move(next);
        allDataChanged();
    } else {
        beginResetModel();
        m_plan = std::move(next);
        endResetModel();
    }
}

QString RobustPlanModel::purchasesText(int row) const {
    if (!m_plan || row < 0 || row >= m_plan->candidates.size())
        return {};
    return PlanWording::purchasesByPack(m_document->catalog(), m_plan->candidates.at(row).purchases);
}

int RobustPlanModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_plan ? 0 : static_cast<int>(m_plan->candidates.size());
}

int RobustPlanModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : purchasesColumn() + 1;
}

QVariant RobustPlanModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const RobustCandidate& c = m_plan->candidates.at(index.row());
    const int column = index.column();
    if (role == IsTotalRole)
        return c.isRobust();
    if (column == PlanColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return c.isRobust() ? tr("One plan for all")
                                : tr("Optimum of %1").arg(m_plan->scenarioNames.at(c.scenario));
        case Qt::ToolTipRole:
            if (!c.isRobust())
                return tr("The cheapest first-month purchases for %1 alone")
                    .arg(m_plan->scenarioNames.at(c.scenario));
            return m_plan->method == RobustMethod::ExpectedCost
                       ? tr("One set of first-month purchases with the lowest weighted average cost over the "
                            "scenarios")
                       : tr("One set of first-month purchases whose largest extra cost over any scenario's "
                            "own optimum "
                            "is smallest");
        default:
            return {};
        }
    }
    if (column == purchasesColumn()) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return purchasesText(index.row());
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == EstimateRole)
        return c.estimate;
    Money amount;
    std::optional<Money> regret;
    if (column == expectedCostColumn()) {
        amount = c.expectedCost;
    } else if (column == maxRegretColumn()) {
        amount = c.maxRegret;
    } else {
        const int s = column - FirstScenarioColumn;
        amount = c.costs.at(s);
        regret = c.regrets.at(s);
        if (role == Qt::ToolTipRole) {
            return tr("Under %1 this plan costs %2 元; the cheapest plan for %1 alone costs %3 元 (regret %4 "
                      "元)")
                .arg(m_plan->scenarioNames.at(s), Display::money(amount),
                     Display::money(m_plan->optimum.at(s)), Display::money(*regret));
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return c.estimate ? QStringLiteral("≈ ") + Display::money(amount) : Display::money(amount);
    case MoneyRole:
        return QVariant::fromValue(amount);
    case SortRole:
        return static_cast<qlonglong>(amount.roundedFen());
    case DeltaRole:
        return regret ? QVariant::fromValue(*regret) : QVariant();
    case HigherIsBetterRole:
        return regret ? QVariant(false) : QVariant();
    default:
        return {};
    }
}

QVariant RobustPlanModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        if (section == PlanColumn)
            return tr("Plan");
        if (section == purchasesColumn())
            return tr("Bought in the first month");
        if (section == expectedCostColumn())
            return tr("Weighted average");
        if (section == maxRegretColumn())
            return tr("Largest regret");
        return m_plan->scenarioNames.at(section - FirstScenarioColumn);
    }
    if (role == Qt::ToolTipRole) {
        if (section == expectedCostColumn())
            return tr("The plan's cost under each scenario, weighted by the scenarios' weights");
        if (section == maxRegretColumn())
            return tr("The most this plan costs above a scenario's own cheapest plan");
        if (section >= FirstScenarioColumn && section < expectedCostColumn()) {
            const int s = section - FirstScenarioColumn;
            return tr("Cost under %1 (weight %2), and in brackets the regret: the cost above %1's own "
                      "cheapest plan")
                .arg(m_plan->scenarioNames.at(s), Display::percent(m_plan->weightsPpm.at(s)));
        }
    }
    return {};
}

} // namespace ocp
