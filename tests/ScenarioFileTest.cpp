#include "model/io/ScenarioFile.h"

#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "tests/support/Amounts.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::yuan;

namespace {

// The minimal example of docs/scenario-format.md.
const char* const kMinimal = R"({
  "format": "ocr-cost-planner/scenario",
  "version": 1,
  "start": "2027-01",
  "months": 12,
  "volumes": { "IDCardOCR": 25000 },
  "purchases": [ { "month": "2027-01", "pack": "id-card", "size": 100000, "count": 3 } ]
})";

Scenario load(const char* json) {
    return ScenarioFile::fromJson(QByteArray(json), Catalog::defaultCatalog());
}

// The message of the InputError that loading `json` throws; fails the test when nothing is thrown.
std::string errorOf(const QByteArray& json) {
    try {
        ScenarioFile::fromJson(json, Catalog::defaultCatalog());
    } catch (const InputError& e) {
        return e.message().toStdString();
    }
    ADD_FAILURE() << "accepted: " << json.toStdString();
    return {};
}

// A valid scenario with one member replaced by `fragment` (a JSON member list).
QByteArray withFields(const char* fragment) {
    return QByteArray(R"({"format": "ocr-cost-planner/scenario", "version": 1, )") + fragment + "}";
}

} // namespace

TEST(ScenarioFile, MinimalFormLoads) {
    const Scenario s = load(kMinimal);
    EXPECT_EQ(s.start, YearMonth(2027, 1));
    EXPECT_EQ(s.months, 12);
    EXPECT_EQ(s.volumes.value(QStringLiteral("IDCardOCR")), QList<qint64>(12, 25'000));
    ASSERT_EQ(s.purchases.size(), 1);
    EXPECT_EQ(s.purchases.at(0), (Purchase{0, QStringLiteral("id-card"), 100'000, 3}));
    EXPECT_EQ(s.settings.tierBasis, TierBasis::AllCalls);
    EXPECT_EQ(s.settings.purchasePolicy, PurchasePolicy::Start);
    EXPECT_FALSE(s.settings.aboveTopTierPrice.has_value());
    EXPECT_TRUE(s.overrides.isEmpty());
}

TEST(ScenarioFile, NamesIdsNumbersAndArraysAreAccepted) {
    const Scenario s = load(R"({
      "format": "ocr-cost-planner/scenario", "version": 1, "name": "两个月", "start": "2027-11", "months": 2,
      "volumes": { "银行卡识别": [2500, 3000], "DriverLicenseOCR": 9000 },
      "billableShare": { "BankCardOCR": "0.95" },
      "purchases": [ { "month": "2027-12", "pack": "银行卡识别", "size": 1000 } ],
      "settings": { "tierBasis": "postpaid-calls", "purchasePolicy": "any", "aboveTopTierPrice": "0.04" }
    })");
    EXPECT_EQ(s.name, QStringLiteral("两个月"));
    EXPECT_EQ(s.volumes.value(QStringLiteral("BankCardOCR")), (QList<qint64>{2500, 3000}));
    EXPECT_EQ(s.volumes.value(QStringLiteral("DriverLicenseOCR")), (QList<qint64>{9000, 9000}));
    EXPECT_EQ(s.shareOf(QStringLiteral("BankCardOCR")), 950'000);
    ASSERT_EQ(s.purchases.size(), 1);
    EXPECT_EQ(s.purchases.at(0), (Purchase{1, QStringLiteral("bank-card"), 1000, 1}));
    EXPECT_EQ(s.settings.tierBasis, TierBasis::PostpaidCalls);
    EXPECT_EQ(s.settings.purchasePolicy, PurchasePolicy::Any);
    EXPECT_EQ(s.settings.aboveTopTierPrice, yuan("0.04"));
}

TEST(ScenarioFile, AboveTopTierPriceByGroup) {
    const Scenario s = load(withFields(R"("start": "2027-01", "months": 1,
        "settings": { "aboveTopTierPrice": { "bank-card": "0.05", "通用印刷体识别": "0.045" } })")
                                .constData());
    EXPECT_FALSE(s.settings.aboveTopTierPrice.has_value());
    EXPECT_EQ(s.settings.aboveTopTierPriceByGroup.value(QStringLiteral("bank-card")), yuan("0.05"));
    EXPECT_EQ(s.settings.aboveTopTierPriceByGroup.value(QStringLiteral("general-print")), yuan("0.045"));
}

TEST(ScenarioFile, PriceOverridesLoad) {
    const Scenario s = load(withFields(R"("start": "2027-01", "months": 1,
        "priceOverrides": { "packs": { "id-card": { "100000": "4500" } },
                            "postpaid": { "vehicle-driver-license": [null, "0.08"] } })")
                                .constData());
    EXPECT_EQ(s.overrides.packPrices.value(QStringLiteral("id-card")).value(100'000), yuan("4500"));
    const QMap<int, Money> tiers = s.overrides.tierPrices.value(QStringLiteral("vehicle-driver-license"));
    EXPECT_EQ(tiers.size(), 1);
    EXPECT_EQ(tiers.value(1), yuan("0.08"));
}

TEST(ScenarioFile, RoundTripGivesAnEqualScenario) {
    Scenario s = ScenarioFile::sample(Catalog::defaultCatalog());
    s.name = QStringLiteral("往返 round trip");
    s.billableShare.insert(QStringLiteral("GeneralBasicOCR"), 333'333);
    s.overrides.packPrices[QStringLiteral("bank-card")].insert(10'000, yuan("1050.5"));
    s.overrides.tierPrices[QStringLiteral("general-print")].insert(2, yuan("0.055"));
    s.settings.tierBasis = TierBasis::PostpaidCalls;
    s.settings.purchasePolicy = PurchasePolicy::Any;
    s.settings.aboveTopTierPrice = yuan("0.03");
    s.settings.aboveTopTierPriceByGroup.insert(QStringLiteral("bank-card"), yuan("0.025"));
    s.purchases.append({5, QStringLiteral("vat-invoice"), 10'000, 2});

    const Scenario back = ScenarioFile::fromJson(ScenarioFile::toJson(s), Catalog::defaultCatalog());
    EXPECT_EQ(back, s);
    EXPECT_EQ(back.settings.aboveTopTierPrice, yuan("0.03")); // kept next to the per-group price

    // Through a file as well.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("scenario.json"));
    ScenarioFile::save(s, path);
    EXPECT_EQ(ScenarioFile::fromFile(path, Catalog::defaultCatalog()), s);
}

TEST(ScenarioFile, EveryRefusalNamesTheField) {
    struct Case {
        const char* what;
        QByteArray json;
        const char* field;
    };
    const QList<Case> cases = {
        {"wrong format name",
         R"({"format": "ocr-cost-planner/plan", "version": 1, "start": "2027-01", "months": 1})", "format"},
        {"newer version",
         R"({"format": "ocr-cost-planner/scenario", "version": 3, "start": "2027-01", "months": 1})",
         "version"},
        {"months 0", withFields(R"("start": "2027-01", "months": 0)"), "months"},
        {"months 61", withFields(R"("start": "2027-01", "months": 61)"), "months"},
        {"start 2027-13", withFields(R"("start": "2027-13", "months": 1)"), "start"},
        {"array of wrong length",
         withFields(R"("start": "2027-01", "months": 3, "volumes": {"IDCardOCR": [1, 2]})"),
         "volumes.IDCardOCR"},
        {"negative calls",
         withFields(R"("start": "2027-01", "months": 2, "volumes": {"IDCardOCR": [5, -1]})"),
         "volumes.IDCardOCR[1]"},
        {"non-integer calls",
         withFields(R"("start": "2027-01", "months": 1, "volumes": {"IDCardOCR": 10.5})"),
         "volumes.IDCardOCR"},
        {"calls as a string",
         withFields(R"("start": "2027-01", "months": 1, "volumes": {"IDCardOCR": "10"})"),
         "volumes.IDCardOCR"},
        {"unknown interface",
         withFields(R"("start": "2027-01", "months": 1, "volumes": {"PalmReadingOCR": 10})"),
         "volumes.PalmReadingOCR"},
        {"interface given twice",
         withFields(R"("start": "2027-01", "months": 1, "volumes": {"IDCardOCR": 10, "身份证识别": 20})"),
         "volumes."},
        {"unknown pack",
         withFields(
             R"("start": "2027-01", "months": 1, "purchases": [{"month": "2027-01", "pack": "palm", "size": 1000}])"),
         "purchases[0].pack"},
        {"size not sold",
         withFields(
             R"("start": "2027-01", "months": 1, "purchases": [{"month": "2027-01", "pack": "id-card", "size": 5000}])"),
         "purchases[0].size"},
        {"purchase month outside the horizon",
         withFields(
             R"("start": "2027-01", "months": 2, "purchases": [{"month": "2027-03", "pack": "id-card", "size": 1000}])"),
         "purchases[0].month"},
        {"purchase month before the start",
         withFields(
             R"("start": "2027-01", "months": 2, "purchases": [{"month": "2026-12", "pack": "id-card", "size": 1000}])"),
         "purchases[0].month"},
        {"count 0",
         withFields(
             R"("start": "2027-01", "months": 1, "purchases": [{"month": "2027-01", "pack": "id-card", "size": 1000, "count": 0}])"),
         "purchases[0].count"},
        {"share above 1",
         withFields(R"("start": "2027-01", "months": 1, "billableShare": {"IDCardOCR": "1.2"})"),
         "billableShare.IDCardOCR"},
        {"share given twice",
         withFields(
             R"("start": "2027-01", "months": 1, "billableShare": {"IDCardOCR": "0.9", "身份证识别": "0.8"})"),
         "billableShare."},
        {"bad tier basis",
         withFields(R"("start": "2027-01", "months": 1, "settings": {"tierBasis": "some-calls"})"),
         "settings.tierBasis"},
        {"price as a number",
         withFields(R"("start": "2027-01", "months": 1, "settings": {"aboveTopTierPrice": 0.04})"),
         "settings.aboveTopTierPrice"},
        {"missing start", withFields(R"("months": 1)"), "start"},
    };
    for (const Case& c : cases) {
        const std::string message = errorOf(c.json);
        EXPECT_NE(message.find(c.field), std::string::npos) << c.what << ": " << message;
    }
}

TEST(ScenarioFile, MalformedJsonGivesTheLineNumber) {
    const std::string message = errorOf(QByteArrayLiteral("{\n  \"format\": \"ocr-cost-planner/scenario\",\n"
                                                          "  \"version\": 1\n  \"start\": \"2027-01\"\n}"));
    EXPECT_NE(message.find("line 4"), std::string::npos) << message;
    EXPECT_NE(errorOf(QByteArrayLiteral("")).find("empty"), std::string::npos);
    EXPECT_NE(errorOf(QByteArrayLiteral("[1, 2]")).find("object"), std::string::npos);
}

TEST(ScenarioFile, UnreadableFileNamesThePath) {
    try {
        ScenarioFile::fromFile(QStringLiteral("/nonexistent/scenario.json"), Catalog::defaultCatalog());
        ADD_FAILURE() << "no error";
    } catch (const InputError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("/nonexistent/scenario.json")));
    }
}
