#include "ui/MainWindow.h"

#include "model/billing/Catalog.h"
#include "model/document/PlanDocument.h"
#include "model/itemmodels/CostCentresModel.h"
#include "ui/AccountingSettingsDialog.h"
#include "ui/CostCentresPane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

const QString kId = QStringLiteral("IDCardOCR");

class CostCentresWindow : public ::testing::Test {
protected:
    void SetUp() override {
        window.setErrorReporter([](const QString& title, const QString& message) {
            ADD_FAILURE() << title.toStdString() << ": " << message.toStdString();
        });
        ASSERT_TRUE(window.openSample());
        window.resize(1280, 720);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        pane = window.costCentresPane();
        ASSERT_NE(pane, nullptr);
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("costCentresDock"));
        ASSERT_NE(dock, nullptr);
        dock->raise();
        QApplication::processEvents();
    }
    void TearDown() override {
        window.setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
        window.close();
    }

    MainWindow window;
    CostCentresPane* pane = nullptr;
};

} // namespace

TEST_F(CostCentresWindow, SplitsAnInterfaceEditsAShareSwitchesToCallsAndUndoes) {
    ASSERT_TRUE(pane->view()->isVisible());
    const Scenario before = window.document()->scenario();
    const int steps = window.undoStack()->count();
    pane->setCurrentInterface(kId);
    ASSERT_EQ(pane->currentInterface(), kId);
    pane->setTextPrompt([](const QString&, const QString&, const QString&) {
        return std::optional<QString>(QStringLiteral("销售部, 风控部"));
    });
    pane->splitEvenlyAction()->trigger();
    ASSERT_EQ(window.undoStack()->count(), steps + 1);
    EXPECT_EQ(window.undoStack()->undoText(), QStringLiteral("Split ID card evenly between 2 cost centre(s)"));
    CostCentresModel* model = pane->model();
    ASSERT_EQ(model->rowCount(), 2);

    // Typing 60 in 销售部's All months cell: 风控部 gets the rest, 40 %.
    const int sales = model->rowOf(kId, QStringLiteral("销售部"));
    const QModelIndex all = model->index(sales, CostCentresModel::AllMonthsColumn);
    pane->view()->setCurrentIndex(all);
    pane->view()->edit(all);
    QApplication::processEvents();
    auto* editor = pane->view()->findChild<QLineEdit*>();
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("60"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(window.document()->scenario().costCentres.value(kId).shares.value(QStringLiteral("风控部")),
              QList<qint64>{400'000});
    EXPECT_EQ(window.undoStack()->count(), steps + 2);

    // Calls per centre: the sample's 25,000 ID card calls a month as 15,000 and 10,000.
    pane->byCallsAction()->trigger();
    EXPECT_TRUE(pane->byCallsAction()->isChecked());
    EXPECT_EQ(window.document()->scenario().costCentres.value(kId).volumes.value(QStringLiteral("销售部")).value(0), 15'000);

    // A share refused leaves the value and says why in the status bar.
    window.undoStack()->undo();
    EXPECT_FALSE(model->setData(model->index(sales, CostCentresModel::AllMonthsColumn), QStringLiteral("abc")));

    while (window.undoStack()->index() > steps)
        window.undoStack()->undo();
    EXPECT_EQ(window.document()->scenario(), before);
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(CostCentresWindow, AccountingSettingsFromTheMenuAreOneUndoStep) {
    QAction* action = window.accountingSettingsAction();
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text(), QStringLiteral("Accoun&ting settings…"));
    const int steps = window.undoStack()->count();
    AccountingSettingsDialog dialog(window.document(), &window);
    dialog.methodChoice()->setCurrentIndex(1);
    dialog.unusedBalanceChoice()->setCurrentIndex(1);
    dialog.expenseEdit()->setText(QStringLiteral("6602 管理费用"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const AccountingSettings& a = window.document()->plan().accounting;
    EXPECT_EQ(a.method, AccountingMethod::StraightLine);
    EXPECT_EQ(a.unusedBalance, UnusedBalanceRule::Unallocated);
    EXPECT_EQ(a.accounts.expense, QStringLiteral("6602 管理费用"));
    EXPECT_EQ(window.undoStack()->count(), steps + 1);
    EXPECT_EQ(window.undoStack()->undoText(), QStringLiteral("Change the accounting settings"));
    window.undoStack()->undo();
    EXPECT_TRUE(window.document()->plan().accounting.isDefault());
}

TEST_F(CostCentresWindow, Screenshot) {
    // Writes the pane at 1280x720 when asked (OCP_SCREENSHOT_DIR), for the docs.
    const QString dir = qEnvironmentVariable("OCP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "OCP_SCREENSHOT_DIR not set";
    PlanDocument* doc = window.document();
    doc->splitEvenly(kId, {QStringLiteral("销售部"), QStringLiteral("风控部"), QStringLiteral("法务部")}, false);
    doc->setCostCentreShare(kId, QStringLiteral("销售部"), std::nullopt, 600'000);
    doc->splitEvenly(QStringLiteral("VatInvoiceOCR"), {QStringLiteral("财务部"), QStringLiteral("销售部")}, true);
    pane->setCurrentInterface(QStringLiteral("VatInvoiceOCR"));
    QApplication::processEvents();
    EXPECT_TRUE(window.grab().save(dir + QStringLiteral("/cost-centres-1280x720.png")));
}
