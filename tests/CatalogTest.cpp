#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/Scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>
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

// Catalog validation: one test per refusal, each starting from a small valid catalog (two
// packs of one category sharing one postpaid group, like the licences) and breaking one thing.
// Every message must name the field by its path, so a user can find it in the file.
namespace {

QJsonObject validCatalog() {
    auto size = [](qint64 calls, const char* price) {
        return QJsonObject{{QStringLiteral("calls"), calls}, {QStringLiteral("price"), QString::fromLatin1(price)}};
    };
    auto tier = [](qint64 upTo, const char* price) {
        return QJsonObject{{QStringLiteral("upTo"), upTo}, {QStringLiteral("unitPrice"), QString::fromLatin1(price)}};
    };
    auto pack = [&](const char* id) {
        return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                           {QStringLiteral("name"), QString::fromLatin1(id)},
                           {QStringLiteral("category"), QStringLiteral("cards")},
                           {QStringLiteral("sizes"), QJsonArray{size(1000, "120"), size(10'000, "800")}}};
    };
    auto api = [](const char* id, const char* packId) {
        return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                           {QStringLiteral("name"), QString::fromLatin1(id)},
                           {QStringLiteral("category"), QStringLiteral("cards")},
                           {QStringLiteral("pack"), QString::fromLatin1(packId)},
                           {QStringLiteral("postpaidGroup"), QStringLiteral("licences")}};
    };
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("ocr-cost-planner/catalog")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("currency"), QStringLiteral("CNY")},
        {QStringLiteral("freeCallsPerMonth"), 1000},
        {QStringLiteral("packValidityMonths"), 12},
        {QStringLiteral("categories"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("cards")}, {QStringLiteral("name"), QStringLiteral("Cards")}}}},
        {QStringLiteral("resourcePacks"), QJsonArray{pack("driver"), pack("vehicle")}},
        {QStringLiteral("postpaidGroups"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("licences")},
                                {QStringLiteral("name"), QStringLiteral("Licences")},
                                {QStringLiteral("tiers"), QJsonArray{tier(10'000, "0.15"), tier(100'000, "0.10")}}}}},
        {QStringLiteral("interfaces"), QJsonArray{api("DriverLicenseOCR", "driver"), api("VehicleLicenseOCR", "vehicle")}},
    };
}

// Applies `edit` to the element at `key`[index] (an object inside an array of the root).
void editEntry(QJsonObject& root, const char* key, int index, const std::function<void(QJsonObject&)>& edit) {
    QJsonArray list = root.value(QString::fromLatin1(key)).toArray();
    QJsonObject entry = list.at(index).toObject();
    edit(entry);
    list.replace(index, entry);
    root.insert(QString::fromLatin1(key), list);
}

// The message the loader refuses `json` with ("" when it is accepted).
std::string refusal(const QByteArray& json) {
    try {
        Catalog::fromJson(json);
    } catch (const InputError& e) {
        return e.message().toStdString();
    }
    return {};
}

std::string refusal(const QJsonObject& root) {
    return refusal(QJsonDocument(root).toJson());
}

std::string refusalAfter(const std::function<void(QJsonObject&)>& edit) {
    QJsonObject root = validCatalog();
    edit(root);
    return refusal(root);
}

} // namespace

// "catalog: interfaces[0].pack: is required" names what is wrong and where.
static ::testing::AssertionResult says(const std::string& message, const char* part) {
    if (message.find(part) != std::string::npos)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "message \"" << message << "\" does not contain \"" << part << '"';
}

TEST(CatalogValidation, TheSmallCatalogIsValid) {
    EXPECT_EQ(refusal(validCatalog()), "");
    const Catalog c = Catalog::fromJson(QJsonDocument(validCatalog()).toJson());
    EXPECT_EQ(c.packs().size(), 2);
    EXPECT_EQ(c.packsOfGroup(0).size(), 2);
}

