#pragma once

#include "model/billing/Money.h"
#include "model/itemmodels/AccountingModelBase.h"

namespace ocp {

// Who pays for what, month by month: one row per cost centre (named centres, then
// Unallocated) and a total row; a column per month of the horizon, the pack balance still
// valid after the plan, and each centre's total. The total row adds up to the plan's cost.
class CentreMonthModel : public AccountingModelBase {
    Q_OBJECT

public:
    static constexpr int kCentreColumn = 0;
    static constexpr int kFirstMonthColumn = 1;

    explicit CentreMonthModel(PlanDocument* document, QObject* parent = nullptr);

    int months() const { return m_months; }
    int centreCount() const { return m_centres; }
    int afterPlanColumn() const { return kFirstMonthColumn + m_months; }
    int totalColumn() const { return afterPlanColumn() + 1; }
    bool isTotalRow(int row) const { return row == m_centres; }
    // The exact amount of a cell (rows of centres and the total row, columns of figures).
    Money amount(int row, int column) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void rebuild() override;

private:
    Money centreAmount(int centre, int column) const;

    int m_centres = 0;
    int m_months = 0;
};

} // namespace ocp
