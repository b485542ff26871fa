#include "model/billing/Catalog.h"

#include "model/billing/AtomicFile.h"
#include "model/billing/InputError.h"
#include "model/billing/JsonReader.h"
#include "model/billing/Resources.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ocp {
namespace {

const QString kFormat = QStringLiteral("ocr-cost-planner/catalog");
constexpr int kVersion = 1;
constexpr qint64 kMaxCalls = 1'000'000'000'000LL; // 10^12: far above any real pack or tier
const QString kContactSales = QStringLiteral("contact-sales");

QString indexed(const QString& key, qsizetype i) { return QStringLiteral("%1[%2]").arg(key).arg(i); }

void requireUniqueId(QHash<QString, int>& seen, const QString& id, int index, const QString& path) {
    if (seen.contains(id))
        throw InputError(QStringLiteral("%1.id: \"%2\" is used twice").arg(path, id));
    seen.insert(id, index);
}

} // namespace

Catalog Catalog::fromJson(const QByteArray& json) {
    JsonReader root(JsonReader::parseDocument(json, QStringLiteral("catalog")), QString());
    Catalog c;
    root.requireFormat(kFormat, kVersion);
    c.m_currency = root.requireString(QStringLiteral("currency"));
    c.m_source = root.optionalString(QStringLiteral("source")).value_or(QString());
    c.m_pricesReadOn = root.optionalString(QStringLiteral("pricesReadOn")).value_or(QString());
    c.m_defaultFreeCalls = root.requireInteger(QStringLiteral("freeCallsPerMonth"), 0, kMaxCalls);
    c.m_defaultValidity = static_cast<int>(root.requireInteger(QStringLiteral("packValidityMonths"), 1, 120));

    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    auto checkId = [](JsonReader& r) {
        QString id = r.requireString(QStringLiteral("id"));
        if (!idPattern.match(id).hasMatch())
            r.fail(QStringLiteral("id"), QStringLiteral("\"%1\" must be ASCII letters, digits, '-', '_' or '.'").arg(id));
        return id;
    };

    QHash<QString, int> categoryIds;
    const QJsonArray categories = root.requireArray(QStringLiteral("categories"));
    if (categories.isEmpty())
        root.fail(QStringLiteral("categories"), QStringLiteral("needs at least one category"));
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString path = indexed(QStringLiteral("categories"), i);
        JsonReader r(JsonReader::toObject(categories.at(i), path), path);
        Category cat;
        cat.id = checkId(r);
        cat.name = r.requireString(QStringLiteral("name"));
        cat.nameEn = r.optionalString(QStringLiteral("nameEn")).value_or(cat.name);
        r.rejectUnknownKeys();
        requireUniqueId(categoryIds, cat.id, static_cast<int>(i), path);
        c.m_categories.append(cat);
    }

    QHash<QString, int> packIds;
    const QJsonArray packs = root.requireArray(QStringLiteral("resourcePacks"));
    if (packs.isEmpty())
        root.fail(QStringLiteral("resourcePacks"), QStringLiteral("needs at least one resource pack"));
    for (qsizetype i = 0; i < packs.size(); ++i) {
        const QString path = indexed(QStringLiteral("resourcePacks"), i);
        JsonReader r(JsonReader::toObject(packs.at(i), path), path);
        ResourcePack pack;
        pack.id = checkId(r);
        pack.name = r.requireString(QStringLiteral("name"));
        pack.nameEn = r.optionalString(QStringLiteral("nameEn")).value_or(pack.name);
        pack.categoryId = r.requireString(QStringLiteral("category"));
        if (!categoryIds.contains(pack.categoryId))
            r.fail(QStringLiteral("category"), QStringLiteral("\"%1\" is not a category id").arg(pack.categoryId));
        pack.freeCallsPerMonth =
            r.optionalInteger(QStringLiteral("freeCallsPerMonth"), 0, kMaxCalls).value_or(c.m_defaultFreeCalls);
        pack.validityMonths = static_cast<int>(
            r.optionalInteger(QStringLiteral("validityMonths"), 1, 120).value_or(c.m_defaultValidity));
        const QJsonArray sizes = r.requireArray(QStringLiteral("sizes"));
        if (sizes.isEmpty())
            r.fail(QStringLiteral("sizes"), QStringLiteral("needs at least one pack size with a price"));
        for (qsizetype j = 0; j < sizes.size(); ++j) {
            const QString sizePath = r.fieldPath(indexed(QStringLiteral("sizes"), j));
            JsonReader s(JsonReader::toObject(sizes.at(j), sizePath), sizePath);
            PackSize size;
            size.calls = s.requireInteger(QStringLiteral("calls"), 1, kMaxCalls);
            size.price = s.requireMoney(QStringLiteral("price"));
            s.rejectUnknownKeys();
            if (pack.size(size.calls))
                s.fail(QStringLiteral("calls"), QStringLiteral("%1 is listed twice").arg(size.calls));
            pack.sizes.append(size);
        }
        std::sort(pack.sizes.begin(), pack.sizes.end(),
                  [](const PackSize& a, const PackSize& b) { return a.calls < b.calls; });
        r.rejectUnknownKeys();
        requireUniqueId(packIds, pack.id, static_cast<int>(i), path);
        c.m_packs.append(pack);
    }

    QHash<QString, int> groupIds;
    const QJsonArray groups = root.requireArray(QStringLiteral("postpaidGroups"));
    if (groups.isEmpty())
        root.fail(QStringLiteral("postpaidGroups"), QStringLiteral("needs at least one postpaid group"));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString path = indexed(QStringLiteral("postpaidGroups"), i);
        JsonReader r(JsonReader::toObject(groups.at(i), path), path);
        PostpaidGroup group;
        group.id = checkId(r);
        group.name = r.requireString(QStringLiteral("name"));
        group.nameEn = r.optionalString(QStringLiteral("nameEn")).value_or(group.name);
        const QJsonArray tiers = r.requireArray(QStringLiteral("tiers"));
        if (tiers.isEmpty())
            r.fail(QStringLiteral("tiers"), QStringLiteral("needs at least one tier"));
        for (qsizetype j = 0; j < tiers.size(); ++j) {
            const QString tierPath = r.fieldPath(indexed(QStringLiteral("tiers"), j));
            JsonReader t(JsonReader::toObject(tiers.at(j), tierPath), tierPath);
            PostpaidTier tier;
            tier.upTo = t.requireInteger(QStringLiteral("upTo"), 1, kMaxCalls);
            tier.unitPrice = t.requireMoney(QStringLiteral("unitPrice"));
            t.rejectUnknownKeys();
            if (!group.tiers.isEmpty() && tier.upTo <= group.tiers.constLast().upTo) {
                t.fail(QStringLiteral("upTo"), QStringLiteral("%1 must be greater than the previous tier's %2")
                                                   .arg(tier.upTo)
                                                   .arg(group.tiers.constLast().upTo));
            }
            group.tiers.append(tier);
        }
        const QJsonValue above = r.value(QStringLiteral("aboveTopTier"));
        if (above.isUndefined() || above.toString() == kContactSales) {
            group.aboveTopTierPrice.reset();
        } else {
            group.aboveTopTierPrice = JsonReader::toMoney(above, r.fieldPath(QStringLiteral("aboveTopTier")));
        }
        r.rejectUnknownKeys();
        requireUniqueId(groupIds, group.id, static_cast<int>(i), path);
        c.m_groups.append(group);
    }

    QHash<QString, int> interfaceIds;
    const QJsonArray interfaces = root.requireArray(QStringLiteral("interfaces"));
    if (interfaces.isEmpty())
        root.fail(QStringLiteral("interfaces"), QStringLiteral("needs at least one interface"));
    for (qsizetype i = 0; i < interfaces.size(); ++i) {
        const QString path = indexed(QStringLiteral("interfaces"), i);
        JsonReader r(JsonReader::toObject(interfaces.at(i), path), path);
        OcrInterface api;
        api.id = checkId(r);
        api.name = r.requireString(QStringLiteral("name"));
        api.nameEn = r.optionalString(QStringLiteral("nameEn")).value_or(api.name);
        api.categoryId = r.requireString(QStringLiteral("category"));
        if (!categoryIds.contains(api.categoryId))
            r.fail(QStringLiteral("category"), QStringLiteral("\"%1\" is not a category id").arg(api.categoryId));
        const QString packId = r.requireString(QStringLiteral("pack"));
        api.pack = packIds.value(packId, -1);
        if (api.pack < 0)
            r.fail(QStringLiteral("pack"), QStringLiteral("\"%1\" is not a resource pack id").arg(packId));
        const QString groupId = r.requireString(QStringLiteral("postpaidGroup"));
        api.postpaidGroup = groupIds.value(groupId, -1);
        if (api.postpaidGroup < 0)
            r.fail(QStringLiteral("postpaidGroup"), QStringLiteral("\"%1\" is not a postpaid group id").arg(groupId));
        r.rejectUnknownKeys();
        requireUniqueId(interfaceIds, api.id, static_cast<int>(i), path);
        c.m_interfaces.append(api);
    }
    root.rejectUnknownKeys();

    c.buildIndexes();

    for (int p = 0; p < c.m_packs.size(); ++p) {
        if (c.m_packInterfaces.at(p).isEmpty()) {
            throw InputError(QStringLiteral("resourcePacks[%1]: pack \"%2\" is used by no interface")
                                 .arg(p)
                                 .arg(c.m_packs.at(p).id));
        }
        // A pack's postpaid calls are priced in one group; a pack split across groups would
        // need per-interface attribution that the published rules do not define.
        for (int api : c.m_packInterfaces.at(p)) {
            if (c.m_interfaces.at(api).postpaidGroup != c.m_packGroup.at(p)) {
                throw InputError(QStringLiteral("interfaces[%1].postpaidGroup: \"%2\" differs from the group of the other "
                                                "interfaces of pack \"%3\"; all interfaces of a pack must share one group")
                                     .arg(api)
                                     .arg(c.m_groups.at(c.m_interfaces.at(api).postpaidGroup).id, c.m_packs.at(p).id));
            }
        }
    }
    for (int g = 0; g < c.m_groups.size(); ++g) {
        if (c.m_groupPacks.at(g).isEmpty()) {
            throw InputError(QStringLiteral("postpaidGroups[%1]: group \"%2\" is used by no interface")
                                 .arg(g)
                                 .arg(c.m_groups.at(g).id));
        }
    }
    return c;
}