TEST(CatalogValidation, NotJson) {
    EXPECT_TRUE(says(refusal(QByteArray("{\"format\": ")), "catalog is not valid JSON"));
}

TEST(CatalogValidation, TopLevelNotAnObject) {
    EXPECT_TRUE(says(refusal(QByteArray("[1, 2]")), "must be a JSON object at the top level"));
}

TEST(CatalogValidation, WrongFormat) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) { r.insert(QStringLiteral("format"), QStringLiteral("csv")); }),
                "format: is \"csv\", expected \"ocr-cost-planner/catalog\""));
}

TEST(CatalogValidation, NewerVersion) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) { r.insert(QStringLiteral("version"), 2); }),
                "version: 2 is newer than this planner reads (1)"));
}

TEST(CatalogValidation, VersionOutOfRange) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) { r.insert(QStringLiteral("version"), 0); }),
                "version: 0 is out of range (1 to 1000000)"));
}

TEST(CatalogValidation, MissingCurrency) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) { r.remove(QStringLiteral("currency")); }),
                "currency: is required"));
}

TEST(CatalogValidation, NegativeFreeCalls) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) { r.insert(QStringLiteral("freeCallsPerMonth"), -1); }),
                "freeCallsPerMonth: -1 is out of range"));
}

TEST(CatalogValidation, ValidityOfZeroMonths) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) { r.insert(QStringLiteral("packValidityMonths"), 0); }),
                "packValidityMonths: 0 is out of range (1 to 120)"));
}

TEST(CatalogValidation, UnknownTopLevelField) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) { r.insert(QStringLiteral("discount"), 10); }),
                "discount: is not a known field"));
}

TEST(CatalogValidation, NoCategories) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) { r.insert(QStringLiteral("categories"), QJsonArray()); }),
                "categories: needs at least one category"));
}

TEST(CatalogValidation, IdWithSpaces) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "categories", 0, [](QJsonObject& e) { e.insert(QStringLiteral("id"), QStringLiteral("my cards")); });
                }),
                "categories[0].id: \"my cards\" must be ASCII letters, digits"));
}

TEST(CatalogValidation, CategoryUsedTwice) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    QJsonArray list = r.value(QStringLiteral("categories")).toArray();
                    list.append(list.at(0));
                    r.insert(QStringLiteral("categories"), list);
                }),
                "categories[1].id: \"cards\" is used twice"));
}

TEST(CatalogValidation, MissingCategoryName) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "categories", 0, [](QJsonObject& e) { e.remove(QStringLiteral("name")); });
                }),
                "categories[0].name: is required"));
}

TEST(CatalogValidation, NoResourcePacks) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) { r.insert(QStringLiteral("resourcePacks"), QJsonArray()); }),
                "resourcePacks: needs at least one resource pack"));
}

TEST(CatalogValidation, PackInAnUnknownCategory) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "resourcePacks", 1, [](QJsonObject& e) { e.insert(QStringLiteral("category"), QStringLiteral("cars")); });
                }),
                "resourcePacks[1].category: \"cars\" is not a category id"));
}

TEST(CatalogValidation, PackWithoutSizes) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "resourcePacks", 0, [](QJsonObject& e) { e.insert(QStringLiteral("sizes"), QJsonArray()); });
                }),
                "resourcePacks[0].sizes: needs at least one pack size with a price"));
}

TEST(CatalogValidation, PackSizeListedTwice) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "resourcePacks", 0, [](QJsonObject& e) {
                        QJsonArray sizes = e.value(QStringLiteral("sizes")).toArray();
                        sizes.append(sizes.at(0));
                        e.insert(QStringLiteral("sizes"), sizes);
                    });
                }),
                "resourcePacks[0].sizes[2].calls: 1000 is listed twice"));
}

