#pragma once

#include <QByteArray>
#include <QString>

namespace ocp {

class Catalog;

// The price list as a user browses it: category, then resource pack with its pack sizes and
// postpaid tiers, then the interfaces that draw from the pack.
class CatalogListing {
public:
    // The catalog file format itself (docs/catalog-format.md): scripts read one format only.
    static QByteArray toJson(const Catalog& catalog);
    // Aligned text for a terminal.
    static QString toText(const Catalog& catalog);
};

} // namespace ocp
