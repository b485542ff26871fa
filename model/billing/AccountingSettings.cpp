#include "model/billing/AccountingSettings.h"

namespace ocp {

QString toString(UnusedBalanceRule rule) {
    switch (rule) {
    case UnusedBalanceRule::ByUse:
        return QStringLiteral("by-use");
    case UnusedBalanceRule::Unallocated:
        return QStringLiteral("unallocated");
    }
    return {};
}

QString toString(AccountingMethod method) {
    switch (method) {
    case AccountingMethod::ByUsage:
        return QStringLiteral("usage");
    case AccountingMethod::StraightLine:
        return QStringLiteral("straight-line");
    }
    return {};
}

std::optional<UnusedBalanceRule> unusedBalanceRuleFromString(const QString& text) {
    if (text == QLatin1String("by-use"))
        return UnusedBalanceRule::ByUse;
    if (text == QLatin1String("unallocated"))
        return UnusedBalanceRule::Unallocated;
    return std::nullopt;
}

std::optional<AccountingMethod> accountingMethodFromString(const QString& text) {
    if (text == QLatin1String("usage"))
        return AccountingMethod::ByUsage;
    if (text == QLatin1String("straight-line"))
        return AccountingMethod::StraightLine;
    return std::nullopt;
}

} // namespace ocp
