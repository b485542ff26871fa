#include "model/itemmodels/LedgerModel.h"

#include "model/billing/Catalog.h"
#include "model/io/Display.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

LedgerModel::LedgerModel(PlanDocument* document, QObject* parent)
    : ResultModelBase(document, parent) {}

void LedgerModel::setPack(int pack) {
    if (pack >= catalog().packs().size())
        pack = -1;
    if (pack == m_pack)
        return;
    m_pack = pack;
    allDataChanged();
}

void LedgerModel::onResultChanged(std::shared_ptr<const PlanSnapshot> next) {
    const bool reshape = next->result.months != months();
    showSnapshot(std::move(next), reshape);
}

int LedgerModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || months() == 0)
        return 0;
    return months() + 1;
}

int LedgerModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

PackMonth LedgerModel::row(int month) const {
    const BillingResult& r = snapshot().result;
    PackMonth sum;
    const bool total = month == r.months;
    for (int p = 0; p < r.packMonths.size(); ++p) {
        if (m_pack >= 0 && p != m_pack)
            continue;
        if (!total) {
            const PackMonth& m = r.packMonths.at(p).at(month);
            if (m_pack >= 0)
                return m;
            sum.add(m);
            sum.balance += m.balance;
        } else {
            for (const PackMonth& m : r.packMonths.at(p))
                sum.add(m);
            sum.balance += r.packMonths.at(p).constLast().balance;
        }
    }
    return sum;
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() > months())
        return {};
    const int month = index.row();
    const bool total = month == months();
    const PackMonth m = row(month);
    const Column column = static_cast<Column>(index.column());
    FigureCell cell;
    switch (column) {
    case MonthColumn:
        cell.text = total ? tr("Total") : snapshot().scenario.monthAt(month).toString();
        break;
    case CallsColumn:
        cell.calls = m.calls;
        break;
    case FreeColumn:
        cell.calls = m.freeCalls;
        break;
    case FromPacksColumn:
        cell.calls = m.packCalls;
        break;
    case PostpaidCallsColumn:
        cell.calls = m.postpaidCalls;
        break;
    case TierColumn:
        cell.alignRight = true;
        if (!total && m_pack >= 0) {
            const PostpaidGroup& g = catalog().postpaidGroups().at(catalog().groupOfPack(m_pack));
            if (m.tier < 0) {
                cell.text = QStringLiteral("–");
            } else if (m.tier >= g.tiers.size()) {
                cell.text = tr("above %1").arg(g.tiers.size());
                cell.toolTip = tr("Above %1 calls a month: no published price")
                                   .arg(Display::calls(g.tiers.constLast().upTo));
            } else {
                cell.text = QString::number(m.tier + 1);
                cell.toolTip = tr("Tier %1: up to %2 calls a month for the group")
                                   .arg(m.tier + 1)
                                   .arg(Display::calls(g.tiers.at(m.tier).upTo));
            }
        }
        break;
    case UnitPriceColumn:
        cell.alignRight = true;
        if (!total && m_pack >= 0 && m.tier >= 0) {
            cell.text = Display::unitPrice(m.unitPrice);
            if (m.estimate)
                cell.text.prepend(QStringLiteral("≈ "));
        }
        break;
    case PostpaidCostColumn:
        cell.setMoney(m.postpaidCost, m.estimate);
        break;
    case BoughtColumn:
        cell.calls = m.purchasedCalls;
        break;
    case PurchaseCostColumn:
        cell.money = m.purchaseCost;
        break;
    case ExpiredColumn:
        cell.calls = m.expiredCalls;
        break;
    case BalanceColumn:
        cell.calls = m.balance;
        if (total)
            cell.toolTip = tr("Balance still valid at the end of the plan");
        break;
    case MonthTotalColumn:
        cell.setMoney(m.total(), m.estimate);
        break;
    case ColumnCount:
        break;
    }
    if (cell.formatFigure())
        cell.toolTip = tr("Estimate: priced above the top tier, which has no published price (联系商务)");
    if (const std::optional<QVariant> common = cell.commonData(role))
        return *common;
    switch (role) {
    case IsTotalRole:
        return total;
    case EstimateRole:
        return cell.estimate;
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeaderData(section, orientation, role);
}

TableModelBase::ColumnHeader LedgerModel::columnHeader(int column) const {
    switch (column) {
    case MonthColumn:
        return {tr("Month")};
    case CallsColumn:
        return {tr("Calls")};
    case FreeColumn:
        return {tr("Free")};
    case FromPacksColumn:
        return {tr("From packs")};
    case PostpaidCallsColumn:
        return {tr("Postpaid calls")};
    case TierColumn:
        return {tr("Tier")};
    case UnitPriceColumn:
        return {tr("Unit price (元)")};
    case PostpaidCostColumn:
        return {tr("Postpaid (元)")};
    case BoughtColumn:
        return {tr("Bought calls")};
    case PurchaseCostColumn:
        return {tr("Purchases (元)")};
    case ExpiredColumn:
        return {tr("Expired")};
    case BalanceColumn:
        return {tr("Balance")};
    case MonthTotalColumn:
        return {tr("Month cost (元)")};
    default:
        return {};
    }
}

} // namespace ocp
