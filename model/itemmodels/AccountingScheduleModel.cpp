#include "model/itemmodels/AccountingScheduleModel.h"

#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

AccountingScheduleModel::AccountingScheduleModel(PlanDocument* document, QObject* parent)
    : AccountingModelBase(document, parent) {
    rebuild();
}

void AccountingScheduleModel::rebuild() {
    const PlanAccounting* a = accounting();
    m_months = a ? static_cast<int>(a->schedule.months.size()) : 0;
}

Money AccountingScheduleModel::amount(int row, Column column) const {
    if (row < 0 || row > m_months)
        return {};
    const AccountingSchedule& s = accounting()->schedule;
    AccountingMonth m;
    if (row < m_months) {
        m = s.months.at(row);
    } else {
        for (const AccountingMonth& month : s.months) {
            m.purchases += month.purchases;
            m.packExpense += month.packExpense;
            m.expiredExpense += month.expiredExpense;
            m.postpaid += month.postpaid;
        }
        m.prepaidBalance = s.prepaidAtEnd;
    }
    switch (column) {
    case PurchasesColumn:
        return m.purchases;
    case PackExpenseColumn:
        return m.packExpense;
    case ExpiredExpenseColumn:
        return m.expiredExpense;
    case PostpaidColumn:
        return m.postpaid;
    case ExpenseColumn:
        return m.expense();
    case PrepaidBalanceColumn:
        return m.prepaidBalance;
    default:
        return {};
    }
}

int AccountingScheduleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || m_months == 0 ? 0 : m_months + 1;
}

int AccountingScheduleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountingScheduleModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    if (role == IsTotalRole)
        return isTotalRow(row);
    if (index.column() == MonthColumn) {
        if (role == Qt::ToolTipRole && isTotalRow(row))
            return tr("The months added up; the prepaid balance is what is left after the plan, and the expense "
                      "plus that balance is the plan's cost");
        if (role != Qt::DisplayRole && role != SortRole)
            return {};
        return isTotalRow(row) ? tr("Total") : accounting()->schedule.months.at(row).month.toString();
    }
    return FigureCell::moneyData(amount(row, static_cast<Column>(index.column())), role, std::nullopt);
}

QVariant AccountingScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeaderData(section, orientation, role);
}

QString AccountingScheduleModel::title(Column column) {
    switch (column) {
    case MonthColumn:
        return tr("Month");
    case PurchasesColumn:
        return tr("Packs bought (元)");
    case PackExpenseColumn:
        return tr("Packs expensed (元)");
    case ExpiredExpenseColumn:
        return tr("Expired (元)");
    case PostpaidColumn:
        return tr("Postpaid (元)");
    case ExpenseColumn:
        return tr("Expense (元)");
    case PrepaidBalanceColumn:
        return tr("Prepaid at month end (元)");
    case ColumnCount:
        break;
    }
    return {};
}

TableModelBase::ColumnHeader AccountingScheduleModel::columnHeader(int column) const {
    switch (column) {
    case PurchasesColumn:
        return {title(PurchasesColumn), tr("Packs paid for this month: from the bank into the prepaid asset")};
    case PackExpenseColumn:
        return {title(PackExpenseColumn),
                tr("Prepaid packs turned into expense: by the calls they served, or evenly over their validity")};
    case ExpiredExpenseColumn:
        return {title(ExpiredExpenseColumn),
                tr("Pack balance that expired unused this month, expensed at expiry (usage method)")};
    case PostpaidColumn:
        return {title(PostpaidColumn), tr("Postpaid calls of this month, accrued to it (paid the next month)")};
    case ExpenseColumn:
        return {title(ExpenseColumn), tr("Packs expensed, expired and postpaid")};
    case PrepaidBalanceColumn:
        return {title(PrepaidBalanceColumn), tr("The prepaid asset: packs bought so far minus what was expensed")};
    default:
        return {title(static_cast<Column>(column))};
    }
}

} // namespace ocp
