#pragma once

#include "model/itemmodels/ResultModelBase.h"

namespace ocp {

// Money movements per month (R5): pack purchases, last month's postpaid bill, the amount
// frozen as an estimate and released, and the funds the account must hold.
class CashFlowModel : public ResultModelBase {
    Q_OBJECT

public:
    enum Column {
        MonthColumn,
        PackPurchasesColumn,
        BillPaidColumn,
        FrozenColumn,
        ReleasedColumn,
        NetOutflowColumn,
        FundsRequiredColumn,
        ColumnCount
    };

    explicit CashFlowModel(PlanDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void onResultChanged(std::shared_ptr<const PlanSnapshot> next) override;

private:
    ColumnHeader columnHeader(int column) const override;
};

} // namespace ocp
