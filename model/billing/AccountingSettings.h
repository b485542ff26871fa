#pragma once

#include <QString>

#include <optional>

namespace ocp {

// Who bears pack balance that is never used: it expires unused inside the horizon (R2) or is
// still valid when the horizon ends.
enum class UnusedBalanceRule {
    ByUse,       // the centres that used the purchase, in proportion to their use (default)
    Unallocated, // a central "Unallocated" line
};

// When a prepaid pack becomes an expense in the ledger.
enum class AccountingMethod {
    ByUsage,      // as its calls are used; the balance that expires unused at expiry (default)
    StraightLine, // evenly over its validity months, from the month it is bought
};

QString toString(UnusedBalanceRule rule);        // "by-use", "unallocated"
QString toString(AccountingMethod method);       // "usage", "straight-line"
std::optional<UnusedBalanceRule> unusedBalanceRuleFromString(const QString& text);
std::optional<AccountingMethod> accountingMethodFromString(const QString& text);

// The ledger accounts the journal is written to. Empty: the report's default name.
struct AccountNames {
    QString prepaid; // asset: prepaid resource packs
    QString bank;    // asset: cash at bank, what purchases and bills are paid from
    QString expense; // expense: OCR services, booked per cost centre
    QString payable; // liability: postpaid bills accrued and not yet paid

    friend bool operator==(const AccountNames&, const AccountNames&) = default;
};

// How a plan charges its cost to cost centres and books its packs. Plain choices of the user,
// stored with the plan; the rules that apply them are CostAllocation and AccountingSchedule.
struct AccountingSettings {
    AccountingMethod method = AccountingMethod::ByUsage;
    UnusedBalanceRule unusedBalance = UnusedBalanceRule::ByUse;
    AccountNames accounts;

    bool isDefault() const { return *this == AccountingSettings{}; }
    friend bool operator==(const AccountingSettings&, const AccountingSettings&) = default;
};

} // namespace ocp
