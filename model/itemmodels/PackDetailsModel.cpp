#include "model/itemmodels/PackDetailsModel.h"

#include "model/billing/PriceBook.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

PackDetailsModel::PackDetailsModel(PlanDocument* document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document) {
    connect(document, &PlanDocument::scenarioReplaced, this, &PackDetailsModel::refresh);
}

void PackDetailsModel::setPack(int pack) {
    if (pack >= m_document->catalog().packs().size())
        pack = -1;
    if (pack == m_pack)
        return;
    beginResetModel();
    m_pack = pack;
    setItems(build());
    endResetModel();
}

void PackDetailsModel::setItems(QList<Item> items) {
    m_items = std::move(items);
    m_topLevel.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).parent < 0)
            m_topLevel.append(i);
    }
}

void PackDetailsModel::refresh() {
    // Overrides change texts only; the tree's shape depends on the catalog and the pack.
    const QList<Item> items = build();
    if (items.size() != m_items.size()) {
        beginResetModel();
        setItems(items);
        endResetModel();
        return;
    }
    setItems(items);
    for (int i = 0; i < m_items.size(); ++i) {
        const Item& item = m_items.at(i);
        Q_EMIT dataChanged(createIndex(item.row, 0, quintptr(i)),
                           createIndex(item.row, ColumnCount - 1, quintptr(i)));
    }
}

QList<PackDetailsModel::Item> PackDetailsModel::build() const {
    QList<Item> items;
    if (m_pack < 0)
        return items;
    const Catalog& catalog = m_document->catalog();
    const ResourcePack& pack = catalog.packs().at(m_pack);
    const PriceBook prices(catalog, m_document->scenario());
    int topRow = 0;
    auto addSection = [&](const QString& item, const QString& value) {
        Item s;
        s.row = topRow++;
        s.text[ItemColumn] = item;
        s.text[ValueColumn] = value;
        items.append(s);
        return static_cast<int>(items.size() - 1);
    };
    auto addChild = [&](int section, const QString& item, const QString& value, const QString& perCall) {
        Item c;
        c.parent = section;
        c.row = static_cast<int>(items[section].children.size());
        c.text[ItemColumn] = item;
        c.text[ValueColumn] = value;
        c.text[PerCallColumn] = perCall;
        items.append(c);
        const int at = static_cast<int>(items.size() - 1);
        items[section].children.append(at);
        return at;
    };

    const int prepaid =
        addSection(tr("Prepaid packs"), tr("valid %n month(s)", nullptr, pack.validityMonths));
    items[prepaid].toolTip =
        tr("Usable from the month of purchase for %n month(s); calls left at expiry are lost", nullptr,
           pack.validityMonths);
    for (int s = 0; s < pack.sizes.size(); ++s) {
        const PackSize& size = pack.sizes.at(s);
        const Money price = prices.packPrice(m_pack, s);
        const int at = addChild(prepaid, tr("%1 calls").arg(Display::calls(size.calls)), Display::yuan(price),
                                Display::perCallPrice(price, size.calls));
        if (price != size.price) {
            items[at].overridden = true;
            items[at].toolTip = tr("Your price; the list price is %1").arg(Display::yuan(size.price));
        }
    }

    // Tier ranges are short ("10,001 – 100,000") so the pane stays narrow; the section
    // names the unit and the tooltip explains all-units pricing.
    const int groupIndex = catalog.groupOfPack(m_pack);
    const PostpaidGroup& group = catalog.postpaidGroups().at(groupIndex);
    const int postpaid = addSection(tr("Postpaid, calls a month"), Display::name(group.name, group.nameEn));
    items[postpaid].toolTip =
        tr("All-units tiers: the month's volume selects one tier and every postpaid call of "
           "the month is billed at its price");
    qint64 from = 1;
    for (int t = 0; t < group.tiers.size(); ++t) {
        const PostpaidTier& tier = group.tiers.at(t);
        const Money price = prices.tierUnitPrice(groupIndex, t);
        const QString range =
            t == 0 ? QStringLiteral("≤ %1").arg(Display::calls(tier.upTo))
                   : QStringLiteral("%1 – %2").arg(Display::calls(from), Display::calls(tier.upTo));
        const int at = addChild(postpaid, range, tr("tier %1").arg(t + 1), Display::unitPrice(price));
        if (price != tier.unitPrice) {
            items[at].overridden = true;
            items[at].toolTip =
                tr("Your price; the list price is %1 元 per call").arg(Display::unitPrice(tier.unitPrice));
        }
        from = tier.upTo + 1;
    }
    const Money above = prices.aboveTopTierPrice(groupIndex);
    const bool estimate = prices.aboveTopIsEstimate(groupIndex);
    const int aboveAt = addChild(postpaid, QStringLiteral("> %1").arg(Display::calls(from - 1)),
                                 estimate ? tr("contact sales (estimate)") : tr("published price"),
                                 Display::unitPrice(above));
    if (estimate) {
        items[aboveAt].toolTip =
            tr("The price list gives no price here (联系商务); the plan uses %1 元 per call and "
               "flags such figures as estimates. Set a negotiated price in the plan settings.")
                .arg(Display::unitPrice(above));
    }

    const int free =
        addSection(tr("Free quota"), tr("%1 calls a month").arg(Display::calls(pack.freeCallsPerMonth)));
    items[free].toolTip =
        tr("Shared by the pack's interfaces, used before any pack, not carried over to the next month");

    const QList<int>& apis = catalog.interfacesOfPack(m_pack);
    const int shared = addSection(tr("Interfaces using this pack"),
                                  tr("%n interface(s)", nullptr, static_cast<int>(apis.size())));
    for (int api : apis) {
        const OcrInterface& i = catalog.interfaces().at(api);
        addChild(shared, Display::name(i.name, i.nameEn), i.id, QString());
    }

    const QList<int>& packsOfGroup = catalog.packsOfGroup(groupIndex);
    const auto groupSize = static_cast<int>(packsOfGroup.size());
    const int billed =
        addSection(tr("Postpaid group"), groupSize > 1 ? tr("%n pack(s) billed together", nullptr, groupSize)
                                                       : tr("this pack alone"));
    if (groupSize > 1)
        items[billed].toolTip = tr("The calls of these packs together select the postpaid tier");
    for (int p : packsOfGroup) {
        const ResourcePack& rp = catalog.packs().at(p);
        addChild(billed, Display::name(rp.name, rp.nameEn), rp.id, QString());
    }
    return items;
}

