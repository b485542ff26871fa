#include "model/io/AutosaveStore.h"

#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/io/PlanFile.h"
#include "tests/support/Amounts.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::catalog;

namespace {

void writeFile(const QString& path, const QByteArray& contents) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(contents);
}

// The autosave a planner that was killed leaves behind: the file, and a lock naming a process
// that no longer runs.
QString leaveCrashedAutosave(const QString& dir, const QString& session, const Plan& plan,
                             const QString& filePath, const QDateTime& savedAt) {
    const QString path = QDir(dir).filePath(session + QStringLiteral(".ocrautosave"));
    writeFile(path, AutosaveStore::toJson(plan, filePath, QStringLiteral("budget.ocrplan"), savedAt));
    // QLockFile's format: pid, application name, host name.
    writeFile(path + QStringLiteral(".lock"),
              QByteArray("2147483000\nocr-cost-planner\n") + QSysInfo::machineHostName().toUtf8() + '\n');
    return path;
}

} // namespace

TEST(AutosaveStore, WritesOneFilePerSessionAndRemovesIt) {
    QTemporaryDir dir;
    const Plan plan = PlanFile::sample(catalog());
    AutosaveStore first(dir.path() + QStringLiteral("/autosave"));
    AutosaveStore second(first.directory());
    EXPECT_NE(first.sessionPath(), second.sessionPath()) << "two windows never share a file";
    first.write(plan, QStringLiteral("/plans/budget.ocrplan"), QStringLiteral("budget.ocrplan"));
    second.write(plan, QString(), QStringLiteral("Untitled"));
    EXPECT_TRUE(QFile::exists(first.sessionPath()));
    EXPECT_TRUE(QFile::exists(second.sessionPath()));

    // Both sessions run: neither autosave is offered for recovery.
    AutosaveStore third(first.directory());
    EXPECT_TRUE(third.recoverable(catalog()).isEmpty());

    QFile file(first.sessionPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const AutosaveEntry entry = AutosaveStore::fromJson(file.readAll(), catalog());
    EXPECT_EQ(entry.plan, plan);
    EXPECT_EQ(entry.filePath, QStringLiteral("/plans/budget.ocrplan"));
    EXPECT_EQ(entry.name, QStringLiteral("budget.ocrplan"));
    EXPECT_LE(qAbs(entry.savedAt.secsTo(QDateTime::currentDateTimeUtc())), 60);

    first.remove();
    EXPECT_FALSE(QFile::exists(first.sessionPath()));
    EXPECT_TRUE(QFile::exists(second.sessionPath()));
}

TEST(AutosaveStore, OffersTheAutosavesOfStoppedPlannersNewestFirst) {
    QTemporaryDir dir;
    Plan older = PlanFile::sample(catalog());
    Plan newer = older;
    newer.name = QStringLiteral("newer");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString olderPath = leaveCrashedAutosave(dir.path(), QStringLiteral("111-a"), older,
                                                   QStringLiteral("/plans/a.ocrplan"), now.addSecs(-600));
    const QString newerPath =
        leaveCrashedAutosave(dir.path(), QStringLiteral("222-b"), newer, QString(), now);

    AutosaveStore store(dir.path());
    const QList<AutosaveEntry> found = store.recoverable(catalog());
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).plan, newer);
    EXPECT_EQ(found.at(0).path, newerPath);
    EXPECT_TRUE(found.at(0).filePath.isEmpty());
    EXPECT_EQ(found.at(1).plan, older);
    EXPECT_EQ(found.at(1).filePath, QStringLiteral("/plans/a.ocrplan"));

    // Claimed while being offered: another planner starting now does not offer them too.
    AutosaveStore other(dir.path());
    EXPECT_TRUE(other.recoverable(catalog()).isEmpty());

    store.discard(found.at(0));
    EXPECT_FALSE(QFile::exists(newerPath));
    store.release(found.at(1));
    EXPECT_TRUE(QFile::exists(olderPath)) << "released for a later start";
    const QList<AutosaveEntry> later = other.recoverable(catalog());
    ASSERT_EQ(later.size(), 1);
    EXPECT_EQ(later.at(0).plan, older);
}

TEST(AutosaveStore, SkipsAnUnreadableFileWithAMessageAndKeepsIt) {
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("333-c.ocrautosave"));
    writeFile(broken, "{\"format\": \"ocr-cost-planner/autosave\", \"version\": 1, \"plan\": ");
    const QString foreign = dir.filePath(QStringLiteral("444-d.ocrautosave"));
    writeFile(foreign, "{\"format\": \"something else\"}");
    leaveCrashedAutosave(dir.path(), QStringLiteral("555-e"), PlanFile::sample(catalog()), QString(),
                         QDateTime::currentDateTimeUtc());

    AutosaveStore store(dir.path());
    QStringList problems;
    const QList<AutosaveEntry> found = store.recoverable(catalog(), &problems);
    EXPECT_EQ(found.size(), 1) << "the readable one is still offered";
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems.join(u'\n').contains(QStringLiteral("333-c.ocrautosave")));
    EXPECT_TRUE(problems.join(u'\n').contains(QStringLiteral("cannot be read")));
    EXPECT_TRUE(QFile::exists(broken)) << "nothing the user may need is deleted";
    EXPECT_TRUE(QFile::exists(foreign));
}

TEST(AutosaveStore, RefusesAutosavesOfANewerPlanner) {
    QByteArray json = AutosaveStore::toJson(PlanFile::sample(catalog()), QString(), QStringLiteral("x"),
                                            QDateTime::currentDateTimeUtc());
    json.replace("\"version\": 1", "\"version\": 99");
    EXPECT_THROW(AutosaveStore::fromJson(json, catalog()), InputError);
}
