#include "model/billing/Catalog.h"
#include "model/document/PlanDocument.h"
#include "model/io/PlanFile.h"

#include "tests/support/AppProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

// The real application, offscreen, with its own home and data folders so neither the
// user's settings nor another run's autosaves are involved.
class Recovery : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(home.isValid());
        planPath = home.filePath(QStringLiteral("budget.ocrplan"));
        original = PlanFile::sample(Catalog::defaultCatalog());
        PlanFile::save(original, planPath);
        QFile::remove(planPath + QStringLiteral(".bak"));
        autosaveDir = home.filePath(QStringLiteral("data/ocr-cost-planner/ocr-cost-planner/autosave"));
    }

    QProcessEnvironment environment() const {
        QProcessEnvironment env = ocp::test::isolatedAppEnvironment(home);
        env.insert(QStringLiteral("OCP_AUTOSAVE_INTERVAL_MS"), QStringLiteral("100"));
        return env;
    }

    QStringList autosaves() const {
        return QDir(autosaveDir).entryList({QStringLiteral("*.ocrautosave")}, QDir::Files);
    }

    // Starts the planner on the plan, lets it apply `edits` and waits for its autosave.
    void editAndKill(const QString& edits) {
        QProcess planner;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("OCP_TEST_EDIT"), edits);
        planner.setProcessEnvironment(env);
        planner.start(QStringLiteral(OCP_APP_PATH), {planPath});
        ASSERT_TRUE(planner.waitForStarted(30'000));
        QElapsedTimer waited;
        waited.start();
        while (autosaves().isEmpty() && waited.elapsed() < 60'000 && planner.state() == QProcess::Running)
            QThread::msleep(50);
        ASSERT_EQ(autosaves().size(), 1)
            << "no autosave within a minute: " << planner.readAllStandardError().toStdString();
        planner.kill(); // SIGKILL: nothing runs in the planner after this
        ASSERT_TRUE(planner.waitForFinished(30'000));
        ASSERT_EQ(planner.exitStatus(), QProcess::CrashExit);
    }

    // Starts the planner again, answers the recovery question and lets it save and quit.
    void restartAndSave(const QString& answer, const QStringList& arguments) {
        QProcess planner;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("OCP_TEST_RECOVERY"), answer);
        env.insert(QStringLiteral("OCP_TEST_SAVE_AND_QUIT"), QStringLiteral("1"));
        planner.setProcessEnvironment(env);
        planner.start(QStringLiteral(OCP_APP_PATH), arguments);
        ASSERT_TRUE(planner.waitForFinished(60'000)) << "the planner did not save and quit";
        ASSERT_EQ(planner.exitStatus(), QProcess::NormalExit);
        ASSERT_EQ(planner.exitCode(), 0) << planner.readAllStandardError().toStdString();
    }

    QTemporaryDir home;
    QString planPath;
    QString autosaveDir;
    Plan original;
};

} // namespace

TEST_F(Recovery, AKilledPlannersChangesAreRestoredAndSavedToTheirFile) {
    editAndKill(QStringLiteral("volume=GeneralBasicOCR,2,777777;scenario=After the crash"));
    // What the user had on screen: the same edits through the document.
    PlanDocument expected(Catalog::defaultCatalog());
    expected.loadFile(planPath);
    expected.setVolume(QStringLiteral("GeneralBasicOCR"), 2, 777777);
    expected.addScenario(QStringLiteral("After the crash"));

    // No file argument: the restored plan remembers where it belongs.
    restartAndSave(QStringLiteral("restore"), {});
    EXPECT_EQ(PlanFile::fromFile(planPath, Catalog::defaultCatalog()), expected.plan());
    EXPECT_EQ(PlanFile::fromFile(planPath + QStringLiteral(".bak"), Catalog::defaultCatalog()), original)
        << "the file as it was before the crash is kept as .bak";
    EXPECT_TRUE(autosaves().isEmpty()) << "a clean save leaves nothing to recover";
    EXPECT_TRUE(QDir(autosaveDir).entryList({QStringLiteral("*.lock")}, QDir::Files).isEmpty());
}

TEST_F(Recovery, DiscardedChangesAreGoneForGood) {
    editAndKill(QStringLiteral("volume=GeneralBasicOCR,2,777777"));
    restartAndSave(QStringLiteral("discard"), {planPath});
    EXPECT_EQ(PlanFile::fromFile(planPath, Catalog::defaultCatalog()), original);
    EXPECT_TRUE(autosaves().isEmpty());
}
