// Files from someone else: oversized files are refused before they are read, and names and
// other text are limited to JsonReader::kMaxTextLength characters, naming the field.
#include "model/billing/AtomicFile.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/JsonReader.h"
#include "model/billing/Plan.h"
#include "model/io/AutosaveStore.h"
#include "model/io/PlanFile.h"
#include "model/io/ScenarioFile.h"
#include "model/io/UsageImport.h"
#include "tests/support/Amounts.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::catalog;

namespace {

// The message of the InputError that `load` throws; fails the test when nothing is thrown.
QString errorOf(const std::function<void()>& load) {
    try {
        load();
    } catch (const InputError& e) {
        return e.message();
    }
    ADD_FAILURE() << "accepted";
    return {};
}

// A file of `size` bytes that takes no disk space and no time to write (sparse).
QString sparseFile(const QTemporaryDir& dir, const QString& name, qint64 size) {
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    EXPECT_TRUE(file.resize(size));
    return path;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& contents) {
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    EXPECT_EQ(file.write(contents), contents.size());
    return path;
}

QByteArray scenarioNamed(const QString& name) {
    QJsonObject s{{QStringLiteral("format"), ScenarioFile::kFormat},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("start"), QStringLiteral("2027-01")},
                  {QStringLiteral("months"), 1},
                  {QStringLiteral("volumes"), QJsonObject{{QStringLiteral("IDCardOCR"), 1000}}}};
    s.insert(QStringLiteral("name"), name);
    return QJsonDocument(s).toJson();
}

constexpr qint64 kGigabyte = 1024LL * 1024 * 1024;

} // namespace

TEST(InputLimits, OversizedFilesAreRefusedBeforeTheyAreRead) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // 2 GB: reading it whole would take seconds and more memory than a QByteArray holds.
    const QString huge = sparseFile(dir, QStringLiteral("huge.json"), 2 * kGigabyte);
    QElapsedTimer timer;
    timer.start();
    const QString scenario = errorOf([&] { ScenarioFile::fromFile(huge, catalog()); });
    const QString plan = errorOf([&] { PlanFile::fromFile(huge, catalog()); });
    const QString catalogMessage = errorOf([&] { Catalog::fromFile(huge); });
    const QString usage = errorOf([&] { UsageImport::parseFile(huge, catalog()); });
    EXPECT_LT(timer.elapsed(), 2'000) << "the files were read";

    EXPECT_EQ(scenario, QStringLiteral("cannot read ") + huge +
                            QStringLiteral(": it is 2048 MB; a scenario file can be at most 16 MB"))
        << scenario.toStdString();
    EXPECT_TRUE(plan.contains(QStringLiteral("a plan file can be at most 16 MB"))) << plan.toStdString();
    EXPECT_TRUE(catalogMessage.contains(QStringLiteral("a catalog file can be at most 16 MB")))
        << catalogMessage.toStdString();
    EXPECT_TRUE(usage.contains(QStringLiteral("a usage file can be at most 64 MB"))) << usage.toStdString();
    for (const QString& message : {plan, catalogMessage, usage})
        EXPECT_TRUE(message.contains(huge)) << message.toStdString();
}

TEST(InputLimits, TheLimitItselfIsAcceptedOneByteMoreIsNot) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QByteArray atLimit = scenarioNamed(QStringLiteral("基准"));
    atLimit.append(QByteArray(AtomicFile::kMaxDocumentBytes - atLimit.size(), ' '));
    ASSERT_EQ(atLimit.size(), AtomicFile::kMaxDocumentBytes);
    const QString path = writeFile(dir, QStringLiteral("limit.json"), atLimit);
    EXPECT_EQ(ScenarioFile::fromFile(path, catalog()).name, QStringLiteral("基准"));

    const QString over = writeFile(dir, QStringLiteral("over.json"), atLimit + ' ');
    const QString message = errorOf([&] { ScenarioFile::fromFile(over, catalog()); });
    EXPECT_TRUE(message.contains(QStringLiteral("larger than the 16 MB a scenario file can be")))
        << message.toStdString();
}

TEST(InputLimits, OversizedAutosaveIsLeftAloneWithAMessage) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString huge = sparseFile(dir, QStringLiteral("111-a.ocrautosave"), kGigabyte);
    AutosaveStore store(dir.path());
    QStringList problems;
    EXPECT_TRUE(store.recoverable(catalog(), &problems).isEmpty());
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.constFirst().contains(QStringLiteral("at most 16 MB"))) << problems.constFirst().toStdString();
    EXPECT_TRUE(QFile::exists(huge));
}

