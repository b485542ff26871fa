#pragma once

#include "model/optimizer/Recalculator.h"

#include <QMainWindow>
#include <QStringList>
#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace ocp {

class AutosaveController;
class BreakEvenModel;
class Catalog;
struct JournalWording;
struct OptimizedPlan;
struct Scenario;
class BudgetVariancePane;
class BudgetYearPane;
class CashFlowChart;
class CashFlowModel;
class CatalogPane;
class CategoryCostModel;
class ComparisonPane;
class ComputingIndicator;
class CostAllocationPane;
class CostCharts;
class DocumentUndo;
class MonthlyCostModel;
class NoticesModel;
class PlanDocument;
class ResultsPane;
class ScenarioEditor;
class ScenarioPane;
class SensitivityPane;
class SettingsPane;
class CostCentresPane;
class UsageImportDialog;

// The planner's window: catalog and plan settings in docks, the volume table in the centre,
// and below it the results (per pack, ledger, plan editor), the charts and the cash flow.
// One document, one undo stack; every view follows the document's signals.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class SaveChoice { Save, Discard, Cancel };
    enum class FileDialog { OpenPlan, SavePlan, ExportReport, ExportChart, ExportPdf, ImportUsage };
    // Dialogs that block are replaceable, so the window can be driven by tests.
    using SavePrompt = std::function<SaveChoice(const QString& documentName)>;
    using FileChooser = std::function<QString(FileDialog kind, const QString& suggestedPath)>;
    using ErrorReporter = std::function<void(const QString& title, const QString& message)>;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    PlanDocument* document() const { return m_document; }
    // The optimizer the window re-plans with on every edit (benchmarks use the same).
    static Recalculator::Optimizer livePlanner();
    // Which scenarios the window re-plans on a worker thread (PlanResults::setOptimizeInBackground).
    static std::function<bool(const Scenario&)> backgroundReplan();
    QUndoStack* undoStack() const;
    CatalogPane* catalogPane() const { return m_catalog; }
    SettingsPane* settingsPane() const { return m_settings; }
    // Who uses the calls: the cost centres of the current scenario, in a dock beside the settings.
    CostCentresPane* costCentresPane() const { return m_costCentres; }
    // Scenario ▸ Accounting settings…: opens the dialog (one undo step on OK).
    QAction* accountingSettingsAction() const { return m_accountingSettings; }
    void showAccountingSettings();
    ScenarioEditor* scenarioEditor() const { return m_editor; }
    ResultsPane* resultsPane() const { return m_results; }
    ScenarioPane* scenarioPane() const { return m_scenarios; }
    ComparisonPane* comparisonPane() const { return m_comparison; }
    SensitivityPane* sensitivityPane() const { return m_sensitivity; }
    CashFlowChart* cashFlowChart() const { return m_cashFlowChart; }
    BudgetYearPane* budgetYearPane() const { return m_budgetYear; }
    BudgetVariancePane* budgetVariancePane() const { return m_budgetVariance; }
    CostAllocationPane* costAllocationPane() const { return m_costAllocation; }
    NoticesModel* noticesModel() const { return m_notices; }
    QTableView* noticesView() const { return m_noticesView; }
    CostCharts* charts() const { return m_charts; }
    BreakEvenModel* breakEvenModel() const { return m_breakEven; }
    QTabWidget* resultTabs() const { return m_resultTabs; }
    QLabel* totalsLabel() const { return m_totals; }
    // What is being calculated in the background, with Cancel (in the status bar).
    ComputingIndicator* computingIndicator() const { return m_computing; }
    QMenu* recentMenu() const { return m_recentMenu; }

    void setSavePrompt(SavePrompt prompt) { m_savePrompt = std::move(prompt); }
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    void setErrorReporter(ErrorReporter reporter) { m_errorReporter = std::move(reporter); }

    // File commands; false when cancelled or failed (the user was told why).
    bool newPlan();
    bool open();
    bool openFile(const QString& path);
    bool openSample();
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    bool exportCostReport(const QString& path);
    bool exportChart(const QString& path);
    // The what-if views as CSV, and the PDF report for approval.
    bool exportComparison(const QString& path);
    // The plan for all scenarios: each candidate plan's cost and regret under each scenario.
    bool exportRobustPlan(const QString& path);
    bool exportCashFlow(const QString& path);
    bool exportBudgetYear(const QString& path);
    // A table of the Cost centres tab (CostAllocationPane::Table), or the journal, as CSV, with
    // the figures of the current scenario once they are worked out.
    bool exportCostCentreTable(int table, const QString& path);
    // The journal's accounts and memos in the window's language.
    static JournalWording journalWording();
    bool exportPdfReport(const QString& path);
    // File → Import usage: asks for a usage CSV and opens the preview for it.
    void importUsage();
    // The import preview for `path`, shown window-modal and deleted when closed; it changes the
    // plan only when accepted.
    UsageImportDialog* importUsageFrom(const QString& path);

    // Autosaves unsaved changes into `directory` from now on (the application does; tests
    // choose a folder of their own), and offers what a planner that stopped left behind.
    AutosaveController* startAutosave(const QString& directory);
    AutosaveController* autosave() const { return m_autosave; }
    // Offers to restore plans autosaved by planners that stopped without closing.
    bool recoverAutosaves();
    // Asks whether to save unsaved changes; false means the user cancelled.
    bool maybeSave();

    // Window geometry, dock layout and splitters as the user left them.
    void restoreLayout();
    void saveLayout() const;

    static QStringList recentFiles();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildInterface();
    void rebuildInterface();
    void fitVolumeTable();
    void createActions();
    void createMenus();
    void updateTitle();
    void updateTotals();
    void updateRecentMenu();
    void addRecentFile(const QString& path);
    void showStatus(const QString& message);
    void showAbout();
    void reportError(const QString& title, const QString& message);
    bool writeExport(const QString& path, const std::function<QByteArray()>& contents, const QString& what);
    // Writes `contents()` to `path` atomically; a failure is reported under `failureTitle`,
    // success with `doneMessage` in the status bar.
    bool writeExport(const QString& path, const std::function<QByteArray()>& contents,
                     const QString& failureTitle, const QString& doneMessage);
    // Opens the plan at `path` once the user has been asked about unsaved changes.
    bool loadPlan(const QString& path);
    // The plan's name for file names, "<plan>.<suffix>", and the file dialog of `kind` opened
    // in the folder last used for that kind (remembered in QSettings).
    QString planBaseName() const;
    QString suggestedName(const QString& suffix) const;
    QString chooseFile(FileDialog kind, const QString& fileName);

    PlanDocument* m_document;
    DocumentUndo* m_undo;
    MonthlyCostModel* m_monthly = nullptr;
    CategoryCostModel* m_categories = nullptr;
    CashFlowModel* m_cashFlow = nullptr;
    CatalogPane* m_catalog = nullptr;
    SettingsPane* m_settings = nullptr;
    CostCentresPane* m_costCentres = nullptr;
    QAction* m_accountingSettings = nullptr;
    ScenarioEditor* m_editor = nullptr;
    ResultsPane* m_results = nullptr;
    ScenarioPane* m_scenarios = nullptr;
    ComparisonPane* m_comparison = nullptr;
    SensitivityPane* m_sensitivity = nullptr;
    BudgetYearPane* m_budgetYear = nullptr;
    BudgetVariancePane* m_budgetVariance = nullptr;
    CostAllocationPane* m_costAllocation = nullptr;
    NoticesModel* m_notices = nullptr;
    QTableView* m_noticesView = nullptr;
    CostCharts* m_charts = nullptr;
    BreakEvenModel* m_breakEven = nullptr;
    QTableView* m_cashFlowView = nullptr;
    CashFlowChart* m_cashFlowChart = nullptr;
    QTabWidget* m_resultTabs = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_totals;
    ComputingIndicator* m_computing = nullptr;
    QObject* m_interface = nullptr; // owns the models and actions of buildInterface()
    bool m_rebuildPending = false;
    bool m_splitterRestored = false; // the user's own split from restoreLayout(): kept at the first show
    bool m_shown = false;
    QString m_newPlanName; // what a new plan is called in the language the window shows
    QMenu* m_recentMenu = nullptr;
    AutosaveController* m_autosave = nullptr;
    QActionGroup* m_languages = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_sampleAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_importUsageAction = nullptr;
    QAction* m_exportReportAction = nullptr;
    QAction* m_exportChartAction = nullptr;
    QAction* m_exportComparisonAction = nullptr;
    QAction* m_exportRobustAction = nullptr;
    QAction* m_exportCashFlowAction = nullptr;
    QAction* m_exportBudgetYearAction = nullptr;
    QAction* m_exportPdfAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_aboutAction = nullptr;

    SavePrompt m_savePrompt;
    FileChooser m_fileChooser;
    ErrorReporter m_errorReporter;
};

} // namespace ocp
