// "Approve as budget" and the Budget vs actual tab in the real window.
#include "model/billing/BillingEngine.h"
#include "model/document/PlanDocument.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/VarianceModel.h"
#include "ui/BudgetVariancePane.h"
#include "ui/MainWindow.h"
#include "ui/PlanReportPdf.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <memory>

using namespace ocp;

namespace {

class BudgetWindow : public ::testing::Test {
protected:
    void SetUp() override {
        window = std::make_unique<MainWindow>();
        window->setErrorReporter([](const QString& title, const QString& message) {
            ADD_FAILURE() << title.toStdString() << ": " << message.toStdString();
        });
        ASSERT_TRUE(window->openSample());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override {
        window->setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
        window->close();
        window.reset();
    }
    // Answers the next message box with `button`, and remembers that one was shown.
    void answerNextQuestion(QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [this, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = true;
            box->button(button)->click();
        });
    }

    PlanDocument& doc() { return *window->document(); }
    BudgetVariancePane& pane() { return *window->budgetVariancePane(); }
    std::unique_ptr<MainWindow> window;
    bool asked = false;
};

} // namespace

TEST_F(BudgetWindow, ApprovesTheCurrentScenarioThroughTheUndoStack) {
    EXPECT_TRUE(pane().isEmptyStateShown());
    const Money total = BillingEngine::run(doc().catalog(), doc().scenario()).total();
    pane().approveAction()->trigger();
    ASSERT_TRUE(doc().plan().budget.has_value());
    EXPECT_EQ(doc().plan().budget->approvedOn, QDate::currentDate());
    EXPECT_EQ(doc().plan().budget->scenario, doc().scenario());
    ASSERT_TRUE(doc().plan().budget->figures.has_value());
    EXPECT_EQ(doc().plan().budget->figures->total, total);
    EXPECT_FALSE(pane().isEmptyStateShown());
    // The sample's 12 months and the total row; nothing differs yet.
    VarianceModel& model = *pane().model();
    ASSERT_EQ(model.rowCount(), doc().scenario().months + 1);
    const int last = model.rowCount() - 1;
    EXPECT_EQ(model.index(last, VarianceModel::BudgetColumn).data(MoneyRole).value<Money>(), total);
    EXPECT_EQ(model.index(last, VarianceModel::VarianceColumn).data(MoneyRole).value<Money>(), Money());
    EXPECT_EQ(pane().budgetLine()->count(), doc().scenario().months);
    EXPECT_EQ(pane().projectedLine()->count(), doc().scenario().months);
    EXPECT_GT(pane().packChooser()->count(), 1);

    window->undoStack()->undo();
    EXPECT_FALSE(doc().plan().budget.has_value());
    EXPECT_TRUE(pane().isEmptyStateShown());
    window->undoStack()->redo();
    EXPECT_TRUE(doc().plan().budget.has_value());
}

TEST_F(BudgetWindow, AsksBeforeReplacingABudget) {
    pane().approveAction()->trigger();
    const Budget first = *doc().plan().budget;
    Scenario larger = doc().scenario();
    for (QList<qint64>& calls : larger.volumes)
        calls[0] += 5'000;
    doc().replaceScenario(larger, QStringLiteral("more calls"));

    answerNextQuestion(QMessageBox::Cancel);
    pane().approveAction()->trigger();
    EXPECT_TRUE(asked);
    EXPECT_EQ(*doc().plan().budget, first);

    asked = false;
    answerNextQuestion(QMessageBox::Yes);
    pane().approveAction()->trigger();
    EXPECT_TRUE(asked);
    EXPECT_EQ(doc().plan().budget->scenario, larger);
    window->undoStack()->undo();
    EXPECT_EQ(*doc().plan().budget, first);
}

TEST_F(BudgetWindow, TheEmptyStateButtonApproves) {
    auto* button = pane().findChild<QPushButton*>(QStringLiteral("approveBudgetButton"));
    ASSERT_NE(button, nullptr);
    button->click();
    EXPECT_TRUE(doc().plan().budget.has_value());
}

// The PDF report gains one page, the budget against actual, once the plan has a budget.
TEST_F(BudgetWindow, ThePdfReportHasABudgetPage) {
    PlanReportPdf before(&doc());
    const QByteArray plain = before.render();
    ASSERT_FALSE(plain.isEmpty());
    pane().approveAction()->trigger();
    PlanReportPdf after(&doc());
    const QByteArray withBudget = after.render();
    EXPECT_EQ(after.pageCount(), before.pageCount() + 1);
    if (const QByteArray path = qgetenv("OCP_BUDGET_PDF"); !path.isEmpty()) {
        QFile file(QString::fromLocal8Bit(path));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(withBudget);
    }
}

// Choosing a pack shows that pack's months, projection and split.
TEST_F(BudgetWindow, ThePackChoiceNarrowsTableAndSummary) {
    pane().approveAction()->trigger();
    QComboBox& packs = *pane().packChooser();
    const int idCard = packs.findData(QStringLiteral("id-card"));
    ASSERT_GT(idCard, 0);
    packs.setCurrentIndex(idCard);
    EXPECT_EQ(pane().model()->pack(), QStringLiteral("id-card"));
    // The sample buys 3 × 100,000 ID-card packs in January and its calls stay within them:
    // 15,000.00 元 in all, every month after January 0.
    VarianceModel& model = *pane().model();
    const int last = model.rowCount() - 1;
    EXPECT_EQ(model.index(last, VarianceModel::BudgetColumn).data(MoneyRole).value<Money>(),
              BillingEngine::run(doc().catalog(), doc().scenario())
                  .packs.at(doc().catalog().packIndex(QStringLiteral("id-card")))
                  .total());
    EXPECT_TRUE(pane().projectionText().contains(QStringLiteral("15,000.00"))) << pane().projectionText().toStdString();
    packs.setCurrentIndex(0);
    EXPECT_TRUE(pane().model()->pack().isEmpty());
}
