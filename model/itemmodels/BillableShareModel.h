#pragma once

#include "model/itemmodels/TableModelBase.h"

#include <QStringList>

namespace ocp {

class PlanDocument;

// The billable share (success rate, R7) of each interface in the plan: only successfully
// recognised images of the legacy multi-image API are billed. Editable as a percentage.
class BillableShareModel : public TableModelBase {
    Q_OBJECT

public:
    enum Column { InterfaceColumn, ShareColumn, ColumnCount };

    explicit BillableShareModel(PlanDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void inputRejected(const QString& message);

private:
    QStringList orderedInterfaces() const;

    PlanDocument* m_document;
    QStringList m_rows;
};

} // namespace ocp
