#pragma once

#include "model/billing/Money.h"

#include <QList>
#include <QStringList>

#include <QtGlobal>

namespace ocp {

class Catalog;
struct Scenario;

// The unit price that applies to a postpaid month: which tier, at what price, and whether
// the figure is an estimate because the page publishes no price there (联系商务).
struct TierPrice {
    int tier = -1; // index into the group's tiers; tiers.size() means above the top tier; -1 no calls
    Money unitPrice;
    Money listUnitPrice; // catalog price, before the scenario's overrides (used for R5 freezes)
    bool estimate = false;
};

// Effective prices of one scenario: the catalog's list prices with the scenario's overrides
// applied (R8) and the above-top-tier setting resolved (R4). Indexed like the catalog.
class PriceBook {
public:
    PriceBook(const Catalog& catalog, const Scenario& scenario);

    // Price of one pack of size index `sizeIndex` (into ResourcePack::sizes).
    Money packPrice(int pack, int sizeIndex) const { return m_packPrices.at(pack).at(sizeIndex); }
    // Price of one pack by its size in calls; throws InputError for a size the pack does not sell.
    Money packPriceForCalls(int pack, qint64 calls) const;
    // The tier and unit price selected by a month's tier volume (all-units, R4).
    TierPrice tierPrice(int group, qint64 tierVolume) const;
    Money tierUnitPrice(int group, int tier) const { return m_tierPrices.at(group).at(tier); }
    Money aboveTopTierPrice(int group) const { return m_aboveTop.at(group); }
    bool aboveTopIsEstimate(int group) const { return m_aboveTopEstimate.at(group); }

    // Human-readable list of every price the scenario overrides, for the report (R8).
    const QStringList& overriddenPrices() const { return m_overridden; }

private:
    const Catalog* m_catalog;
    QList<QList<Money>> m_packPrices;
    QList<QList<Money>> m_tierPrices;
    QList<Money> m_aboveTop;
    QList<bool> m_aboveTopEstimate;
    QStringList m_overridden;
};

} // namespace ocp
