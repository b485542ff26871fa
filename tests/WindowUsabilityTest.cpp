// What a finance user tripped over in the window: each test reproduces one of those defects.
#include "model/billing/Catalog.h"
#include "model/billing/Money.h"
#include "model/billing/Plan.h"
#include "model/document/PlanDocument.h"
#include "model/itemmodels/BreakEvenModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/PackAlternativesModel.h"
#include "model/itemmodels/PackDetailsModel.h"
#include "model/itemmodels/ResultsModel.h"
#include "model/itemmodels/ScenarioTableModel.h"
#include "ui/CatalogPane.h"
#include "ui/ComparisonPane.h"
#include "ui/CostCharts.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/PlanReportPdf.h"
#include "ui/ResultsPane.h"
#include "ui/ScenarioEditor.h"
#include "ui/ScenarioPane.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QValueAxis>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

class Usability : public ::testing::Test {
protected:
    void SetUp() override {
        window = std::make_unique<MainWindow>();
        window->setErrorReporter([](const QString& title, const QString& message) {
            ADD_FAILURE() << title.toStdString() << ": " << message.toStdString();
        });
        window->setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
        window->setFileChooser([this](MainWindow::FileDialog, const QString& suggested) {
            suggestions.append(suggested);
            return chosenPath;
        });
        ASSERT_TRUE(window->openSample());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override {
        window->close();
        window.reset();
    }

    PlanDocument& doc() { return *window->document(); }

    std::unique_ptr<MainWindow> window;
    QString chosenPath;
    QStringList suggestions;
};

// The box around every pixel that differs from the top-left corner's colour (the background).
QRect contentBounds(const QImage& image) {
    const QRgb background = image.pixel(0, 0);
    int left = image.width(), top = image.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

// Export as PNG wrote the top-left quarter of the chart at device-pixel ratio 2.
TEST_F(Usability, ChartPngHoldsTheWholeChartAtEverySizeAndRatio) {
    window->resultTabs()->setCurrentWidget(window->charts());
    QApplication::processEvents();
    QChartView* view = window->charts()->chartView(CostCharts::MonthlyChart);
    for (const QSize size : {QSize(1093, 507), QSize(640, 400), QSize(360, 240)}) {
        view->resize(size);
        for (const qreal ratio : {1.0, 1.25, 2.0}) {
            SCOPED_TRACE(QStringLiteral("%1×%2 at ratio %3")
                             .arg(size.width())
                             .arg(size.height())
                             .arg(ratio)
                             .toStdString());
            QImage image = QImage::fromData(CostCharts::renderPng(view, ratio), "PNG");
            ASSERT_FALSE(image.isNull());
            const QSize pixels = view->viewport()->size() * ratio;
            EXPECT_NEAR(image.width(), pixels.width(), 1);
            EXPECT_NEAR(image.height(), pixels.height(), 1);
            const QRect content = contentBounds(image);
            // The legend and the axis labels reach the bottom, the bars the right-hand side.
            EXPECT_GT(content.right(), image.width() * 85 / 100) << content.right();
            EXPECT_GT(content.bottom(), image.height() * 85 / 100) << content.bottom();
            EXPECT_LT(content.left(), image.width() * 15 / 100) << content.left();
            // The title, centred over the chart: its ink lies around the middle of the top band.
            const QImage band = image.copy(0, 0, image.width(), image.height() / 12);
            const QRect title = contentBounds(band);
            ASSERT_TRUE(title.isValid());
            EXPECT_NEAR(title.center().x(), image.width() / 2, image.width() / 20)
                << title.left() << ".." << title.right();
        }
    }
}

// With the catalog filtered, a pack chosen in Results changed the prices but not their heading.
TEST_F(Usability, PackDetailsHeadingNamesThePackWhosePricesAreShown) {
    for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China)}) {
        SCOPED_TRACE(locale.name().toStdString());
        QLocale::setDefault(locale);
        CatalogPane* pane = window->catalogPane();
        pane->filterEdit()->setText(QStringLiteral("GeneralBasic"));
        const QModelIndexList general = pane->filterModel()->match(
            pane->filterModel()->index(0, 0), PackIdRole, QStringLiteral("general-print"), 1,
            Qt::MatchExactly | Qt::MatchRecursive);
        ASSERT_FALSE(general.isEmpty());
        pane->tree()->setCurrentIndex(general.constFirst());
        EXPECT_TRUE(pane->detailsTitle()->text().contains(QStringLiteral("general-print")));
        const Catalog& catalog = doc().catalog();
        window->resultsPane()->selectPack(-1); // the sample opens on the ID card
        for (const char* id : {"id-card", "vat-invoice"}) {
            const int pack = catalog.packIndex(QString::fromLatin1(id));
            window->resultsPane()->selectPack(pack);
            EXPECT_EQ(pane->detailsModel()->pack(), pack);
            const ResourcePack& rp = catalog.packs().at(pack);
            const QString title = pane->detailsTitle()->text();
            EXPECT_TRUE(title.contains(rp.id)) << title.toStdString();
            EXPECT_TRUE(title.contains(locale.language() == QLocale::Chinese ? rp.name : rp.nameEn))
                << title.toStdString();
            EXPECT_FALSE(title.contains(QStringLiteral("general-print"))) << title.toStdString();
        }
        // Choosing the filtered pack again shows it again.
        pane->tree()->setCurrentIndex(general.constFirst());
        EXPECT_EQ(pane->detailsModel()->pack(), catalog.packIndex(QStringLiteral("general-print")));
        EXPECT_TRUE(pane->detailsTitle()->text().contains(QStringLiteral("general-print")));
        pane->filterEdit()->clear();
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// Duplicate and Derive gave the new scenarios weight 0 %: the plan for all scenarios ignored them.
TEST_F(Usability, NewScenariosShareTheWeightsAndAZeroWeightIsPointedOut) {
    doc().load(Plan::single(doc().scenario()));
    ScenarioPane* scenarios = window->scenarioPane();
    scenarios->setDerivePrompt([](ScenarioPane::Derivation::Kind kind) {
        ScenarioPane::Derivation d;
        d.kind = kind;
        d.ppm = 1'300'000;
        return std::optional<ScenarioPane::Derivation>(d);
    });
    QUndoStack* undo = window->undoStack();
    const int steps = undo->count();
    scenarios->duplicateAction()->trigger();
    EXPECT_EQ(undo->count(), steps + 1) << "adding and re-weighing are one edit";
    EXPECT_EQ(doc().plan().weights, (QList<qint64>{500'000, 500'000}));
    scenarios->deriveScaledAction()->trigger();
    EXPECT_EQ(doc().plan().weights, (QList<qint64>{333'334, 333'333, 333'333}));
    undo->undo();
    EXPECT_EQ(doc().plan().weights, (QList<qint64>{500'000, 500'000}));
    undo->redo();

    ComparisonPane* comparison = window->comparisonPane();
    window->resultTabs()->setCurrentWidget(comparison);
    QLabel* note = comparison->zeroWeightNote();
    EXPECT_FALSE(note->isVisible());
    doc().setScenarioWeight(2, 0);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(doc().plan().scenarios.at(2).name)) << note->text().toStdString();
    EXPECT_TRUE(note->text().contains(QStringLiteral("0 %"))) << note->text().toStdString();
    undo->undo();
    EXPECT_FALSE(note->isVisible());
}

// An interface added from the catalog landed in catalog order, out of sight; Enter did not move down.
TEST_F(Usability, AnAddedInterfaceIsSelectedInViewAndEnterMovesDown) {
    ScenarioEditor* editor = window->scenarioEditor();
    QTableView* view = editor->view();
    ScenarioTableModel* volumes = editor->model();
    // A short table, scrolled to the bottom: the new row lands above, out of sight.
    view->setFixedHeight(4 * view->verticalHeader()->defaultSectionSize());
    QApplication::processEvents();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    CatalogPane* catalog = window->catalogPane();
    const QModelIndexList found = catalog->filterModel()->match(
        catalog->filterModel()->index(0, 0), InterfaceIdRole, QStringLiteral("GeneralAccurateOCR"), 1,
        Qt::MatchExactly | Qt::MatchRecursive);
    ASSERT_EQ(found.size(), 1);
    catalog->addToPlan(found);
    const int row = volumes->rowOf(QStringLiteral("GeneralAccurateOCR"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(view->currentIndex().row(), row);
    EXPECT_TRUE(view->selectionModel()->isRowSelected(row, QModelIndex()) ||
                view->selectionModel()->isSelected(volumes->index(row, 0)));
    EXPECT_TRUE(view->viewport()->rect().intersects(view->visualRect(volumes->index(row, 0))))
        << "the new row is scrolled into view";

    // Enter after typing goes to the cell below, as in a spreadsheet.
    const QModelIndex cell = volumes->index(0, 2);
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto* field = qobject_cast<QLineEdit*>(view->indexWidget(cell));
    ASSERT_NE(field, nullptr);
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("12345"));
    QTest::keyClick(field, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(volumes->index(0, 2).data(CallsRole).toLongLong(), 12'345);
    EXPECT_EQ(view->currentIndex(), volumes->index(1, 2));
    // And without editing, too.
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(view->currentIndex(), volumes->index(2, 2));
}

// Adopting the recommendation took one click per pack; the Total row spoke in shorthand.
TEST_F(Usability, TheWholeRecommendedPlanIsAdoptedInOneUndoableStep) {
    QList<int> all;
    for (int i = 0; i < doc().scenario().purchases.size(); ++i)
        all.append(i);
    doc().removePurchases(all);
    doc().results()->waitForFinished();
    ResultsModel& results = *window->resultsPane()->resultsModel();
    const int total = results.rowCount() - 1;
    const QString planText =
        results.index(total, results.columnOf(ResultsModel::PlanColumn)).data().toString();
    EXPECT_EQ(planText, QStringLiteral("no packs: all calls billed postpaid"));
    const auto recommended = doc().snapshot()->optimized;
    ASSERT_TRUE(recommended.has_value());
    qint64 packs = 0;
    for (const Purchase& p : recommended->scenario.purchases)
        packs += p.count;
    ASSERT_GT(packs, 1);
    // (Tests run without the English translation, which turns "pack(s)" into "packs".)
    const QString toBuy =
        results.index(total, results.columnOf(ResultsModel::RecommendedPlanColumn)).data().toString();
    EXPECT_TRUE(toBuy.startsWith(QStringLiteral("buy %1 pack").arg(packs)) &&
                toBuy.endsWith(QStringLiteral(" in all")))
        << toBuy.toStdString();

    QAction* adopt = window->resultsPane()->adoptRecommendedAction();
    ASSERT_TRUE(adopt->isEnabled());
    const Scenario before = doc().scenario();
    const int steps = window->undoStack()->count();
    adopt->trigger();
    EXPECT_EQ(window->undoStack()->count(), steps + 1);
    EXPECT_EQ(doc().scenario().purchases, recommended->scenario.purchases);
    EXPECT_EQ(doc().snapshot()->result.total(), recommended->total());
    const QString bought =
        results.index(results.rowCount() - 1, results.columnOf(ResultsModel::PlanColumn)).data().toString();
    EXPECT_TRUE(bought.startsWith(QStringLiteral("%1 pack").arg(packs)) &&
                bought.endsWith(QStringLiteral("bought in all")))
        << bought.toStdString();
    doc().results()->waitForFinished();
    EXPECT_FALSE(adopt->isEnabled()) << "nothing left to adopt";
    window->undoStack()->undo();
    EXPECT_EQ(doc().scenario(), before);
    doc().results()->waitForFinished();
    EXPECT_TRUE(adopt->isEnabled());
    // An amount in the wrapped note under the purchases never breaks before its "元".
    EXPECT_TRUE(
        window->resultsPane()->planCostLabel()->text().contains(QStringLiteral("white-space:nowrap")));
}

namespace {

// Each menu of the bar (and the bar itself) uses a mnemonic letter once.
void expectUniqueMnemonics(const QList<QAction*>& actions, const QString& where) {
    QHash<QString, QString> seen;
    for (QAction* a : actions) {
        if (a->isSeparator())
            continue;
        const QString key = QKeySequence::mnemonic(a->text()).toString();
        if (!key.isEmpty()) {
            EXPECT_FALSE(seen.contains(key)) << where.toStdString() << ": " << a->text().toStdString()
                                             << " and " << seen.value(key).toStdString();
            seen.insert(key, a->text());
        }
        if (a->menu())
            expectUniqueMnemonics(a->menu()->actions(), a->text());
    }
}

QAction* languageAction(MainWindow& window, Language::Choice choice) {
    const auto menus = window.menuBar()->findChildren<QMenu*>();
    for (QMenu* menu : menus) {
        for (QAction* a : menu->actions()) {
            if (a->isCheckable() && a->data().isValid() && a->data().toInt() == choice &&
                a->actionGroup() != nullptr)
                return a;
        }
    }
    return nullptr;
}

} // namespace

// The File menu used (C) twice in Chinese; the language changed only after a restart.
TEST(LanguageSwitch, MenusHaveUniqueMnemonicsAndTheWindowSwitchesLanguageAtOnce) {
    MainWindow window;
    window.setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
    ASSERT_TRUE(window.openSample());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    expectUniqueMnemonics(window.menuBar()->actions(), QStringLiteral("English menu bar"));
    window.resultTabs()->setCurrentIndex(3);
    const int idCard = window.document()->catalog().packIndex(QStringLiteral("id-card"));
    window.resultsPane()->selectPack(idCard);

    QAction* chinese = languageAction(window, Language::Chinese);
    ASSERT_NE(chinese, nullptr);
    chinese->trigger();
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_EQ(window.menuBar()->actions().constFirst()->text(), QStringLiteral("文件(&F)"));
    EXPECT_EQ(window.resultTabs()->tabText(3), QStringLiteral("情景对比"));
    EXPECT_EQ(window.resultTabs()->currentIndex(), 3) << "the same tab stays in front";
    EXPECT_EQ(window.resultsPane()->selectedPack(), idCard) << "and the same pack";
    auto* results = window.resultsPane()->resultsModel();
    EXPECT_EQ(results->headerData(results->columnOf(ResultsModel::SavingColumn), Qt::Horizontal).toString(),
              QStringLiteral("节省（元）"));
    EXPECT_EQ(results->index(results->rowOfPack(idCard), 0).data().toString(), QStringLiteral("身份证识别"));
    expectUniqueMnemonics(window.menuBar()->actions(), QStringLiteral("Chinese menu bar"));
    EXPECT_EQ(QApplication::applicationDisplayName(), QStringLiteral("OCR 费用规划"));
    EXPECT_EQ(Language::stored(), Language::Chinese);
    // Editing still works on the rebuilt window, with the same undo history.
    const int steps = window.undoStack()->count();
    window.document()->setVolume(QStringLiteral("IDCardOCR"), 0, 30'000);
    EXPECT_EQ(window.undoStack()->count(), steps + 1);

    QAction* english = languageAction(window, Language::English);
    ASSERT_NE(english, nullptr);
    english->trigger();
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_EQ(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    EXPECT_EQ(window.resultTabs()->tabText(3), QStringLiteral("Comparison"));
    Language::store(Language::System);
}

// A new plan was called "New plan" in the Chinese window.
TEST(LanguageSwitch, ANewPlanIsNamedInTheWindowsLanguage) {
    MainWindow window;
    window.setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
    window.show();
    ASSERT_TRUE(window.newPlan());
    EXPECT_EQ(window.document()->scenario().name, QStringLiteral("New plan"));
    Language::apply(Language::Chinese);
    QApplication::processEvents();
    QApplication::processEvents();
    EXPECT_EQ(window.document()->scenario().name, QStringLiteral("新计划"))
        << "an untouched new plan follows";
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("新计划")))
        << window.windowTitle().toStdString();
    ASSERT_TRUE(window.newPlan());
    EXPECT_EQ(window.document()->scenario().name, QStringLiteral("新计划"));
    Language::apply(Language::English);
    QApplication::processEvents();
    QApplication::processEvents();
}

// 10^13 was refused as "not a number", 10^12 taken without a word, and after Undo the column
// stayed as wide as the huge figure.
TEST_F(Usability, AHugeVolumeIsRefusedWithTheLimitOrMarkedAsATypoAndUndoRefitsTheColumn) {
    ScenarioEditor* editor = window->scenarioEditor();
    QTableView* view = editor->view();
    ScenarioTableModel* volumes = editor->model();
    const int row = volumes->rowOf(QStringLiteral("IDCardOCR"));
    auto type = [&](int month, const QString& text) {
        const QModelIndex cell = volumes->index(row, month);
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto* field = qobject_cast<QLineEdit*>(view->indexWidget(cell));
        ASSERT_NE(field, nullptr);
        field->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
        QApplication::processEvents();
    };
    const int width = view->columnWidth(3);
    type(3, QStringLiteral("10000000000000"));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("more than 1,000,000,000,000")))
        << window->statusBar()->currentMessage().toStdString();

    type(3, QStringLiteral("1000000000000"));
    EXPECT_EQ(volumes->volume(row, 3), 1'000'000'000'000);
    EXPECT_TRUE(volumes->index(row, 3).data(UnusualRole).toBool());
    EXPECT_FALSE(volumes->index(row, 2).data(UnusualRole).toBool());
    EXPECT_TRUE(volumes->index(row, 3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("typo")));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("typo")))
        << window->statusBar()->currentMessage().toStdString();
    EXPECT_GT(view->columnWidth(3), width);

    window->undoStack()->undo();
    EXPECT_FALSE(volumes->index(row, 3).data(UnusualRole).toBool());
    EXPECT_LE(view->columnWidth(3), width + 2) << "the column fits its figures again";
}

// Save and export dialogs always opened in the folder the program was started from; the chart
// file was named after the plan only.
TEST_F(Usability, FileDialogsRememberTheFolderOfEachKindAndNameTheChart) {
    QSettings().remove(QStringLiteral("folders"));
    QTemporaryDir charts;
    QTemporaryDir plans;
    window->resultTabs()->setCurrentWidget(window->charts());
    window->charts()->tabs()->setCurrentIndex(CostCharts::MonthlyChart);
    auto* exportChart = window->findChild<QAction*>(QStringLiteral("exportChart"));
    ASSERT_NE(exportChart, nullptr);
    chosenPath = charts.filePath(QStringLiteral("monthly.png"));
    exportChart->trigger();
    ASSERT_FALSE(suggestions.isEmpty());
    const QString base = doc().scenario().name;
    EXPECT_EQ(QFileInfo(suggestions.last()).fileName(), QStringLiteral("Monthly cost – %1.png").arg(base));
    EXPECT_TRUE(QFile::exists(chosenPath));

    chosenPath = plans.filePath(QStringLiteral("budget.ocrplan"));
    ASSERT_TRUE(window->saveAs());
    EXPECT_EQ(QFileInfo(suggestions.last()).fileName(), QStringLiteral("%1.ocrplan").arg(base));

    // Each kind comes back to its own folder.
    window->charts()->tabs()->setCurrentIndex(CostCharts::CumulativeChart);
    chosenPath.clear();
    exportChart->trigger();
    EXPECT_EQ(QFileInfo(suggestions.last()).absolutePath(), QFileInfo(charts.path()).absoluteFilePath());
    EXPECT_EQ(QFileInfo(suggestions.last()).fileName(), QStringLiteral("Cumulative cost – budget.png"));
    window->open();
    EXPECT_EQ(QFileInfo(suggestions.last()).absoluteFilePath(), QFileInfo(plans.path()).absoluteFilePath());
    QSettings().remove(QStringLiteral("folders"));
}

// The PDF set English quotes full width ("“ New plan ”") and left the plan for all scenarios out.
TEST_F(Usability, PdfQuotesFitTheLanguageAndTheScenarioPageHasThePlanForAll) {
    const QFontMetricsF english(QFont(PlanReportPdf::fontFamily(), 9));
    EXPECT_LT(english.horizontalAdvance(QChar(0x201C)), english.horizontalAdvance(QChar(0x4E2D)) * 0.6)
        << PlanReportPdf::fontFamily().toStdString() << ": a quote as wide as a Chinese character";
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China));
    EXPECT_TRUE(PlanReportPdf::fontFamily().contains(QStringLiteral("CJK")) ||
                PlanReportPdf::fontFamily().contains(QStringLiteral("SC")))
        << PlanReportPdf::fontFamily().toStdString();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(window->exportPdfReport(path));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30'000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("One plan for all scenarios"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Weighted average cost")));
    EXPECT_TRUE(text.contains(QStringLiteral("largest regret")));
}

