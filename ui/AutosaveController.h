#pragma once

#include "model/io/AutosaveStore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QTimer;

namespace ocp {

class PlanDocument;

// Keeps an unsaved document's autosave current: written when the document changes shape
// (interfaces, settings, prices, purchases, scenarios added, removed or renamed — every edit
// other than typing volumes) and at the latest one interval after volumes were typed. A clean
// document (saved, or undone back to its file) has no autosave; a planner that stops without
// the user closing it leaves one behind for the next start to offer.
class AutosaveController : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 60'000;
    // Later keeps the autosave for the next start (the question was dismissed, not answered).
    enum class RecoveryChoice { Restore, Discard, Later };
    using RecoveryPrompt = std::function<RecoveryChoice(const AutosaveEntry& entry, int remaining)>;

    AutosaveController(PlanDocument* document, const QString& directory, QObject* parent = nullptr);

    AutosaveStore& store() { return m_store; }
    const AutosaveStore& store() const { return m_store; }
    int intervalMs() const;
    void setIntervalMs(int ms);
    void setRecoveryPrompt(RecoveryPrompt prompt) { m_prompt = std::move(prompt); }

    // Offers each plan a stopped planner left behind, newest first; the first one the user
    // restores replaces the document, others that would need a window of their own are kept
    // for the next start, as are those the user put off. Returns whether a plan was restored. Problems
    // (unreadable files) are reported through `problems`.
    bool recover(QStringList* problems = nullptr);
    // Writes the autosave now if the document has unsaved changes; false if writing failed.
    bool saveNow();
    // The user closed the window knowing what happens to the changes: no autosave is kept.
    void closedByUser();

Q_SIGNALS:
    // After each write, and with the reason when a write fails (the user keeps working).
    void autosaved(const QString& path);
    void autosaveFailed(const QString& message);

private:
    void scheduleSoon();

    QPointer<PlanDocument> m_document;
    AutosaveStore m_store;
    QTimer* m_timer;
    QTimer* m_soon;
    bool m_dirty = false;
    bool m_closed = false;
    RecoveryPrompt m_prompt;
};

} // namespace ocp
