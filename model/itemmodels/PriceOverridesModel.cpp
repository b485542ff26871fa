#include "model/itemmodels/PriceOverridesModel.h"

#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

PriceOverridesModel::PriceOverridesModel(PlanDocument* document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document) {
    const Catalog& catalog = document->catalog();
    auto add = [this](Kind kind, int entity, int sub, int parentNode) {
        Node n;
        n.kind = kind;
        n.entity = entity;
        n.sub = sub;
        n.parent = parentNode;
        const int at = static_cast<int>(m_nodes.size());
        if (parentNode < 0) {
            n.row = static_cast<int>(m_topLevel.size());
            m_topLevel.append(at);
        } else {
            n.row = static_cast<int>(m_nodes[parentNode].children.size());
            m_nodes[parentNode].children.append(at);
        }
        m_nodes.append(n);
        return at;
    };
    const int packs = add(PacksSection, -1, -1, -1);
    for (int p = 0; p < catalog.packs().size(); ++p) {
        const int packNode = add(PackItem, p, -1, packs);
        for (int s = 0; s < catalog.packs().at(p).sizes.size(); ++s)
            add(SizeItem, p, s, packNode);
    }
    const int groups = add(GroupsSection, -1, -1, -1);
    for (int g = 0; g < catalog.postpaidGroups().size(); ++g) {
        const int groupNode = add(GroupItem, g, -1, groups);
        for (int t = 0; t < catalog.postpaidGroups().at(g).tiers.size(); ++t)
            add(TierItem, g, t, groupNode);
    }
    connect(document, &PlanDocument::scenarioReplaced, this, [this] {
        const int first = m_topLevel.constFirst();
        const int last = m_topLevel.constLast();
        Q_EMIT dataChanged(createIndex(0, YourPriceColumn, quintptr(first)),
                           createIndex(m_nodes.at(last).row, YourPriceColumn, quintptr(last)));
        for (int top : std::as_const(m_topLevel))
            emitAllChanged(top);
    });
}

void PriceOverridesModel::emitAllChanged(int nodeIndex) {
    // Only "your price" (and the count of changes on packs and groups) depends on the plan:
    // one signal per list of siblings keeps a filtered tree view fast.
    const Node& n = m_nodes.at(nodeIndex);
    if (n.children.isEmpty())
        return;
    const int first = n.children.constFirst();
    const int last = n.children.constLast();
    Q_EMIT dataChanged(createIndex(0, YourPriceColumn, quintptr(first)),
                       createIndex(m_nodes.at(last).row, YourPriceColumn, quintptr(last)));
    for (int child : n.children)
        emitAllChanged(child);
}

const PriceOverridesModel::Node* PriceOverridesModel::node(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes.at(static_cast<qsizetype>(index.internalId()));
}

QModelIndex PriceOverridesModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<int>& children = parent.isValid() ? node(parent)->children : m_topLevel;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex PriceOverridesModel::parent(const QModelIndex& child) const {
    const Node* n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int PriceOverridesModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node* n = node(parent);
    return n ? static_cast<int>(n->children.size()) : 0;
}

int PriceOverridesModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant PriceOverridesModel::data(const QModelIndex& index, int role) const {
    const Node* n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case MoneyRole:
    case OverriddenRole:
    case SearchTextRole:
    case Qt::ToolTipRole:
    case Qt::TextAlignmentRole:
        break;
    default:
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() != ItemColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    const Catalog& catalog = m_document->catalog();
    const PriceOverrides& overrides = m_document->scenario().overrides;
    const int column = index.column();

    QString item;
    QString search;
    QString listPrice;
    std::optional<Money> yourPrice;
    int overriddenCount = 0;
    switch (n->kind) {
    case PacksSection:
        item = tr("Prepaid pack prices");
        for (const auto& sizes : overrides.packPrices)
            overriddenCount += static_cast<int>(sizes.size());
        break;
    case GroupsSection:
        item = tr("Postpaid unit prices (per call)");
        for (const auto& tiers : overrides.tierPrices)
            overriddenCount += static_cast<int>(tiers.size());
        break;
    case PackItem: {
        const ResourcePack& p = catalog.packs().at(n->entity);
        item = Display::name(p.name, p.nameEn);
        search = QStringList{p.id, p.name, p.nameEn}.join(u'\n');
        overriddenCount = static_cast<int>(overrides.packPrices.value(p.id).size());
        break;
    }
    case GroupItem: {
        const PostpaidGroup& g = catalog.postpaidGroups().at(n->entity);
        item = Display::name(g.name, g.nameEn);
        search = QStringList{g.id, g.name, g.nameEn}.join(u'\n');
        overriddenCount = static_cast<int>(overrides.tierPrices.value(g.id).size());
        break;
    }
    case SizeItem: {
        const ResourcePack& p = catalog.packs().at(n->entity);
        const PackSize& size = p.sizes.at(n->sub);
        item = tr("%1 calls").arg(Display::calls(size.calls));
        listPrice = Display::money(size.price);
        const auto sizes = overrides.packPrices.value(p.id);
        if (const auto it = sizes.constFind(size.calls); it != sizes.constEnd())
            yourPrice = *it;
        break;
    }
    case TierItem: {
        const PostpaidGroup& g = catalog.postpaidGroups().at(n->entity);
        const PostpaidTier& tier = g.tiers.at(n->sub);
        item = n->sub == 0
                   ? tr("Tier 1: up to %1 calls a month").arg(Display::calls(tier.upTo))
                   : tr("Tier %1: up to %2 calls a month").arg(n->sub + 1).arg(Display::calls(tier.upTo));
        listPrice = Display::unitPrice(tier.unitPrice);
        const auto tiers = overrides.tierPrices.value(g.id);
        if (const auto it = tiers.constFind(n->sub); it != tiers.constEnd())
            yourPrice = *it;
        break;
    }
    }
    const bool leaf = n->kind == SizeItem || n->kind == TierItem;
    switch (role) {
    case Qt::DisplayRole:
        if (column == ItemColumn)
            return item;
        if (column == ListPriceColumn)
            return listPrice;
        if (leaf)
            return yourPrice
                       ? (n->kind == SizeItem ? Display::money(*yourPrice) : Display::unitPrice(*yourPrice))
                       : QString();
        return overriddenCount > 0 ? tr("%n changed", nullptr, overriddenCount) : QString();
    case Qt::EditRole:
        if (column == YourPriceColumn && leaf)
            return yourPrice ? yourPrice->toDecimalString() : QString();
        return data(index, Qt::DisplayRole);
    case MoneyRole:
        if (column == YourPriceColumn && yourPrice)
            return QVariant::fromValue(*yourPrice);
        return {};
    case OverriddenRole:
        return leaf ? yourPrice.has_value() : overriddenCount > 0;
    case SearchTextRole:
        return search.isEmpty() ? item : search;
    case Qt::ToolTipRole:
        if (column == YourPriceColumn && leaf)
            return tr("Type a discounted or negotiated price; leave empty for the list price");
        return {};
    case Qt::TextAlignmentRole:
        if (column != ItemColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

bool PriceOverridesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const Node* n = node(index);
    if (!n || role != Qt::EditRole || index.column() != YourPriceColumn ||
        (n->kind != SizeItem && n->kind != TierItem))
        return false;
    std::optional<Money> price;
    const QString text = value.toString().trimmed();
    if (!text.isEmpty()) {
        QString reason;
        price = Display::parsePrice(text, &reason);
        if (!price) {
            Q_EMIT inputRejected(tr("Not changed: %1").arg(reason));
            return false;
        }
    }
    const Catalog& catalog = m_document->catalog();
    try {
        if (n->kind == SizeItem) {
            const ResourcePack& p = catalog.packs().at(n->entity);
            m_document->setPackPriceOverride(p.id, p.sizes.at(n->sub).calls, price);
        } else {
            m_document->setTierPriceOverride(catalog.postpaidGroups().at(n->entity).id, n->sub, price);
        }
    } catch (const InputError& e) {
        Q_EMIT inputRejected(tr("Not changed: %1").arg(e.message()));
        return false;
    }
    return true;
}

QVariant PriceOverridesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Price");
    case ListPriceColumn:
        return tr("List price (元)");
    case YourPriceColumn:
        return tr("Your price (元)");
    default:
        return {};
    }
}

Qt::ItemFlags PriceOverridesModel::flags(const QModelIndex& index) const {
    const Node* n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool leaf = n->kind == SizeItem || n->kind == TierItem;
    if (leaf)
        f |= Qt::ItemNeverHasChildren;
    if (leaf && index.column() == YourPriceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace ocp
