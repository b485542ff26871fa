#include "MainWindow.h"

#include "AutosaveController.h"
#include "BudgetVariancePane.h"
#include "CostAllocationPane.h"
#include "model/io/AccountingReport.h"
#include "model/io/AllocationReport.h"
#include "BudgetYearPane.h"
#include "CashFlowChart.h"
#include "CatalogPane.h"
#include "ChartPalette.h"
#include "ColumnFitter.h"
#include "ComparisonPane.h"
#include "ComputingIndicator.h"
#include "AccountingSettingsDialog.h"
#include "CostCentresPane.h"
#include "CostCharts.h"
#include "CostReportExport.h"
#include "DocumentUndo.h"
#include "Language.h"
#include "PackInventoryImportDialog.h"
#include "PlainText.h"
#include "PlanReportPdf.h"
#include "PlannerDelegate.h"
#include "ResultsPane.h"
#include "ScenarioEditor.h"
#include "ScenarioPane.h"
#include "SensitivityPane.h"
#include "SettingsPane.h"
#include "UsageImportDialog.h"
#include "model/billing/AtomicFile.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/io/PlanFile.h"
#include "model/io/PlanWording.h"
#include "model/io/WhatIfReports.h"
#include "model/itemmodels/AccrualModel.h"
#include "model/itemmodels/BreakEvenModel.h"
#include "model/itemmodels/CashFlowModel.h"
#include "model/itemmodels/CategoryCostModel.h"
#include "model/itemmodels/MonthlyCostModel.h"
#include "model/itemmodels/NoticesModel.h"
#include "model/itemmodels/PackAlternativesModel.h"
#include "model/itemmodels/RobustPlanModel.h"
#include "model/itemmodels/ScenarioComparisonModel.h"
#include "model/itemmodels/SensitivityModel.h"
#include "model/optimizer/PurchaseOptimizer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <utility>

#ifndef OCP_VERSION
#define OCP_VERSION "0.0.0"
#endif

namespace ocp {
namespace {

constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = QStringLiteral("recentFiles");

QIcon themeIcon(const QString& name, QStyle::StandardPixmap fallback) {
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_document(new PlanDocument(Catalog::defaultCatalog(), this))
    , m_undo(new DocumentUndo(m_document, this))
    , m_totals(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    // The recommended plan beside the user's own: re-planned with every edit.
    m_document->results()->recalculator().setOptimizer(livePlanner());
    // Purchases in any month take 50 ms to seconds to optimise (README, Performance): that
    // re-plan runs on a worker thread, the own plan's figures still update at once.
    m_document->results()->setOptimizeInBackground(backgroundReplan());
    m_document->results()->recalculateAll();
    setWindowIcon(themeIcon(QStringLiteral("accessories-calculator"), QStyle::SP_FileDialogDetailedView));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextFormat(Qt::RichText);
    statusBar()->addPermanentWidget(m_totals);

    m_savePrompt = [this](const QString& name) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                        tr("The plan “%1” has changes that are not saved.").arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Save them before continuing?"));
        PlainText::apply(box);
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            return SaveChoice::Save;
        case QMessageBox::Discard:
            return SaveChoice::Discard;
        default:
            return SaveChoice::Cancel;
        }
    };
    m_fileChooser = [this](FileDialog kind, const QString& suggested) {
        switch (kind) {
        case FileDialog::OpenPlan:
            return QFileDialog::getOpenFileName(this, tr("Open plan"), suggested,
                                                tr("Plans and scenarios (*.ocrplan *.json);;Plans "
                                                   "(*.ocrplan);;Scenarios (*.json);;All files (*)"));
        case FileDialog::SavePlan:
            return QFileDialog::getSaveFileName(this, tr("Save plan"), suggested,
                                                tr("Plans (*.ocrplan);;Scenario, one only (*.json)"));
        case FileDialog::ExportReport:
            return QFileDialog::getSaveFileName(this, tr("Export cost report"), suggested,
                                                tr("CSV files (*.csv)"));
        case FileDialog::ExportPdf:
            return QFileDialog::getSaveFileName(this, tr("Export PDF report"), suggested,
                                                tr("PDF documents (*.pdf)"));
        case FileDialog::ImportUsage:
            return QFileDialog::getOpenFileName(this, tr("Import usage"), suggested,
                                                tr("Usage files (*.csv *.txt);;All files (*)"));
        case FileDialog::ExportChart:
            return QFileDialog::getSaveFileName(this, tr("Export chart"), suggested,
                                                tr("PNG image (*.png);;SVG drawing (*.svg)"));
        }
        return QString();
    };
    m_errorReporter = [this](const QString& title, const QString& message) {
        // Messages name files and plans: shown as written, never as HTML.
        QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
        PlainText::apply(box);
        box.exec();
    };

    buildInterface();

    connect(m_document, &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::scenarioReplaced, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::planChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::resultChanged, this, &MainWindow::updateTotals);
    connect(m_document, &PlanDocument::loaded, this, &MainWindow::fitVolumeTable);
    updateTitle();
    updateTotals();

