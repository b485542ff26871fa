#include "model/io/AutosaveStore.h"

#include "model/billing/AtomicFile.h"
#include "model/billing/InputError.h"
#include "model/billing/JsonReader.h"
#include "model/io/PlanFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

namespace ocp {
namespace {

const QString kSuffix = QStringLiteral(".ocrautosave");

} // namespace

const QString AutosaveStore::kFormat = QStringLiteral("ocr-cost-planner/autosave");

QString AutosaveStore::defaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("autosave"));
}

AutosaveStore::AutosaveStore(QString directory)
    : m_directory(std::move(directory))
    // The process id tells a person which planner wrote a file; the random part keeps two
    // windows of one process (and a reused process id) apart.
    , m_session(QStringLiteral("%1-%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(QUuid::createUuid().toString(QUuid::Id128).left(12))) {}

AutosaveStore::~AutosaveStore() = default;

QString AutosaveStore::sessionPath() const {
    return QDir(m_directory).filePath(m_session + kSuffix);
}

QString AutosaveStore::lockPathOf(const QString& autosavePath) {
    return autosavePath + QStringLiteral(".lock");
}

bool AutosaveStore::lockSession() {
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_directory))
        return false;
    auto lock = std::make_unique<QLockFile>(lockPathOf(sessionPath()));
    // Held for as long as this planner runs, however long that is.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    return true;
}

void AutosaveStore::write(const Plan& plan, const QString& filePath, const QString& name) {
    // The lock comes first: an autosave without a held lock looks like a crashed planner's.
    if (!lockSession())
        throw InputError(
            tr("cannot create the autosave folder %1").arg(QDir::toNativeSeparators(m_directory)));
    AtomicFile::write(sessionPath(), toJson(plan, filePath, name, QDateTime::currentDateTimeUtc()));
    m_written = true;
}

void AutosaveStore::remove() {
    if (m_written || QFile::exists(sessionPath()))
        QFile::remove(sessionPath());
    m_written = false;
}

QList<AutosaveEntry> AutosaveStore::recoverable(const Catalog& catalog, QStringList* problems) {
    QList<AutosaveEntry> found;
    const QDir dir(m_directory);
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files | QDir::Readable, QDir::Time);
    for (const QFileInfo& info : files) {
        const QString path = info.absoluteFilePath();
        if (path == QFileInfo(sessionPath()).absoluteFilePath() || m_claimed.count(path) > 0)
            continue;
        auto lock = std::make_unique<QLockFile>(lockPathOf(path));
        // Only a lock whose process has gone is stale, however old a running session's is.
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue; // another planner is running with it
        try {
            // An autosave holds a plan: the same size limit as a plan file.
            AutosaveEntry entry = fromJson(AtomicFile::read(path, QStringLiteral("plan file")), catalog);
            entry.path = path;
            m_claimed.emplace(path, std::move(lock));
            found.append(entry);
        } catch (const InputError& e) {
            const QString message = tr("The autosaved plan %1 cannot be read and was left where it is: %2")
                                        .arg(QDir::toNativeSeparators(path), e.message());
            qWarning("%s", qPrintable(message));
            if (problems)
                problems->append(message);
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const AutosaveEntry& a, const AutosaveEntry& b) { return a.savedAt > b.savedAt; });
    return found;
}

void AutosaveStore::discard(const AutosaveEntry& entry) {
    QFile::remove(entry.path);
    release(entry);
}

void AutosaveStore::release(const AutosaveEntry& entry) {
    m_claimed.erase(entry.path); // unlocking removes the lock file
}

QByteArray AutosaveStore::toJson(const Plan& plan, const QString& filePath, const QString& name,
                                 const QDateTime& savedAt) {
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    // Like the plan inside it: 1 unless the plan needs version 2, so an older planner refuses
    // an autosave whose budget or holdings it would lose.
    root.insert(QStringLiteral("version"), PlanFile::versionFor(plan));
    root.insert(QStringLiteral("filePath"), filePath);
    root.insert(QStringLiteral("name"), name);
    root.insert(QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("plan"), QJsonDocument::fromJson(PlanFile::toJson(plan)).object());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

AutosaveEntry AutosaveStore::fromJson(const QByteArray& json, const Catalog& catalog) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw InputError(tr("not an autosave file (%1)").arg(error.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        throw InputError(tr("not an autosave file (format is not “%1”)").arg(kFormat));
    if (root.value(QStringLiteral("version")).toInt() > kVersion)
        throw InputError(tr("written by a newer planner; open it with that version"));
    if (!root.value(QStringLiteral("plan")).isObject())
        throw InputError(tr("the autosave holds no plan"));
    AutosaveEntry entry;
    entry.filePath = root.value(QStringLiteral("filePath")).toString();
    entry.name = root.value(QStringLiteral("name")).toString();
    JsonReader::checkLength(entry.name, QStringLiteral("name"));
    entry.savedAt =
        QDateTime::fromString(root.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    entry.plan =
        PlanFile::fromJson(QJsonDocument(root.value(QStringLiteral("plan")).toObject()).toJson(), catalog);
    return entry;
}

} // namespace ocp
