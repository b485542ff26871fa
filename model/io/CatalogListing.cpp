#include "model/io/CatalogListing.h"

#include "model/billing/Catalog.h"
#include "model/io/TextTable.h"

#include <QLocale>
#include <algorithm>

namespace ocp {
namespace {

// Exact price with thousands grouped: "200,000.00", "0.006". Display rounding to the fen
// would turn the smallest unit prices into 0.01.
QString price(Money value) {
    QString text = value.toDecimalString();
    const qsizetype first = text.startsWith(u'-') ? 1 : 0;
    for (qsizetype i = text.indexOf(u'.') - 3; i > first; i -= 3)
        text.insert(i, u',');
    return text;
}

QString tierRange(const PostpaidGroup& group, qsizetype tier) {
    const qint64 from = tier == 0 ? 1 : group.tiers.at(tier - 1).upTo + 1;
    return QStringLiteral("%1 to %2")
        .arg(TextTable::grouped(from), TextTable::grouped(group.tiers.at(tier).upTo));
}

// Pack sizes on the left, the postpaid ladder on the right: the two ways to pay side by side.
QString pricesTable(const Catalog& catalog, int pack) {
    const ResourcePack& rp = catalog.packs().at(pack);
    const PostpaidGroup& group = catalog.postpaidGroups().at(catalog.groupOfPack(pack));
    using A = TextTable::Align;
    TextTable table({A::Right, A::Right, A::Left, A::Right});
    table.addRow({QStringLiteral("Pack size (calls)"), QStringLiteral("Price"),
                  QStringLiteral("Postpaid calls/month"), QStringLiteral("Per call")});
    const qsizetype rows = std::max(rp.sizes.size(), group.tiers.size() + 1);
    for (qsizetype i = 0; i < rows; ++i) {
        QStringList row(4);
        if (i < rp.sizes.size()) {
            row[0] = TextTable::grouped(rp.sizes.at(i).calls);
            row[1] = price(rp.sizes.at(i).price);
        }
        if (i < group.tiers.size()) {
            row[2] = tierRange(group, i);
            row[3] = price(group.tiers.at(i).unitPrice);
        } else if (i == group.tiers.size()) {
            row[2] = QStringLiteral("above %1").arg(TextTable::grouped(group.tiers.constLast().upTo));
            row[3] =
                group.aboveTopTierPrice ? price(*group.aboveTopTierPrice) : QStringLiteral("contact sales");
        }
        table.addRow(row);
    }
    return table.toString(4);
}

} // namespace

QByteArray CatalogListing::toJson(const Catalog& catalog) {
    return catalog.toJson();
}

QString CatalogListing::toText(const Catalog& catalog) {
    QString out;
    out += QStringLiteral("Catalog: %1 categories, %2 resource packs, %3 postpaid groups, %4 interfaces; "
                          "prices in 元 (%5)\n")
               .arg(catalog.categories().size())
               .arg(catalog.packs().size())
               .arg(catalog.postpaidGroups().size())
               .arg(catalog.interfaces().size())
               .arg(catalog.currency());
    if (!catalog.source().isEmpty() || !catalog.pricesReadOn().isEmpty()) {
        out += QStringLiteral("Source: %1%2\n")
                   .arg(catalog.source(), catalog.pricesReadOn().isEmpty()
                                              ? QString()
                                              : QStringLiteral(" (read on %1)").arg(catalog.pricesReadOn()));
    }
    for (const Category& category : catalog.categories()) {
        out += QStringLiteral("\n%1  %2  [%3]\n").arg(category.name, category.nameEn, category.id);
        for (int pack = 0; pack < catalog.packs().size(); ++pack) {
            const ResourcePack& rp = catalog.packs().at(pack);
            if (rp.categoryId != category.id)
                continue;
            const int g = catalog.groupOfPack(pack);
            const PostpaidGroup& group = catalog.postpaidGroups().at(g);
            out += QStringLiteral("\n  %1  %2  [pack %3]\n").arg(rp.name, rp.nameEn, rp.id);
            out += QStringLiteral("    %1 free calls a month; a pack is valid %2 months\n")
                       .arg(TextTable::grouped(rp.freeCallsPerMonth))
                       .arg(rp.validityMonths);
            // Say so when the postpaid tier is reached together with another pack (行驶证 / 驾驶证).
            QStringList partners;
            for (int other : catalog.packsOfGroup(g)) {
                if (other != pack)
                    partners.append(catalog.packs().at(other).name);
            }
            out += QStringLiteral("    postpaid group %1 [%2]%3\n")
                       .arg(group.name, group.id,
                            partners.isEmpty() ? QString()
                                               : QStringLiteral(", billed together with %1")
                                                     .arg(partners.join(QStringLiteral(", "))));
            out += pricesTable(catalog, pack);
            using A = TextTable::Align;
            TextTable interfaces({A::Left, A::Left, A::Left, A::Left});
            for (int api : catalog.interfacesOfPack(pack)) {
                const OcrInterface& i = catalog.interfaces().at(api);
                interfaces.addRow({i.id, i.name, i.nameEn,
                                   i.categoryId == category.id
                                       ? QString()
                                       : QStringLiteral("(category %1)").arg(i.categoryId)});
            }
            out += QStringLiteral("    Interfaces:\n");
            out += interfaces.toString(6);
        }
    }
    return out;
}

} // namespace ocp