TEST(CatalogValidation, PackSizeWithoutPrice) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "resourcePacks", 0, [](QJsonObject& e) {
                        QJsonArray sizes = e.value(QStringLiteral("sizes")).toArray();
                        QJsonObject first = sizes.at(0).toObject();
                        first.remove(QStringLiteral("price"));
                        sizes.replace(0, first);
                        e.insert(QStringLiteral("sizes"), sizes);
                    });
                }),
                "resourcePacks[0].sizes[0].price: is required"));
}

TEST(CatalogValidation, PriceAsANumber) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "resourcePacks", 0, [](QJsonObject& e) {
                        QJsonArray sizes = e.value(QStringLiteral("sizes")).toArray();
                        QJsonObject first = sizes.at(0).toObject();
                        first.insert(QStringLiteral("price"), 120);
                        sizes.replace(0, first);
                        e.insert(QStringLiteral("sizes"), sizes);
                    });
                }),
                "resourcePacks[0].sizes[0].price: must be a decimal string"));
}

TEST(CatalogValidation, PackValidityTooLong) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "resourcePacks", 0, [](QJsonObject& e) { e.insert(QStringLiteral("validityMonths"), 121); });
                }),
                "resourcePacks[0].validityMonths: 121 is out of range (1 to 120)"));
}

TEST(CatalogValidation, PackUsedTwice) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "resourcePacks", 1, [](QJsonObject& e) { e.insert(QStringLiteral("id"), QStringLiteral("driver")); });
                }),
                "resourcePacks[1].id: \"driver\" is used twice"));
}

TEST(CatalogValidation, NoPostpaidGroups) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) { r.insert(QStringLiteral("postpaidGroups"), QJsonArray()); }),
                "postpaidGroups: needs at least one postpaid group"));
}

TEST(CatalogValidation, GroupWithoutTiers) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "postpaidGroups", 0, [](QJsonObject& e) { e.insert(QStringLiteral("tiers"), QJsonArray()); });
                }),
                "postpaidGroups[0].tiers: needs at least one tier"));
}

// R4: tiers are (0, 10,000], (10,000, 100,000]: a second tier that ends at or below the first
// would overlap it.
TEST(CatalogValidation, OverlappingTiers) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "postpaidGroups", 0, [](QJsonObject& e) {
                        QJsonArray tiers = e.value(QStringLiteral("tiers")).toArray();
                        QJsonObject second = tiers.at(1).toObject();
                        second.insert(QStringLiteral("upTo"), 10'000);
                        tiers.replace(1, second);
                        e.insert(QStringLiteral("tiers"), tiers);
                    });
                }),
                "postpaidGroups[0].tiers[1].upTo: 10000 must be greater than the previous tier's 10000"));
}

TEST(CatalogValidation, NegativeTierPrice) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "postpaidGroups", 0, [](QJsonObject& e) {
                        QJsonArray tiers = e.value(QStringLiteral("tiers")).toArray();
                        QJsonObject first = tiers.at(0).toObject();
                        first.insert(QStringLiteral("unitPrice"), QStringLiteral("-0.15"));
                        tiers.replace(0, first);
                        e.insert(QStringLiteral("tiers"), tiers);
                    });
                }),
                "postpaidGroups[0].tiers[0].unitPrice: must not be negative"));
}

TEST(CatalogValidation, AboveTopTierNeitherAPriceNorContactSales) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "postpaidGroups", 0, [](QJsonObject& e) { e.insert(QStringLiteral("aboveTopTier"), true); });
                }),
                "postpaidGroups[0].aboveTopTier: must be a decimal string"));
}

TEST(CatalogValidation, NoInterfaces) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) { r.insert(QStringLiteral("interfaces"), QJsonArray()); }),
                "interfaces: needs at least one interface"));
}

TEST(CatalogValidation, InterfaceInAnUnknownCategory) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "interfaces", 0, [](QJsonObject& e) { e.insert(QStringLiteral("category"), QStringLiteral("cars")); });
                }),
                "interfaces[0].category: \"cars\" is not a category id"));
}

