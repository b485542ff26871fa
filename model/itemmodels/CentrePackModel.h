#pragma once

#include "model/billing/Money.h"
#include "model/itemmodels/AccountingModelBase.h"

#include <QList>

namespace ocp {

// Who pays for which pack: one row per catalog pack the plan's calls went to (free quota,
// packs, postpaid) over the whole horizon, then the pack balance still valid after the plan
// and a total row; a column per cost centre (named centres, then Unallocated) and a total.
// The total row's total is the plan's cost.
class CentrePackModel : public AccountingModelBase {
    Q_OBJECT

public:
    static constexpr int kPackColumn = 0;
    static constexpr int kFirstCentreColumn = 1;

    explicit CentrePackModel(PlanDocument* document, QObject* parent = nullptr);

    int centreCount() const { return m_centres; }
    int totalColumn() const { return kFirstCentreColumn + m_centres; }
    // The catalog packs of the rows.
    const QList<int>& packs() const { return m_packs; }
    int afterPlanRow() const { return static_cast<int>(m_packs.size()); }
    int totalRow() const { return afterPlanRow() + 1; }
    // The exact amount of a cell of figures.
    Money amount(int row, int column) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void rebuild() override;

private:
    Money centreAmount(int row, int centre) const;

    int m_centres = 0;
    QList<int> m_packs;
};

} // namespace ocp
