#include "model/billing/Money.h"

#include <QLocale>

#include <gtest/gtest.h>

using ocp::Money;

namespace {
Money m(const char* text) { return *Money::parse(QString::fromLatin1(text)); }
} // namespace

TEST(Money, ParsesPlainDecimalsExactly) {
    EXPECT_EQ(m("0.006").micros(), 6000);
    EXPECT_EQ(m("120").micros(), 120'000'000);
    EXPECT_EQ(m("-3.5").micros(), -3'500'000);
    EXPECT_EQ(m(".5").micros(), 500'000);
}

TEST(Money, RefusesWhatIsNotAPlainDecimal) {
    for (const char* bad : {"", "abc", "1e3", "1,000", "0.0000001", "1.2.3", "-", "."}) {
        QString error;
        EXPECT_FALSE(Money::parse(QString::fromLatin1(bad), &error).has_value()) << bad;
        EXPECT_FALSE(error.isEmpty()) << bad;
    }
}

TEST(Money, SmallestPriceTimesABillionCallsIsExact) {
    const Money total = m("0.006") * 999'999'999;
    EXPECT_EQ(total.toDecimalString(), QStringLiteral("5999999.994"));
    EXPECT_EQ(total.toFenString(), QStringLiteral("5999999.99"));
}

TEST(Money, HugeVolumesDoNotOverflow) {
    // 10^12 calls a month at 0.5 元 for 60 months and 46 interfaces.
    Money total;
    for (int i = 0; i < 60 * 46; ++i)
        total += m("0.5") * 1'000'000'000'000LL;
    EXPECT_EQ(total.toDecimalString(), QStringLiteral("1380000000000000.00"));
}

TEST(Money, DecimalStringKeepsAtLeastTwoDecimals) {
    EXPECT_EQ(m("15000").toDecimalString(), QStringLiteral("15000.00"));
    EXPECT_EQ(m("1000.1").toDecimalString(), QStringLiteral("1000.10"));
    EXPECT_EQ(m("-0.006").toDecimalString(), QStringLiteral("-0.006"));
}

TEST(Money, DisplayRoundsToTheFenWithGrouping) {
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(m("1234567.895").toDisplayString(en), QStringLiteral("1,234,567.90"));
    EXPECT_EQ(m("-0.004").toDisplayString(en), QStringLiteral("0.00"));
    EXPECT_EQ(m("-1234.5").toDisplayString(en), QStringLiteral("-1,234.50"));
    const QLocale de(QLocale::German, QLocale::Germany);
    EXPECT_EQ(m("1234.5").toDisplayString(de), QStringLiteral("1.234,50"));
}
