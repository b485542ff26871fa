#include "model/io/Display.h"

#include "model/billing/VolumeFill.h"

#include <gtest/gtest.h>

using namespace ocp;

TEST(Display, ParsesCallsAsUsersTypeThem) {
    EXPECT_EQ(Display::parseCalls(QStringLiteral("25000")), 25000);
    EXPECT_EQ(Display::parseCalls(QStringLiteral(" 25,000 ")), 25000);
    EXPECT_EQ(Display::parseCalls(QStringLiteral("1 200 000")), 1200000);
    EXPECT_EQ(Display::parseCalls(QStringLiteral("２５０００")), 25000); // full-width digits
    EXPECT_EQ(Display::parseCalls(QStringLiteral("2.5万")), 25000);
    EXPECT_EQ(Display::parseCalls(QStringLiteral("3k")), 3000);
    EXPECT_EQ(Display::parseCalls(QStringLiteral("1.2M")), 1200000);
    EXPECT_EQ(Display::parseCalls(QStringLiteral("")), 0);
}

TEST(Display, RefusesWhatIsNotACountOfCalls) {
    QString reason;
    EXPECT_FALSE(Display::parseCalls(QStringLiteral("-5"), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("negative"))) << reason.toStdString();
    EXPECT_TRUE(reason.contains(QStringLiteral("-5")));
    EXPECT_FALSE(Display::parseCalls(QStringLiteral("abc"), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("abc")));
    EXPECT_FALSE(Display::parseCalls(QStringLiteral("12.5"), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("whole")));
    EXPECT_FALSE(Display::parseCalls(QStringLiteral("1e6"), &reason));
    EXPECT_FALSE(Display::parseCalls(QStringLiteral("2000000000000"), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("1,000,000,000,000"))) << reason.toStdString();
    // Digits only, too many even for the arithmetic: the limit, not "not a number".
    for (const char* huge : {"10000000000000", "9999999999999", "123456789012345678901234"}) {
        EXPECT_FALSE(Display::parseCalls(QString::fromLatin1(huge), &reason));
        EXPECT_TRUE(reason.contains(QStringLiteral("more than 1,000,000,000,000 calls a month")))
            << reason.toStdString();
    }
    EXPECT_EQ(Display::parseCalls(QStringLiteral("1000000000000")), 1'000'000'000'000);
}

TEST(Display, FormatsFiguresForTheUser) {
    EXPECT_EQ(Display::calls(1234567), QStringLiteral("1,234,567"));
    EXPECT_EQ(Display::money(*Money::parse(u"15000")), QStringLiteral("15,000.00"));
    EXPECT_EQ(Display::percent(950'000), QStringLiteral("95%"));
    EXPECT_EQ(Display::percent(955'000), QStringLiteral("95.5%"));
    EXPECT_EQ(Display::percent(-205'000), QStringLiteral("-20.5%"));
    EXPECT_EQ(Display::perCallPrice(*Money::parse(u"550"), 100'000), QStringLiteral("0.0055"));
    EXPECT_EQ(Display::perCallPrice(*Money::parse(u"5000"), 100'000), QStringLiteral("0.05"));
    EXPECT_EQ(Display::name(QStringLiteral("身份证识别"), QStringLiteral("ID card")),
              QStringLiteral("ID card"));
}

TEST(Display, ParsesPricesAndPercentages) {
    EXPECT_EQ(Display::parsePrice(QStringLiteral("4,500.50 元")), Money::parse(u"4500.5"));
    EXPECT_EQ(Display::parsePrice(QStringLiteral("¥0.006")), Money::parse(u"0.006"));
    EXPECT_FALSE(Display::parsePrice(QStringLiteral("-1")));
    EXPECT_EQ(Display::parseDecimalMillionths(QStringLiteral("5%")), 5'000'000);
    EXPECT_EQ(Display::parseDecimalMillionths(QStringLiteral("1.15")), 1'150'000);
    EXPECT_FALSE(Display::parseDecimalMillionths(QStringLiteral("five")));
}

TEST(VolumeFill, GrowthCompoundsExactlyAndRoundsOnce) {
    EXPECT_EQ(VolumeFill::grown(10'000, 10'000'000, 0), 10'000); // +10%, month 0
    EXPECT_EQ(VolumeFill::grown(10'000, 10'000'000, 1), 11'000);
    EXPECT_EQ(VolumeFill::grown(10'000, 10'000'000, 2), 12'100);
    EXPECT_EQ(VolumeFill::grown(10'000, 10'000'000, 3), 13'310);
    EXPECT_EQ(VolumeFill::grown(10'000, -50'000'000, 1), 5'000);
    EXPECT_FALSE(VolumeFill::grown(10'000, -150'000'000, 1));
    EXPECT_FALSE(VolumeFill::grown(900'000'000'000, 100'000'000, 1)); // doubling passes 10^12
}

TEST(VolumeFill, ScaleAndFactorsRoundHalfUp) {
    EXPECT_EQ(VolumeFill::scaled(1'000, 10'000'000), 1'100);
    EXPECT_EQ(VolumeFill::scaled(1'000, -20'000'000), 800);
    EXPECT_EQ(VolumeFill::scaled(5, 10'000'000), 6); // 5.5 rounds up
    EXPECT_EQ(VolumeFill::multiplied(1'000, 1'150'000), 1'150);
    EXPECT_EQ(VolumeFill::multiplied(3, 500'000), 2); // 1.5 rounds up
    EXPECT_FALSE(VolumeFill::multiplied(3, -1));
}
