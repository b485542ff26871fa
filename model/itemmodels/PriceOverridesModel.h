#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace ocp {

class PlanDocument;

// Discounted or negotiated prices of the plan (R8) as a tree: prepaid pack prices per pack
// and size, postpaid unit prices per group and tier. The third column is editable: a price
// replaces the list price, an empty cell restores it. Each change is one edit of the document.
class PriceOverridesModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { ItemColumn, ListPriceColumn, YourPriceColumn, ColumnCount };

    explicit PriceOverridesModel(PlanDocument* document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void inputRejected(const QString& message);

private:
    enum Kind { PacksSection, GroupsSection, PackItem, GroupItem, SizeItem, TierItem };
    struct Node {
        Kind kind = PacksSection;
        int entity = -1; // pack or group index
        int sub = -1;    // size or tier index
        int parent = -1;
        int row = 0;
        QList<int> children;
    };

    const Node* node(const QModelIndex& index) const;
    void emitAllChanged(int nodeIndex);

    PlanDocument* m_document;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
};

} // namespace ocp
