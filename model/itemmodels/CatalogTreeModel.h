#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace ocp {

class Catalog;

// The catalog as a tree: service category → resource pack → interface. A pack whose
// interfaces belong to two categories (通用证照识别 also serves 机动车登记证书识别) appears
// under each of them, with the interfaces of that category. Read-only; interfaces can be
// dragged into the volume table.
class CatalogTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Kind { CategoryItem, PackItem, InterfaceItem };
    enum Column { NameColumn, IdColumn, ColumnCount };

    // The MIME type of dragged interfaces (InterfaceDrag), under the name callers know it by.
    static const QString& kInterfaceMimeType;

    explicit CatalogTreeModel(const Catalog& catalog, QObject* parent = nullptr);

    // Names follow the display language (Display::name); call after changing it.
    void refreshNames();

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    // Interfaces under an item (itself, or all interfaces listed below a pack or category).
    QStringList interfaceIds(const QModelIndex& index) const;

private:
    struct Node {
        Kind kind = CategoryItem;
        int catalogIndex = -1; // category, pack or interface index in the catalog
        int parent = -1;       // index into m_nodes, -1 for top level
        int row = 0;
        QList<int> children;
    };

    const Node* node(const QModelIndex& index) const;

    const Catalog* m_catalog;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
};

} // namespace ocp
