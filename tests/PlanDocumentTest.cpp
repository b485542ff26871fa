#include "model/document/PlanDocument.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/Money.h"
#include "model/billing/ScenarioDerivation.h"
#include "model/io/PlanFile.h"
#include "model/io/PlanWording.h"
#include "model/io/ScenarioFile.h"
#include "model/optimizer/Cancelled.h"
#include "model/optimizer/OptimizerRefusal.h"
#include "model/optimizer/PurchaseOptimizer.h"
#include "tests/support/Amounts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDate>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QThreadPool>
#include <QTemporaryDir>
#include <atomic>
#include <gtest/gtest.h>
#include <stdexcept>
#include <memory>

using namespace ocp;
using ocp::test::yuan;

namespace {

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

TEST(PlanDocument, TheSamplePlanHoldsThreeScenariosDerivedFromTheSample) {
    const Catalog& catalog = Catalog::defaultCatalog();
    const Plan plan = PlanFile::sample(catalog);
    ASSERT_EQ(plan.scenarios.size(), 3);
    const Scenario base = ScenarioFile::sample(catalog);
    EXPECT_EQ(plan.scenarios.at(0).name, QStringLiteral("基准"));
    EXPECT_EQ(plan.scenarios.at(1).name, QStringLiteral("保守"));
    EXPECT_EQ(plan.scenarios.at(2).name, QStringLiteral("乐观"));
    EXPECT_EQ(plan.scenarios.at(0).volumes, base.volumes);
    EXPECT_EQ(plan.scenarios.at(1).callsIn(QStringLiteral("IDCardOCR"), 0), 20'000);
    EXPECT_EQ(plan.scenarios.at(2).callsIn(QStringLiteral("IDCardOCR"), 0), 32'500);
    EXPECT_EQ(plan.scenarios.at(1).purchases, base.purchases);
    EXPECT_EQ(plan.weightOf(0) + plan.weightOf(1) + plan.weightOf(2), Scenario::kFullShare);
    for (const Scenario& s : plan.scenarios)
        EXPECT_NO_THROW(ScenarioFile::validate(s, catalog));
}

TEST(PlanDocument, SwitchingScenariosIsNavigationNotAnEdit) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(PlanFile::sample(Catalog::defaultCatalog()));
    QList<ScenarioEdit> edits;
    doc.setEditHandler([&](const ScenarioEdit& e) { edits.append(e); });
    QSignalSpy replaced(&doc, &PlanDocument::scenarioReplaced);
    QSignalSpy results(&doc, &PlanDocument::resultChanged);
    QSignalSpy current(&doc, &PlanDocument::currentScenarioChanged);
    doc.setCurrentScenario(2);
    EXPECT_EQ(doc.currentScenario(), 2);
    EXPECT_EQ(doc.scenario().name, QStringLiteral("乐观"));
    EXPECT_EQ(doc.snapshot()->scenario, doc.scenario());
    EXPECT_EQ(doc.snapshot()->result.total(), BillingEngine::run(doc.catalog(), doc.scenario()).total());
    EXPECT_EQ(replaced.count(), 1);
    EXPECT_EQ(results.count(), 1);
    ASSERT_EQ(current.count(), 1);
    EXPECT_EQ(current.at(0).at(0).toInt(), 2);
    EXPECT_TRUE(edits.isEmpty());
    EXPECT_FALSE(doc.isModified());
    EXPECT_THROW(doc.setCurrentScenario(3), InputError);
}

TEST(PlanDocument, ResultsOfUnchangedScenariosAreKept) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(PlanFile::sample(Catalog::defaultCatalog()));
    const auto other = doc.snapshotOf(1);
    EXPECT_EQ(doc.snapshotOf(1), other) << "calculated once, then kept";
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 1);
    EXPECT_EQ(doc.snapshotOf(1), other) << "an edit of scenario 0 does not touch scenario 1";
    EXPECT_EQ(doc.snapshotOf(0)->scenario.callsIn(QStringLiteral("IDCardOCR"), 0), 1);
    doc.renameScenario(2, QStringLiteral("高"));
    EXPECT_EQ(doc.snapshotOf(1), other);
    EXPECT_EQ(doc.snapshotOf(2)->scenario.name, QStringLiteral("高"));
}

