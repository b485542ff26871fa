#include "model/billing/ScenarioSettings.h"

namespace ocp {

QString toString(TierBasis basis) {
    return basis == TierBasis::AllCalls ? QStringLiteral("all-calls") : QStringLiteral("postpaid-calls");
}

std::optional<TierBasis> tierBasisFromString(const QString& text) {
    if (text == QLatin1String("all-calls"))
        return TierBasis::AllCalls;
    if (text == QLatin1String("postpaid-calls"))
        return TierBasis::PostpaidCalls;
    return std::nullopt;
}

QString toString(PurchasePolicy policy) {
    return policy == PurchasePolicy::Start ? QStringLiteral("start") : QStringLiteral("any");
}

std::optional<PurchasePolicy> purchasePolicyFromString(const QString& text) {
    if (text == QLatin1String("start"))
        return PurchasePolicy::Start;
    if (text == QLatin1String("any"))
        return PurchasePolicy::Any;
    return std::nullopt;
}

} // namespace ocp
