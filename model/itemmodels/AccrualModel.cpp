#include "model/itemmodels/AccrualModel.h"

#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

AccrualModel::AccrualModel(PlanDocument* document, QObject* parent)
    : ResultModelBase(document, parent) {
    rebuild();
}

void AccrualModel::rebuild() {
    m_schedule = snapshot().isValid()
                     ? AccrualSchedule::build(catalog(), snapshot().scenario, snapshot().result)
                     : AccrualSchedule();
}

void AccrualModel::onResultChanged(std::shared_ptr<const PlanSnapshot> next) {
    const bool sameShape = next->result.months == snapshot().result.months &&
                           next->result.start == snapshot().result.start &&
                           next->isValid() == snapshot().isValid();
    showSnapshot(std::move(next), !sameShape, [this] { rebuild(); });
}

AccrualModel::RowKind AccrualModel::rowKind(int row) const {
    const auto months = m_schedule.months.size();
    if (row < months)
        return RowKind::Month;
    if (row < months + m_schedule.byYear.size())
        return RowKind::Year;
    return RowKind::PrepaidAtEnd;
}

AccrualMonth AccrualModel::yearTotals(int year) const {
    AccrualMonth sum;
    for (const AccrualMonth& m : m_schedule.months) {
        if (m.month.year() == year) {
            sum.packUsage += m.packUsage;
            sum.expiryLoss += m.expiryLoss;
            sum.postpaid += m.postpaid;
        }
    }
    return sum;
}

Money AccrualModel::amount(int row, Column column) const {
    AccrualMonth m;
    switch (rowKind(row)) {
    case RowKind::Month:
        m = m_schedule.months.at(row);
        break;
    case RowKind::Year:
        m = yearTotals(years().at(row - static_cast<int>(m_schedule.months.size())));
        break;
    case RowKind::PrepaidAtEnd:
        return column == TotalColumn ? m_schedule.prepaidAtEnd : Money();
    }
    switch (column) {
    case PackUsageColumn:
        return m.packUsage;
    case ExpiryLossColumn:
        return m.expiryLoss;
    case PostpaidColumn:
        return m.postpaid;
    case TotalColumn:
        return m.total();
    default:
        return {};
    }
}

int AccrualModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_schedule.months.isEmpty())
        return 0;
    return static_cast<int>(m_schedule.months.size() + m_schedule.byYear.size()) + 1;
}

int AccrualModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccrualModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const RowKind kind = rowKind(row);
    if (role == IsTotalRole)
        return kind != RowKind::Month;
    if (index.column() == PeriodColumn) {
        if (role == Qt::ToolTipRole && kind == RowKind::PrepaidAtEnd)
            return tr(
                "The price of pack calls still valid after the plan's last month: a prepaid balance that "
                "belongs to later budgets");
        if (role != Qt::DisplayRole && role != SortRole)
            return {};
        switch (kind) {
        case RowKind::Month:
            return m_schedule.months.at(row).month.toString();
        case RowKind::Year:
            return tr("Budget year %1").arg(years().at(row - static_cast<int>(m_schedule.months.size())));
        case RowKind::PrepaidAtEnd:
            return tr("Prepaid beyond the plan");
        }
        return {};
    }
    if (kind == RowKind::PrepaidAtEnd && index.column() != TotalColumn)
        return {};
    return FigureCell::moneyData(amount(row, static_cast<Column>(index.column())), role);
}

QVariant AccrualModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PackUsageColumn:
            return tr("The share of pack prices for the calls the packs served this month");
        case ExpiryLossColumn:
            return tr("The share of pack prices for calls that expired unused at the end of this month");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case PackUsageColumn:
        return tr("Packs used (元)");
    case ExpiryLossColumn:
        return tr("Expired (元)");
    case PostpaidColumn:
        return tr("Postpaid (元)");
    case TotalColumn:
        return tr("Cost of the period (元)");
    default:
        return {};
    }
}

} // namespace ocp