QModelIndex PackDetailsModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= m_topLevel.size())
            return {};
        return createIndex(row, column, quintptr(m_topLevel.at(row)));
    }
    if (parent.model() != this || parent.column() != 0)
        return {};
    const Item& p = m_items.at(static_cast<qsizetype>(parent.internalId()));
    if (row >= p.children.size())
        return {};
    return createIndex(row, column, quintptr(p.children.at(row)));
}

QModelIndex PackDetailsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.model() != this)
        return {};
    const Item& item = m_items.at(static_cast<qsizetype>(child.internalId()));
    if (item.parent < 0)
        return {};
    return createIndex(m_items.at(item.parent).row, 0, quintptr(item.parent));
}

int PackDetailsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_topLevel.size());
    if (parent.model() != this || parent.column() != 0)
        return 0;
    return static_cast<int>(m_items.at(static_cast<qsizetype>(parent.internalId())).children.size());
}

int PackDetailsModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant PackDetailsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this)
        return {};
    const Item& item = m_items.at(static_cast<qsizetype>(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return item.text[index.column()];
    case Qt::ToolTipRole:
        return item.toolTip.isEmpty() ? item.text[index.column()] : item.toolTip;
    case OverriddenRole:
        return item.overridden;
    case Qt::TextAlignmentRole:
        if (index.column() == PerCallColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant PackDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case ValueColumn:
        return tr("Value");
    case PerCallColumn:
        return tr("元/call");
    default:
        return {};
    }
}

} // namespace ocp
