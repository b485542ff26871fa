#include "model/billing/PriceBook.h"

#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/Scenario.h"

namespace ocp {

PriceBook::PriceBook(const Catalog& catalog, const Scenario& scenario)
    : m_catalog(&catalog) {
    for (const ResourcePack& pack : catalog.packs()) {
        QList<Money> prices;
        const auto overrides = scenario.overrides.packPrices.value(pack.id);
        for (const PackSize& size : pack.sizes) {
            const auto it = overrides.constFind(size.calls);
            if (it != overrides.constEnd() && *it != size.price) {
                prices.append(*it);
                m_overridden.append(QStringLiteral("%1 %2 calls: %3 instead of %4")
                                        .arg(pack.id)
                                        .arg(size.calls)
                                        .arg(it->toDecimalString(), size.price.toDecimalString()));
            } else {
                prices.append(size.price);
            }
        }
        m_packPrices.append(prices);
    }
    for (const PostpaidGroup& group : catalog.postpaidGroups()) {
        QList<Money> prices;
        const auto overrides = scenario.overrides.tierPrices.value(group.id);
        for (int t = 0; t < group.tiers.size(); ++t) {
            const Money list = group.tiers.at(t).unitPrice;
            const auto it = overrides.constFind(t);
            if (it != overrides.constEnd() && *it != list) {
                prices.append(*it);
                m_overridden.append(QStringLiteral("%1 tier %2: %3 instead of %4 per call")
                                        .arg(group.id)
                                        .arg(t + 1)
                                        .arg(it->toDecimalString(), list.toDecimalString()));
            } else {
                prices.append(list);
            }
        }
        m_tierPrices.append(prices);
        // Above the top tier: a published price if the catalog has one; otherwise the
        // user's negotiated price, else the top tier's price; without a published price
        // every figure that uses it needs a quote from sales.
        Money above = prices.constLast();
        if (group.aboveTopTierPrice)
            above = *group.aboveTopTierPrice;
        if (scenario.settings.aboveTopTierPrice)
            above = *scenario.settings.aboveTopTierPrice;
        if (const auto it = scenario.settings.aboveTopTierPriceByGroup.constFind(group.id);
            it != scenario.settings.aboveTopTierPriceByGroup.constEnd())
            above = *it;
        m_aboveTop.append(above);
        m_aboveTopEstimate.append(!group.aboveTopTierPrice.has_value());
    }
}

Money PriceBook::packPriceForCalls(int pack, qint64 calls) const {
    const ResourcePack& rp = m_catalog->packs().at(pack);
    for (int i = 0; i < rp.sizes.size(); ++i) {
        if (rp.sizes.at(i).calls == calls)
            return m_packPrices.at(pack).at(i);
    }
    throw InputError(QStringLiteral("pack %1 is not sold in a size of %2 calls").arg(rp.id).arg(calls));
}

TierPrice PriceBook::tierPrice(int group, qint64 tierVolume) const {
    TierPrice result;
    if (tierVolume <= 0)
        return result;
    const PostpaidGroup& pg = m_catalog->postpaidGroups().at(group);
    for (int t = 0; t < pg.tiers.size(); ++t) {
        // Bounds include their upper end: 10,000 calls is still tier 1.
        if (tierVolume <= pg.tiers.at(t).upTo) {
            result.tier = t;
            result.unitPrice = m_tierPrices.at(group).at(t);
            result.listUnitPrice = pg.tiers.at(t).unitPrice;
            return result;
        }
    }
    result.tier = static_cast<int>(pg.tiers.size());
    result.unitPrice = m_aboveTop.at(group);
    result.listUnitPrice = pg.aboveTopTierPrice.value_or(m_aboveTop.at(group));
    result.estimate = m_aboveTopEstimate.at(group);
    return result;
}

} // namespace ocp
