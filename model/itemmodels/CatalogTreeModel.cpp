#include "model/itemmodels/CatalogTreeModel.h"

#include "model/billing/Catalog.h"
#include "model/io/Display.h"
#include "model/itemmodels/InterfaceDrag.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

const QString& CatalogTreeModel::kInterfaceMimeType = InterfaceDrag::kMimeType;

CatalogTreeModel::CatalogTreeModel(const Catalog& catalog, QObject* parent)
    : QAbstractItemModel(parent)
    , m_catalog(&catalog) {
    const auto& categories = catalog.categories();
    for (int c = 0; c < categories.size(); ++c) {
        const int categoryNode = static_cast<int>(m_nodes.size());
        m_nodes.append(Node{CategoryItem, c, -1, static_cast<int>(m_topLevel.size()), {}});
        m_topLevel.append(categoryNode);
        for (int p = 0; p < catalog.packs().size(); ++p) {
            QList<int> apis;
            for (int api : catalog.interfacesOfPack(p)) {
                if (catalog.interfaces().at(api).categoryId == categories.at(c).id)
                    apis.append(api);
            }
            // A pack is listed where its interfaces are, and under its own category even if
            // (unusually) none of its interfaces is there.
            if (apis.isEmpty() && catalog.packs().at(p).categoryId != categories.at(c).id)
                continue;
            const int packNode = static_cast<int>(m_nodes.size());
            m_nodes.append(
                Node{PackItem, p, categoryNode, static_cast<int>(m_nodes[categoryNode].children.size()), {}});
            m_nodes[categoryNode].children.append(packNode);
            for (int api : std::as_const(apis)) {
                const int apiNode = static_cast<int>(m_nodes.size());
                m_nodes.append(Node{
                    InterfaceItem, api, packNode, static_cast<int>(m_nodes[packNode].children.size()), {}});
                m_nodes[packNode].children.append(apiNode);
            }
        }
    }
}

void CatalogTreeModel::refreshNames() {
    // Names change in place; the tree's shape does not.
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node& n = m_nodes.at(i);
        const QModelIndex first = createIndex(n.row, 0, quintptr(i));
        Q_EMIT dataChanged(first, first, {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

const CatalogTreeModel::Node* CatalogTreeModel::node(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes.at(static_cast<qsizetype>(index.internalId()));
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int>& children = parent.isValid() ? node(parent)->children : m_topLevel;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex CatalogTreeModel::parent(const QModelIndex& child) const {
    const Node* n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int CatalogTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(node(parent)->children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant CatalogTreeModel::data(const QModelIndex& index, int role) const {
    const Node* n = node(index);
    if (!n)
        return {};
    QString id;
    QString name;
    QString nameEn;
    int pack = -1;
    switch (n->kind) {
    case CategoryItem: {
        const Category& c = m_catalog->categories().at(n->catalogIndex);
        id = c.id;
        name = c.name;
        nameEn = c.nameEn;
        break;
    }
    case PackItem: {
        const ResourcePack& p = m_catalog->packs().at(n->catalogIndex);
        id = p.id;
        name = p.name;
        nameEn = p.nameEn;
        pack = n->catalogIndex;
        break;
    }
    case InterfaceItem: {
        const OcrInterface& api = m_catalog->interfaces().at(n->catalogIndex);
        id = api.id;
        name = api.name;
        nameEn = api.nameEn;
        pack = api.pack;
        break;
    }
    }
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? Display::name(name, nameEn) : id;
    case Qt::ToolTipRole:
        if (n->kind == InterfaceItem)
            return tr("%1 (%2): double-click or drag into the volume table to plan its calls")
                .arg(Display::name(name, nameEn), id);
        if (n->kind == PackItem) {
            return tr("Resource pack %1, shared by %n interface(s)", nullptr,
                      static_cast<int>(m_catalog->interfacesOfPack(n->catalogIndex).size()))
                .arg(Display::name(name, nameEn));
        }
        return Display::name(name, nameEn);
    case KindRole:
        return n->kind;
    case PackIndexRole:
        return pack;
    case PackIdRole:
        return pack >= 0 ? m_catalog->packs().at(pack).id : QString();
    case InterfaceIdRole:
        return n->kind == InterfaceItem ? id : QString();
    case SearchTextRole:
        return QStringList{id, name, nameEn}.join(u'\n');
    default:
        return {};
    }
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

Qt::ItemFlags CatalogTreeModel::flags(const QModelIndex& index) const {
    const Node* n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (n->kind != CategoryItem)
        f |= Qt::ItemIsDragEnabled;
    if (n->kind == InterfaceItem)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QStringList CatalogTreeModel::mimeTypes() const {
    return {InterfaceDrag::kMimeType};
}

QStringList CatalogTreeModel::interfaceIds(const QModelIndex& index) const {
    const Node* n = node(index);
    if (!n)
        return {};
    if (n->kind == InterfaceItem)
        return {m_catalog->interfaces().at(n->catalogIndex).id};
    QStringList ids;
    for (int row = 0; row < n->children.size(); ++row)
        ids += interfaceIds(this->index(row, 0, index.siblingAtColumn(0)));
    return ids;
}

QMimeData* CatalogTreeModel::mimeData(const QModelIndexList& indexes) const {
    QStringList ids;
    for (const QModelIndex& index : indexes) {
        if (index.column() != 0)
            continue;
        for (const QString& id : interfaceIds(index)) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    if (ids.isEmpty())
        return nullptr;
    return InterfaceDrag::encode(ids);
}

} // namespace ocp
