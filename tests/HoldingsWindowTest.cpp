#include "ui/MainWindow.h"

#include "model/billing/Catalog.h"
#include "model/document/PlanDocument.h"
#include "model/itemmodels/HoldingsModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/ScenarioTableModel.h"
#include "ui/HoldingsPane.h"
#include "ui/ResultsPane.h"
#include "ui/ScenarioEditor.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

class HoldingsWindow : public ::testing::Test {
protected:
    void SetUp() override {
        window.setErrorReporter([](const QString& title, const QString& message) {
            ADD_FAILURE() << title.toStdString() << ": " << message.toStdString();
        });
        ASSERT_TRUE(window.openSample());
        window.resize(1280, 720);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
    void TearDown() override {
        window.setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
        window.close();
    }

    MainWindow window;
};

} // namespace

TEST_F(HoldingsWindow, AddsAHoldingFromTheMenuEditsItInPlaceAndUndoes) {
    ResultsPane* results = window.resultsPane();
    HoldingsPane* pane = results->holdingsPane();
    results->planTabs()->setCurrentWidget(pane);
    QApplication::processEvents();
    ASSERT_TRUE(pane->view()->isVisible());
    const Scenario before = window.document()->scenario();
    ASSERT_TRUE(before.holdings.isEmpty());
    const int steps = window.undoStack()->count();

    // The Add button's menu lists the catalog's packs; choosing ID card adds one full pack.
    QMenu* packs = pane->addButton()->menu();
    ASSERT_NE(packs, nullptr);
    const int idCard = window.document()->catalog().packIndex(QStringLiteral("id-card"));
    ASSERT_EQ(packs->actions().size(), window.document()->catalog().packs().size());
    packs->actions().at(idCard)->trigger();
    ASSERT_EQ(window.document()->scenario().holdings.size(), 1);
    EXPECT_EQ(window.undoStack()->count(), steps + 1);
    EXPECT_TRUE(window.undoStack()->undoText().startsWith(QStringLiteral("Add holding")))
        << window.undoStack()->undoText().toStdString();
    EXPECT_EQ(results->planTabs()->tabText(1), QStringLiteral("Held packs (1)"));

    // Type the calls left into the selected row, as a user does.
    const QModelIndex remaining = pane->model()->index(0, HoldingsModel::RemainingColumn);
    EXPECT_EQ(pane->view()->currentIndex(), remaining) << "the new row's calls left are ready to type";
    pane->view()->edit(remaining);
    auto* editor = qobject_cast<QLineEdit*>(pane->view()->indexWidget(remaining));
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("600"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(window.document()->scenario().holdings.at(0).remaining, 600);
    EXPECT_EQ(window.undoStack()->count(), steps + 2);
    EXPECT_TRUE(window.undoStack()->undoText().startsWith(QStringLiteral("Change holding 1")));

    // A value above the pack's size is refused, said in the status bar, and nothing changes.
    const qint64 size = window.document()->scenario().holdings.at(0).size;
    EXPECT_FALSE(pane->model()->setData(remaining, QString::number(size + 1)));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("held pack 1, remaining")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_EQ(window.document()->scenario().holdings.at(0).remaining, 600);
    EXPECT_EQ(window.undoStack()->count(), steps + 2);

    window.undoStack()->undo();
    window.undoStack()->undo();
    EXPECT_EQ(window.document()->scenario(), before) << "two steps of Undo remove the holding again";
    EXPECT_EQ(pane->model()->rowCount(), 0);
    window.undoStack()->redo();
    EXPECT_EQ(pane->model()->rowCount(), 1);
}

TEST_F(HoldingsWindow, MarksMonthsActualLocksThemAndUnlocksWithUndo) {
    ScenarioEditor* editor = window.scenarioEditor();
    editor->setMonthPrompt([](const QStringList& months, int) { return std::optional<QString>(months.at(2)); });
    const Scenario before = window.document()->scenario();
    editor->markActualAction()->trigger();
    EXPECT_EQ(window.document()->scenario().actualThrough, before.start.addMonths(2));
    EXPECT_EQ(window.undoStack()->undoText(),
              QStringLiteral("Mark months as actual through %1").arg(before.start.addMonths(2).toString()));
    ScenarioTableModel* table = editor->model();
    EXPECT_FALSE(table->flags(table->index(0, 2)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(table->flags(table->index(0, 3)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(editor->unlockActualAction()->isEnabled());

    editor->unlockActualAction()->trigger();
    EXPECT_FALSE(window.document()->scenario().actualThrough.has_value());
    EXPECT_FALSE(editor->unlockActualAction()->isEnabled());
    EXPECT_TRUE(table->flags(table->index(0, 2)).testFlag(Qt::ItemIsEditable));
    window.undoStack()->undo(); // the unlock undone: locked again
    EXPECT_EQ(window.document()->scenario().actualThrough, before.start.addMonths(2));
    window.undoStack()->undo();
    EXPECT_EQ(window.document()->scenario(), before);
}
