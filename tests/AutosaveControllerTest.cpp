#include "ui/AutosaveController.h"

#include "model/billing/Catalog.h"
#include "model/document/PlanDocument.h"
#include "model/io/AutosaveStore.h"
#include "model/io/PlanFile.h"
#include "ui/DocumentUndo.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

class Autosave : public ::testing::Test {
protected:
    void SetUp() override {
        doc.load(PlanFile::sample(Catalog::defaultCatalog()));
        controller.setIntervalMs(60'000);
    }

    bool written() const { return QFile::exists(controller.store().sessionPath()); }
    Plan autosaved() {
        QFile file(controller.store().sessionPath());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return AutosaveStore::fromJson(file.readAll(), Catalog::defaultCatalog()).plan;
    }

    QTemporaryDir dir;
    PlanDocument doc{Catalog::defaultCatalog()};
    DocumentUndo undo{&doc};
    AutosaveController controller{&doc, dir.path()};
};

} // namespace

TEST_F(Autosave, WritesAtOnceAfterAStructuralEditAndOnTheTimerAfterVolumes) {
    doc.setVolume(QStringLiteral("GeneralBasicOCR"), 0, 123456);
    QTest::qWait(50);
    EXPECT_FALSE(written()) << "typing volumes waits for the interval";

    doc.setTierBasis(TierBasis::PostpaidCalls);
    EXPECT_TRUE(QTest::qWaitFor([this] { return written(); }, 5000))
        << "a settings change is written at once";
    EXPECT_EQ(autosaved(), doc.plan());

    controller.setIntervalMs(50);
    doc.setVolume(QStringLiteral("GeneralBasicOCR"), 1, 654321);
    EXPECT_TRUE(QTest::qWaitFor([this] { return autosaved() == doc.plan(); }, 5000))
        << "the timer writes volumes";

    // Undone back to the file: nothing to recover.
    undo.stack()->setIndex(0);
    EXPECT_FALSE(doc.isModified());
    EXPECT_FALSE(written());
}

TEST_F(Autosave, ASaveRemovesTheAutosave) {
    doc.addScenario(QStringLiteral("Later"));
    ASSERT_TRUE(QTest::qWaitFor([this] { return written(); }, 5000));
    doc.saveFile(dir.filePath(QStringLiteral("plan.ocrplan")));
    EXPECT_FALSE(written());
    QTest::qWait(100);
    EXPECT_FALSE(written()) << "a clean plan is not autosaved";
}

TEST_F(Autosave, RestoresARecoveredPlanAsUnsavedWithItsFilePath) {
    Plan lost = PlanFile::sample(Catalog::defaultCatalog());
    lost.scenarios[0].volumes[QStringLiteral("GeneralBasicOCR")][3] = 999;
    const QString orphan = dir.filePath(QStringLiteral("1-gone.ocrautosave"));
    {
        QFile file(orphan);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(AutosaveStore::toJson(lost, QStringLiteral("/plans/budget.ocrplan"),
                                         QStringLiteral("budget"), QDateTime::currentDateTimeUtc()));
    }
    int asked = 0;
    controller.setRecoveryPrompt([&](const AutosaveEntry& entry, int remaining) {
        ++asked;
        EXPECT_EQ(entry.filePath, QStringLiteral("/plans/budget.ocrplan"));
        EXPECT_EQ(remaining, 0);
        return AutosaveController::RecoveryChoice::Restore;
    });
    ASSERT_TRUE(controller.recover());
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(doc.plan(), lost);
    EXPECT_TRUE(doc.isModified());
    EXPECT_EQ(doc.filePath(), QStringLiteral("/plans/budget.ocrplan"));
    EXPECT_FALSE(QFile::exists(orphan)) << "taken over by this session";
    EXPECT_EQ(autosaved(), lost);

    // Undoing back to the restored state does not make it look saved.
    doc.setVolume(QStringLiteral("GeneralBasicOCR"), 0, 1);
    undo.stack()->undo();
    EXPECT_TRUE(doc.isModified());
}

TEST(AutosaveWindow, AConfirmedCloseRemovesTheAutosave) {
    QTemporaryDir dir;
    MainWindow window;
    window.openSample();
    window.setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
    AutosaveController* controller = window.startAutosave(dir.path());
    window.document()->addScenario(QStringLiteral("Unsaved"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(controller->store().sessionPath()); }, 5000));
    window.show();
    EXPECT_TRUE(window.close());
    EXPECT_FALSE(QFile::exists(controller->store().sessionPath()));
}

TEST_F(Autosave, AQuestionPutOffKeepsTheAutosaveAndDiscardRemovesIt) {
    const Plan lost = PlanFile::sample(Catalog::defaultCatalog());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString newer = dir.filePath(QStringLiteral("1-newer.ocrautosave"));
    const QString older = dir.filePath(QStringLiteral("2-older.ocrautosave"));
    for (const auto& [path, savedAt] : {std::pair{newer, now}, std::pair{older, now.addSecs(-60)}}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(AutosaveStore::toJson(lost, QString(), QStringLiteral("Untitled"), savedAt));
    }
    QStringList asked;
    controller.setRecoveryPrompt([&](const AutosaveEntry& entry, int remaining) {
        asked.append(entry.path);
        return remaining == 1 ? AutosaveController::RecoveryChoice::Later
                              : AutosaveController::RecoveryChoice::Discard;
    });
    EXPECT_FALSE(controller.recover());
    EXPECT_EQ(asked, (QStringList{newer, older})) << "newest first";
    EXPECT_TRUE(QFile::exists(newer)) << "put off: asked again at the next start";
    EXPECT_FALSE(QFile::exists(older));
    EXPECT_FALSE(doc.isModified());
}
