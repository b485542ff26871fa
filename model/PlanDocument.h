#pragma once

#include "Catalog.h"
#include "Money.h"
#include "PlanSnapshot.h"
#include "Recalculator.h"
#include "Scenario.h"
#include "ScenarioEdit.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace ocp {

// One open plan: the scenario, the catalog it is priced with, where it is stored and
// whether it has unsaved changes, plus the results of the latest calculation.
//
// Every change a user makes goes through the edit API below: it validates the request
// (throwing InputError with a message for the user), describes it as a ScenarioEdit and hands
// it to the installed edit handler, which the GUI uses to push an undo command; the command
// then calls apply(). Without a handler (tests, scripts) the edit is applied at once.
class PlanDocument : public QObject {
    Q_OBJECT

public:
    using EditHandler = std::function<void(const ScenarioEdit&)>;

    explicit PlanDocument(const Catalog& catalog, QObject* parent = nullptr);

    const Catalog& catalog() const { return *m_catalog; }
    const Scenario& scenario() const { return m_scenario; }
    // The latest results; always consistent with scenario() after a change signal.
    std::shared_ptr<const PlanSnapshot> snapshot() const { return m_snapshot; }
    Recalculator& recalculator() { return m_recalculator; }

    const QString& filePath() const { return m_filePath; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    // The file name, else the scenario's name, else "Untitled".
    QString displayName() const;

    // Replaces the whole document (New, Open, the sample): not an edit, the history restarts.
    void load(const Scenario& scenario, const QString& filePath = QString());
    // Reads and validates a scenario file; throws InputError and leaves the document unchanged.
    void loadFile(const QString& path);
    // Writes atomically; throws InputError. The document then belongs to that file and is clean.
    void saveFile(const QString& path);
    // A new, empty plan starting next month.
    static Scenario emptyScenario();

    void setEditHandler(EditHandler handler);
    // Back to applying edits directly (the undo history is going away).
    void clearEditHandler();

    // --- Edit API: each call is one undoable edit (or nothing when it changes nothing).
    void setVolume(const QString& interfaceId, int month, qint64 calls);
    // Several cells at once (paste, fill, clear); `before` values are filled in here.
    void setVolumes(QList<VolumeChange> changes, const QString& description);
    void addInterfaces(const QStringList& interfaceIds);
    void removeInterfaces(const QStringList& interfaceIds);
    void setName(const QString& name);
    void setStart(YearMonth start);
    void setMonths(int months);
    void setTierBasis(TierBasis basis);
    void setPurchasePolicy(PurchasePolicy policy);
    void setAboveTopTierPrice(std::optional<Money> price);
    // nullopt removes the override (back to the list price).
    void setPackPriceOverride(const QString& packId, qint64 size, std::optional<Money> price);
    void setTierPriceOverride(const QString& groupId, int tier, std::optional<Money> price);
    void setBillableShare(const QString& interfaceId, qint64 ppm);
    void addPurchase(const Purchase& purchase);
    void setPurchase(int index, const Purchase& purchase);
    void removePurchases(QList<int> indexes);
    // Any other change of the whole scenario, validated against the catalog.
    void replaceScenario(const Scenario& after, const QString& description);

    // Applies (redo) or reverts (undo) an edit built by this document. Called by undo commands.
    void apply(const ScenarioEdit& edit, bool redo);

Q_SIGNALS:
    // Only volumes of existing rows changed: rows, months and settings are as before.
    void volumesChanged(const QList<ocp::VolumeChange>& changes);
    // Anything may have changed: rows, months, settings, overrides, purchases.
    void scenarioReplaced();
    // A new snapshot is available (always after volumesChanged / scenarioReplaced).
    void resultChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    // The document was replaced by load(); an undo history must be discarded.
    void loaded();
    // The document was written to its file; an undo history marks this state clean.
    void saved();

private:
    void submit(ScenarioEdit edit);
    void submitScenario(Scenario after, const QString& description);
    void recalculate();
    QString interfaceName(const QString& id) const;
    QString packName(const QString& id) const;

    const Catalog* m_catalog;
    Scenario m_scenario;
    std::shared_ptr<const PlanSnapshot> m_snapshot;
    Recalculator m_recalculator;
    EditHandler m_editHandler;
    QString m_filePath;
    bool m_modified = false;
    quint64 m_revision = 0;
};

} // namespace ocp
