#include "ui/MainWindow.h"

#include "model/billing/Catalog.h"
#include "model/billing/Money.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/io/PlanFile.h"
#include "model/io/ScenarioFile.h"
#include "model/itemmodels/BreakEvenModel.h"
#include "model/itemmodels/CatalogTreeModel.h"
#include "model/itemmodels/LedgerModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/MonthlyCostModel.h"
#include "model/itemmodels/PackAlternativesModel.h"
#include "model/itemmodels/PurchasesModel.h"
#include "model/itemmodels/ResultsModel.h"
#include "model/itemmodels/ScenarioSettingsModel.h"
#include "model/itemmodels/ScenarioTableModel.h"
#include "model/optimizer/PurchaseOptimizer.h"
#include "tests/support/Amounts.h"
#include "tests/support/Csv.h"
#include "ui/CatalogPane.h"
#include "ui/CostCharts.h"
#include "ui/Language.h"
#include "ui/ResultsPane.h"
#include "ui/ScenarioEditor.h"
#include "ui/SettingsPane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QThread>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <atomic>
#include <memory>
#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::yuan;

namespace {

// A window on the sample plan whose blocking dialogs are replaced: errors fail the test,
// the unsaved-changes question is answered by `answer` and counted.
class Window : public ::testing::Test {
protected:
    void SetUp() override {
        window = std::make_unique<MainWindow>();
        window->setErrorReporter([](const QString& title, const QString& message) {
            ADD_FAILURE() << title.toStdString() << ": " << message.toStdString();
        });
        window->setSavePrompt([this](const QString&) {
            ++prompts;
            return answer;
        });
        window->setFileChooser([this](MainWindow::FileDialog, const QString&) { return chosenPath; });
        ASSERT_TRUE(window->openSample());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override {
        window->setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
        window->close();
        window.reset();
    }

    PlanDocument& doc() { return *window->document(); }
    ScenarioTableModel& volumes() { return *window->scenarioEditor()->model(); }
    QTableView& volumeView() { return *window->scenarioEditor()->view(); }
    ResultsModel& results() { return *window->resultsPane()->resultsModel(); }
    QModelIndex volumeCell(const char* api, int month) {
        return volumes().index(volumes().rowOf(QString::fromLatin1(api)), month);
    }
    Money packTotal(const char* packId) {
        const int row = results().rowOfPack(doc().catalog().packIndex(QString::fromLatin1(packId)));
        return results()
            .index(row, results().columnOf(ResultsModel::TotalColumn))
            .data(MoneyRole)
            .value<Money>();
    }
    // Types into a cell through the view's delegate, as a user does, and presses Enter.
    void typeInto(const QModelIndex& index, const QString& text) {
        volumeView().setCurrentIndex(index);
        volumeView().edit(index);
        auto* editor = qobject_cast<QLineEdit*>(volumeView().indexWidget(index));
        ASSERT_NE(editor, nullptr) << "no editor opened";
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
    }

    std::unique_ptr<MainWindow> window;
    MainWindow::SaveChoice answer = MainWindow::SaveChoice::Cancel;
    int prompts = 0;
    QString chosenPath;
};

} // namespace

TEST_F(Window, EditingACellUpdatesResultsChartsAndStatusBar) {
    auto* charts = window->charts();
    window->resultTabs()->setCurrentWidget(charts); // charts on a hidden tab catch up when shown
    QBarSet* postpaid = charts->monthlySeries()->barSets().at(1);
    const qreal postpaidJanuary = postpaid->at(0);
    const QPointF lastCumulative = charts->cumulativePlanSeries()->points().constLast();
    const Money vatBefore = packTotal("vat-invoice");
    QSignalSpy resultsChanged(&results(), &QAbstractItemModel::dataChanged);

    typeInto(volumeCell("VatInvoiceOCR", 0), QStringLiteral("40,000"));

    EXPECT_EQ(volumeCell("VatInvoiceOCR", 0).data(CallsRole).toLongLong(), 40'000);
    EXPECT_GE(resultsChanged.count(), 1);
    // 10,000 more postpaid VAT-invoice calls at tier 2 (0.35 元): 3,500 元 more.
    EXPECT_EQ(packTotal("vat-invoice"), vatBefore + yuan("3500"));
    EXPECT_DOUBLE_EQ(postpaid->at(0), postpaidJanuary + 3500.0);
    EXPECT_DOUBLE_EQ(charts->cumulativePlanSeries()->points().constLast().y(), lastCumulative.y() + 3500.0);
    EXPECT_TRUE(window->isWindowModified());
    EXPECT_TRUE(
        window->totalsLabel()->text().contains(doc().snapshot()->result.total().toDisplayString(QLocale())));

    // A refused value changes nothing and says what was typed.
    typeInto(volumeCell("VatInvoiceOCR", 1), QStringLiteral("-12"));
    EXPECT_EQ(volumeCell("VatInvoiceOCR", 1).data(CallsRole).toLongLong(), 22'000);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("-12")))
        << window->statusBar()->currentMessage().toStdString();

    window->resultTabs()->setCurrentIndex(0); // charts hidden: they catch up when shown again
    window->undoStack()->undo();
    EXPECT_EQ(volumeCell("VatInvoiceOCR", 0).data(CallsRole).toLongLong(), 30'000);
    EXPECT_EQ(packTotal("vat-invoice"), vatBefore);
    window->resultTabs()->setCurrentWidget(charts);
    EXPECT_DOUBLE_EQ(postpaid->at(0), postpaidJanuary);
    EXPECT_FALSE(window->isWindowModified());
}

TEST_F(Window, PastingATabSeparatedBlockIsOneUndoStep) {
    const Scenario before = doc().scenario();
    const Money totalBefore = doc().snapshot()->result.total();
    QApplication::clipboard()->setText(QStringLiteral("1,000\t2000\r\n3000\t4 000\r\n"));
    const QModelIndex topLeft = volumeCell("GeneralBasicOCR", 10);
    volumeView().setCurrentIndex(topLeft);
    volumeView().selectionModel()->select(topLeft, QItemSelectionModel::ClearAndSelect);
    const int steps = window->undoStack()->count();
    window->scenarioEditor()->pasteAction()->trigger();

    EXPECT_EQ(window->undoStack()->count(), steps + 1);
    const int row = topLeft.row();
    EXPECT_EQ(volumes().index(row, 10).data(CallsRole).toLongLong(), 1'000);
    EXPECT_EQ(volumes().index(row, 11).data(CallsRole).toLongLong(), 2'000);
    EXPECT_EQ(volumes().index(row + 1, 10).data(CallsRole).toLongLong(), 3'000);
    EXPECT_EQ(volumes().index(row + 1, 11).data(CallsRole).toLongLong(), 4'000);
    const Scenario pasted = doc().scenario();
    const Money totalPasted = doc().snapshot()->result.total();

    // Copy gives the block back as plain numbers.
    volumeView().selectionModel()->select(
        QItemSelection(volumes().index(row, 10), volumes().index(row + 1, 11)),
        QItemSelectionModel::ClearAndSelect);
    window->scenarioEditor()->copyAction()->trigger();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("1000\t2000\n3000\t4000"));

    window->undoStack()->undo();
    EXPECT_EQ(doc().scenario(), before);
    EXPECT_EQ(doc().snapshot()->result.total(), totalBefore);
    window->undoStack()->redo();
    EXPECT_EQ(doc().scenario(), pasted);
    EXPECT_EQ(doc().snapshot()->result.total(), totalPasted);
}

TEST_F(Window, EveryKindOfEditUndoesAndRedoesExactly) {
    const Scenario original = doc().scenario();
    const Money originalTotal = doc().snapshot()->result.total();
    auto* editor = window->scenarioEditor();
    editor->setTextPrompt(
        [](const QString&, const QString&, const QString&) { return QStringLiteral("10"); });
    editor->setFactorsPrompt([](const QList<qint64>&) {
        QList<qint64> factors(12, 1'000'000);
        factors[11] = 1'500'000; // December +50%
        return factors;
    });
    QItemSelection year(volumeCell("BankCardOCR", 0), volumeCell("BankCardOCR", 11));
    volumeView().selectionModel()->select(year, QItemSelectionModel::ClearAndSelect);
    editor->fillGrowth();
    EXPECT_EQ(volumeCell("BankCardOCR", 1).data(CallsRole).toLongLong(), 8'800);
    editor->fillSeasonality();
    EXPECT_EQ(volumeCell("BankCardOCR", 11).data(CallsRole).toLongLong(),
              34'238); // 8,000 × 1.1^11 = 22,825; × 1.5
    editor->fillScale();
    editor->fillWithValue();
    EXPECT_EQ(volumeCell("BankCardOCR", 5).data(CallsRole).toLongLong(), 10);

    // Settings, prices and purchases: each one step.
    auto* settings = window->settingsPane()->settingsModel();
    settings->setData(settings->index(0, ScenarioSettingsModel::MonthsColumn), 24);
    settings->setData(settings->index(0, ScenarioSettingsModel::TierBasisColumn), 1);
    doc().setPackPriceOverride(QStringLiteral("vat-invoice"), 100'000, yuan("13000"));
    window->resultsPane()->selectPack(doc().catalog().packIndex(QStringLiteral("vat-invoice")));
    window->resultsPane()->findChild<QPushButton*>(QStringLiteral("addPurchase"))->click();
    EXPECT_EQ(doc().scenario().purchases.size(), 2);
    window->catalogPane()->filterEdit()->setText(QStringLiteral("TableOCR"));
    auto* tree = window->catalogPane()->tree();
    const QModelIndexList found =
        tree->model()->match(tree->model()->index(0, 0), InterfaceIdRole, QStringLiteral("TableOCR"), 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(found.size(), 1);
    window->catalogPane()->addToPlan(found);
    EXPECT_TRUE(doc().scenario().volumes.contains(QStringLiteral("TableOCR")));

    const Scenario edited = doc().scenario();
    const Money editedTotal = doc().snapshot()->result.total();
    const int steps = window->undoStack()->count();
    EXPECT_EQ(steps, 9); // 4 fills, 2 settings, 1 price, 1 purchase, 1 interface
    while (window->undoStack()->canUndo())
        window->undoStack()->undo();
    EXPECT_EQ(doc().scenario(), original);
    EXPECT_EQ(doc().snapshot()->result.total(), originalTotal);
    EXPECT_EQ(window->settingsPane()->monthsEdit()->value(), 12);
    EXPECT_FALSE(doc().isModified());
    while (window->undoStack()->canRedo())
        window->undoStack()->redo();
    EXPECT_EQ(doc().scenario(), edited);
    EXPECT_EQ(doc().snapshot()->result.total(), editedTotal);
    EXPECT_EQ(window->settingsPane()->monthsEdit()->value(), 24);
}

TEST_F(Window, SavesAndOpensThePlanAndRemembersRecentFiles) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    chosenPath = dir.filePath(QStringLiteral("budget"));
    doc().setVolume(QStringLiteral("IDCardOCR"), 0, 26'000);
    ASSERT_TRUE(window->save()); // untitled: asks for a name, adds .ocrplan
    const QString path = dir.filePath(QStringLiteral("budget.ocrplan"));
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("budget.ocrplan")));
    EXPECT_EQ(MainWindow::recentFiles().value(0), path);
    const Scenario saved = doc().scenario();
    const Plan savedPlan = doc().plan();
    EXPECT_EQ(savedPlan.scenarios.size(), 3);

    doc().setVolume(QStringLiteral("IDCardOCR"), 1, 1);
    answer = MainWindow::SaveChoice::Discard;
    ASSERT_TRUE(window->openFile(path));
    EXPECT_EQ(prompts, 1);
    EXPECT_EQ(doc().scenario(), saved);
    EXPECT_EQ(doc().plan(), savedPlan);
    EXPECT_EQ(window->undoStack()->count(), 0);
    EXPECT_EQ(PlanFile::fromFile(path, Catalog::defaultCatalog()), savedPlan);

    // Opening a broken file reports it and keeps the plan.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"ocr-cost-planner/scenario\", \"version\": 1, \"start\": \"2027-13\", "
               "\"months\": 12}");
    file.close();
    QString reported;
    window->setErrorReporter([&](const QString&, const QString& message) { reported = message; });
    EXPECT_FALSE(window->openFile(broken));
    EXPECT_TRUE(reported.contains(QStringLiteral("start"))) << reported.toStdString();
    EXPECT_EQ(doc().scenario(), saved);
}

TEST_F(Window, ExportsTheCostReportAsCsv) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    ASSERT_TRUE(window->exportCostReport(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = ocp::test::csvRows(csv);
    ASSERT_FALSE(rows.isEmpty());
    const QStringList header = rows.constFirst();
    const auto totalColumn = header.indexOf(QStringLiteral("month total"));
    ASSERT_GE(totalColumn, 0);
    const QStringList grand = rows.constLast();
    EXPECT_EQ(grand.at(0), QStringLiteral("grand total"));
    EXPECT_EQ(*Money::parse(grand.at(totalColumn)), doc().snapshot()->result.total());
    Money months;
    for (const QStringList& fields : rows.mid(1)) {
        EXPECT_EQ(fields.size(), header.size());
        if (fields.at(0) != QStringLiteral("total") && fields.at(0) != QStringLiteral("grand total"))
            months += *Money::parse(fields.at(totalColumn));
    }
    EXPECT_EQ(months, doc().snapshot()->result.total());
}

TEST_F(Window, ExportsChartsAsPngAndSvg) {
    QTemporaryDir dir;
    window->resultTabs()->setCurrentWidget(window->charts());
    QApplication::processEvents();
    const QString png = dir.filePath(QStringLiteral("monthly.png"));
    ASSERT_TRUE(window->exportChart(png));
    QFile pngFile(png);
    ASSERT_TRUE(pngFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pngFile.read(8).startsWith("\x89PNG"));
    window->charts()->tabs()->setCurrentIndex(CostCharts::CategoryChart);
    const QString svg = dir.filePath(QStringLiteral("categories.svg"));
    ASSERT_TRUE(window->exportChart(svg));
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svgFile.readAll().contains("<svg"));
    window->charts()->tabs()->setCurrentIndex(CostCharts::BreakEvenChart);
    window->resultsPane()->selectPack(-1); // the total row: no pack, no break-even
    QString reported;
    window->setErrorReporter([&](const QString&, const QString& message) { reported = message; });
    EXPECT_FALSE(window->exportChart(dir.filePath(QStringLiteral("break-even.png"))));
    EXPECT_FALSE(reported.isEmpty());
    window->resultsPane()->selectPack(doc().catalog().packIndex(QStringLiteral("id-card")));
    window->breakEvenModel()->waitForFinished();
    EXPECT_TRUE(window->exportChart(dir.filePath(QStringLiteral("break-even.svg"))));
}

TEST_F(Window, AsksBeforeLosingUnsavedChanges) {
    window->close();
    EXPECT_EQ(prompts, 0) << "nothing to save: no question";
    window->show();
    doc().setVolume(QStringLiteral("IDCardOCR"), 0, 1);
    answer = MainWindow::SaveChoice::Cancel;
    EXPECT_FALSE(window->close());
    EXPECT_TRUE(window->isVisible());
    EXPECT_FALSE(window->newPlan());
    EXPECT_EQ(prompts, 2);
    EXPECT_EQ(doc().scenario().callsIn(QStringLiteral("IDCardOCR"), 0), 1);

    QTemporaryDir dir;
    chosenPath = dir.filePath(QStringLiteral("kept.ocrplan"));
    answer = MainWindow::SaveChoice::Save;
    EXPECT_TRUE(window->newPlan());
    EXPECT_TRUE(QFile::exists(chosenPath));
    EXPECT_TRUE(doc().scenario().volumes.isEmpty());
    EXPECT_EQ(doc().scenarioCount(), 1);
    const Plan kept = PlanFile::fromFile(chosenPath, Catalog::defaultCatalog());
    EXPECT_EQ(kept.scenarios.size(), 3);
    EXPECT_EQ(kept.scenarios.at(kept.current).callsIn(QStringLiteral("IDCardOCR"), 0), 1);
}

TEST(WindowPrompt, TheDefaultQuestionOffersSaveDiscardAndCancel) {
    MainWindow window;
    ASSERT_TRUE(window.openSample());
    window.show();
    window.document()->setVolume(QStringLiteral("IDCardOCR"), 0, 1);
    QString question;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        question = box->text();
        EXPECT_NE(box->button(QMessageBox::Save), nullptr);
        EXPECT_NE(box->button(QMessageBox::Discard), nullptr);
        box->button(QMessageBox::Cancel)->click();
    });
    EXPECT_FALSE(window.close());
    EXPECT_TRUE(question.contains(window.document()->displayName())) << question.toStdString();
    QTimer::singleShot(0, [&] {
        qobject_cast<QMessageBox*>(QApplication::activeModalWidget())->button(QMessageBox::Discard)->click();
    });
    EXPECT_TRUE(window.close());
}

TEST_F(Window, CatalogSearchAndDetailsFollowTheSelection) {
    auto* pane = window->catalogPane();
    pane->filterEdit()->setText(QStringLiteral("驾驶证"));
    const QModelIndexList packs = pane->filterModel()->match(pane->filterModel()->index(0, 0), PackIdRole,
                                                             QStringLiteral("driver-license"), 1,
                                                             Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_FALSE(packs.isEmpty());
    pane->tree()->setCurrentIndex(packs.constFirst());
    auto* details = pane->findChild<QTreeView*>(QStringLiteral("packDetails"));
    ASSERT_NE(details, nullptr);
    EXPECT_EQ(details->model()->rowCount(), 5);
    // Choosing a pack in the results shows it in the catalog too.
    pane->filterEdit()->clear();
    window->resultsPane()->selectPack(doc().catalog().packIndex(QStringLiteral("vat-invoice")));
    EXPECT_EQ(pane->tree()->currentIndex().data(PackIdRole).toString(), QStringLiteral("vat-invoice"));
    EXPECT_EQ(window->resultsPane()->ledgerModel()->rowCount(), 13);
}

// Edit-to-updated-results latency through the undo stack: printed, not asserted tightly.
TEST_F(Window, MeasuresEditLatency) {
    auto measure = [&](const char* label) {
        const QString api = volumes().interfaceId(0);
        QElapsedTimer timer;
        qint64 worstUs = 0;
        qint64 sumUs = 0;
        constexpr int kEdits = 20;
        for (int i = 0; i < kEdits; ++i) {
            bool updated = false;
            const auto connection =
                QObject::connect(&results(), &QAbstractItemModel::dataChanged, [&] { updated = true; });
            timer.start();
            volumes().setData(volumes().index(0, i % volumes().monthCount()), QString::number(50'000 + i));
            const qint64 us = timer.nsecsElapsed() / 1000;
            QObject::disconnect(connection);
            EXPECT_TRUE(updated);
            worstUs = std::max(worstUs, us);
            sumUs += us;
        }
        std::printf("[ latency  ] %s: edit -> results dataChanged: mean %.2f ms, worst %.2f ms (%s)\n", label,
                    double(sumUs) / kEdits / 1000.0, double(worstUs) / 1000.0, qPrintable(api));
        EXPECT_LT(worstUs, 2'000'000) << "an edit should never take seconds";
    };
    measure("sample plan (9 interfaces x 12 months)");

    Scenario big;
    big.name = QStringLiteral("All interfaces");
    big.months = 36;
    for (const OcrInterface& api : doc().catalog().interfaces())
        big.volumes.insert(api.id, QList<qint64>(36, 40'000));
    doc().load(big);
    ASSERT_EQ(volumes().interfaceCount(), 46);
    measure("46 interfaces x 36 months");
}

TEST(WindowStartup, ConstructsAndPaintsTheSampleQuickly) {
    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.openSample();
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    std::printf(
        "[ startup  ] window with the sample plan constructed, shown and exposed in %lld ms (offscreen)\n",
        static_cast<long long>(timer.elapsed()));
    // One row per resource pack the sample uses, and the total row. Counted from the sample
    // and the catalog: nine interfaces, of which the train ticket and taxi receipt share the
    // small-ticket pack (8 packs).
    const Scenario sample = ScenarioFile::sample(Catalog::defaultCatalog());
    QSet<int> packs;
    for (auto it = sample.volumes.constBegin(); it != sample.volumes.constEnd(); ++it)
        packs.insert(Catalog::defaultCatalog().interfaces().at(Catalog::defaultCatalog().interfaceIndex(it.key())).pack);
    EXPECT_EQ(sample.volumes.size(), 9);
    EXPECT_EQ(packs.size(), 8);
    EXPECT_EQ(window.resultsPane()->resultsModel()->rowCount(), 8 + 1);
}

TEST(Translations, ChineseIsCompleteAndShowsInTheWindow) {
    // The path comes from the build (tests/CMakeLists.txt), so the test runs from any directory.
    QFile ts(QStringLiteral(OCP_SOURCE_DIR "/resources/translations/ocr-cost-planner_zh_CN.ts"));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly)) << ts.fileName().toStdString();
    const QByteArray text = ts.readAll();
    EXPECT_GT(text.count("<message"), 300);
    EXPECT_FALSE(text.contains("type=\"unfinished\"")) << "every visible string has a Chinese translation";

    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/ocr-cost-planner_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(Language::localeFor(Language::Chinese));
    {
        MainWindow window;
        window.openSample();
        EXPECT_EQ(window.menuBar()->actions().constFirst()->text(), QStringLiteral("文件(&F)"));
        auto* results = window.resultsPane()->resultsModel();
        EXPECT_EQ(
            results->headerData(results->columnOf(ResultsModel::SavingColumn), Qt::Horizontal).toString(),
            QStringLiteral("节省（元）"));
        const int idCard =
            results->rowOfPack(window.document()->catalog().packIndex(QStringLiteral("id-card")));
        EXPECT_EQ(results->index(idCard, 0).data().toString(), QStringLiteral("身份证识别"))
            << "catalog names in Chinese";
        EXPECT_EQ(window.scenarioEditor()->model()->headerData(12, Qt::Horizontal).toString(),
                  QStringLiteral("合计"));
        EXPECT_EQ(window.resultTabs()->tabText(3), QStringLiteral("情景对比"));
        EXPECT_EQ(window.menuBar()->actions().at(2)->text(), QStringLiteral("情景(&S)"));
    }
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(Language::localeFor(Language::English).name(), QStringLiteral("en_US"));
}

TEST_F(Window, ChartTooltipsShowExactFigures) {
    auto* charts = window->charts();
    window->resultTabs()->setCurrentWidget(charts);
    QBarSet* purchases = charts->monthlySeries()->barSets().at(0);
    Q_EMIT charts->monthlySeries()->hovered(true, 0, purchases);
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("2027-01"))) << QToolTip::text().toStdString();
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("15,000.00 元"))) << QToolTip::text().toStdString();
    Q_EMIT charts->cumulativePlanSeries()->hovered(QPointF(11.2, 0), true);
    EXPECT_TRUE(QToolTip::text().contains(doc().snapshot()->result.total().toDisplayString(QLocale())))
        << QToolTip::text().toStdString();
}

TEST_F(Window, BreakEvenChartTakesItsDataFromAModel) {
    auto* charts = window->charts();
    window->resultTabs()->setCurrentWidget(charts);
    charts->tabs()->setCurrentIndex(CostCharts::BreakEvenChart);
    QChartView* view = charts->chartView(CostCharts::BreakEvenChart);
    window->resultsPane()->selectPack(-1);
    EXPECT_FALSE(view->isVisible()) << "without data the tab explains instead";
    QStandardItemModel model(3, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Calls"), QStringLiteral("Postpaid"), QStringLiteral("100,000 pack")});
    for (int r = 0; r < 3; ++r) {
        auto* calls = new QStandardItem;
        calls->setData(qint64(r) * 50'000, CallsRole);
        model.setItem(r, 0, calls);
        for (int c = 1; c < 3; ++c) {
            auto* cost = new QStandardItem;
            cost->setData(QVariant::fromValue(Money::fromYuan(c == 1 ? r * 5'000 : 5'000)), MoneyRole);
            model.setItem(r, c, cost);
        }
    }
    charts->setBreakEvenModel(&model);
    EXPECT_TRUE(view->isVisible());
    ASSERT_EQ(view->chart()->series().size(), 2);
    auto* postpaid = qobject_cast<QLineSeries*>(view->chart()->series().at(0));
    ASSERT_NE(postpaid, nullptr);
    EXPECT_EQ(postpaid->points().constLast(), QPointF(100'000, 10'000));
    model.item(2, 1)->setData(QVariant::fromValue(Money::fromYuan(12'000)), MoneyRole);
    postpaid = qobject_cast<QLineSeries*>(view->chart()->series().at(0));
    EXPECT_EQ(postpaid->points().constLast(), QPointF(100'000, 12'000));
    charts->setBreakEvenModel(nullptr);
    EXPECT_FALSE(view->isVisible());
}

TEST_F(Window, SelectingAPackShowsItsAlternativesAndAdoptingOneCanBeUndone) {
    auto* pane = window->resultsPane();
    const int idCard = doc().catalog().packIndex(QStringLiteral("id-card"));
    pane->selectPack(idCard);
    PackAlternativesModel* alternatives = pane->alternativesModel();
    QTableView* view = pane->alternativesView();
    alternatives->waitForFinished();
    ASSERT_EQ(view->model(), alternatives);
    ASSERT_GE(view->model()->rowCount(), PackAlternativesModel::kAlternatives);
    EXPECT_EQ(alternatives->alternative(0).total(), packTotal("id-card")) << "the sample buys the optimum";
    EXPECT_TRUE(pane->planCostLabel()->text().contains(QStringLiteral("cheapest plan")))
        << pane->planCostLabel()->text().toStdString();
    auto* note = pane->findChild<QLabel*>(QStringLiteral("alternativesNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(QStringLiteral("10"))) << note->text().toStdString();

    // Adopt the second-cheapest plan with the button.
    int row = 1;
    while (alternatives->alternative(row).postpaidOnly)
        ++row;
    const PackAlternative chosen = alternatives->alternative(row);
    const Scenario before = doc().scenario();
    const Money totalBefore = packTotal("id-card");
    EXPECT_FALSE(pane->adoptButton()->isEnabled()) << "nothing selected yet";
    view->selectRow(row);
    ASSERT_TRUE(pane->adoptButton()->isEnabled());
    const int steps = window->undoStack()->count();
    pane->adoptButton()->click();
    EXPECT_EQ(window->undoStack()->count(), steps + 1);
    QList<Purchase> bought;
    for (const Purchase& p : doc().scenario().purchases) {
        if (p.packId == QStringLiteral("id-card"))
            bought.append(p);
    }
    EXPECT_EQ(bought, chosen.purchases);
    EXPECT_EQ(packTotal("id-card"), chosen.total());
    const Money gap = chosen.total() - alternatives->optimum();
    EXPECT_TRUE(pane->planCostLabel()->text().contains(ocp::Display::yuan(chosen.total())))
        << pane->planCostLabel()->text().toStdString();
    EXPECT_TRUE(pane->planCostLabel()->text().contains(ocp::Display::yuan(gap)))
        << pane->planCostLabel()->text().toStdString();
    EXPECT_TRUE(alternatives->index(row, 0).data(IsCurrentRole).toBool());

    window->undoStack()->undo();
    EXPECT_EQ(doc().scenario(), before);
    EXPECT_EQ(packTotal("id-card"), totalBefore);
    EXPECT_TRUE(pane->planCostLabel()->text().contains(QStringLiteral("this is the cheapest plan")))
        << pane->planCostLabel()->text().toStdString();

    // A double-click adopts too: postpaid only leaves the pack without purchases.
    int postpaid = -1;
    for (int r = 0; r < alternatives->rowCount(); ++r) {
        if (alternatives->alternative(r).postpaidOnly)
            postpaid = r;
    }
    ASSERT_GE(postpaid, 0);
    const QModelIndex cell = alternatives->index(postpaid, PackAlternativesModel::PlanColumn);
    view->scrollTo(cell);
    const QPoint at = view->visualRect(cell).center();
    ASSERT_TRUE(view->viewport()->rect().contains(at)) << at.x() << "," << at.y();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at); // a double-click follows a press
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    EXPECT_EQ(packTotal("id-card"), alternatives->alternative(postpaid).total());
    for (const Purchase& p : doc().scenario().purchases)
        EXPECT_NE(p.packId, QStringLiteral("id-card"));
    window->undoStack()->undo();
    EXPECT_EQ(doc().scenario(), before);

    // Editing a purchase in the plan editor updates the plan's cost and gap at once.
    PurchasesModel* purchases = pane->purchasesModel();
    int idRow = -1;
    for (int r = 0; r < purchases->rowCount(); ++r) {
        if (purchases->index(r, 0).data(PackIdRole).toString() == QStringLiteral("id-card"))
            idRow = r;
    }
    ASSERT_GE(idRow, 0);
    ASSERT_TRUE(purchases->setData(purchases->index(idRow, PurchasesModel::CountColumn), 4));
    EXPECT_TRUE(pane->planCostLabel()->text().contains(ocp::Display::yuan(packTotal("id-card"))));
    EXPECT_TRUE(pane->planCostLabel()->text().contains(
        ocp::Display::yuan(packTotal("id-card") - alternatives->optimum())))
        << pane->planCostLabel()->text().toStdString();
    EXPECT_EQ(alternatives->state(), PackAlternativesModel::State::Ready)
        << "purchases do not change the ranking";
}

TEST_F(Window, BreakEvenChartShowsTheSelectedPack) {
    auto* charts = window->charts();
    window->resultTabs()->setCurrentWidget(charts);
    charts->tabs()->setCurrentIndex(CostCharts::BreakEvenChart);
    const int idCard = doc().catalog().packIndex(QStringLiteral("id-card"));
    window->resultsPane()->selectPack(idCard);
    BreakEvenModel* model = window->breakEvenModel();
    model->waitForFinished();
    QChartView* view = charts->chartView(CostCharts::BreakEvenChart);
    ASSERT_TRUE(view->isVisible());
    EXPECT_TRUE(view->chart()->title().contains(model->title())) << view->chart()->title().toStdString();
    const QList<QAbstractSeries*> series = view->chart()->series();
    // Postpaid only, one line per size, the re-optimised plan, and the break-even points.
    ASSERT_EQ(series.size(), model->columnCount());
    for (int i = 0; i + 1 < series.size(); ++i) {
        auto* line = qobject_cast<QLineSeries*>(series.at(i));
        ASSERT_NE(line, nullptr);
        EXPECT_EQ(line->count(), BreakEvenModel::kSteps + 1);
    }
    auto* first = qobject_cast<QLineSeries*>(series.at(0));
    EXPECT_EQ(first->at(10), QPointF(100, 28'800)); // 100 %: postpaid only as billed
    QScatterSeries* points = charts->breakEvenPoints();
    ASSERT_NE(points, nullptr);
    EXPECT_GT(points->count(), 0);
    Q_EMIT points->hovered(points->at(0), true);
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("Break-even"))) << QToolTip::text().toStdString();
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("元"))) << QToolTip::text().toStdString();
    Q_EMIT first->hovered(QPointF(100.4, 28'800), true);
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("28,800.00 元"))) << QToolTip::text().toStdString();

    // Another pack's volume leaves this chart alone; the total row clears it.
    doc().setVolume(QStringLiteral("VatInvoiceOCR"), 0, 41'000);
    EXPECT_TRUE(view->isVisible());
    window->resultsPane()->selectPack(-1);
    EXPECT_FALSE(view->isVisible());
}

TEST_F(Window, AnyMonthPlansAreReplannedOnAWorkerThread) {
    // The worker's optimizer waits until the test has seen the "calculating" state, so that
    // state is always checked instead of only when the worker happens to be slow. Only the
    // first call off the main thread for the edited figures waits, and never longer than 20 s.
    const Recalculator::Optimizer original = doc().results()->recalculator().optimizer();
    ASSERT_TRUE(original);
    // Shared, not a reference: a dropped worker may still be waiting when the test ends.
    const auto hold = std::make_shared<std::atomic<bool>>(true);
    const auto calls = std::make_shared<std::atomic<int>>(0);
    doc().results()->recalculator().setOptimizer([original, hold, calls](const Catalog& c, const Scenario& s) {
        const bool edited = s.callsIn(QStringLiteral("IDCardOCR"), 0) == 60'000;
        if (edited && QThread::currentThread() != QCoreApplication::instance()->thread() &&
            calls->fetch_add(1) == 0) {
            QElapsedTimer waited;
            waited.start();
            while (hold->load() && waited.elapsed() < 20'000)
                QThread::msleep(1);
        }
        return original(c, s, std::stop_token());
    });
    doc().setPurchasePolicy(PurchasePolicy::Any);
    typeInto(volumeCell("IDCardOCR", 0), QStringLiteral("60,000"));
    const int idRow = results().rowOfPack(doc().catalog().packIndex(QStringLiteral("id-card")));
    const int planColumn = results().columnOf(ResultsModel::RecommendedPlanColumn);
    const int costColumn = results().columnOf(ResultsModel::RecommendedCostColumn);
    ASSERT_GE(planColumn, 0) << "the recommended columns stay while calculating";
    ASSERT_TRUE(doc().snapshot()->optimizing);
    EXPECT_EQ(results().index(idRow, planColumn).data().toString(), QStringLiteral("calculating…"));
    EXPECT_FALSE(results().index(idRow, costColumn).data(MoneyRole).isValid())
        << "no figure of the previous state while the new one is calculated";
    hold->store(false);
    doc().results()->waitForFinished();
    EXPECT_FALSE(doc().snapshot()->optimizing);
    // The ID-card pack alone (its own postpaid group, all-calls basis): 59,000 calls beyond
    // the free quota in January, then 24,000 a month, 323,000 in all, all at 0.10 (tier 2,
    // R4), every pack bought in the year still valid at its end (R2). Three 100,000 packs
    // (15,000 元) leave 23,000 calls: two 10,000 packs (1,600) and 3,000 postpaid (300), 16,900;
    // three 10,000 packs instead cost 17,400, four 100,000 packs 20,000, two 100,000 packs
    // leave 123,000 calls worth at least 0.08 each (9,840), 1,000 packs (0.12 a call) never pay.
    EXPECT_EQ(results().index(idRow, costColumn).data(MoneyRole).value<Money>(),
              *Money::parse(QStringLiteral("16900")));
    // The total row adds up the packs' recommended costs.
    Money sum;
    for (int r = 0; r + 1 < results().rowCount(); ++r)
        sum += results().index(r, costColumn).data(MoneyRole).value<Money>();
    EXPECT_EQ(results().index(results().rowCount() - 1, costColumn).data(MoneyRole).value<Money>(), sum);
    EXPECT_TRUE(window->resultsPane()->planCostLabel()->text().contains(QStringLiteral("cheapest plan")));
    window->undoStack()->undo();
    doc().results()->waitForFinished();
    EXPECT_FALSE(doc().snapshot()->optimizing);
    doc().results()->recalculator().setOptimizer(original);
}