// The break-even chart: postpaid only hidden under a pack line, a size on the top edge, and no
// word on why the lines dip.
TEST_F(Usability, BreakEvenChartKeepsEveryLineReadable) {
    CostCharts* charts = window->charts();
    window->resultTabs()->setCurrentWidget(charts);
    charts->tabs()->setCurrentIndex(CostCharts::BreakEvenChart);
    for (const char* id : {"general-print", "id-card", "vat-invoice"}) {
        SCOPED_TRACE(id);
        window->resultsPane()->selectPack(doc().catalog().packIndex(QString::fromLatin1(id)));
        window->breakEvenModel()->waitForFinished();
        QApplication::processEvents();
        QChart* chart = charts->chartView(CostCharts::BreakEvenChart)->chart();
        const auto axes = chart->axes(Qt::Vertical);
        ASSERT_EQ(axes.size(), 1);
        const double top = qobject_cast<QValueAxis*>(axes.constFirst())->max();
        QSet<QPair<int, QRgb>> looks;
        QList<QLineSeries*> lines;
        for (QAbstractSeries* s : chart->series()) {
            if (auto* line = qobject_cast<QLineSeries*>(s))
                lines.append(line);
        }
        ASSERT_GE(lines.size(), 3);
        double highest = 0;
        for (QLineSeries* line : lines) {
            looks.insert({int(line->pen().style()), line->pen().color().rgb()});
            const auto points = line->points();
            if (std::all_of(points.cbegin(), points.cend(),
                            [top](const QPointF& p) { return p.y() <= top; })) {
                for (const QPointF& p : points)
                    highest = std::max(highest, p.y());
            }
            const bool offScale = std::all_of(line->points().cbegin(), line->points().cend(),
                                              [top](const QPointF& p) { return p.y() > top; });
            EXPECT_EQ(offScale, line->name().contains(QStringLiteral("above the scale")))
                << line->name().toStdString();
        }
        EXPECT_EQ(looks.size(), lines.size()) << "every line looks different";
        EXPECT_GT(lines.constFirst()->pen().widthF(), lines.at(1)->pen().widthF())
            << "postpaid only is wider than the pack lines drawn over it";
        EXPECT_LE(highest, top / 1.05) << "headroom above the highest line";
        EXPECT_TRUE(charts->breakEvenExplanation()->isVisible());
        EXPECT_TRUE(charts->breakEvenExplanation()->text().contains(QStringLiteral("tier")));
    }
}

