#include "AutosaveController.h"

#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"

#include <QTimer>

namespace ocp {

AutosaveController::AutosaveController(PlanDocument* document, const QString& directory, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_store(directory)
    , m_timer(new QTimer(this))
    , m_soon(new QTimer(this)) {
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_dirty)
            saveNow();
    });
    m_timer->start();
    // One write per edit, after every signal of the edit and the modified flag have settled.
    m_soon->setSingleShot(true);
    m_soon->setInterval(0);
    connect(m_soon, &QTimer::timeout, this, &AutosaveController::saveNow);

    connect(document, &PlanDocument::editApplied, this, [this](bool volumesOnly) {
        m_dirty = true;
        if (!volumesOnly)
            scheduleSoon();
    });
    connect(document, &PlanDocument::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            // A restored plan is unsaved before any edit.
            m_dirty = true;
            return;
        }
        // Saved, undone back to the file, or replaced by another plan: nothing to recover.
        m_dirty = false;
        m_soon->stop();
        m_store.remove();
    });
}

int AutosaveController::intervalMs() const {
    return m_timer->interval();
}

void AutosaveController::setIntervalMs(int ms) {
    m_timer->start(std::max(1, ms));
}

void AutosaveController::scheduleSoon() {
    if (!m_closed)
        m_soon->start();
}

bool AutosaveController::saveNow() {
    m_soon->stop();
    if (!m_document || m_closed || !m_document->isModified()) {
        m_dirty = false;
        return true;
    }
    try {
        m_store.write(m_document->plan(), m_document->filePath(), m_document->displayName());
    } catch (const InputError& e) {
        // Tried again at the next interval; the user keeps working either way.
        Q_EMIT autosaveFailed(e.message());
        return false;
    }
    m_dirty = false;
    Q_EMIT autosaved(m_store.sessionPath());
    return true;
}

void AutosaveController::closedByUser() {
    m_closed = true;
    m_timer->stop();
    m_soon->stop();
    m_store.remove();
}

bool AutosaveController::recover(QStringList* problems) {
    if (!m_document)
        return false;
    QList<AutosaveEntry> entries = m_store.recoverable(m_document->catalog(), problems);
    bool restored = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AutosaveEntry& entry = entries.at(i);
        if (restored) {
            // One window, one plan: the others wait for the next start.
            m_store.release(entry);
            continue;
        }
        if (!m_prompt) {
            m_store.release(entry);
            continue;
        }
        const RecoveryChoice choice = m_prompt(entry, static_cast<int>(entries.size() - i - 1));
        if (choice == RecoveryChoice::Later) {
            m_store.release(entry);
        } else if (choice == RecoveryChoice::Restore) {
            m_document->restore(entry.plan, entry.filePath);
            // Ours now: written under this session before the old file goes, so a crash in
            // between loses nothing.
            saveNow();
            m_store.discard(entry);
            restored = true;
        } else {
            m_store.discard(entry);
        }
    }
    return restored;
}

} // namespace ocp
