#include "model/billing/AccountingSettings.h"

#include <gtest/gtest.h>

using namespace ocp;

// The words stored in plan files, both ways; anything else is refused (nullopt).
TEST(AccountingSettings, NamesRoundTrip) {
    EXPECT_EQ(toString(UnusedBalanceRule::ByUse), QStringLiteral("by-use"));
    EXPECT_EQ(toString(UnusedBalanceRule::Unallocated), QStringLiteral("unallocated"));
    EXPECT_EQ(toString(AccountingMethod::ByUsage), QStringLiteral("usage"));
    EXPECT_EQ(toString(AccountingMethod::StraightLine), QStringLiteral("straight-line"));
    for (const auto rule : {UnusedBalanceRule::ByUse, UnusedBalanceRule::Unallocated})
        EXPECT_EQ(unusedBalanceRuleFromString(toString(rule)), rule);
    for (const auto method : {AccountingMethod::ByUsage, AccountingMethod::StraightLine})
        EXPECT_EQ(accountingMethodFromString(toString(method)), method);
    EXPECT_EQ(unusedBalanceRuleFromString(QStringLiteral("By-Use")), std::nullopt);
    EXPECT_EQ(unusedBalanceRuleFromString(QString()), std::nullopt);
    EXPECT_EQ(accountingMethodFromString(QStringLiteral("straight")), std::nullopt);
    EXPECT_TRUE(AccountingSettings{}.isDefault());
}
