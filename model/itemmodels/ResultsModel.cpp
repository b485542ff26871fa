#include "model/itemmodels/ResultsModel.h"

#include "model/billing/Catalog.h"
#include "model/io/Display.h"
#include "model/io/PlanWording.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

ResultsModel::ResultsModel(PlanDocument* document, QObject* parent)
    : ResultModelBase(document, parent)
    , m_packs(activePacks(snapshot()))
    , m_columns(columnsFor(snapshot())) {}

QList<int> ResultsModel::activePacks(const PlanSnapshot& snapshot) {
    QList<int> packs;
    const BillingResult& r = snapshot.result;
    for (int p = 0; p < r.packs.size(); ++p) {
        bool active = r.packs.at(p).calls > 0 || r.packs.at(p).purchasedCalls > 0;
        if (snapshot.optimized && p < snapshot.optimized->packs.size())
            active = active || !snapshot.optimized->packs.at(p).purchases.isEmpty();
        if (active)
            packs.append(p);
    }
    return packs;
}

QList<ResultsModel::Column> ResultsModel::columnsFor(const PlanSnapshot& snapshot) {
    QList<Column> columns{PackColumn,     CallsColumn,        PostpaidOnlyColumn, PlanColumn,
                          PackCostColumn, PostpaidCostColumn, TotalColumn,        SavingColumn};
    // Kept while the recommendation is being calculated, so the table does not jump.
    if (snapshot.optimized || snapshot.optimizing)
        columns += {RecommendedPlanColumn, RecommendedCostColumn, RecommendedSavingColumn};
    columns += {ExpiringColumn, NoticesColumn};
    return columns;
}

void ResultsModel::onResultChanged(std::shared_ptr<const PlanSnapshot> next) {
    const QList<Column> columns = columnsFor(*next);
    if (columns != m_columns) {
        beginResetModel();
        setSnapshot(next);
        m_packs = activePacks(*next);
        m_columns = columns;
        endResetModel();
        return;
    }
    const QList<int> target = activePacks(*next);
    // Pack names do not depend on the snapshot, so rows can move after the swap.
    setSnapshot(std::move(next));
    syncRows(m_packs, target);
    allDataChanged();
}

int ResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_packs.size()) + 1;
}

int ResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString ResultsModel::noticesText(int pack) const {
    QStringList parts;
    const PlanSnapshot& s = snapshot();
    for (const LowBalanceNotice& n : s.result.notices) {
        if (pack >= 0 && n.pack != pack)
            continue;
        const QString month = s.scenario.monthAt(n.month).toString();
        QString text = n.kind == NoticeKind::BelowTwentyPercent ? tr("below 20% in %1").arg(month)
                                                                : tr("used up in %1").arg(month);
        if (pack < 0)
            text = packName(n.pack) + QStringLiteral(": ") + text;
        parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.column() >= m_columns.size())
        return {};
    const PlanSnapshot& s = snapshot();
    const bool total = isTotalRow(index.row());
    const int pack = packAt(index.row());
    if (!total && pack >= s.result.packs.size())
        return {};
    if (total && !s.isValid() && role == Qt::DisplayRole && index.column() == 0)
        return tr("Total (not calculated)");
    const PackSummary summary = total ? s.result.overall : s.result.packs.at(pack);
    const PackPlan* recommended = nullptr;
    if (s.optimized && !total && pack < s.optimized->packs.size())
        recommended = &s.optimized->packs.at(pack);
    const Column column = m_columns.at(index.column());

    FigureCell cell;
    switch (column) {
    case PackColumn:
        cell.text = total ? tr("Total") : packName(pack);
        if (!total)
            cell.toolTip = catalog().packs().at(pack).id;
        break;
    case CallsColumn:
        cell.calls = summary.calls;
        break;
    case PostpaidOnlyColumn:
        cell.setMoney(summary.postpaidOnlyCost, summary.estimate);
        break;
    case PlanColumn:
        if (!total) {
            cell.text = PlanWording::packPurchases(s.scenario, s.scenario.purchases, catalog().packs().at(pack).id);
        } else {
            qint64 packsBought = 0;
            for (const Purchase& p : s.scenario.purchases)
                packsBought += p.count;
            // All packs together, in words: how many packs the plan buys, or none.
            cell.text = packsBought > 0
                            ? tr("%n pack(s) bought in all", nullptr, static_cast<int>(packsBought))
                            : tr("no packs: all calls billed postpaid");
        }
        break;
    case PackCostColumn:
        cell.money = summary.packCost;
        break;
    case PostpaidCostColumn:
        cell.setMoney(summary.postpaidCost, summary.estimate);
        break;
    case TotalColumn:
        cell.setMoney(summary.total(), summary.estimate);
        break;
    case SavingColumn:
        cell.setMoney(summary.saving(), summary.estimate);
        if (!summary.postpaidOnlyCost.isZero()) {
            const Int128 permille = summary.saving().micros() * 1000 / summary.postpaidOnlyCost.micros();
            cell.toolTip = tr("%1 of the postpaid-only cost")
                               .arg(Display::percent(static_cast<qint64>(permille) * 1000));
        }
        break;
    case RecommendedPlanColumn:
        if (s.optimizing) {
            cell.text = tr("calculating…");
            cell.toolTip = tr("The recommended plan for these figures is being calculated");
        } else if (recommended) {
            cell.text = PlanWording::packPurchases(s.scenario, recommended->purchases, catalog().packs().at(pack).id);
            cell.toolTip = PlanWording::explanation(s.scenario, *recommended);
        } else if (total && s.optimized) {
            qint64 packsToBuy = 0;
            for (const Purchase& p : s.optimized->scenario.purchases)
                packsToBuy += p.count;
            cell.text = packsToBuy > 0 ? tr("buy %n pack(s) in all", nullptr, static_cast<int>(packsToBuy))
                                       : tr("buy no packs: postpaid is cheapest");
        }
        break;
    case RecommendedCostColumn:
        if (recommended)
            cell.money = recommended->total();
        else if (total && s.optimized)
            cell.money = s.optimized->total();
        break;
    case RecommendedSavingColumn:
        if (recommended)
            cell.money = recommended->saving();
        else if (total && s.optimized)
            cell.money = s.optimized->saving();
        break;
    case ExpiringColumn:
        cell.calls = summary.expiredCalls + summary.unusedAtEnd;
        cell.toolTip = tr("%1 calls expire inside the plan, %2 are still valid at its end (counted as lost)")
                           .arg(Display::calls(summary.expiredCalls), Display::calls(summary.unusedAtEnd));
        break;
    case NoticesColumn:
        cell.text = total ? QString() : noticesText(pack);
        cell.toolTip = cell.text;
        break;
    }
    if (cell.formatFigure())
        cell.toolTip =
            tr("Estimate: some calls are above the top tier, which has no published price (联系商务)");

    if (const std::optional<QVariant> common = cell.commonData(role))
        return *common;
    switch (role) {
    case SortRole:
        return cell.sortKey();
    case IsTotalRole:
        return total;
    case EstimateRole:
        return cell.estimate;
    case PackIndexRole:
        return pack;
    case PackIdRole:
        return total ? QString() : catalog().packs().at(pack).id;
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeaderData(section, orientation, role);
}

TableModelBase::ColumnHeader ResultsModel::columnHeader(int column) const {
    switch (m_columns.at(column)) {
    case PackColumn:
        return {tr("Resource pack")};
    case CallsColumn:
        return {tr("Calls")};
    case PostpaidOnlyColumn:
        return {tr("Postpaid only (元)"), tr("What the same calls would cost with no packs at all")};
    case PlanColumn:
        return {tr("Plan")};
    case PackCostColumn:
        return {tr("Packs (元)")};
    case PostpaidCostColumn:
        return {tr("Postpaid (元)")};
    case TotalColumn:
        return {tr("Plan cost (元)")};
    case SavingColumn:
        return {tr("Saving (元)"), tr("Postpaid-only cost minus the plan's cost")};
    case RecommendedPlanColumn:
        return {tr("Recommended plan")};
    case RecommendedCostColumn:
        return {tr("Recommended cost (元)")};
    case RecommendedSavingColumn:
        return {tr("Recommended saving (元)")};
    case ExpiringColumn:
        return {tr("Expiring unused"),
                tr("Paid calls lost at expiry, including those still unused at the end of the plan")};
    case NoticesColumn:
        return {tr("Low-balance notices"),
                tr("Months in which Tencent Cloud would send low-balance notices for the last pack")};
    }
    return {};
}

} // namespace ocp
