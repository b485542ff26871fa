#pragma once

#include "model/billing/AccrualSchedule.h"
#include "model/itemmodels/ResultModelBase.h"

namespace ocp {

// The budget-year (accrual) view of the current scenario: per month the share of pack prices
// for the calls served, the price of calls that expired, and postpaid cost; then one row per
// calendar year, and the prepaid balance still valid after the plan's last month. The year
// rows plus that balance add up to the plan's cost.
class AccrualModel : public ResultModelBase {
    Q_OBJECT

public:
    enum Column { PeriodColumn, PackUsageColumn, ExpiryLossColumn, PostpaidColumn, TotalColumn, ColumnCount };
    enum class RowKind { Month, Year, PrepaidAtEnd };

    explicit AccrualModel(PlanDocument* document, QObject* parent = nullptr);

    const AccrualSchedule& schedule() const { return m_schedule; }
    QList<int> years() const { return m_schedule.byYear.keys(); }
    RowKind rowKind(int row) const;
    // The exact amount of a cell; zero where the row has no such figure.
    Money amount(int row, Column column) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void onResultChanged(std::shared_ptr<const PlanSnapshot> next) override;

private:
    void rebuild();
    AccrualMonth yearTotals(int year) const;

    AccrualSchedule m_schedule;
};

} // namespace ocp
