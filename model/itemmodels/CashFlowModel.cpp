#include "model/itemmodels/CashFlowModel.h"

#include "model/billing/Catalog.h"
#include "model/io/Display.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

CashFlowModel::CashFlowModel(PlanDocument* document, QObject* parent)
    : ResultModelBase(document, parent) {}

void CashFlowModel::onResultChanged(std::shared_ptr<const PlanSnapshot> next) {
    const bool reshape = next->result.cashFlow.size() != snapshot().result.cashFlow.size();
    showSnapshot(std::move(next), reshape);
}

int CashFlowModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(snapshot().result.cashFlow.size());
}

int CashFlowModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CashFlowModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const CashFlowMonth& cf = snapshot().result.cashFlow.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case MonthColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return cf.month.toString();
        if (role == Qt::ToolTipRole && index.row() == snapshot().result.months)
            return tr("The month after the plan: the last postpaid bill is settled");
        return {};
    case PackPurchasesColumn:
        return FigureCell::moneyData(cf.packPurchases, role);
    case BillPaidColumn:
        return FigureCell::moneyData(cf.billPaid, role);
    case FrozenColumn:
        return FigureCell::moneyData(cf.frozen, role);
    case ReleasedColumn:
        return FigureCell::moneyData(cf.released, role);
    case NetOutflowColumn:
        return FigureCell::moneyData(cf.netOutflow, role);
    case FundsRequiredColumn:
        return FigureCell::moneyData(cf.fundsRequired, role);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CashFlowModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeaderData(section, orientation, role);
}

TableModelBase::ColumnHeader CashFlowModel::columnHeader(int column) const {
    switch (column) {
    case MonthColumn:
        return {tr("Month")};
    case PackPurchasesColumn:
        return {tr("Pack purchases (元)")};
    case BillPaidColumn:
        return {tr("Bill paid (元)"), tr("Last month's postpaid bill, settled on days 1–3")};
    case FrozenColumn:
        return {tr("Frozen (元)"),
                tr("Last month's postpaid amount at list price, frozen as an estimate for this month")};
    case ReleasedColumn:
        return {tr("Released (元)"), tr("The previous freeze, released at this settlement")};
    case NetOutflowColumn:
        return {tr("Net outflow (元)")};
    case FundsRequiredColumn:
        return {tr("Funds required (元)"),
                tr("What the account must hold this month: purchases, the bill and the new freeze")};
    default:
        return {};
    }
}

} // namespace ocp
