#include "CatalogPane.h"

#include "PlannerDelegate.h"
#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/CatalogTreeModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/PackDetailsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace ocp {

CatalogPane::CatalogPane(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new CatalogTreeModel(document->catalog(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_details(new PackDetailsModel(document, this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_detailsView(new QTreeView(this))
    , m_detailsTitle(new QLabel(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    // Names never change with edits: filter when the search text changes, not on every edit.
    m_proxy->setDynamicSortFilter(false);
    m_proxy->setAutoAcceptChildRows(true); // a matching pack shows all its interfaces
    m_proxy->setFilterRole(SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("catalogFilter"));
    m_filter->setPlaceholderText(tr("Search by name or API, e.g. 身份证 / ID card / IDCardOCR"));
    m_filter->setClearButtonEnabled(true);

    m_tree->setObjectName(QStringLiteral("catalogTree"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new PlannerDelegate(m_tree));
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CatalogTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CatalogTreeModel::IdColumn, QHeaderView::ResizeToContents);
    m_tree->expandToDepth(0);

    m_detailsTitle->setWordWrap(true);
    m_detailsTitle->setText(tr("Select a resource pack to see its prices."));
    m_detailsView->setObjectName(QStringLiteral("packDetails"));
    m_detailsView->setModel(m_details);
    m_detailsView->setItemDelegate(new PlannerDelegate(m_detailsView));
    m_detailsView->setUniformRowHeights(true);
    m_detailsView->setAlternatingRowColors(true);
    // The price column always fits; long values are elided rather than pushing it out of sight.
    m_detailsView->header()->setStretchLastSection(false);
    m_detailsView->header()->setSectionResizeMode(PackDetailsModel::ItemColumn,
                                                  QHeaderView::ResizeToContents);
    m_detailsView->header()->setSectionResizeMode(PackDetailsModel::ValueColumn, QHeaderView::Stretch);
    m_detailsView->header()->setSectionResizeMode(PackDetailsModel::PerCallColumn,
                                                  QHeaderView::ResizeToContents);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_detailsView);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_filter);
    topLayout->addWidget(m_tree);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (text.trimmed().isEmpty())
            m_tree->expandToDepth(0);
        else
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.data(KindRole).toInt() == CatalogTreeModel::InterfaceItem)
            addToPlan({index});
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &CatalogPane::showContextMenu);
    connect(m_details, &QAbstractItemModel::modelReset, m_detailsView, &QTreeView::expandAll);
}

void CatalogPane::onCurrentChanged(const QModelIndex& current) {
    const int pack = current.data(PackIndexRole).toInt();
    if (!current.isValid() || pack < 0)
        return;
    showDetails(pack);
}

void CatalogPane::showDetails(int pack) {
    // The heading and the prices change together, whichever way the pack was chosen.
    m_details->setPack(pack);
    const ResourcePack& rp = m_document->catalog().packs().at(pack);
    m_detailsTitle->setText(
        QStringLiteral("<b>%1</b> <span style='color:gray'>%2</span>")
            .arg(Display::name(rp.name, rp.nameEn).toHtmlEscaped(), rp.id.toHtmlEscaped()));
}

void CatalogPane::showPack(int pack) {
    if (pack < 0 || pack >= m_document->catalog().packs().size())
        return;
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, 0), PackIndexRole, pack, 1, Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex& index : found) {
        if (index.data(KindRole).toInt() == CatalogTreeModel::PackItem) {
            m_tree->setCurrentIndex(index);
            m_tree->scrollTo(index);
            return;
        }
    }
    // Hidden by the filter: show the details anyway, and leave no other pack current in the
    // tree (choosing it again would then change nothing).
    m_tree->setCurrentIndex(QModelIndex());
    showDetails(pack);
}

void CatalogPane::addToPlan(const QModelIndexList& proxyIndexes) {
    QStringList ids;
    for (const QModelIndex& index : proxyIndexes) {
        for (const QString& id : m_model->interfaceIds(m_proxy->mapToSource(index.siblingAtColumn(0)))) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    if (ids.isEmpty())
        return;
    const auto before = m_document->scenario().volumes.size();
    try {
        m_document->addInterfaces(ids);
    } catch (const InputError& e) {
        Q_EMIT statusMessage(e.message());
        return;
    }
    const auto added = m_document->scenario().volumes.size() - before;
    if (added == 0)
        Q_EMIT statusMessage(tr("Already in the plan"));
    else
        Q_EMIT statusMessage(tr("Added %n interface(s) to the plan; enter their monthly calls in the table",
                                nullptr, static_cast<int>(added)));
}

void CatalogPane::showContextMenu(const QPoint& position) {
    const QModelIndex index = m_tree->indexAt(position);
    if (!index.isValid() || index.data(KindRole).toInt() == CatalogTreeModel::CategoryItem)
        return;
    QMenu menu(this);
    QAction* add = menu.addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add to the plan"));
    if (menu.exec(m_tree->viewport()->mapToGlobal(position)) == add) {
        const QModelIndexList selected = m_tree->selectionModel()->selectedRows();
        addToPlan(selected.contains(index) ? selected : QModelIndexList{index});
    }
}

} // namespace ocp
