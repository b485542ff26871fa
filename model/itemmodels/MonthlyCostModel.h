#pragma once

#include "model/itemmodels/ResultModelBase.h"

namespace ocp {

// Cost of the plan per month, and what postpaid alone would cost, with running totals:
// the data behind the monthly and cumulative charts.
class MonthlyCostModel : public ResultModelBase {
    Q_OBJECT

public:
    enum Column {
        MonthColumn,
        PackPurchasesColumn,
        PostpaidColumn,
        TotalColumn,
        CumulativeColumn,
        PostpaidOnlyColumn,
        CumulativePostpaidOnlyColumn,
        ColumnCount
    };

    explicit MonthlyCostModel(PlanDocument* document, QObject* parent = nullptr);

    // The exact amount of a cell (for charts and tests).
    Money amount(int month, Column column) const;

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
