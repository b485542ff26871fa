#pragma once

#include "model/itemmodels/TableModelBase.h"

namespace ocp {

class PlanDocument;

// The packs the account holds when the plan starts (bought before it): pack, size, calls left
// on each pack, last usable month and how many, edited in place; and from the current results
// what became of them: calls at the start, used, lost at expiry and still unused at the end.
// Adding, changing and removing a holding are edits of the document, each one undo step; a
// value the plan cannot hold is refused with the reason (inputRejected) and nothing changes.
class HoldingsModel : public TableModelBase {
    Q_OBJECT

public:
    enum Column {
        PackColumn,
        SizeColumn,
        RemainingColumn,
        ExpiresColumn,
        CountColumn,
        AtStartColumn,
        UsedColumn,
        ExpiredColumn,
        UnusedColumn,
        ColumnCount
    };

    explicit HoldingsModel(PlanDocument* document, QObject* parent = nullptr);

    // Adds one full pack of `packId`'s smallest size, usable as long as a pack bought before
    // the start can be. Returns false and sets `message` when refused.
    bool addHolding(const QString& packId, QString* message = nullptr);
    bool removeHoldings(const QList<int>& rows, QString* message = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void inputRejected(const QString& message);

protected:
    ColumnHeader columnHeader(int column) const override;

private:
    void onScenarioReplaced();
    void onResultChanged();
    QVariant resultData(int row, int column, int role) const;

    PlanDocument* m_document;
    int m_rows = 0;
};

} // namespace ocp
