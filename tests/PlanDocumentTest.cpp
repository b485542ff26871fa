#include "model/PlanDocument.h"

#include "model/Catalog.h"
#include "model/InputError.h"
#include "model/ScenarioFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include "TestPrinters.h"

#include <gtest/gtest.h>

using namespace ocp;

namespace {

Money yuan(const char* text) {
    return *Money::parse(QString::fromLatin1(text));
}

Scenario idCardYear() {
    Scenario s;
    s.name = QStringLiteral("W1");
    s.start = YearMonth(2027, 1);
    s.months = 12;
    s.volumes.insert(QStringLiteral("IDCardOCR"), QList<qint64>(12, 25'000));
    s.purchases.append({0, QStringLiteral("id-card"), 100'000, 3});
    return s;
}

} // namespace

TEST(PlanDocument, RecalculatesAfterEveryEdit) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(idCardYear());
    EXPECT_EQ(doc.snapshot()->result.total(), yuan("15000"));
    EXPECT_EQ(doc.snapshot()->postpaidOnly.total(), yuan("28800"));
    EXPECT_EQ(doc.snapshot()->postpaidOnly.total(), doc.snapshot()->result.postpaidOnlyTotal());
    EXPECT_FALSE(doc.isModified());

    QSignalSpy volumes(&doc, &PlanDocument::volumesChanged);
    QSignalSpy results(&doc, &PlanDocument::resultChanged);
    const quint64 before = doc.snapshot()->revision;
    // Month 12 rises to 125,000: 100,000 more calls than the packs cover.
    doc.setVolume(QStringLiteral("IDCardOCR"), 11, 125'000);
    EXPECT_EQ(volumes.count(), 1);
    EXPECT_EQ(results.count(), 1);
    EXPECT_GT(doc.snapshot()->revision, before);
    EXPECT_EQ(doc.snapshot()->scenario, doc.scenario());
    EXPECT_EQ(doc.scenario().callsIn(QStringLiteral("IDCardOCR"), 11), 125'000);
    EXPECT_TRUE(doc.isModified());
    // 36,000 calls are left in the packs; 88,000 are postpaid at tier 3 (all 125,000 calls select it).
    EXPECT_EQ(doc.snapshot()->result.total(), yuan("15000") + yuan("0.06") * 88'000);

    // Setting the same value again is no edit at all.
    doc.setVolume(QStringLiteral("IDCardOCR"), 11, 125'000);
    EXPECT_EQ(results.count(), 1);
}

TEST(PlanDocument, EditsGoThroughTheHandlerAndRevertExactly) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(ScenarioFile::sample(Catalog::defaultCatalog()));
    const Scenario original = doc.scenario();
    const Money originalTotal = doc.snapshot()->result.total();
    QList<ScenarioEdit> edits;
    doc.setEditHandler([&](const ScenarioEdit& e) { edits.append(e); });

    doc.setVolume(QStringLiteral("BankCardOCR"), 3, 99'999);
    ASSERT_EQ(edits.size(), 1);
    EXPECT_EQ(doc.scenario(), original) << "the handler decides when the edit is applied";
    EXPECT_EQ(edits.at(0).kind, ScenarioEdit::Kind::Volumes);
    EXPECT_EQ(edits.at(0).volumes.at(0).before, 9'500);
    EXPECT_EQ(edits.at(0).volumes.at(0).after, 99'999);
    EXPECT_FALSE(edits.at(0).description.isEmpty());

    doc.apply(edits.at(0), true);
    EXPECT_EQ(doc.scenario().callsIn(QStringLiteral("BankCardOCR"), 3), 99'999);
    doc.apply(edits.at(0), false);
    EXPECT_EQ(doc.scenario(), original);
    EXPECT_EQ(doc.snapshot()->result.total(), originalTotal);

    doc.setMonths(6);
    ASSERT_EQ(edits.size(), 2);
    EXPECT_EQ(edits.at(1).kind, ScenarioEdit::Kind::Scenario);
    doc.apply(edits.at(1), true);
    EXPECT_EQ(doc.scenario().months, 6);
    EXPECT_EQ(doc.scenario().volumes.value(QStringLiteral("IDCardOCR")).size(), 6);
    doc.apply(edits.at(1), false);
    EXPECT_EQ(doc.scenario(), original);
}

TEST(PlanDocument, RefusesInvalidEditsWithAMessage) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(idCardYear());
    EXPECT_THROW(doc.setVolume(QStringLiteral("IDCardOCR"), 0, -1), InputError);
    EXPECT_THROW(doc.setVolume(QStringLiteral("BankCardOCR"), 0, 5), InputError); // not in the plan
    EXPECT_THROW(doc.setVolume(QStringLiteral("IDCardOCR"), 12, 5), InputError);  // outside the horizon
    EXPECT_THROW(doc.setMonths(61), InputError);
    EXPECT_THROW(doc.addInterfaces({QStringLiteral("NoSuchOCR")}), InputError);
    EXPECT_THROW(doc.setPackPriceOverride(QStringLiteral("id-card"), 12'345, yuan("1")), InputError);
    EXPECT_THROW(doc.setBillableShare(QStringLiteral("IDCardOCR"), 1'000'001), InputError);
    try {
        doc.addPurchase(Purchase{0, QStringLiteral("id-card"), 12'345, 1});
        FAIL() << "a size the pack does not sell was accepted";
    } catch (const InputError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("size"))) << e.message().toStdString();
    }
    EXPECT_EQ(doc.scenario(), idCardYear());
    EXPECT_FALSE(doc.isModified());
}

TEST(PlanDocument, HorizonChangesDropPurchasesAfterTheEnd) {
    PlanDocument doc(Catalog::defaultCatalog());
    Scenario s = idCardYear();
    s.purchases.append({8, QStringLiteral("id-card"), 10'000, 1});
    doc.load(s);
    doc.setMonths(6);
    EXPECT_EQ(doc.scenario().purchases.size(), 1);
    doc.setMonths(24);
    EXPECT_EQ(doc.scenario().volumes.value(QStringLiteral("IDCardOCR")).size(), 24);
    EXPECT_EQ(doc.scenario().callsIn(QStringLiteral("IDCardOCR"), 23), 0);
}

TEST(PlanDocument, SettingsOverridesAndSharesChangeTheCost) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(idCardYear());
    doc.setPackPriceOverride(QStringLiteral("id-card"), 100'000, yuan("4000"));
    EXPECT_EQ(doc.snapshot()->result.total(), yuan("12000"));
    EXPECT_EQ(doc.snapshot()->result.overriddenPrices.size(), 1);
    doc.setPackPriceOverride(QStringLiteral("id-card"), 100'000, std::nullopt);
    EXPECT_TRUE(doc.scenario().overrides.isEmpty());
    doc.removePurchases({0});
    EXPECT_EQ(doc.snapshot()->result.total(), yuan("28800"));
    doc.setBillableShare(QStringLiteral("IDCardOCR"), 500'000); // half the calls billed: 12,500 a month
    EXPECT_EQ(doc.snapshot()->result.total(), yuan("0.10") * (11'500 * 12));
    doc.setTierPriceOverride(QStringLiteral("id-card"), 1, yuan("0.08"));
    EXPECT_EQ(doc.snapshot()->result.total(), yuan("0.08") * (11'500 * 12));
    doc.setTierBasis(TierBasis::PostpaidCalls);
    EXPECT_EQ(doc.scenario().settings.tierBasis, TierBasis::PostpaidCalls);
    doc.setAboveTopTierPrice(yuan("0.05"));
    EXPECT_EQ(doc.scenario().settings.aboveTopTierPrice, yuan("0.05"));
}

TEST(PlanDocument, SavesAndLoadsFiles) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(ScenarioFile::sample(Catalog::defaultCatalog()));
    doc.setVolume(QStringLiteral("QrcodeOCR"), 0, 1);
    ASSERT_TRUE(doc.isModified());
    QSignalSpy saved(&doc, &PlanDocument::saved);
    doc.saveFile(path);
    EXPECT_EQ(saved.count(), 1);
    EXPECT_FALSE(doc.isModified());
    EXPECT_EQ(doc.displayName(), QStringLiteral("plan.json"));

    PlanDocument other(Catalog::defaultCatalog());
    QSignalSpy loaded(&other, &PlanDocument::loaded);
    other.loadFile(path);
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_EQ(other.scenario(), doc.scenario());
    EXPECT_EQ(other.snapshot()->result.total(), doc.snapshot()->result.total());
    EXPECT_THROW(other.loadFile(dir.filePath(QStringLiteral("missing.json"))), InputError);
    EXPECT_EQ(other.scenario(), doc.scenario());
}

TEST(PlanDocument, OptimizerPlugsIntoTheRecalculator) {
    PlanDocument doc(Catalog::defaultCatalog());
    int calls = 0;
    doc.recalculator().setOptimizer([&](const Catalog& catalog, const Scenario& scenario) {
        ++calls;
        OptimizedPlan plan;
        plan.scenario = scenario;
        plan.packs.resize(catalog.packs().size());
        return plan;
    });
    doc.load(idCardYear());
    EXPECT_EQ(calls, 1);
    ASSERT_TRUE(doc.snapshot()->optimized.has_value());
    EXPECT_EQ(doc.snapshot()->optimized->scenario, doc.scenario());
}
