#include "model/itemmodels/MonthlyCostModel.h"

#include "model/billing/Catalog.h"
#include "model/io/Display.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

MonthlyCostModel::MonthlyCostModel(PlanDocument* document, QObject* parent)
    : ResultModelBase(document, parent) {}

void MonthlyCostModel::onResultChanged(std::shared_ptr<const PlanSnapshot> next) {
    const bool reshape = next->result.months != snapshot().result.months;
    showSnapshot(std::move(next), reshape);
}

Money MonthlyCostModel::amount(int month, Column column) const {
    const BillingResult& r = snapshot().result;
    const BillingResult& postpaid = snapshot().postpaidOnly;
    Money sum;
    switch (column) {
    case PackPurchasesColumn:
        for (const auto& pack : r.packMonths)
            sum += pack.at(month).purchaseCost;
        return sum;
    case PostpaidColumn:
        for (const auto& pack : r.packMonths)
            sum += pack.at(month).postpaidCost;
        return sum;
    case TotalColumn:
        return r.monthTotal(month);
    case CumulativeColumn:
        for (int m = 0; m <= month; ++m)
            sum += r.monthTotal(m);
        return sum;
    case PostpaidOnlyColumn:
        return month < postpaid.months ? postpaid.monthTotal(month) : Money();
    case CumulativePostpaidOnlyColumn:
        for (int m = 0; m <= month && m < postpaid.months; ++m)
            sum += postpaid.monthTotal(m);
        return sum;
    default:
        return sum;
    }
}

int MonthlyCostModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : snapshot().result.months;
}

int MonthlyCostModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonthlyCostModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const int month = index.row();
    if (index.column() == MonthColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return snapshot().scenario.monthAt(month).toString();
        return {};
    }
    bool estimate = false;
    for (const auto& pack : snapshot().result.packMonths)
        estimate = estimate || pack.at(month).estimate;
    const auto column = static_cast<Column>(index.column());
    return FigureCell::moneyData(amount(month, column), role, estimate && column != PackPurchasesColumn);
}

QVariant MonthlyCostModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeaderData(section, orientation, role);
}

TableModelBase::ColumnHeader MonthlyCostModel::columnHeader(int column) const {
    switch (column) {
    case MonthColumn:
        return {tr("Month")};
    case PackPurchasesColumn:
        return {tr("Pack purchases")};
    case PostpaidColumn:
        return {tr("Postpaid")};
    case TotalColumn:
        return {tr("Plan cost")};
    case CumulativeColumn:
        return {tr("Plan, cumulative")};
    case PostpaidOnlyColumn:
        return {tr("Postpaid only")};
    case CumulativePostpaidOnlyColumn:
        return {tr("Postpaid only, cumulative")};
    default:
        return {};
    }
}

} // namespace ocp
