#pragma once

#include "model/io/PackInventoryImport.h"
#include "model/itemmodels/TableModelBase.h"

namespace ocp {

class Catalog;

// The holdings a resource-pack list will add to a plan, before they do: one row per holding
// (rows of the list alike merged, with their count), with the lines of the list it came from.
class PackInventoryModel : public TableModelBase {
    Q_OBJECT

public:
    enum Column {
        PackColumn,
        SizeColumn,
        RemainingColumn,
        CountColumn,
        CallsLeftColumn,
        ExpiresColumn,
        LinesColumn,
        ColumnCount
    };

    explicit PackInventoryModel(const Catalog& catalog, QObject* parent = nullptr);

    void setInventory(const PackInventory& inventory);
    const PackInventory& inventory() const { return m_inventory; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ColumnHeader columnHeader(int column) const override;

    const Catalog* m_catalog;
    PackInventory m_inventory;
};

} // namespace ocp