void Catalog::buildIndexes() {
    m_packInterfaces = QList<QList<int>>(m_packs.size());
    m_groupPacks = QList<QList<int>>(m_groups.size());
    m_packGroup = QList<int>(m_packs.size(), -1);
    for (int i = 0; i < m_interfaces.size(); ++i) {
        const OcrInterface& api = m_interfaces.at(i);
        m_packInterfaces[api.pack].append(i);
        if (m_packGroup.at(api.pack) < 0) {
            m_packGroup[api.pack] = api.postpaidGroup;
            m_groupPacks[api.postpaidGroup].append(api.pack);
        }
        m_interfaceByKey.insert(api.id, i);
    }
    // Chinese names are accepted as keys too, but never shadow an id.
    for (int i = 0; i < m_interfaces.size(); ++i) {
        if (!m_interfaceByKey.contains(m_interfaces.at(i).name))
            m_interfaceByKey.insert(m_interfaces.at(i).name, i);
    }
    for (int p = 0; p < m_packs.size(); ++p)
        m_packByKey.insert(m_packs.at(p).id, p);
    for (int p = 0; p < m_packs.size(); ++p) {
        if (!m_packByKey.contains(m_packs.at(p).name))
            m_packByKey.insert(m_packs.at(p).name, p);
    }
    for (int g = 0; g < m_groups.size(); ++g)
        m_groupByKey.insert(m_groups.at(g).id, g);
    for (int g = 0; g < m_groups.size(); ++g) {
        if (!m_groupByKey.contains(m_groups.at(g).name))
            m_groupByKey.insert(m_groups.at(g).name, g);
    }
    for (int c = 0; c < m_categories.size(); ++c)
        m_categoryById.insert(m_categories.at(c).id, c);
}