TEST(CatalogValidation, InterfaceOfAnUnknownPack) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "interfaces", 1, [](QJsonObject& e) { e.insert(QStringLiteral("pack"), QStringLiteral("truck")); });
                }),
                "interfaces[1].pack: \"truck\" is not a resource pack id"));
}

TEST(CatalogValidation, InterfaceOfAnUnknownGroup) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "interfaces", 1, [](QJsonObject& e) { e.insert(QStringLiteral("postpaidGroup"), QStringLiteral("trucks")); });
                }),
                "interfaces[1].postpaidGroup: \"trucks\" is not a postpaid group id"));
}

TEST(CatalogValidation, InterfaceWithoutAPack) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "interfaces", 0, [](QJsonObject& e) { e.remove(QStringLiteral("pack")); });
                }),
                "interfaces[0].pack: is required"));
}

TEST(CatalogValidation, InterfaceUsedTwice) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "interfaces", 1, [](QJsonObject& e) { e.insert(QStringLiteral("id"), QStringLiteral("DriverLicenseOCR")); });
                }),
                "interfaces[1].id: \"DriverLicenseOCR\" is used twice"));
}

TEST(CatalogValidation, UnknownFieldInAnInterface) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "interfaces", 0, [](QJsonObject& e) { e.insert(QStringLiteral("prize"), QStringLiteral("1")); });
                }),
                "interfaces[0].prize: is not a known field"));
}

TEST(CatalogValidation, PackUsedByNoInterface) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    editEntry(r, "interfaces", 1, [](QJsonObject& e) { e.insert(QStringLiteral("pack"), QStringLiteral("driver")); });
                }),
                "resourcePacks[1]: pack \"vehicle\" is used by no interface"));
}

TEST(CatalogValidation, PackSplitAcrossTwoGroups) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    QJsonArray groups = r.value(QStringLiteral("postpaidGroups")).toArray();
                    QJsonObject second = groups.at(0).toObject();
                    second.insert(QStringLiteral("id"), QStringLiteral("other"));
                    groups.append(second);
                    r.insert(QStringLiteral("postpaidGroups"), groups);
                    QJsonArray apis = r.value(QStringLiteral("interfaces")).toArray();
                    QJsonObject third = apis.at(0).toObject();
                    third.insert(QStringLiteral("id"), QStringLiteral("DriverLicenseOCR2"));
                    third.insert(QStringLiteral("postpaidGroup"), QStringLiteral("other"));
                    apis.append(third);
                    r.insert(QStringLiteral("interfaces"), apis);
                }),
                "interfaces[2].postpaidGroup: \"other\" differs from the group of the other interfaces of "
                          "pack \"driver\""));
}

TEST(CatalogValidation, GroupUsedByNoInterface) {
    EXPECT_TRUE(says(refusalAfter([](QJsonObject& r) {
                    QJsonArray groups = r.value(QStringLiteral("postpaidGroups")).toArray();
                    QJsonObject second = groups.at(0).toObject();
                    second.insert(QStringLiteral("id"), QStringLiteral("unused"));
                    groups.append(second);
                    r.insert(QStringLiteral("postpaidGroups"), groups);
                }),
                "postpaidGroups[1]: group \"unused\" is used by no interface"));
}

// A purchase of a size the catalog does not sell is refused when billed, naming the pack
// and the size (R2: only the listed sizes can be bought).
TEST(CatalogValidation, PackSizeNotSoldIsRefusedWhenBilled) {
    const Catalog c = Catalog::fromJson(QJsonDocument(validCatalog()).toJson());
    Scenario s;
    s.months = 1;
    s.volumes.insert(QStringLiteral("DriverLicenseOCR"), {5000});
    s.purchases.append({0, QStringLiteral("driver"), 5000, 1});
    try {
        BillingEngine::run(c, s);
        FAIL() << "a 5,000-call pack was billed";
    } catch (const InputError& e) {
        EXPECT_TRUE(says(e.message().toStdString(), "pack driver is not sold in a size of 5000 calls"));
    }
}