TEST(PlanDocument, ScenarioListEditsAreUndoable) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(PlanFile::sample(Catalog::defaultCatalog()));
    const Plan original = doc.plan();
    QList<ScenarioEdit> history;
    doc.setEditHandler([&](const ScenarioEdit& e) {
        history.append(e);
        doc.apply(e, true);
    });
    QSignalSpy planChanged(&doc, &PlanDocument::planChanged);

    doc.duplicateScenario(0);
    ASSERT_EQ(doc.scenarioCount(), 4);
    EXPECT_EQ(doc.currentScenario(), 3) << "the new scenario is shown";
    EXPECT_EQ(doc.scenario().name, QStringLiteral("基准 (copy)"));
    EXPECT_EQ(doc.scenario().volumes, original.scenarios.at(0).volumes);
    // The new scenario counts: the weights are shared equally, in the same edit.
    EXPECT_EQ(doc.plan().weights, (QList<qint64>{250'000, 250'000, 250'000, 250'000}));
    EXPECT_EQ(history.last().kind, ScenarioEdit::Kind::Plan);
    EXPECT_EQ(planChanged.count(), 1);

    doc.deriveScaled(0, 1'500'000, QString());
    EXPECT_EQ(doc.scenarioCount(), 5);
    EXPECT_EQ(doc.scenario().volumes,
              ScenarioDerivation::scaled(original.scenarios.at(0), 1'500'000).volumes);
    EXPECT_EQ(doc.scenario().callsIn(QStringLiteral("IDCardOCR"), 0), 37'500);
    EXPECT_EQ(doc.plan().weights, (QList<qint64>{200'000, 200'000, 200'000, 200'000, 200'000}));
    doc.deriveWithGrowth(0, 100'000, QStringLiteral("增长"));
    EXPECT_EQ(doc.scenario().name, QStringLiteral("增长"));
    EXPECT_EQ(doc.scenario().callsIn(QStringLiteral("IDCardOCR"), 1), 27'500);
    EXPECT_EQ(doc.snapshot()->scenario, doc.scenario());

    doc.renameScenario(1, QStringLiteral("低"));
    EXPECT_EQ(doc.plan().scenarios.at(1).name, QStringLiteral("低"));
    EXPECT_THROW(doc.renameScenario(1, QStringLiteral("乐观")), InputError) << "names stay unique";
    EXPECT_THROW(doc.renameScenario(1, QStringLiteral("  ")), InputError);
    doc.setScenarioWeight(3, 100'000);
    EXPECT_EQ(doc.plan().weightOf(3), 100'000);
    EXPECT_THROW(doc.setScenarioWeight(3, 1'000'001), InputError);

    doc.setCurrentScenario(2);
    const QString next = doc.plan().scenarios.at(3).name;
    doc.removeScenario(2);
    EXPECT_EQ(doc.scenarioCount(), 5);
    EXPECT_EQ(doc.currentScenario(), 2) << "the scenario that moved into its place is shown";
    EXPECT_EQ(doc.scenario().name, next);
    EXPECT_EQ(doc.plan().weights.size(), 5);

    // Undo everything: the plan is exactly as loaded.
    while (!history.isEmpty())
        doc.apply(history.takeLast(), false);
    EXPECT_EQ(doc.plan().scenarios, original.scenarios);
    EXPECT_EQ(doc.plan().weights, original.weights);
    EXPECT_EQ(doc.snapshot()->scenario, doc.scenario());

    // A plan always keeps one scenario.
    doc.removeScenario(2);
    doc.removeScenario(1);
    EXPECT_THROW(doc.removeScenario(0), InputError);
    EXPECT_EQ(doc.scenarioCount(), 1);
}

TEST(PlanDocument, UndoingAnEditOfAnotherScenarioShowsThatScenario) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(PlanFile::sample(Catalog::defaultCatalog()));
    QList<ScenarioEdit> history;
    doc.setEditHandler([&](const ScenarioEdit& e) {
        history.append(e);
        doc.apply(e, true);
    });
    doc.setCurrentScenario(1);
    const Scenario before = doc.scenario();
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 1);
    doc.setMonths(6);
    doc.setCurrentScenario(0);
    const Scenario base = doc.scenario();
    QSignalSpy current(&doc, &PlanDocument::currentScenarioChanged);
    doc.apply(history.takeLast(), false);
    EXPECT_EQ(doc.currentScenario(), 1);
    EXPECT_EQ(current.count(), 1);
    EXPECT_EQ(doc.scenario().months, 12);
    doc.apply(history.takeLast(), false);
    EXPECT_EQ(doc.scenario(), before);
    EXPECT_EQ(doc.plan().scenarios.at(0), base);
    EXPECT_EQ(doc.snapshot()->result.total(), BillingEngine::run(doc.catalog(), before).total());
}

TEST(PlanDocument, SavesPlansAndKeepsScenarioFilesScenarioFiles) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(PlanFile::sample(Catalog::defaultCatalog()));
    doc.setCurrentScenario(2);
    const QString planPath = dir.filePath(QStringLiteral("budget.ocrplan"));
    doc.saveFile(planPath);
    const Plan read = PlanFile::fromFile(planPath, doc.catalog());
    EXPECT_EQ(read, doc.plan());
    EXPECT_EQ(read.current, 2);

    // Three scenarios do not fit a scenario file: refused, nothing written.
    const QString jsonPath = dir.filePath(QStringLiteral("budget.json"));
    EXPECT_THROW(doc.saveFile(jsonPath), InputError);
    EXPECT_FALSE(QFile::exists(jsonPath));

    // One scenario saved as .json stays a scenario file that scripts can read.
    doc.load(idCardYear());
    doc.saveFile(jsonPath);
    EXPECT_EQ(ScenarioFile::fromFile(jsonPath, doc.catalog()), idCardYear());
    PlanDocument other(Catalog::defaultCatalog());
    other.loadFile(jsonPath);
    EXPECT_EQ(other.scenarioCount(), 1);
    EXPECT_EQ(other.scenario(), idCardYear());

    // An approved budget has no place in a scenario file: refused rather than silently dropped.
    doc.approveBudget(QDate(2027, 1, 5));
    const QString budgetJson = dir.filePath(QStringLiteral("approved.json"));
    try {
        doc.saveFile(budgetJson);
        ADD_FAILURE() << "a plan with a budget was saved as a scenario file";
    } catch (const InputError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral(".ocrplan"))) << e.message().toStdString();
    }
    EXPECT_FALSE(QFile::exists(budgetJson));
}

TEST(PlanDocument, OptimizerPlugsIntoTheRecalculator) {
    PlanDocument doc(Catalog::defaultCatalog());
    int calls = 0;
    doc.results()->recalculator().setOptimizer([&](const Catalog& catalog, const Scenario& scenario) {
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

// An optimizer that fails with something other than a refusal (an internal check) must not take
// the window down while a plan loads: the results show the reason instead.
TEST(PlanResults, AnOptimizerFailureOnLoadBecomesTheResultsError) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.results()->recalculator().setOptimizer(
        [](const Catalog&, const Scenario&) -> OptimizedPlan { throw std::logic_error("totals disagree"); });
    EXPECT_NO_THROW(doc.load(idCardYear()));
    EXPECT_FALSE(doc.snapshot()->optimized.has_value());
    EXPECT_EQ(doc.snapshot()->error, QStringLiteral("totals disagree"));
}

TEST(PlanResults, AnOptimizerRefusalIsShownWorded) {
    OptimizerRefusal::Figures figures;
    figures.limit = 123;
    const OptimizerRefusal refusal(OptimizerRefusal::Kind::TooManyPartialPlans, figures);
    ASSERT_NE(PlanWording::refusal(refusal), refusal.message()) << "the check below tells them apart";
    PlanDocument doc(Catalog::defaultCatalog());
    doc.results()->recalculator().setOptimizer(
        [refusal](const Catalog&, const Scenario&) -> OptimizedPlan { throw refusal; });

    // On the calling thread.
    doc.load(idCardYear());
    ASSERT_TRUE(doc.snapshot()->refusal.has_value());
    EXPECT_EQ(doc.snapshot()->refusal->kind(), OptimizerRefusal::Kind::TooManyPartialPlans);
    EXPECT_EQ(doc.snapshot()->error, PlanWording::refusal(refusal));
    EXPECT_NE(doc.snapshot()->error, refusal.message());

    // On a worker: the recommendation's refusal is worded as well.
    doc.results()->setOptimizeInBackground([](const Scenario&) { return true; });
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 30'000);
    EXPECT_TRUE(doc.snapshot()->optimizing) << "the refusal comes from the worker";
    doc.results()->waitForFinished();
    EXPECT_FALSE(doc.snapshot()->optimizing);
    EXPECT_EQ(doc.snapshot()->scenario.callsIn(QStringLiteral("IDCardOCR"), 0), 30'000);
    ASSERT_TRUE(doc.snapshot()->refusal.has_value());
    EXPECT_EQ(doc.snapshot()->error, PlanWording::refusal(refusal));
    EXPECT_NE(doc.snapshot()->error, refusal.message());
    doc.results()->setOptimizeInBackground({});
}

TEST(PlanDocument, TellsWhetherAnAppliedEditWasVolumesOnly) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(idCardYear());
    QSignalSpy applied(&doc, &PlanDocument::editApplied);
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 1);
    doc.setTierBasis(TierBasis::PostpaidCalls);
    doc.addScenario(QStringLiteral("Other"));
    ASSERT_EQ(applied.count(), 3);
    EXPECT_TRUE(applied.at(0).at(0).toBool()) << "typing a volume";
    EXPECT_FALSE(applied.at(1).at(0).toBool()) << "a setting";
    EXPECT_FALSE(applied.at(2).at(0).toBool()) << "the scenario list";
}

TEST(PlanDocument, RestoresARecoveredPlanAsUnsavedWithItsFile) {
    PlanDocument doc(Catalog::defaultCatalog());
    const Plan plan = Plan::single(idCardYear());
    QSignalSpy loaded(&doc, &PlanDocument::loaded);
    doc.restore(plan, QStringLiteral("/plans/w1.ocrplan"));
    EXPECT_EQ(loaded.count(), 1) << "a new history starts";
    EXPECT_EQ(doc.plan(), plan);
    EXPECT_TRUE(doc.isModified());
    EXPECT_EQ(doc.filePath(), QStringLiteral("/plans/w1.ocrplan"));
}

TEST(PlanDocument, AddsABuiltScenarioUnderAUniqueName) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(idCardYear());
    Scenario imported = idCardYear();
    imported.start = YearMonth(2028, 1);
    doc.addScenario(imported, QStringLiteral("Import"));
    ASSERT_EQ(doc.scenarioCount(), 2);
    EXPECT_EQ(doc.currentScenario(), 1);
    EXPECT_EQ(doc.scenario().name, QStringLiteral("W1 2"));
    EXPECT_EQ(doc.scenario().start, YearMonth(2028, 1));
    imported.volumes.insert(QStringLiteral("NoSuchOCR"), QList<qint64>(12, 0));
    EXPECT_THROW(doc.addScenario(imported, QStringLiteral("Import")), InputError) << "validated";
}

TEST(PlanDocument, ReplansOnAWorkerThreadWithoutMixingStates) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.results()->recalculator().setOptimizer([](const Catalog& catalog, const Scenario& scenario) {
        return PurchaseOptimizer::optimize(catalog, scenario, {scenario.settings.purchasePolicy, 0});
    });
    doc.results()->setOptimizeInBackground([](const Scenario&) { return true; });
    doc.load(idCardYear());
    // The own plan is there at once; the recommendation follows in a snapshot of the same revision.
    EXPECT_TRUE(doc.snapshot()->optimizing);
    EXPECT_FALSE(doc.snapshot()->optimized.has_value());
    EXPECT_EQ(doc.snapshot()->result.total(), yuan("15000"));
    QSignalSpy results(&doc, &PlanDocument::resultChanged);
    const quint64 revision = doc.snapshot()->revision;
    doc.results()->waitForFinished();
    EXPECT_EQ(results.count(), 1);
    EXPECT_EQ(doc.snapshot()->revision, revision);
    EXPECT_FALSE(doc.snapshot()->optimizing);
    ASSERT_TRUE(doc.snapshot()->optimized.has_value());
    EXPECT_EQ(doc.snapshot()->optimized->total(), yuan("15000"));

    // Two edits before the first recommendation arrives: only the latest is ever published.
    results.clear();
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 90'000);
    doc.setVolume(QStringLiteral("IDCardOCR"), 1, 90'000);
    EXPECT_EQ(results.count(), 2);
    EXPECT_TRUE(doc.snapshot()->optimizing);
    doc.results()->waitForFinished();
    QCoreApplication::processEvents(); // a late delivery of the dropped request would show here
    EXPECT_EQ(results.count(), 3);
    const auto snapshot = doc.snapshot();
    ASSERT_TRUE(snapshot->optimized.has_value());
    EXPECT_EQ(snapshot->scenario, doc.scenario());
    Scenario planned = snapshot->optimized->scenario;
    planned.purchases = doc.scenario().purchases;
    EXPECT_EQ(planned, doc.scenario()) << "the recommendation belongs to the figures shown";
    EXPECT_EQ(snapshot->optimized->total(),
              PurchaseOptimizer::optimize(doc.catalog(), doc.scenario(), {PurchasePolicy::Start, 0}).total());

    // Without background work everything is calculated on the spot again.
    doc.results()->setOptimizeInBackground({});
    doc.setVolume(QStringLiteral("IDCardOCR"), 2, 90'000);
    EXPECT_FALSE(doc.snapshot()->optimizing);
    EXPECT_TRUE(doc.snapshot()->optimized.has_value());
}

TEST(PlanResults, ANewerEditStopsTheRunningReplanAndDropsItsResult) {
    PlanDocument doc{Catalog::defaultCatalog()};
    doc.load(ScenarioFile::sample(Catalog::defaultCatalog()));
    // Shared: the worker may outlive a failing test.
    const auto stopSeen = std::make_shared<std::atomic<bool>>(false);
    const auto running = std::make_shared<QSemaphore>();
    // The re-plan of the first edit runs until asked to stop (at most 20 s), as a long
    // any-month optimisation does between packs.
    doc.results()->recalculator().setOptimizer(
        [stopSeen, running](const Catalog& catalog, const Scenario& scenario, std::stop_token stop) {
            if (scenario.callsIn(QStringLiteral("IDCardOCR"), 0) == 123'456) {
                running->release();
                QElapsedTimer waited;
                waited.start();
                while (!stop.stop_requested() && waited.elapsed() < 20'000)
                    QThread::msleep(1);
                stopSeen->store(stop.stop_requested());
                Cancelled::throwIfRequested(stop);
            }
            return PurchaseOptimizer::optimize(catalog, scenario, {PurchasePolicy::Start, 0}, stop);
        });
    doc.results()->setOptimizeInBackground([](const Scenario&) { return true; });
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 123'456);
    ASSERT_TRUE(running->tryAcquire(1, 20'000)) << "the first re-plan started";
    QSignalSpy results(&doc, &PlanDocument::resultChanged);
    doc.setVolume(QStringLiteral("IDCardOCR"), 0, 1'000);
    doc.results()->waitForFinished();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    EXPECT_TRUE(stopSeen->load()) << "the newer edit asked the running re-plan to stop";
    EXPECT_FALSE(doc.snapshot()->optimizing);
    ASSERT_TRUE(doc.snapshot()->optimized);
    EXPECT_EQ(doc.snapshot()->optimized->scenario.callsIn(QStringLiteral("IDCardOCR"), 0), 1'000);
    EXPECT_EQ(results.count(), 2) << "the edit and its recommendation; nothing of the stopped one";
}

// A year in progress: three months have happened, a 100,000 pack was bought in January, and the
// recommendation (tests/ReplanTest.cpp, WorkedByHandTwoMorePacksInApril) adds two 100,000 packs
// in April. Adopting it keeps the January purchase once, adds the new one, and is one undoable
// edit that names only the packs still to buy.
TEST(PlanDocument, AdoptingTheRecommendationKeepsThePurchasesMadeOnce) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.results()->recalculator().setOptimizer([](const Catalog& catalog, const Scenario& scenario) {
        return PurchaseOptimizer::optimize(catalog, scenario);
    });
    Scenario s = idCardYear();
    s.purchases = {{0, QStringLiteral("id-card"), 100'000, 1}, {6, QStringLiteral("id-card"), 1000, 2}};
    s.actualThrough = YearMonth(2027, 3);
    doc.load(s);
    QList<ScenarioEdit> edits;
    doc.setEditHandler([&](const ScenarioEdit& e) { edits.append(e); });
    doc.adoptRecommendedPlan();
    ASSERT_EQ(edits.size(), 1);
    EXPECT_EQ(edits.at(0).description, QStringLiteral("Adopt the recommended plan: buy 2 pack(s)"));
    doc.apply(edits.at(0), true);
    EXPECT_EQ(doc.scenario().purchases, (QList<Purchase>{{0, QStringLiteral("id-card"), 100'000, 1},
                                                         {3, QStringLiteral("id-card"), 100'000, 2}}));
    EXPECT_EQ(doc.snapshot()->result.total(), yuan("15000"));
    doc.apply(edits.at(0), false);
    EXPECT_EQ(doc.scenario(), s);
}

namespace {

// The optimizer, slowed down until asked to stop (at most 2 s), counting its starts and the
// stops it obeyed.
Recalculator::Optimizer slowUntilStopped(std::shared_ptr<std::atomic<int>> started,
                                         std::shared_ptr<std::atomic<int>> stopped) {
    return [started, stopped](const Catalog& catalog, const Scenario& scenario, std::stop_token stop) {
        ++*started;
        for (int i = 0; i < 2000; ++i) {
            if (stop.stop_requested()) {
                ++*stopped;
                throw Cancelled();
            }
            QThread::msleep(1);
        }
        return PurchaseOptimizer::optimize(catalog, scenario, {scenario.settings.purchasePolicy, 0}, stop);
    };
}

} // namespace

TEST(PlanResults, ACancelledReplanLeavesThePlansOwnFiguresUntilRecommendedAgain) {
    PlanDocument doc(Catalog::defaultCatalog());
    auto started = std::make_shared<std::atomic<int>>(0);
    auto stopped = std::make_shared<std::atomic<int>>(0);
    doc.results()->recalculator().setOptimizer(slowUntilStopped(started, stopped));
    doc.results()->setOptimizeInBackground([](const Scenario&) { return true; });
    QSignalSpy busy(doc.results(), &PlanResults::recommendingChanged);
    QSignalSpy results(&doc, &PlanDocument::resultChanged);
    doc.load(idCardYear());
    EXPECT_TRUE(doc.results()->isRecommending());
    EXPECT_EQ(busy.count(), 1);
    const quint64 revision = doc.snapshot()->revision;
    results.clear(); // load() signalled its own
    for (int i = 0; i < 2000 && started->load() == 0; ++i)
        QThread::msleep(1); // the worker is inside the optimizer

    doc.results()->cancelRecommendation();
    EXPECT_FALSE(doc.results()->isRecommending());
    EXPECT_TRUE(doc.results()->isRecommendationCancelled());
    EXPECT_EQ(busy.count(), 2);
    EXPECT_EQ(results.count(), 1); // the snapshot without its recommendation
    // The same revision, no longer waiting, without a recommendation; the plan's own figures
    // stand: 3 ID-card packs of 100,000 at 5,000 元 (idCardYear) = 15,000 元.
    EXPECT_EQ(doc.snapshot()->revision, revision);
    EXPECT_FALSE(doc.snapshot()->optimizing);
    EXPECT_FALSE(doc.snapshot()->optimized.has_value());
    EXPECT_TRUE(doc.snapshot()->isValid());
    EXPECT_EQ(doc.snapshot()->result.total(), yuan("15000"));
    QThreadPool::globalInstance()->waitForDone();
    EXPECT_EQ(stopped->load(), 1); // the worker obeyed the stop
    QCoreApplication::processEvents();
    EXPECT_EQ(results.count(), 1) << "a cancelled re-plan is never delivered";

    // Recommended again: the re-plan of the same figures arrives (the slow optimizer's 2 s).
    doc.results()->recommendAgain();
    EXPECT_FALSE(doc.results()->isRecommendationCancelled());
    EXPECT_TRUE(doc.results()->isRecommending());
    doc.results()->waitForFinished();
    EXPECT_FALSE(doc.results()->isRecommending());
    ASSERT_TRUE(doc.snapshot()->optimized.has_value());
    // The cheapest plan for 25,000 ID-card calls a month is the user's own: 15,000 元.
    EXPECT_EQ(doc.snapshot()->optimized->total(), yuan("15000"));
}