Catalog Catalog::fromFile(const QString& path) {
    QByteArray bytes;
    try {
        bytes = AtomicFile::read(path, QStringLiteral("catalog file"));
    } catch (const InputError& e) {
        throw InputError(QStringLiteral("catalog: %1").arg(e.message()));
    }
    return readingFile(path, [&] { return fromJson(bytes); });
}

const Catalog& Catalog::defaultCatalog() {
    // Loaded once from the embedded resource; a broken embedded catalog is a build defect,
    // caught by the catalog tests.
    ensureModelResources();
    static const Catalog catalog = fromFile(QStringLiteral(":/catalog/default-catalog.json"));
    return catalog;
}

int Catalog::interfaceIndex(const QString& idOrName) const { return m_interfaceByKey.value(idOrName, -1); }
int Catalog::packIndex(const QString& idOrName) const { return m_packByKey.value(idOrName, -1); }
int Catalog::groupIndex(const QString& idOrName) const { return m_groupByKey.value(idOrName, -1); }
int Catalog::categoryIndex(const QString& id) const { return m_categoryById.value(id, -1); }

QByteArray Catalog::toJson() const {
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("currency"), m_currency);
    if (!m_source.isEmpty())
        root.insert(QStringLiteral("source"), m_source);
    if (!m_pricesReadOn.isEmpty())
        root.insert(QStringLiteral("pricesReadOn"), m_pricesReadOn);
    root.insert(QStringLiteral("freeCallsPerMonth"), m_defaultFreeCalls);
    root.insert(QStringLiteral("packValidityMonths"), m_defaultValidity);
    QJsonArray categories;
    for (const Category& cat : m_categories) {
        categories.append(QJsonObject{{QStringLiteral("id"), cat.id},
                                      {QStringLiteral("name"), cat.name},
                                      {QStringLiteral("nameEn"), cat.nameEn}});
    }
    root.insert(QStringLiteral("categories"), categories);
    QJsonArray packs;
    for (const ResourcePack& pack : m_packs) {
        QJsonArray sizes;
        for (const PackSize& s : pack.sizes) {
            sizes.append(QJsonObject{{QStringLiteral("calls"), s.calls},
                                     {QStringLiteral("price"), s.price.toDecimalString()}});
        }
        QJsonObject o{{QStringLiteral("id"), pack.id},
                      {QStringLiteral("name"), pack.name},
                      {QStringLiteral("nameEn"), pack.nameEn},
                      {QStringLiteral("category"), pack.categoryId},
                      {QStringLiteral("sizes"), sizes}};
        if (pack.freeCallsPerMonth != m_defaultFreeCalls)
            o.insert(QStringLiteral("freeCallsPerMonth"), pack.freeCallsPerMonth);
        if (pack.validityMonths != m_defaultValidity)
            o.insert(QStringLiteral("validityMonths"), pack.validityMonths);
        packs.append(o);
    }
    root.insert(QStringLiteral("resourcePacks"), packs);
    QJsonArray groups;
    for (const PostpaidGroup& group : m_groups) {
        QJsonArray tiers;
        for (const PostpaidTier& t : group.tiers) {
            tiers.append(QJsonObject{{QStringLiteral("upTo"), t.upTo},
                                     {QStringLiteral("unitPrice"), t.unitPrice.toDecimalString()}});
        }
        groups.append(QJsonObject{
            {QStringLiteral("id"), group.id},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("nameEn"), group.nameEn},
            {QStringLiteral("tiers"), tiers},
            {QStringLiteral("aboveTopTier"),
             group.aboveTopTierPrice ? group.aboveTopTierPrice->toDecimalString() : kContactSales}});
    }
    root.insert(QStringLiteral("postpaidGroups"), groups);
    QJsonArray interfaces;
    for (const OcrInterface& api : m_interfaces) {
        interfaces.append(QJsonObject{{QStringLiteral("id"), api.id},
                                      {QStringLiteral("name"), api.name},
                                      {QStringLiteral("nameEn"), api.nameEn},
                                      {QStringLiteral("category"), api.categoryId},
                                      {QStringLiteral("pack"), m_packs.at(api.pack).id},
                                      {QStringLiteral("postpaidGroup"), m_groups.at(api.postpaidGroup).id}});
    }
    root.insert(QStringLiteral("interfaces"), interfaces);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ocp