// The window's minimum was 1374×556: it could not shrink to a 1280-pixel screen. It must fit a
// 1280×720 laptop, and at 125 % scaling (1024×576 logical pixels) too, in both languages.
TEST(LaptopScreen, TheWindowFitsA1280By720ScreenAt125PercentInBothLanguages) {
    for (const Language::Choice language : {Language::English, Language::Chinese}) {
        SCOPED_TRACE(language == Language::Chinese ? "Chinese" : "English");
        Language::apply(language);
        MainWindow window;
        window.setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
        ASSERT_TRUE(window.openSample());
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        for (int tab = 0; tab < window.resultTabs()->count(); ++tab) {
            window.resultTabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            EXPECT_LE(minimum.width(), 1024) << "tab " << tab;
            EXPECT_LE(minimum.height(), 576 - 30) << "tab " << tab << " (room for a title bar)";
        }
        // It opens no wider than the screen it was given.
        window.resize(1280, 720);
        QApplication::processEvents();
        EXPECT_EQ(window.size(), QSize(1280, 720));
    }
    Language::apply(Language::English);
}

// Cut-short texts: "Recomm…" and "Unit price (元" headers, "2027…" in the cash flow, "New …" twice
// under the comparison chart, scenario actions behind "»".
TEST_F(Usability, TextIsNotCutShort) {
    window->resultsPane()->selectPack(doc().catalog().packIndex(QStringLiteral("id-card")));
    window->resultsPane()->alternativesModel()->waitForFinished();
    QApplication::processEvents(); // the columns are fitted once per event-loop turn
    ResultsPane* pane = window->resultsPane();
    for (QTableView* view : {pane->resultsView(), pane->ledgerView(), pane->alternativesView(),
                             window->findChild<QTableView*>(QStringLiteral("cashFlowTable"))}) {
        ASSERT_NE(view, nullptr);
        SCOPED_TRACE(view->objectName().toStdString());
        const QAbstractItemModel* model = view->model();
        for (int c = 0; c < model->columnCount(); ++c) {
            EXPECT_GE(view->columnWidth(c), view->horizontalHeader()->sectionSizeHint(c))
                << model->headerData(c, Qt::Horizontal).toString().toStdString();
            for (int r = 0; r < model->rowCount(); ++r) {
                const QModelIndex cell = model->index(r, c);
                QFont font = view->font();
                font.setBold(cell.data(IsTotalRole).toBool() || cell.data(IsCurrentRole).toBool());
                // Long plan descriptions are capped (ColumnFitter) and scroll in their tooltip.
                EXPECT_GE(view->columnWidth(c),
                          std::min(420, QFontMetrics(font).horizontalAdvance(cell.data().toString())))
                    << r << "," << c << " " << cell.data().toString().toStdString();
            }
        }
    }

    // The scenario list's actions are buttons, none hidden behind "»".
    ScenarioPane* scenarios = window->scenarioPane();
    EXPECT_EQ(scenarios->findChild<QToolBar*>(), nullptr);
    const auto buttons = scenarios->findChildren<QToolButton*>();
    for (QAction* action : scenarios->actions()) {
        EXPECT_TRUE(std::any_of(buttons.cbegin(), buttons.cend(), [action](QToolButton* b) {
            return b->defaultAction() == action && b->isVisible();
        })) << action->text().toStdString();
    }

    // Scenario names under the comparison chart are never elided; cut legend labels show in full on hover.
    ComparisonPane* comparison = window->comparisonPane();
    window->resultTabs()->setCurrentWidget(comparison);
    QApplication::processEvents();
    QChart* chart = comparison->chartView()->chart();
    for (QAbstractAxis* axis : chart->axes())
        EXPECT_FALSE(axis->truncateLabels());
    EXPECT_TRUE(chart->legend()->showToolTips());
}
