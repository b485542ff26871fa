#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace ocp {

class PlanDocument;

// What a finance user needs to know about one resource pack, as a two-level tree: prepaid
// sizes with their price per call, the postpaid tiers of its billing group, the free quota,
// validity, the interfaces that share it and the packs billed in the same postpaid group.
// Prices are the plan's effective prices (overrides applied, list price in the tooltip).
class PackDetailsModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { ItemColumn, ValueColumn, PerCallColumn, ColumnCount };

    explicit PackDetailsModel(PlanDocument* document, QObject* parent = nullptr);

    // -1 shows nothing.
    void setPack(int pack);
    int pack() const { return m_pack; }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item {
        int parent = -1;
        int row = 0;
        QList<int> children;
        QString text[ColumnCount];
        QString toolTip;
        bool overridden = false;
    };

    QList<Item> build() const;
    void setItems(QList<Item> items);
    void refresh();

    PlanDocument* m_document;
    int m_pack = -1;
    QList<Item> m_items;
    QList<int> m_topLevel;
};

} // namespace ocp
