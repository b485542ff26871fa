#pragma once

#include "model/billing/AccountingSchedule.h"
#include "model/itemmodels/AccountingModelBase.h"

namespace ocp {

// The plan's packs in the ledger, one row per month and a total row: packs bought (into
// prepaid), packs expensed (by usage or straight-line), balance expensed at expiry, postpaid
// accrued, the month's expense and the prepaid balance at its end. The total row's prepaid
// balance is what is left after the plan; its expense plus that balance is the plan's cost.
class AccountingScheduleModel : public AccountingModelBase {
    Q_OBJECT

public:
    enum Column {
        MonthColumn,
        PurchasesColumn,
        PackExpenseColumn,
        ExpiredExpenseColumn,
        PostpaidColumn,
        ExpenseColumn,
        PrepaidBalanceColumn,
        ColumnCount
    };

    explicit AccountingScheduleModel(PlanDocument* document, QObject* parent = nullptr);

    int months() const { return m_months; }
    bool isTotalRow(int row) const { return row == m_months; }
    // The exact amount of a cell of figures.
    Money amount(int row, Column column) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString title(Column column);

protected:
    void rebuild() override;

private:
    ColumnHeader columnHeader(int column) const override;

    int m_months = 0;
};

} // namespace ocp
