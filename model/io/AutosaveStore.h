#pragma once

#include "model/billing/Plan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>

class QLockFile;

namespace ocp {

class Catalog;

// An unsaved plan found in the autosave folder, left there by a planner that stopped
// without the user closing it (a crash, a kill, a power cut).
struct AutosaveEntry {
    QString path;      // the autosave file
    QString filePath;  // where the plan was opened from or last saved; empty if never saved
    QString name;      // what the window called it
    QDateTime savedAt; // when it was autosaved, UTC
    Plan plan;
};

// The autosave folder. Every running planner window is a session with its own file
// (`<session>.ocrautosave`) and a lock file held while it runs, so several windows or
// instances never overwrite each other's autosaves, and a file whose lock is no longer held
// belongs to a planner that stopped without closing: it can be recovered.
class AutosaveStore {
    Q_DECLARE_TR_FUNCTIONS(ocp::AutosaveStore)

public:
    static const QString kFormat;
    static constexpr int kVersion = 2; // the newest this planner reads: that of PlanFile

    // QStandardPaths::AppDataLocation / "autosave".
    static QString defaultDirectory();

    explicit AutosaveStore(QString directory);
    ~AutosaveStore();
    AutosaveStore(const AutosaveStore&) = delete;
    AutosaveStore& operator=(const AutosaveStore&) = delete;

    const QString& directory() const { return m_directory; }
    // This session's autosave file; its lock is taken on the first write.
    QString sessionPath() const;

    // Writes this session's autosave atomically; throws InputError.
    void write(const Plan& plan, const QString& filePath, const QString& name);
    // Removes this session's autosave (the plan was saved, or the user chose to lose it).
    void remove();
    bool hasWritten() const { return m_written; }

    // Autosaves of sessions that are no longer running, newest first. Each one returned is
    // locked for this store until it is discarded or released, so two planners starting at
    // once never offer the same plan twice. Unreadable files are left where they are and
    // described in `problems`.
    QList<AutosaveEntry> recoverable(const Catalog& catalog, QStringList* problems = nullptr);
    // The plan was restored or the user chose to lose it: its autosave goes.
    void discard(const AutosaveEntry& entry);
    // Leaves the autosave for a later start.
    void release(const AutosaveEntry& entry);

    static QByteArray toJson(const Plan& plan, const QString& filePath, const QString& name,
                             const QDateTime& savedAt);
    // Throws InputError naming what is wrong.
    static AutosaveEntry fromJson(const QByteArray& json, const Catalog& catalog);

private:
    static QString lockPathOf(const QString& autosavePath);
    bool lockSession();

    QString m_directory;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
    std::map<QString, std::unique_ptr<QLockFile>> m_claimed; // autosave path -> its lock
    bool m_written = false;
};

} // namespace ocp