TEST(InputLimits, NamesOfTwoHundredCharactersAreAcceptedLongerOnesNamedAndRefused) {
    const QString longest(JsonReader::kMaxTextLength, u'名');
    EXPECT_EQ(ScenarioFile::fromJson(scenarioNamed(longest), catalog()).name, longest);
    // Characters, not UTF-16 units: 200 emoji are 400 units.
    QString emoji;
    for (int i = 0; i < JsonReader::kMaxTextLength; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    EXPECT_EQ(ScenarioFile::fromJson(scenarioNamed(emoji), catalog()).name, emoji);

    const QString tooLong = longest + u'x';
    EXPECT_EQ(errorOf([&] { ScenarioFile::fromJson(scenarioNamed(tooLong), catalog()); }),
              QStringLiteral("name: has 201 characters; at most 200 are allowed"));

    QJsonObject plan{{QStringLiteral("format"), PlanFile::kFormat},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("name"), tooLong},
                     {QStringLiteral("scenarios"),
                      QJsonArray{QJsonDocument::fromJson(scenarioNamed(QStringLiteral("基准"))).object()}}};
    EXPECT_EQ(errorOf([&] { PlanFile::fromJson(QJsonDocument(plan).toJson(), catalog()); }),
              QStringLiteral("name: has 201 characters; at most 200 are allowed"));
    plan.insert(QStringLiteral("name"), longest);
    plan.insert(QStringLiteral("scenarios"),
                QJsonArray{QJsonDocument::fromJson(scenarioNamed(tooLong)).object()});
    EXPECT_EQ(errorOf([&] { PlanFile::fromJson(QJsonDocument(plan).toJson(), catalog()); }),
              QStringLiteral("scenarios[0].name: has 201 characters; at most 200 are allowed"));
}

TEST(InputLimits, CatalogNamesAreLimitedToo) {
    const QJsonObject original = QJsonDocument::fromJson(catalog().toJson()).object();
    const auto withName = [&](const QString& array, const QString& key, const QString& value) {
        QJsonObject root = original;
        QJsonArray items = root.value(array).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(key, value);
        items[0] = first;
        root.insert(array, items);
        return QJsonDocument(root).toJson();
    };
    const QString longest(JsonReader::kMaxTextLength, u'包');
    const QString tooLong = longest + u'!';
    EXPECT_EQ(Catalog::fromJson(withName(QStringLiteral("resourcePacks"), QStringLiteral("name"), longest))
                  .packs()
                  .constFirst()
                  .name,
              longest);
    EXPECT_EQ(errorOf([&] {
                  Catalog::fromJson(withName(QStringLiteral("resourcePacks"), QStringLiteral("name"), tooLong));
              }),
              QStringLiteral("resourcePacks[0].name: has 201 characters; at most 200 are allowed"));
    EXPECT_EQ(errorOf([&] {
                  Catalog::fromJson(withName(QStringLiteral("interfaces"), QStringLiteral("nameEn"), tooLong));
              }),
              QStringLiteral("interfaces[0].nameEn: has 201 characters; at most 200 are allowed"));
}

TEST(InputLimits, DerivedScenarioNamesStayWithinTheLimit) {
    Plan plan;
    Scenario s;
    s.name = QString(JsonReader::kMaxTextLength, u'a');
    plan.scenarios.append(s);
    const QString second = plan.uniqueName(s.name);
    EXPECT_EQ(second, QString(JsonReader::kMaxTextLength - 2, u'a') + QStringLiteral(" 2"));
    EXPECT_EQ(plan.uniqueName(s.name + QStringLiteral(" (copy)")), second);
}

TEST(InputLimits, LongKeysAreRefusedWithoutQuotingThem) {
    const QByteArray key(300, 'K');
    const QByteArray json = R"({"format": "ocr-cost-planner/scenario", "version": 1, "start": "2027-01",
        "months": 1, "volumes": {")" + key + R"(": 1}})";
    EXPECT_EQ(errorOf([&] { ScenarioFile::fromJson(json, catalog()); }),
              QStringLiteral("volumes: a key has 300 characters; at most 200 are allowed"));
}

TEST(InputLimits, ClippingNeverSplitsACharacter) {
    const QString smile = QString::fromUcs4(U"\U0001F600", 1);
    EXPECT_EQ(JsonReader::clipped(QStringLiteral("abc"), 5), QStringLiteral("abc"));
    EXPECT_EQ(JsonReader::clipped(QStringLiteral("a") + smile, 2), QStringLiteral("a"));
    EXPECT_EQ(JsonReader::clipped(QStringLiteral("a") + smile, 3), QStringLiteral("a") + smile);
}
