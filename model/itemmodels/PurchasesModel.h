#pragma once

#include "model/itemmodels/TableModelBase.h"

namespace ocp {

class PlanDocument;

// The scenario's purchases (the plan editor): month, resource pack, size and count, with
// the cost at the plan's prices. Editable in place; adding, changing and removing a purchase
// are edits of the document, so the results update at once and each step can be undone.
class PurchasesModel : public TableModelBase {
    Q_OBJECT

public:
    enum Column { MonthColumn, PackColumn, SizeColumn, CountColumn, CostColumn, ColumnCount };

    explicit PurchasesModel(PlanDocument* document, QObject* parent = nullptr);

    // Adds one pack of a sensible size (the largest not above the pack's calls in the plan) in
    // the first month. Returns false and sets `message` when refused.
    bool addPurchase(const QString& packId, QString* message = nullptr);
    bool removePurchases(const QList<int>& rows, QString* message = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void inputRejected(const QString& message);

private:
    void onScenarioReplaced();

    PlanDocument* m_document;
    int m_rows = 0;
};

} // namespace ocp
