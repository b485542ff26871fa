#pragma once

#include "model/billing/Catalog.h"
#include "model/billing/Money.h"
#include "model/billing/Plan.h"
#include "model/billing/Scenario.h"
#include "model/document/PlanResults.h"
#include "model/document/ScenarioEdit.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace ocp {

// One open plan: its scenarios (基准 / 保守 / 乐观 …) with the one the window shows, the
// catalog they are priced with, where the plan is stored and whether it has unsaved changes.
// Its results (and re-planning) are kept by the PlanResults it owns, which it keeps up to date
// before each of its signals.
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
    const Plan& plan() const { return m_plan; }
    // The current scenario: the one every view shows and the edit API below changes.
    const Scenario& scenario() const { return m_plan.scenarios.at(m_plan.current); }
    int currentScenario() const { return m_plan.current; }
    int scenarioCount() const { return static_cast<int>(m_plan.scenarios.size()); }
    // The results of the scenarios: snapshots, the optimizer, background re-planning.
    PlanResults* results() const { return m_results; }
    // Shortcuts to results() for the many views that only read: the latest results of the
    // current scenario (consistent with scenario() after a signal), of any scenario, and the
    // current one for a report (InputError when the billing refused the figures).
    std::shared_ptr<const PlanSnapshot> snapshot() const { return m_results->snapshot(); }
    std::shared_ptr<const PlanSnapshot> snapshotOf(int scenario) const { return m_results->snapshotOf(scenario); }
    std::shared_ptr<const PlanSnapshot> calculatedSnapshot() const { return m_results->calculatedSnapshot(); }

    const QString& filePath() const { return m_filePath; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    // The file name, else the plan's name, else the scenario's name, else "Untitled".
    QString displayName() const;

    // Replaces the whole document (New, Open, the sample): not an edit, the history restarts.
    void load(const Plan& plan, const QString& filePath = QString());
    void load(const Scenario& scenario, const QString& filePath = QString());
    // Brings back a plan that was never saved (crash recovery): like load(), but the document
    // stays modified, and keeps `filePath` so Save writes where the user expects.
    void restore(const Plan& plan, const QString& filePath);
    // Reads and validates a plan file or a scenario file (a plan of one); throws InputError
    // and leaves the document unchanged.
    void loadFile(const QString& path);
    // Writes atomically, keeping the previous file as .bak; throws InputError. A path ending
    // in .json is written as a scenario file, which holds one scenario only; any other path
    // as a plan file. The document then belongs to that file and is clean.
    void saveFile(const QString& path);
    // Whether saveFile() writes `path` as a scenario file rather than a plan file.
    static bool isScenarioFilePath(const QString& path);
    // A new, empty plan starting next month.
    static Scenario emptyScenario();

    // Shows another scenario. Navigation, not an edit: it is not undone and changes nothing
    // that needs saving.
    void setCurrentScenario(int index);

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
    // --- Packs held at the start (bought before it) and months that have happened.
    void addHolding(const Holding& holding);
    void setHolding(int index, const Holding& holding);
    void removeHoldings(QList<int> indexes);
    // Throws InputError, naming holding `index` and its field, when the current scenario
    // cannot hold `holding` (R2: a pack bought before the start is usable at most through
    // start + 10 months).
    void checkHolding(int index, const Holding& holding) const;
    // The months through `month` are actual: their volumes and purchases are locked.
    // nullopt unlocks every month.
    void setActualThrough(std::optional<YearMonth> month);
    // How many months from the start are actual (0 when none).
    static int actualMonthCount(const Scenario& scenario);
    bool isActualMonth(int month) const { return month >= 0 && month < actualMonthCount(scenario()); }
    // All purchases replaced by those of the recommended plan, every pack at once. Throws
    // InputError while the recommendation is missing or still being calculated.
    void adoptRecommendedPlan();
    // --- Cost centres: who uses an interface's calls. Each call is one undoable edit; a
    // refusal (InputError) leaves the scenario as it was.
    // Every cost centre named in the current scenario, in name order.
    QStringList costCentres() const;
    // Replaces one interface's split. A split by volumes sets the interface's volume to the
    // centres' sum (refused where that changes an actual month).
    void setCostCentreSplit(const QString& interfaceId, const CostCentreSplit& split);
    // Its calls go to the Unallocated line again.
    void clearCostCentreSplit(const QString& interfaceId);
    // One centre's share (ppm) in `month`, or in every month (nullopt). The interface's other
    // centres share the rest in the proportions they had (largest remainder; evenly when they
    // had none).
    void setCostCentreShare(const QString& interfaceId, const QString& centre, std::optional<int> month, qint64 ppm);
    // One centre's calls in `month` of a split by volumes; the interface's volume is the new sum.
    void setCostCentreCalls(const QString& interfaceId, const QString& centre, int month, qint64 calls);
    // A new centre in the interface's split, with a share or calls of 0; an interface without a
    // split starts one with this centre at 100 %.
    void addCostCentre(const QString& interfaceId, const QString& centre);
    // The interface's calls split evenly between `centres`: equal shares, or equal calls each
    // month (largest remainder), keeping the interface's volume.
    void splitEvenly(const QString& interfaceId, const QStringList& centres, bool byVolumes);
    // Switches an interface between shares and calls per centre, keeping what each centre gets
    // each month as nearly as whole calls and ppm allow (largest remainder).
    void setCostCentreMode(const QString& interfaceId, bool byVolumes);
    // Renames a centre in every interface. Refused where the new name is already a centre.
    void renameCostCentre(const QString& from, const QString& to);
    // Removes a centre from every interface: its shares or calls go to the interface's other
    // centres in their proportions, so the interface's volume stays; a split left without
    // centres is cleared.
    void removeCostCentre(const QString& centre);
    // The plan's accounting choices (method, unused balance, ledger account names).
    void setAccounting(const AccountingSettings& settings);

    // Any other change of the whole scenario, validated against the catalog.
    void replaceScenario(const Scenario& after, const QString& description);

    // --- Edits of the scenario list; each one undoable, each one shows the scenario it makes.
    // An empty scenario over the current one's months, named `name` (made unique).
    void addScenario(const QString& name);
    // A scenario built elsewhere (imported usage), added as it is; its name is made unique.
    void addScenario(Scenario scenario, const QString& description);
    void duplicateScenario(int index);
    // A copy of scenario `index` with every volume times factorPpm / 10^6.
    void deriveScaled(int index, qint64 factorPpm, const QString& name);
    // A copy of scenario `index` whose volumes grow by growthPpm / 10^6 a month, compounded.
    void deriveWithGrowth(int index, qint64 monthlyGrowthPpm, const QString& name);
    void renameScenario(int index, const QString& name);
    // Refused for the last scenario: a plan always has one.
    void removeScenario(int index);
    // The scenario's weight for the expected-cost robust plan, 0 to 10^6 ppm. Setting one weight
    // turns equal weights into explicit ones.
    void setScenarioWeight(int index, qint64 ppm);
    void setPlanName(const QString& name);
    void setRobustMethod(RobustMethod method);
    // Freezes the current scenario and its figures, priced now, as the plan's approved budget
    // dated `approvedOn` (replacing any budget before it). Throws InputError when the billing
    // refuses the scenario.
    void approveBudget(const QDate& approvedOn);
    void clearBudget();
    static constexpr int kMaxScenarios = 100;

    // Applies (redo) or reverts (undo) an edit built by this document. Called by undo commands.
    void apply(const ScenarioEdit& edit, bool redo);

Q_SIGNALS:
    // Only volumes of existing rows changed: rows, months and settings are as before.
    void volumesChanged(const QList<ocp::VolumeChange>& changes);
    // Anything of the current scenario may have changed: rows, months, settings, overrides,
    // purchases, or another scenario became the current one.
    void scenarioReplaced();
    // The scenario list changed: names, weights, scenarios added or removed, the plan's name.
    void planChanged();
    // Another scenario is shown (always followed by scenarioReplaced and resultChanged).
    void currentScenarioChanged(int index);
    // A new snapshot is available (always after volumesChanged / scenarioReplaced; also
    // forwarded from PlanResults::resultChanged).
    void resultChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    // The document was replaced by load(); an undo history must be discarded.
    void loaded();
    // The document was written to its file; an undo history marks this state clean.
    void saved();
    // An edit was applied, done or undone: volumes only (the frequent, small kind), or
    // anything else (rows, settings, purchases, the scenario list).
    void editApplied(bool volumesOnly);

private:
    void applyPlan(const ScenarioEdit& edit, bool redo);
    void applyScenario(const ScenarioEdit& edit, bool redo);
    void submit(ScenarioEdit edit);
    void submitScenario(Scenario after, const QString& description);
    void submitPlan(Plan after, const QString& description);
    void insertScenario(Scenario scenario, const QString& description);
    void checkActualPurchasesKept(const Scenario& after) const;
    void checkIndex(int index) const;
    void checkCentreInterface(const QString& interfaceId) const;
    void submitCostCentres(Scenario after, const QString& description);
    QString interfaceName(const QString& id) const;
    QString packName(const QString& id) const;

    const Catalog* m_catalog;
    Plan m_plan;
    PlanResults* m_results; // a child; reads m_plan
    EditHandler m_editHandler;
    QString m_filePath;
    bool m_modified = false;
};

} // namespace ocp
