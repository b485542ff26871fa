#pragma once

#include <QModelIndex>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace ocp {

class CatalogTreeModel;
class PackDetailsModel;
class PlanDocument;

// The catalog dock: a searchable tree (category → resource pack → interface) and the details
// of the selected pack. Interfaces are added to the plan by double-click, the context menu
// or by dragging them into the volume table.
class CatalogPane : public QWidget {
    Q_OBJECT

public:
    explicit CatalogPane(PlanDocument* document, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    QLineEdit* filterEdit() const { return m_filter; }
    CatalogTreeModel* treeModel() const { return m_model; }
    QSortFilterProxyModel* filterModel() const { return m_proxy; }
    PackDetailsModel* detailsModel() const { return m_details; }
    // The heading above the details: which pack they are of.
    QLabel* detailsTitle() const { return m_detailsTitle; }

    // Shows a pack's details and selects it in the tree (e.g. when chosen in the results).
    void showPack(int pack);
    // Adds the interfaces under tree items (proxy indexes) to the plan as one edit.
    void addToPlan(const QModelIndexList& proxyIndexes);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void onCurrentChanged(const QModelIndex& current);
    void showDetails(int pack);
    void showContextMenu(const QPoint& position);

    PlanDocument* m_document;
    CatalogTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    PackDetailsModel* m_details;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    QTreeView* m_detailsView;
    QLabel* m_detailsTitle;
};

} // namespace ocp
