#pragma once

#include "model/itemmodels/TableModelBase.h"

#include <QPair>

namespace ocp {

class PlanDocument;

// Who uses each interface's calls: one row per interface and cost centre of the current
// scenario's splits. An interface split by shares shows each centre's share (all months, then
// each month); one split by volumes shows each centre's calls per month and its total. Shares
// are typed in percent ("60" or "60 %"), calls as in the volume table; each edit is one undo
// step of the document, and a value the split cannot hold is refused with the reason
// (inputRejected), leaving the old value.
class CostCentresModel : public TableModelBase {
    Q_OBJECT

public:
    enum Column { InterfaceColumn, CentreColumn, ModeColumn, AllMonthsColumn, FirstMonthColumn };

    explicit CostCentresModel(PlanDocument* document, QObject* parent = nullptr);

    QString interfaceAt(int row) const;
    QString centreAt(int row) const;
    // The row of `centre` in `interfaceId`'s split, -1 if none.
    int rowOf(const QString& interfaceId, const QString& centre) const;

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
    using Row = QPair<QString, QString>; // interface id, centre
    QList<Row> rowsOf() const;
    void onScenarioReplaced();

    PlanDocument* m_document;
    QList<Row> m_rows;
    int m_months = 0;
};

} // namespace ocp
