#pragma once

#include "model/itemmodels/ResultModelBase.h"

namespace ocp {

struct PackMonth;

// The month-by-month ledger of one resource pack (or of all packs together): where the
// calls went (free quota, packs, postpaid), the postpaid tier and price, purchases, calls
// lost at expiry and the balance carried on, with a total row.
class LedgerModel : public ResultModelBase {
    Q_OBJECT

public:
    enum Column {
        MonthColumn,
        CallsColumn,
        FreeColumn,
        FromPacksColumn,
        PostpaidCallsColumn,
        TierColumn,
        UnitPriceColumn,
        PostpaidCostColumn,
        BoughtColumn,
        PurchaseCostColumn,
        ExpiredColumn,
        BalanceColumn,
        MonthTotalColumn,
        ColumnCount
    };

    explicit LedgerModel(PlanDocument* document, QObject* parent = nullptr);

    // -1 sums all resource packs (tier and unit price are then left empty).
    void setPack(int pack);
    int pack() const { return m_pack; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void onResultChanged(std::shared_ptr<const PlanSnapshot> next) override;

private:
    ColumnHeader columnHeader(int column) const override;
    PackMonth row(int month) const; // month == months: the total
    int months() const { return snapshot().result.months; }

    int m_pack = -1;
};

} // namespace ocp
