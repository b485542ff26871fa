#pragma once

#include "model/billing/Category.h"
#include "model/billing/OcrInterface.h"
#include "model/billing/PostpaidGroup.h"
#include "model/billing/ResourcePack.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace ocp {

// The price list: categories, resource packs, postpaid groups and interfaces, with the
// rules' constants. Loaded from JSON (see docs/catalog-format.md); immutable afterwards.
class Catalog {
public:
    // Parses and validates a catalog; throws InputError naming the field and the reason.
    static Catalog fromJson(const QByteArray& json);
    // Reads a catalog file; throws InputError when it cannot be read or is invalid.
    static Catalog fromFile(const QString& path);
    // The catalog embedded in the binary (resources/catalog/default-catalog.json).
    static const Catalog& defaultCatalog();

    QByteArray toJson() const;

    const QString& currency() const { return m_currency; }
    const QString& source() const { return m_source; }
    const QString& pricesReadOn() const { return m_pricesReadOn; }

    const QList<Category>& categories() const { return m_categories; }
    const QList<ResourcePack>& packs() const { return m_packs; }
    const QList<PostpaidGroup>& postpaidGroups() const { return m_groups; }
    const QList<OcrInterface>& interfaces() const { return m_interfaces; }

    // Lookups by id or by Chinese name; -1 when unknown.
    int interfaceIndex(const QString& idOrName) const;
    int packIndex(const QString& idOrName) const;
    int groupIndex(const QString& idOrName) const;
    int categoryIndex(const QString& id) const;

    // Interfaces (indices) that share a resource pack, in catalog order.
    const QList<int>& interfacesOfPack(int pack) const { return m_packInterfaces.at(pack); }
    // Resource packs (indices) whose interfaces are billed in a postpaid group.
    const QList<int>& packsOfGroup(int group) const { return m_groupPacks.at(group); }
    // The postpaid group of a pack: all its interfaces are billed in one group (validated).
    int groupOfPack(int pack) const { return m_packGroup.at(pack); }

private:
    void buildIndexes();

    QString m_currency;
    QString m_source;
    QString m_pricesReadOn;
    qint64 m_defaultFreeCalls = 1000;
    int m_defaultValidity = 12;
    QList<Category> m_categories;
    QList<ResourcePack> m_packs;
    QList<PostpaidGroup> m_groups;
    QList<OcrInterface> m_interfaces;

    QHash<QString, int> m_interfaceByKey;
    QHash<QString, int> m_packByKey;
    QHash<QString, int> m_groupByKey;
    QHash<QString, int> m_categoryById;
    QList<QList<int>> m_packInterfaces;
    QList<QList<int>> m_groupPacks;
    QList<int> m_packGroup;
};

} // namespace ocp
