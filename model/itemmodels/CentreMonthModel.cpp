#include "model/itemmodels/CentreMonthModel.h"

#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

CentreMonthModel::CentreMonthModel(PlanDocument* document, QObject* parent)
    : AccountingModelBase(document, parent) {
    rebuild();
}

void CentreMonthModel::rebuild() {
    const PlanAccounting* a = accounting();
    m_centres = a ? static_cast<int>(a->allocation.centres.size()) : 0;
    m_months = a ? a->allocation.months : 0;
}

Money CentreMonthModel::centreAmount(int centre, int column) const {
    const CentreAllocation& c = accounting()->allocation.centres.at(centre);
    if (column == totalColumn())
        return c.total;
    if (column == afterPlanColumn())
        return c.balanceAtEnd;
    const int month = column - kFirstMonthColumn;
    return month >= 0 && month < c.months.size() ? c.months.at(month).total() : Money();
}

Money CentreMonthModel::amount(int row, int column) const {
    if (row < 0 || row > m_centres || column < kFirstMonthColumn || column > totalColumn())
        return {};
    if (row < m_centres)
        return centreAmount(row, column);
    if (column == totalColumn())
        return accounting()->allocation.total;
    Money sum;
    for (int centre = 0; centre < m_centres; ++centre)
        sum += centreAmount(centre, column);
    return sum;
}

int CentreMonthModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || m_centres == 0 ? 0 : m_centres + 1;
}

int CentreMonthModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || m_centres == 0 ? 0 : totalColumn() + 1;
}

QVariant CentreMonthModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    if (role == IsTotalRole)
        return isTotalRow(row) || index.column() == totalColumn();
    if (index.column() == kCentreColumn) {
        if (isTotalRow(row))
            return role == Qt::DisplayRole || role == SortRole ? QVariant(tr("Total")) : QVariant();
        const QString name = accounting()->allocation.centres.at(row).name;
        if (role == Qt::DisplayRole || role == SortRole)
            return centreName(name);
        if (role == Qt::ToolTipRole && name == CostAllocation::kUnallocated)
            return accounting()->allocation.unusedBalance == UnusedBalanceRule::Unallocated
                       ? tr("Calls of interfaces not split between cost centres, and pack balance that was "
                            "never used")
                       : tr("Calls of interfaces not split between cost centres");
        return {};
    }
    return FigureCell::moneyData(amount(row, index.column()), role, std::nullopt);
}

QVariant CentreMonthModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == afterPlanColumn())
            return tr("Pack balance bought in the plan and still valid after its last month: charged by the "
                      "plan's rule for unused balance");
        if (section == totalColumn())
            return tr("The centre's months plus its part of the balance after the plan; the total row is "
                      "the plan's cost");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == kCentreColumn)
        return tr("Cost centre");
    if (section == afterPlanColumn())
        return tr("After the plan (元)");
    if (section == totalColumn())
        return tr("Total (元)");
    return accounting()->allocation.start.addMonths(section - kFirstMonthColumn).toString();
}

} // namespace ocp
