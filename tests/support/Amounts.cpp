#include "tests/support/Amounts.h"

#include <gtest/gtest.h>

namespace ocp::test {

Money yuan(const char* text) {
    const std::optional<Money> money = Money::parse(QString::fromLatin1(text));
    EXPECT_TRUE(money.has_value()) << "not an amount: " << text;
    return money.value_or(Money());
}

const Catalog& catalog() { return Catalog::defaultCatalog(); }

} // namespace ocp::test
