#pragma once

#include "model/billing/Money.h"

#include <QMap>
#include <QString>

#include <optional>

namespace ocp {

// Which monthly volume selects the all-units postpaid tier (R4); the page is ambiguous.
enum class TierBasis {
    AllCalls,      // every call of the group in the month, free and pack-covered included (default)
    PostpaidCalls, // only the calls billed postpaid (the conservative reading)
};

// When the optimizer may buy packs.
enum class PurchasePolicy {
    Start, // only in the first month of the horizon (the yearly budget)
    Any,   // in any month of the horizon
};

QString toString(TierBasis basis);
std::optional<TierBasis> tierBasisFromString(const QString& text);
QString toString(PurchasePolicy policy);
std::optional<PurchasePolicy> purchasePolicyFromString(const QString& text);

struct ScenarioSettings {
    TierBasis tierBasis = TierBasis::AllCalls;
    PurchasePolicy purchasePolicy = PurchasePolicy::Start;
    // Negotiated unit price above the top published tier (联系商务). When unset, a group uses
    // its published above-top price, else its top tier's price, and such figures are estimates.
    std::optional<Money> aboveTopTierPrice;
    QMap<QString, Money> aboveTopTierPriceByGroup; // group id -> price; wins over the global one

    friend bool operator==(const ScenarioSettings&, const ScenarioSettings&) = default;
};

} // namespace ocp
