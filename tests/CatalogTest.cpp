#include "model/Catalog.h"
#include "model/InputError.h"

#include <gtest/gtest.h>

using namespace ocp;

namespace {

Money price(const char* text) { return *Money::parse(QString::fromLatin1(text)); }

const ResourcePack& pack(const Catalog& c, const char* key) {
    const int i = c.packIndex(QString::fromUtf8(key));
    EXPECT_GE(i, 0) << key;
    return c.packs().at(i);
}

const PostpaidGroup& group(const Catalog& c, const char* key) {
    const int i = c.groupIndex(QString::fromUtf8(key));
    EXPECT_GE(i, 0) << key;
    return c.postpaidGroups().at(i);
}

} // namespace

TEST(DefaultCatalog, HasThePublishedCounts) {
    const Catalog& c = Catalog::defaultCatalog();
    EXPECT_EQ(c.categories().size(), 5);
    EXPECT_EQ(c.interfaces().size(), 46);
    EXPECT_EQ(c.packs().size(), 23);
    EXPECT_EQ(c.postpaidGroups().size(), 22);
    EXPECT_EQ(c.currency(), QStringLiteral("CNY"));
}

TEST(DefaultCatalog, SharedPacksHoldTheirInterfaces) {
    const Catalog& c = Catalog::defaultCatalog();
    EXPECT_EQ(c.interfacesOfPack(c.packIndex(QStringLiteral("通用证照识别"))).size(), 9);
    EXPECT_EQ(c.interfacesOfPack(c.packIndex(QStringLiteral("通用票据识别（小票）"))).size(), 12);
    EXPECT_EQ(c.interfacesOfPack(c.packIndex(QStringLiteral("图片文字识别（基础版）"))).size(), 2);
    EXPECT_EQ(c.interfacesOfPack(c.packIndex(QStringLiteral("通用票据识别（大票）"))).size(), 2);
    EXPECT_EQ(c.interfacesOfPack(c.packIndex(QStringLiteral("行业文档识别"))).size(), 3);
    const int vehicleReg = c.interfaceIndex(QStringLiteral("机动车登记证书识别"));
    ASSERT_GE(vehicleReg, 0);
    EXPECT_EQ(c.interfaces().at(vehicleReg).pack, c.packIndex(QStringLiteral("通用证照识别")));
}

TEST(DefaultCatalog, DrivingAndVehicleLicencesShareOnePostpaidGroupButNotAPack) {
    const Catalog& c = Catalog::defaultCatalog();
    const int driver = c.interfaceIndex(QStringLiteral("DriverLicenseOCR"));
    const int vehicle = c.interfaceIndex(QStringLiteral("VehicleLicenseOCR"));
    ASSERT_GE(driver, 0);
    ASSERT_GE(vehicle, 0);
    EXPECT_NE(c.interfaces().at(driver).pack, c.interfaces().at(vehicle).pack);
    EXPECT_EQ(c.interfaces().at(driver).postpaidGroup, c.interfaces().at(vehicle).postpaidGroup);
    EXPECT_EQ(c.packsOfGroup(c.interfaces().at(driver).postpaidGroup).size(), 2);
}

TEST(DefaultCatalog, PriceSpotCheckFromEveryCategory) {
    const Catalog& c = Catalog::defaultCatalog();
    // General text: high-accuracy print, 1,000,000 calls for 80,000 元; tiers 0.50/0.35/0.20.
    EXPECT_EQ(pack(c, "通用印刷体识别（高精度版）").size(1'000'000)->price, price("80000"));
    EXPECT_EQ(group(c, "通用印刷体识别（高精度版）").tiers.at(1).unitPrice, price("0.35"));
    EXPECT_EQ(pack(c, "图片文字识别（基础版）").size(1000)->price, price("9"));
    EXPECT_EQ(group(c, "图片文字识别（基础版）").tiers.at(2).unitPrice, price("0.006"));
    // Cards: ID card 100,000 for 5,000 元.
    EXPECT_EQ(pack(c, "身份证识别").size(100'000)->price, price("5000"));
    EXPECT_EQ(group(c, "银行卡识别").tiers.at(0).unitPrice, price("0.15"));
    // Vehicles: VIN 10,000,000 for 200,000 元.
    EXPECT_EQ(pack(c, "车辆VIN码识别").size(10'000'000)->price, price("200000"));
    // Bills: small tickets 10,000 for 500 元, postpaid 0.10 (the page writes 0.10元次).
    EXPECT_EQ(pack(c, "通用票据识别（小票）").size(10'000)->price, price("500"));
    EXPECT_EQ(group(c, "通用票据识别（小票）").tiers.at(0).unitPrice, price("0.10"));
    EXPECT_EQ(pack(c, "增值税发票识别").size(1000)->price, price("400"));
    // Industry documents: tables 1,000,000 for 30,000 元.
    EXPECT_EQ(pack(c, "表格识别").size(1'000'000)->price, price("30000"));
    for (const PostpaidGroup& g : c.postpaidGroups()) {
        ASSERT_EQ(g.tiers.size(), 3) << g.id.toStdString();
        EXPECT_EQ(g.tiers.at(0).upTo, 10'000);
        EXPECT_EQ(g.tiers.at(1).upTo, 100'000);
        EXPECT_EQ(g.tiers.at(2).upTo, 1'000'000);
        EXPECT_FALSE(g.aboveTopTierPrice.has_value()) << "above 1,000,000 is contact-sales";
    }
    for (const ResourcePack& p : c.packs()) {
        EXPECT_EQ(p.sizes.size(), 5);
        EXPECT_EQ(p.freeCallsPerMonth, 1000);
        EXPECT_EQ(p.validityMonths, 12);
    }
}

TEST(DefaultCatalog, RoundTripsThroughJson) {
    const Catalog& c = Catalog::defaultCatalog();
    const Catalog again = Catalog::fromJson(c.toJson());
    EXPECT_EQ(again.toJson(), c.toJson());
}