    // A sensible first size; restoreLayout() replaces it with the user's.
    if (const QScreen* screen = QApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(std::min(1600, available.width() * 96 / 100), std::min(1000, available.height() * 96 / 100));
    }
}

void MainWindow::buildInterface() {
    // Everything that shows text, made anew when the language changes (rebuildInterface);
    // objects that are not widgets live under m_interface, so they go with it.
    m_interface = new QObject(this);
    m_monthly = new MonthlyCostModel(m_document, m_interface);
    m_categories = new CategoryCostModel(m_document, m_interface);
    m_cashFlow = new CashFlowModel(m_document, m_interface);
    m_catalog = new CatalogPane(m_document, this);
    m_settings = new SettingsPane(m_document, this);
    m_costCentres = new CostCentresPane(m_document, this);
    m_editor = new ScenarioEditor(m_document, this);
    m_results = new ResultsPane(m_document, this);
    m_scenarios = new ScenarioPane(m_document, this);
    m_comparison = new ComparisonPane(m_document, this);
    m_sensitivity = new SensitivityPane(m_document, this);
    m_budgetYear = new BudgetYearPane(m_document, this);
    m_budgetVariance = new BudgetVariancePane(m_document, this);
    m_costAllocation = new CostAllocationPane(m_document, this);
    m_notices = new NoticesModel(m_document, m_interface);
    m_noticesView = new QTableView(this);
    m_charts = new CostCharts(m_monthly, m_categories, this);
    m_breakEven = new BreakEvenModel(m_document, m_interface);
    m_cashFlowView = new QTableView(this);
    m_cashFlowChart = new CashFlowChart(m_cashFlow, this);
    m_resultTabs = new QTabWidget(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    // Cost by volume: the plan re-optimised at each of the 21 volume factors, beside the plan
    // as it is and postpaid only (calculated off the window's thread, on two threads, while the
    // sensitivity view is shown); each point is exactly the live planner's total.
    m_sensitivity->model()->setLineOptimizer(SensitivityModel::optimizerLine());

    // Centre: the volumes above, results / charts / cash flow below.
    m_cashFlowView->setObjectName(QStringLiteral("cashFlowTable"));
    m_cashFlowView->setModel(m_cashFlow);
    m_cashFlowView->setItemDelegate(new PlannerDelegate(m_cashFlowView));
    m_cashFlowView->setAlternatingRowColors(true);
    m_cashFlowView->verticalHeader()->hide();
    m_cashFlowView->verticalHeader()->setDefaultSectionSize(m_cashFlowView->fontMetrics().height() + 8);
    // Columns as wide as their figures ("2027…" and "125,…" told nothing); a narrow window scrolls.
    new ColumnFitter(m_cashFlowView);
    // The break-even chart follows the pack selected in the results.
    m_charts->setBreakEvenModel(m_breakEven);
    connect(m_breakEven, &BreakEvenModel::stateChanged, this,
            [this] { m_charts->setBreakEvenText(m_breakEven->title(), m_breakEven->statusText()); });
    connect(m_results, &ResultsPane::packSelected, m_breakEven, &BreakEvenModel::setPack);
    m_resultTabs->setObjectName(QStringLiteral("resultTabs"));
    m_resultTabs->addTab(m_results,
                         themeIcon(QStringLiteral("x-office-spreadsheet"), QStyle::SP_FileDialogListView),
                         tr("Results"));
    m_resultTabs->addTab(m_charts,
                         themeIcon(QStringLiteral("x-office-presentation"), QStyle::SP_FileDialogInfoView),
                         tr("Charts"));
    auto* cashFlow = new QSplitter(Qt::Horizontal, this);
    cashFlow->setObjectName(QStringLiteral("cashFlowSplitter"));
    cashFlow->addWidget(m_cashFlowView);
    cashFlow->addWidget(m_cashFlowChart);
    cashFlow->setStretchFactor(0, 1);
    cashFlow->setStretchFactor(1, 1);
    m_resultTabs->addTab(cashFlow, themeIcon(QStringLiteral("wallet-open"), QStyle::SP_DriveHDIcon),
                         tr("Cash flow"));
    m_resultTabs->addTab(m_comparison,
                         themeIcon(QStringLiteral("view-list-details"), QStyle::SP_FileDialogDetailedView),
                         tr("Comparison"));
    m_resultTabs->addTab(m_sensitivity, themeIcon(QStringLiteral("view-statistics"), QStyle::SP_ArrowUp),
                         tr("Sensitivity"));
    m_resultTabs->addTab(m_budgetYear,
                         themeIcon(QStringLiteral("x-office-calendar"), QStyle::SP_FileDialogInfoView),
                         tr("Budget year"));
    m_resultTabs->addTab(m_budgetVariance, themeIcon(QStringLiteral("office-chart-line"), QStyle::SP_FileDialogContentsView),
                         tr("Budget vs actual"));
    m_resultTabs->addTab(m_costAllocation, themeIcon(QStringLiteral("system-users"), QStyle::SP_DirHomeIcon),
                         tr("Cost allocation"));
    const QString tableFiles[CostAllocationPane::TableCount] = {tr("cost-centres-by-month"), tr("cost-centres-by-pack"),
                                                             tr("accounting-schedule"), tr("journal")};
    for (int table = 0; table < CostAllocationPane::TableCount; ++table) {
        connect(m_costAllocation->exportAction(static_cast<CostAllocationPane::Table>(table)), &QAction::triggered, this,
                [this, table, name = tableFiles[table]] {
                    const QString path = chooseFile(FileDialog::ExportReport, suggestedName(name + QStringLiteral(".csv")));
                    if (!path.isEmpty())
                        exportCostCentreTable(table, path);
                });
    }
    // Low-balance notices (R6): which months send one, per pack bought.
    m_noticesView->setObjectName(QStringLiteral("noticesTable"));
    m_noticesView->setModel(m_notices);
    m_noticesView->setItemDelegate(new PlannerDelegate(m_noticesView));
    m_noticesView->verticalHeader()->hide();
    m_noticesView->verticalHeader()->setDefaultSectionSize(m_noticesView->fontMetrics().height() + 8);
    m_noticesView->setShowGrid(true);
    auto* noticesPage = new QWidget(this);
    auto* noticesLayout = new QVBoxLayout(noticesPage);
    noticesLayout->setContentsMargins(4, 4, 4, 4);
    auto* noticesNote =
        new QLabel(tr("Months in which Tencent Cloud sends a low-balance notice for the last usable "
                      "pack: amber when it falls below 20 %, red when it is used up. Packs held "
                      "or bought are listed; under each, the month a line of its packs runs out "
                      "or loses calls at expiry."),
                   noticesPage);
    noticesNote->setWordWrap(true);
    noticesLayout->addWidget(noticesNote);
    noticesLayout->addWidget(m_noticesView, 1);
    new ColumnFitter(m_noticesView);
    m_resultTabs->addTab(noticesPage,
                         themeIcon(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning),
                         tr("Notices"));
    m_splitter->setObjectName(QStringLiteral("centralSplitter"));
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_resultTabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    fitVolumeTable();
    setCentralWidget(m_splitter);

    auto* catalogDock = new QDockWidget(tr("Catalog"), this);
    catalogDock->setObjectName(QStringLiteral("catalogDock"));
    catalogDock->setWidget(m_catalog);
    addDockWidget(Qt::LeftDockWidgetArea, catalogDock);
    auto* settingsDock = new QDockWidget(tr("Plan settings"), this);
    settingsDock->setObjectName(QStringLiteral("settingsDock"));
    settingsDock->setWidget(m_settings);
    addDockWidget(Qt::LeftDockWidgetArea, settingsDock);
    tabifyDockWidget(catalogDock, settingsDock);
    auto* scenariosDock = new QDockWidget(tr("Scenarios"), this);
    scenariosDock->setObjectName(QStringLiteral("scenariosDock"));
    scenariosDock->setWidget(m_scenarios);
    addDockWidget(Qt::LeftDockWidgetArea, scenariosDock);
    tabifyDockWidget(catalogDock, scenariosDock);
    auto* costCentresDock = new QDockWidget(tr("Cost centres"), this);
    costCentresDock->setObjectName(QStringLiteral("costCentresDock"));
    costCentresDock->setWidget(m_costCentres);
    addDockWidget(Qt::LeftDockWidgetArea, costCentresDock);
    tabifyDockWidget(catalogDock, costCentresDock);
    catalogDock->raise();
    // A quarter of a laptop screen, at most 390 pixels: the results need the width.
    const int screenWidth =
        QApplication::primaryScreen() ? QApplication::primaryScreen()->availableSize().width() : 1280;
    resizeDocks({catalogDock}, {std::min(390, screenWidth * 22 / 100)}, Qt::Horizontal);

    createActions();
    createMenus();

    connect(m_catalog, &CatalogPane::statusMessage, this, &MainWindow::showStatus);
    connect(m_settings, &SettingsPane::statusMessage, this, &MainWindow::showStatus);
    connect(m_costCentres, &CostCentresPane::statusMessage, this, &MainWindow::showStatus);
    connect(m_editor, &ScenarioEditor::statusMessage, this, &MainWindow::showStatus);
    connect(m_results, &ResultsPane::statusMessage, this, &MainWindow::showStatus);
    connect(m_scenarios, &ScenarioPane::statusMessage, this, &MainWindow::showStatus);
    connect(m_results, &ResultsPane::packSelected, m_catalog, &CatalogPane::showPack);
    // Every long computation of the views, shown while it runs and stopped on request.
    m_computing = new ComputingIndicator(statusBar());
    m_computing->watchRecommendation(m_document->results(), tr("the recommended plan"));
    m_computing->watch(m_results->alternativesModel(), tr("the ranked alternatives"));
    m_computing->watch(m_breakEven, tr("the break-even points"));
    m_computing->watch(m_comparison->robustModel(), tr("the plan for all scenarios"));
    m_computing->watch(m_sensitivity->model(), tr("the re-optimised line"));
    statusBar()->insertPermanentWidget(0, m_computing);
    updateRecentMenu();
    m_newPlanName = PlanDocument::emptyScenario().name;
}

void MainWindow::fitVolumeTable() {
    // The volume table as tall as its rows (at most a third of the height), the results the rest:
    // on a laptop screen a mostly empty table took half the height.
    int height = 0;
    for (int size : m_splitter->sizes())
        height += size;
    if (height <= 0)
        height =
            QApplication::primaryScreen() ? QApplication::primaryScreen()->availableSize().height() : 720;
    const int table = std::min(m_editor->contentHeight(), height / 3);
    m_splitter->setSizes({table, height - table});
}

void MainWindow::rebuildInterface() {
    m_rebuildPending = false;
    // What the user was looking at stays: dock layout, splitter, tabs and the selected pack.
    const QByteArray docks = saveState();
    const QByteArray splitter = m_splitter->saveState();
    const int tab = m_resultTabs->currentIndex();
    const int chart = m_charts->tabs()->currentIndex();
    const int pack = m_results->selectedPack();
    // A new plan nobody touched yet is named in the new language too.
    const bool untouchedNewPlan =
        !m_document->isModified() && m_document->filePath().isEmpty() && m_document->scenarioCount() == 1 &&
        m_document->scenario().volumes.isEmpty() && m_document->scenario().name == m_newPlanName;
    const auto toolBars = findChildren<QToolBar*>(Qt::FindDirectChildrenOnly);
    for (QToolBar* bar : toolBars) {
        removeToolBar(bar);
        delete bar;
    }
    const auto dockWidgets = findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly);
    for (QDockWidget* dock : dockWidgets) {
        removeDockWidget(dock);
        delete dock;
    }
    delete m_splitter;
    delete m_computing;
    delete menuBar();
    delete m_interface;
    buildInterface();
    restoreState(docks);
    m_splitter->restoreState(splitter);
    m_resultTabs->setCurrentIndex(tab);
    m_charts->tabs()->setCurrentIndex(chart);
    m_results->selectPack(pack);
    if (untouchedNewPlan)
        m_document->load(PlanDocument::emptyScenario());
    // The name the system shows beside window titles, in the new language too.
    QApplication::setApplicationDisplayName(tr("OCR Cost Planner"));
    updateTitle();
    updateTotals();
}

void MainWindow::changeEvent(QEvent* event) {
    // Another translator: every text is made again, once the event has reached all children.
    if (event->type() == QEvent::LanguageChange && m_interface && !m_rebuildPending) {
        m_rebuildPending = true;
        QMetaObject::invokeMethod(this, &MainWindow::rebuildInterface, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

MainWindow::~MainWindow() = default;

std::function<bool(const Scenario&)> MainWindow::backgroundReplan() {
    return [](const Scenario& scenario) {
        return scenario.settings.purchasePolicy == PurchasePolicy::Any;
    };
}

Recalculator::Optimizer MainWindow::livePlanner() {
    return [](const Catalog& catalog, const Scenario& scenario, std::stop_token stop) {
        // Without ranked alternatives: ranking all packs takes about a second; the results
        // pane ranks the selected pack only (PackAlternativesModel). A live re-plan on every
        // edit must stay fast.
        return PurchaseOptimizer::optimize(catalog, scenario, {scenario.settings.purchasePolicy, 0},
                                           std::move(stop));
    };
}

QUndoStack* MainWindow::undoStack() const {
    return m_undo->stack();
}

void MainWindow::createActions() {
    m_newAction =
        new QAction(themeIcon(QStringLiteral("document-new"), QStyle::SP_FileIcon), tr("&New"), m_interface);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Start an empty plan"));
    m_newAction->setIconText(tr("New"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newPlan);

    m_openAction = new QAction(themeIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton),
                               tr("&Open…"), m_interface);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIconText(tr("Open"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);

    m_importUsageAction = new QAction(tr("&Import usage…"), m_interface);
    m_importUsageAction->setToolTip(tr("Read actual monthly or daily calls from a usage CSV"));
    connect(m_importUsageAction, &QAction::triggered, this, &MainWindow::importUsage);

    m_sampleAction = new QAction(tr("Open the samp&le plan"), m_interface);
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSample);

    m_saveAction = new QAction(themeIcon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton),
                               tr("&Save"), m_interface);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setIconText(tr("Save"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(themeIcon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton),
                                 tr("Save &As…"), m_interface);
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_exportReportAction =
        new QAction(themeIcon(QStringLiteral("x-office-spreadsheet"), QStyle::SP_FileDialogDetailedView),
                    tr("&Export cost report (CSV)…"), m_interface);
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportReportAction->setIconText(tr("Export CSV"));
    m_exportReportAction->setToolTip(tr("Export the month-by-month cost report as CSV"));
    connect(m_exportReportAction, &QAction::triggered, this, [this] {
        const QString path = chooseFile(FileDialog::ExportReport, suggestedName(QStringLiteral("csv")));
        if (!path.isEmpty())
            exportCostReport(path);
    });

    m_exportChartAction =
        new QAction(themeIcon(QStringLiteral("image-x-generic"), QStyle::SP_FileDialogContentsView),
                    tr("Export &chart (PNG, SVG)…"), m_interface);
    m_exportChartAction->setObjectName(QStringLiteral("exportChart"));
    m_exportChartAction->setIconText(tr("Export chart"));
    m_exportChartAction->setToolTip(tr("Export the chart shown in the Charts tab as PNG or SVG"));
    connect(m_exportChartAction, &QAction::triggered, this, [this] {
        m_resultTabs->setCurrentWidget(m_charts);
        // Named after the chart and the plan: "Monthly cost – 基准.png".
        const QString path =
            chooseFile(FileDialog::ExportChart,
                       tr("%1 – %2").arg(m_charts->chartName(m_charts->currentChart()), planBaseName()) +
                           QStringLiteral(".png"));
        if (!path.isEmpty())
            exportChart(path);
    });

    auto csvAction = [this](const QString& text, const QString& suffix,
                            bool (MainWindow::*write)(const QString&)) {
        auto* action = new QAction(text, m_interface);
        connect(action, &QAction::triggered, this, [this, suffix, write] {
            const QString path = chooseFile(FileDialog::ExportReport, suggestedName(suffix));
            if (!path.isEmpty())
                (this->*write)(path);
        });
        return action;
    };
    m_exportComparisonAction =
        csvAction(tr("Export scenario co&mparison (CSV)…"), tr("comparison") + QStringLiteral(".csv"),
                  &MainWindow::exportComparison);
    m_exportRobustAction =
        csvAction(tr("Export one plan &for all scenarios (CSV)…"),
                  tr("plan-for-all") + QStringLiteral(".csv"), &MainWindow::exportRobustPlan);
    m_exportCashFlowAction = csvAction(tr("Export cas&h flow (CSV)…"),
                                       tr("cash-flow") + QStringLiteral(".csv"), &MainWindow::exportCashFlow);
    m_exportBudgetYearAction =
        csvAction(tr("Export &budget years (CSV)…"), tr("budget-years") + QStringLiteral(".csv"),
                  &MainWindow::exportBudgetYear);
    m_exportPdfAction = new QAction(themeIcon(QStringLiteral("application-pdf"), QStyle::SP_FileIcon),
                                    tr("Export &PDF report…"), m_interface);
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_exportPdfAction->setIconText(tr("PDF report"));
    m_exportPdfAction->setToolTip(tr("A report of the plan and its scenarios for approval, as PDF"));
    connect(m_exportPdfAction, &QAction::triggered, this, [this] {
        const QString path = chooseFile(FileDialog::ExportPdf, suggestedName(QStringLiteral("pdf")));
        if (!path.isEmpty())
            exportPdfReport(path);
    });

    m_quitAction = new QAction(themeIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton),
                               tr("&Quit"), m_interface);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = undoStack()->createUndoAction(m_interface, tr("&Undo"));
    m_undoAction->setIcon(themeIcon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction = undoStack()->createRedoAction(m_interface, tr("&Redo"));
    m_redoAction->setIcon(themeIcon(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward));
    m_redoAction->setIconText(tr("Redo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    // The toolbar's tooltip is the action's text, which names the edit ("Undo Rename the
    // scenario “…”") and so a name from a file: shown as written.
    auto plainTip = [](QAction* action) {
        action->setToolTip(PlainText::toolTip(QString(action->text()).remove(u'&')));
    };
    // The action itself, not the window: the stack outlives the window's members while it closes.
    connect(undoStack(), &QUndoStack::undoTextChanged, m_undoAction,
            [action = m_undoAction, plainTip] { plainTip(action); });
    connect(undoStack(), &QUndoStack::redoTextChanged, m_redoAction,
            [action = m_redoAction, plainTip] { plainTip(action); });
    plainTip(m_undoAction);
    plainTip(m_redoAction);

    m_aboutAction = new QAction(themeIcon(QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation),
                                tr("&About OCR Cost Planner"), m_interface);
    m_aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(themeIcon(QStringLiteral("document-open-recent"), QStyle::SP_DirOpenIcon),
                                 tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_sampleAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_importUsageAction);
    // The console's resource-pack list into the scenario's holdings, as one step of Undo.
    QAction* importInventory = file->addAction(tr("Import pac&k inventory…"));
    importInventory->setObjectName(QStringLiteral("importPackInventory"));
    importInventory->setToolTip(tr("Read the packs the account holds from the console's resource-pack list"));
    connect(importInventory, &QAction::triggered, this, [this] {
        auto* dialog = new PackInventoryImportDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PackInventoryImportDialog::statusMessage, this, &MainWindow::showStatus);
        dialog->open();
    });
    file->addSeparator();
    file->addAction(m_exportReportAction);
    file->addAction(m_exportChartAction);
    file->addAction(m_exportComparisonAction);
    file->addAction(m_exportRobustAction);
    file->addAction(m_exportCashFlowAction);
    file->addAction(m_exportBudgetYearAction);
    file->addAction(m_exportPdfAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_editor->copyAction());
    edit->addAction(m_editor->pasteAction());
    edit->addAction(m_editor->clearAction());
    QMenu* fill = edit->addMenu(tr("&Fill selected cells"));
    fill->addActions(m_editor->fillActions());
    edit->addSeparator();
    edit->addAction(m_editor->removeInterfacesAction());
    edit->addAction(m_editor->markActualAction());
    edit->addAction(m_editor->unlockActualAction());
    edit->addSeparator();
    edit->addAction(m_results->adoptRecommendedAction());

    QMenu* scenario = menuBar()->addMenu(tr("&Scenario"));
    scenario->addActions(m_scenarios->actions());
    scenario->addSeparator();
    scenario->addAction(m_budgetVariance->approveAction());
    m_accountingSettings = scenario->addAction(tr("Accoun&ting settings…"), this, &MainWindow::showAccountingSettings);
    m_accountingSettings->setObjectName(QStringLiteral("accountingSettings"));
    m_accountingSettings->setToolTip(
        tr("How prepaid packs are expensed, who bears balance never used, and the ledger account names"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const auto docks = findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks)
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    const QStringList tabNames{tr("&Results"), tr("C&harts"), tr("Cash &flow"), tr("Com&parison"),
                               tr("Se&nsitivity")};
    for (int i = 0; i < tabNames.size(); ++i) {
        QAction* show = view->addAction(tabNames.at(i));
        show->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(show, &QAction::triggered, this, [this, i] { m_resultTabs->setCurrentIndex(i); });
    }
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    m_languages = new QActionGroup(m_interface);
    const QList<QPair<Language::Choice, QString>> choices{{Language::System, tr("System default")},
                                                          {Language::Chinese, QStringLiteral("简体中文")},
                                                          {Language::English, QStringLiteral("English")}};
    for (const auto& [choice, label] : choices) {
        QAction* a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(Language::stored() == choice);
        a->setData(static_cast<int>(choice));
        m_languages->addAction(a);
    }
    connect(m_languages, &QActionGroup::triggered, this, [this](QAction* a) {
        const auto choice = static_cast<Language::Choice>(a->data().toInt());
        Language::store(choice);
        // The window follows at once, through QEvent::LanguageChange (changeEvent).
        Language::apply(choice);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_newAction);
    tools->addAction(m_openAction);
    tools->addAction(m_saveAction);
    tools->addSeparator();
    tools->addAction(m_undoAction);
    tools->addAction(m_redoAction);
    tools->addSeparator();
    auto* scenarioLabel = new QLabel(tr("Scenario:"), tools);
    scenarioLabel->setContentsMargins(4, 0, 4, 0);
    tools->addWidget(scenarioLabel);
    tools->addWidget(m_scenarios->switcher());
    tools->addAction(m_scenarios->duplicateAction());
    tools->addAction(m_scenarios->deriveScaledAction());
    tools->addSeparator();
    tools->addAction(m_exportReportAction);
    tools->addAction(m_exportChartAction);
    tools->addAction(m_exportPdfAction);
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1[*] — OCR Cost Planner").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateTotals() {
    const auto snapshot = m_document->snapshot();
    if (!snapshot->isValid()) {
        m_totals->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                              .arg(ChartPalette::errorText().name(),
                                   tr("Not calculated: %1").arg(snapshot->error).toHtmlEscaped()));
        return;
    }
    const BillingResult& r = snapshot->result;
    const QString mark = r.overall.estimate ? QStringLiteral("≈ ") : QString();
    QString saving = mark + Display::yuan(r.saving());
    if (!r.postpaidOnlyTotal().isZero()) {
        const auto ppm =
            static_cast<qint64>(r.saving().micros() * 1'000'000 / r.postpaidOnlyTotal().micros());
        saving += QStringLiteral(" (%1)").arg(Display::percent((ppm + 500) / 1000 * 1000));
    }
    m_totals->setText(tr("%4: plan cost <b>%1</b> · Postpaid only %2 · Saving <b>%3</b>")
                          .arg((mark + Display::yuan(r.total())).toHtmlEscaped(),
                               (mark + Display::yuan(r.postpaidOnlyTotal())).toHtmlEscaped(),
                               saving.toHtmlEscaped(), m_document->scenario().name.toHtmlEscaped()));
    m_totals->setToolTip(r.overall.estimate
                             ? tr("≈ marks estimates: some calls are above the top tier, which has no "
                                  "published price (联系商务)")
                             : QString());
}

void MainWindow::showStatus(const QString& message) {
    if (!message.isEmpty())
        statusBar()->showMessage(message, 8000);
}

void MainWindow::reportError(const QString& title, const QString& message) {
    showStatus(message);
    m_errorReporter(title, message);
}

QString MainWindow::planBaseName() const {
    QString base = m_document->scenario().name.isEmpty() ? tr("plan") : m_document->scenario().name;
    if (!m_document->filePath().isEmpty())
        base = QFileInfo(m_document->filePath()).completeBaseName();
    return base;
}

void MainWindow::showAccountingSettings() {
    AccountingSettingsDialog dialog(m_document, this);
    if (dialog.exec() == QDialog::Accepted)
        showStatus(tr("Accounting settings changed"));
}

QString MainWindow::suggestedName(const QString& suffix) const {
    return planBaseName() + u'.' + suffix;
}

QString MainWindow::chooseFile(FileDialog kind, const QString& fileName) {
    // Each kind of file opens where the last one of its kind went (plans, reports, charts,
    // usage), not where the planner was started.
    QString key;
    switch (kind) {
    case FileDialog::OpenPlan:
    case FileDialog::SavePlan:
        key = QStringLiteral("folders/plans");
        break;
    case FileDialog::ExportReport:
    case FileDialog::ExportPdf:
        key = QStringLiteral("folders/reports");
        break;
    case FileDialog::ExportChart:
        key = QStringLiteral("folders/charts");
        break;
    case FileDialog::ImportUsage:
        key = QStringLiteral("folders/usage");
        break;
    }
    QSettings settings;
    QString dir = settings.value(key).toString();
    // A plan that has a file is saved where it lives.
    if (!m_document->filePath().isEmpty() && (kind == FileDialog::SavePlan || dir.isEmpty()))
        dir = QFileInfo(m_document->filePath()).absolutePath();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = fileName;
    // Keep names file-system friendly on every platform.
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|]+)"));
    name.replace(unsafe, QStringLiteral("-"));
    const QString path = m_fileChooser(kind, name.isEmpty() ? dir : QDir(dir).filePath(name));
    if (!path.isEmpty())
        settings.setValue(key, QFileInfo(path).absolutePath());
    return path;
}

bool MainWindow::maybeSave() {
    if (!m_document->isModified())
        return true;
    switch (m_savePrompt(m_document->displayName())) {
    case SaveChoice::Save:
        return save();
    case SaveChoice::Discard:
        return true;
    case SaveChoice::Cancel:
        return false;
    }
    return false;
}

bool MainWindow::newPlan() {
    if (!maybeSave())
        return false;
    m_document->load(PlanDocument::emptyScenario());
    showStatus(tr("New plan: add interfaces from the catalog"));
    return true;
}

bool MainWindow::open() {
    if (!maybeSave())
        return false;
    const QString path = chooseFile(FileDialog::OpenPlan, QString());
    if (path.isEmpty())
        return false;
    return loadPlan(path);
}

bool MainWindow::openFile(const QString& path) {
    if (!maybeSave())
        return false;
    return loadPlan(path);
}

bool MainWindow::loadPlan(const QString& path) {
    try {
        m_document->loadFile(path);
    } catch (const InputError& e) {
        reportError(tr("Cannot open the plan"), e.message());
        return false;
    }
    addRecentFile(m_document->filePath());
    showStatus(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool MainWindow::openSample() {
    if (!maybeSave())
        return false;
    try {
        m_document->load(PlanFile::sample(m_document->catalog()));
    } catch (const InputError& e) {
        reportError(tr("Cannot open the sample plan"), e.message());
        return false;
    }
    // Show the ledger of a pack the sample buys, so the plan's effect is visible at once.
    const Scenario& sample = m_document->scenario();
    if (!sample.purchases.isEmpty())
        m_results->selectPack(m_document->catalog().packIndex(sample.purchases.constFirst().packId));
    showStatus(tr("This is a sample plan: change the monthly calls, or start your own with File → New"));
    return true;
}

bool MainWindow::save() {
    // A scenario file holds one scenario: a plan that grew more goes to a plan file.
    if (m_document->filePath().isEmpty() ||
        (PlanDocument::isScenarioFilePath(m_document->filePath()) && m_document->scenarioCount() > 1))
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs() {
    QString path = chooseFile(FileDialog::SavePlan, suggestedName(QStringLiteral("ocrplan")));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ocrplan");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& path) {
    try {
        m_document->saveFile(path);
    } catch (const InputError& e) {
        reportError(tr("Cannot save the plan"), e.message());
        return false;
    }
    addRecentFile(m_document->filePath());
    showStatus(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool MainWindow::exportCostReport(const QString& path) {
    return writeExport(
        path, [this] { return CostReportExport().csv(*m_document); }, tr("Cannot export the cost report"),
        tr("Cost report written to %1").arg(QDir::toNativeSeparators(path)));
}

bool MainWindow::exportChart(const QString& path) {
    return writeExport(
        path, [this, &path] { return m_charts->currentChartFile(path); }, tr("Cannot export the chart"),
        tr("Chart written to %1").arg(QDir::toNativeSeparators(path)));
}

bool MainWindow::writeExport(const QString& path, const std::function<QByteArray()>& contents,
                             const QString& what) {
    return writeExport(path, contents, tr("Cannot export the %1").arg(what),
                       tr("The %1 was written to %2").arg(what, QDir::toNativeSeparators(path)));
}

bool MainWindow::writeExport(const QString& path, const std::function<QByteArray()>& contents,
                             const QString& failureTitle, const QString& doneMessage) {
    try {
        AtomicFile::write(path, contents());
    } catch (const InputError& e) {
        // Worded like every refusal the user sees: an optimizer's in their language.
        reportError(failureTitle, PlanWording::message(e));
        return false;
    }
    showStatus(doneMessage);
    return true;
}

bool MainWindow::exportComparison(const QString& path) {
    return writeExport(
        path,
        [this] {
            m_comparison->refresh(); // the plan for all may wait for the pane to be shown
            return WhatIfReports::comparisonCsv(m_document->catalog(),
                                                m_comparison->summaryModel()->comparison());
        },
        tr("scenario comparison"));
}

bool MainWindow::exportRobustPlan(const QString& path) {
    return writeExport(
        path,
        [this] {
            RobustPlanModel* model = m_comparison->robustModel();
            if (model->isStale() || model->isComputing())
                model->refresh();
            if (!model->robustPlan())
                throw InputError(tr("No plan for all scenarios: %1").arg(model->error()));
            return WhatIfReports::robustMatrixCsv(m_document->catalog(), m_document->plan(),
                                                  *model->robustPlan());
        },
        tr("plan for all scenarios"));
}

bool MainWindow::exportCashFlow(const QString& path) {
    return writeExport(
        path,
        [this] {
            const auto snapshot = m_document->calculatedSnapshot();
            return WhatIfReports::cashFlowCsv(snapshot->result);
        },
        tr("cash flow"));
}

bool MainWindow::exportBudgetYear(const QString& path) {
    return writeExport(
        path,
        [this] {
            const auto snapshot = m_document->calculatedSnapshot();
            return WhatIfReports::budgetYearCsv(
                AccrualSchedule::build(m_document->catalog(), snapshot->scenario, snapshot->result));
        },
        tr("budget years"));
}

bool MainWindow::exportCostCentreTable(int table, const QString& path) {
    const QString what[CostAllocationPane::TableCount] = {tr("cost per cost centre and month"),
                                                       tr("cost per cost centre and pack"), tr("accounting schedule"),
                                                       tr("journal")};
    if (table < 0 || table >= CostAllocationPane::TableCount)
        return false;
    return writeExport(
        path,
        [this, table] {
            // The figures of the scenario as it is now, not those of an edit still being worked out.
            m_document->results()->requestAccounting();
            m_document->results()->waitForFinished();
            const auto accounting = m_document->results()->accounting();
            if (!accounting || !accounting->snapshot)
                throw InputError(tr("Who pays for what is not worked out yet"));
            if (!accounting->isValid())
                throw InputError(accounting->error);
            // The files the command line writes (docs/cli.md), so both exports read alike.
            const Catalog& catalog = m_document->catalog();
            const Scenario& scenario = accounting->snapshot->scenario;
            switch (table) {
            case CostAllocationPane::MonthsTable:
                return AllocationReport(catalog, scenario, accounting->allocation).toCsv();
            case CostAllocationPane::PacksTable:
                return AllocationReport(catalog, scenario, accounting->allocation).toPackCsv();
            case CostAllocationPane::ScheduleTable:
                return AccountingReport(catalog, scenario, accounting->schedule).scheduleCsv();
            default:
                return AccountingReport(catalog, scenario, accounting->schedule, accounting->settings.accounts,
                                        journalWording())
                    .journalCsv();
            }
        },
        what[table]);
}

JournalWording MainWindow::journalWording() {
    JournalWording w;
    w.prepaid = tr("Prepaid resource packs");
    w.bank = tr("Bank");
    w.expense = tr("OCR services expense");
    w.payable = tr("Accrued postpaid bills");
    w.unallocated = tr("Unallocated");
    w.packPurchase = tr("Resource pack bought: %1 ×%2");
    w.packUsage = tr("Pack used: %1 %2");
    w.packStraightLine = tr("Pack expensed straight-line: %1 %2");
    w.packExpired = tr("Pack balance expired unused: %1 %2");
    w.postpaidAccrued = tr("Postpaid calls accrued: %1 %2");
    w.postpaidPaid = tr("Postpaid bill paid: %1");
    return w;
}

bool MainWindow::exportPdfReport(const QString& path) {
    m_document->results()->waitForFinished(); // the report shows the recommendation of these figures
    return writeExport(
        path, [this] { return PlanReportPdf(m_document).render(); }, tr("PDF report"));
}

void MainWindow::importUsage() {
    const QString path = chooseFile(FileDialog::ImportUsage, QString());
    if (!path.isEmpty())
        importUsageFrom(path);
}

UsageImportDialog* MainWindow::importUsageFrom(const QString& path) {
    auto* dialog = new UsageImportDialog(m_document, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UsageImportDialog::statusMessage, this, &MainWindow::showStatus);
    dialog->open();
    return dialog;
}

AutosaveController* MainWindow::startAutosave(const QString& directory) {
    delete m_autosave;
    m_autosave = new AutosaveController(m_document, directory, this);
    m_autosave->setRecoveryPrompt([this](const AutosaveEntry& entry, int remaining) {
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes"),
                        tr("The planner stopped before the changes to “%1” were saved.").arg(entry.name),
                        QMessageBox::NoButton, this);
        QString details = tr("They were autosaved on %1.")
                              .arg(QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat));
        details += u' ';
        details += entry.filePath.isEmpty()
                       ? tr("The plan was never saved; Save will ask for a file name.")
                       : tr("Save writes them to %1.").arg(QDir::toNativeSeparators(entry.filePath));
        if (remaining > 0)
            details +=
                u' ' +
                tr("%n more autosaved plan(s) are waiting: the next one is offered now if you discard this "
                   "one, otherwise at the next start.",
                   nullptr, remaining);
        box.setInformativeText(details);
        PlainText::apply(box);
        QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        QPushButton* discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(restore);
        box.exec();
        // Closing the question without an answer loses nothing: it is asked again next time.
        if (box.clickedButton() == restore)
            return AutosaveController::RecoveryChoice::Restore;
        if (box.clickedButton() == discard)
            return AutosaveController::RecoveryChoice::Discard;
        return AutosaveController::RecoveryChoice::Later;
    });
    connect(m_autosave, &AutosaveController::autosaveFailed, this,
            [this](const QString& message) { showStatus(tr("Autosave failed: %1").arg(message)); });
    return m_autosave;
}

bool MainWindow::recoverAutosaves() {
    if (!m_autosave)
        return false;
    QStringList problems;
    const bool restored = m_autosave->recover(&problems);
    if (restored)
        showStatus(
            tr("Restored the unsaved changes of %1; save them to keep them").arg(m_document->displayName()));
    else if (!problems.isEmpty())
        showStatus(problems.constFirst());
    return restored;
}

QStringList MainWindow::recentFiles() {
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecentFile(const QString& path) {
    if (path.isEmpty())
        return;
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction* a =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
                QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&")))); // '&' is no shortcut
        a->setToolTip(PlainText::toolTip(QDir::toNativeSeparators(path)));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QStringList remaining = recentFiles();
                remaining.removeAll(path);
                QSettings().setValue(kRecentKey, remaining);
                updateRecentMenu();
                reportError(tr("Cannot open the plan"),
                            tr("%1 no longer exists").arg(QDir::toNativeSeparators(path)));
                return;
            }
            openFile(path);
        });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [this] {
            QSettings().remove(kRecentKey);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout() {
    const Catalog& catalog = m_document->catalog();
    QMessageBox::about(
        this, tr("About OCR Cost Planner"),
        tr("<h3>OCR Cost Planner %1</h3>"
           "<p>Plans a budget for Tencent Cloud OCR: the cheapest mix of prepaid resource packs (资源包) and "
           "postpaid billing for the monthly calls you expect, with exact amounts in 元.</p>"
           "<p>Price catalog: <a href='%2'>%2</a>, prices as read on %3.<br>"
           "Rules: monthly free quota of the pack, packs valid 12 months from the month of purchase, the "
           "pack that "
           "expires first is used first, all-units postpaid tiers.</p>"
           "<p>Built with Qt %4.</p>")
            // The source goes into an attribute in single quotes: escape those too.
            .arg(QStringLiteral(OCP_VERSION),
                 catalog.source().toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;")),
                 catalog.pricesReadOn().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitterRestored =
        m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveLayout() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // Laid out at last: the volume table takes the height of its rows, the results the rest.
    if (!std::exchange(m_shown, true) && !m_splitterRestored)
        fitVolumeTable();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    // The user decided about the changes: nothing is left to recover.
    if (m_autosave)
        m_autosave->closedByUser();
    event->accept();
}

} // namespace ocp
