#include "model/itemmodels/PackAlternativesModel.h"

#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/io/PlanWording.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

#include <algorithm>
#include <optional>

namespace ocp {
namespace {

// Purchases in one order, so that a plan entered by hand matches the same alternative.
QList<Purchase> normalized(QList<Purchase> purchases) {
    std::sort(purchases.begin(), purchases.end(), [](const Purchase& a, const Purchase& b) {
        if (a.month != b.month)
            return a.month < b.month;
        if (a.size != b.size)
            return a.size > b.size;
        return a.count < b.count;
    });
    return purchases;
}

} // namespace

PackAlternativesModel::PackAlternativesModel(PlanDocument* document, QObject* parent)
    : SelectedPackModel(document, parent) {}

void PackAlternativesModel::clearResults() {
    beginResetModel();
    m_alternatives.clear();
    endResetModel();
}

// Same calls and prices: the ranking stands; only the mark of the user's plan moves.
void PackAlternativesModel::rankingUnchanged() {
    if (state() == State::Ready)
        allDataChanged();
}

void PackAlternativesModel::computeFor(const Catalog& catalog, const Scenario& wanted) {
    compute(
        [catalog, pack = pack(), wanted](std::stop_token stop) {
            const OptimizedPlan plan = PurchaseOptimizer::optimize(
                catalog, wanted, OptimizerOptions{wanted.settings.purchasePolicy, kAlternatives}, std::move(stop));
            return plan.packs.at(pack);
        },
        [this](PackPlan plan) {
            beginResetModel();
            m_optimum = plan.total();
            m_alternatives = std::move(plan.alternatives);
            endResetModel();
        });
}

QString PackAlternativesModel::statusText() const {
    switch (state()) {
    case State::Idle:
        return tr("Select a resource pack to see its ranked alternatives");
    case State::Computing:
        return tr("Ranking the alternatives…");
    case State::Cancelled:
        return tr("Ranking cancelled — press Recalculate in the status bar to rank the alternatives");
    case State::Failed:
        return tr("No alternatives: %1").arg(errorText());
    case State::Ready:
        break;
    }
    if (m_alternatives.isEmpty())
        return tr("No calls for this pack in the plan: nothing to rank");
    return tr("The %n cheapest plans for this pack; double-click one or press Adopt to use it", nullptr,
              static_cast<int>(std::count_if(m_alternatives.cbegin(), m_alternatives.cend(),
                                             [](const PackAlternative& a) { return a.rank > 0; })));
}

bool PackAlternativesModel::isUsersPlan(int row) const {
    if (pack() < 0)
        return false;
    const QString& id = document()->catalog().packs().at(pack()).id;
    QList<Purchase> own;
    for (const Purchase& p : document()->scenario().purchases) {
        if (p.packId == id)
            own.append(p);
    }
    return normalized(own) == normalized(m_alternatives.at(row).purchases);
}

bool PackAlternativesModel::adopt(int row, QString* message) {
    if (state() != State::Ready || row < 0 || row >= m_alternatives.size()) {
        if (message)
            *message = tr("Select an alternative first");
        return false;
    }
    const PackAlternative& chosen = m_alternatives.at(row);
    const ResourcePack& rp = document()->catalog().packs().at(pack());
    Scenario after = document()->scenario();
    after.purchases.removeIf([&rp](const Purchase& p) { return p.packId == rp.id; });
    after.purchases += chosen.purchases;
    const QString plan = PlanWording::purchases(after, chosen.purchases);
    try {
        document()->replaceScenario(
            after, tr("Adopt plan %1 for %2: %3")
                       .arg(chosen.rank > 0 ? Display::calls(chosen.rank) : tr("postpaid only"),
                            Display::name(rp.name, rp.nameEn), plan));
    } catch (const InputError& e) {
        if (message)
            *message = e.message();
        return false;
    }
    return true;
}

int PackAlternativesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_alternatives.size());
}

int PackAlternativesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackAlternativesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= m_alternatives.size())
        return {};
    const PackAlternative& a = m_alternatives.at(index.row());
    FigureCell cell;
    switch (index.column()) {
    case RankColumn:
        // Postpaid only far down the list: its rank is only known to be above 1,000.
        cell.text = a.rank > 0 ? Display::calls(a.rank) : tr("> 1,000");
        cell.alignRight = true;
        if (a.postpaidOnly)
            cell.toolTip = tr("Postpaid only: buying no pack at all is plan %1 by cost").arg(cell.text);
        break;
    case PlanColumn:
        cell.text = PlanWording::purchases(requested(), a.purchases);
        if (a.postpaidOnly)
            cell.text = tr("Postpaid only (no pack)");
        if (a.expiredCalls > 0)
            cell.toolTip = tr("%1 paid calls expire unused").arg(Display::calls(a.expiredCalls));
        break;
    case PackCostColumn:
        cell.money = a.packCost;
        break;
    case PostpaidCostColumn:
        cell.money = a.postpaidCost;
        break;
    case TotalColumn:
        cell.money = a.total();
        break;
    case GapColumn:
        cell.money = a.total() - m_optimum;
        cell.toolTip = tr("How much more this plan costs than the cheapest one");
        break;
    default:
        return {};
    }
    cell.formatFigure();
    // The rank's calls are the rank itself, also where its text says only "> 1,000".
    if (role == CallsRole)
        return index.column() == RankColumn ? QVariant(static_cast<qint64>(a.rank)) : QVariant();
    if (const std::optional<QVariant> common = cell.commonData(role))
        return *common;
    switch (role) {
    case SortRole:
        return index.column() == RankColumn ? QVariant(a.rank > 0 ? a.rank : 1'000'000) : cell.sortKey();
    case IsCurrentRole:
        return isUsersPlan(index.row());
    case PackIndexRole:
        return pack();
    default:
        return {};
    }
}

QVariant PackAlternativesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeaderData(section, orientation, role);
}

TableModelBase::ColumnHeader PackAlternativesModel::columnHeader(int column) const {
    switch (column) {
    case RankColumn:
        return {tr("Rank"), tr("1 is the cheapest plan; bold marks the plan the scenario has now")};
    case PlanColumn:
        return {tr("Plan")};
    case PackCostColumn:
        return {tr("Packs (元)")};
    case PostpaidCostColumn:
        return {tr("Postpaid (元)")};
    case TotalColumn:
        return {tr("Total (元)")};
    case GapColumn:
        return {tr("Gap to optimum (元)"), tr("Total minus the cheapest plan's total")};
    default:
        return {};
    }
}

} // namespace ocp
