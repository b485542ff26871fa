// File → Import pack inventory in the real window, offscreen: the preview of the holdings, the
// rows not used with their reasons, add or replace, one step of Undo.
#include "ui/PackInventoryImportDialog.h"

#include "model/billing/Catalog.h"
#include "model/document/PlanDocument.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/PackInventoryModel.h"
#include "model/itemmodels/PackLifetimeModel.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/ResultsPane.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

// Rows as copied from the console's web table for the sample plan (starts 2027-01; a pack
// bought before it is usable at most through 2027-11, R2).
const char* const kPasted = "资源包名称\t规格\t剩余量\t到期时间\t状态\n"
                            "身份证识别资源包\t10万次\t60,000\t2027-06-30 23:59:59\t有效\n"
                            "身份证识别资源包\t10万次\t60,000\t2027-06-30 23:59:59\t有效\n"
                            "银行卡识别\t1000次\t0\t2026-12-31 23:59:59\t已过期\n"
                            "营业执照识别\t5万次\t20,000\t2027-05-31 23:59:59\t有效\n";

class PackInventoryWindow : public ::testing::Test {
protected:
    void SetUp() override {
        window.setErrorReporter([](const QString& title, const QString& message) {
            ADD_FAILURE() << title.toStdString() << ": " << message.toStdString();
        });
        ASSERT_TRUE(window.openSample());
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
    void TearDown() override {
        window.setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
        window.close();
    }

    PackInventoryImportDialog* openDialog() {
        auto* action = window.findChild<QAction*>(QStringLiteral("importPackInventory"));
        EXPECT_NE(action, nullptr);
        if (!action)
            return nullptr;
        EXPECT_EQ(action->text(), QStringLiteral("Import pac&k inventory…"));
        action->trigger();
        auto* dialog = window.findChild<PackInventoryImportDialog*>();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(dialog->isVisible());
        }
        return dialog;
    }

    MainWindow window;
};

} // namespace

TEST_F(PackInventoryWindow, PreviewsPastedRowsAndAddsThemAsOneUndoStep) {
    Language::apply(Language::English); // the English plurals ("1 holding", "4 rows")
    ASSERT_TRUE(window.document()->scenario().holdings.isEmpty());
    PackInventoryImportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->importButton()->isEnabled()) << "nothing to import yet";
    dialog->setText(QString::fromUtf8(kPasted));

    // The two ID card rows alike are one holding of 2 packs: 2 x 60,000 = 120,000 calls left.
    PackInventoryModel* preview = dialog->previewModel();
    ASSERT_EQ(preview->rowCount(), 1);
    EXPECT_EQ(preview->index(0, PackInventoryModel::PackColumn).data(PackIdRole).toString(), QStringLiteral("id-card"));
    EXPECT_EQ(preview->index(0, PackInventoryModel::SizeColumn).data().toString(), QStringLiteral("100,000"));
    EXPECT_EQ(preview->index(0, PackInventoryModel::CountColumn).data(CallsRole).toLongLong(), 2);
    EXPECT_EQ(preview->index(0, PackInventoryModel::CallsLeftColumn).data(CallsRole).toLongLong(), 120'000);
    EXPECT_EQ(preview->index(0, PackInventoryModel::ExpiresColumn).data().toString(), QStringLiteral("2027-06"));
    EXPECT_EQ(preview->index(0, PackInventoryModel::LinesColumn).data().toString(), QStringLiteral("2, 3"));
    EXPECT_EQ(dialog->summaryLabel()->text(),
              QStringLiteral("Read 4 rows: 2 usable, 1 skipped, 1 with errors. 1 holding to import."));

    // The expired pack skipped with its status, the size not sold refused with line and column.
    QTableWidget* notUsed = dialog->notUsedTable();
    ASSERT_EQ(notUsed->rowCount(), 2);
    EXPECT_EQ(notUsed->item(0, 0)->text(), QStringLiteral("4"));
    EXPECT_EQ(notUsed->item(0, 1)->text(),
              QStringLiteral("Skipped (银行卡识别): status \"已过期\": the pack can no longer be used"));
    EXPECT_EQ(notUsed->item(1, 0)->text(), QStringLiteral("5"));
    EXPECT_EQ(notUsed->item(1, 1)->text(),
              QStringLiteral("Error: line 5, 规格: Business license is not sold with 50,000 calls; its sizes are "
                             "1,000, 10,000, 100,000, 1,000,000, 10,000,000"));

    const Plan before = window.document()->plan();
    ASSERT_FALSE(dialog->replaces());
    ASSERT_TRUE(dialog->importButton()->isEnabled());
    const int steps = window.undoStack()->count();
    const QPointer<PackInventoryImportDialog> closing(dialog); // deleted once closed
    dialog->importButton()->click();
    QApplication::processEvents();
    EXPECT_TRUE(closing.isNull() || !closing->isVisible());

    const Scenario& s = window.document()->scenario();
    ASSERT_EQ(s.holdings.size(), 1);
    EXPECT_EQ(s.holdings.at(0), (Holding{QStringLiteral("id-card"), 100'000, 60'000, YearMonth(2027, 6), 2}));
    EXPECT_EQ(window.undoStack()->count(), steps + 1) << "one step of Undo";
    EXPECT_EQ(window.undoStack()->undoText(), QStringLiteral("Import pack inventory"));

    // The results forecast the new holding first, then each purchase of the plan.
    ResultsPane* results = window.resultsPane();
    EXPECT_EQ(results->tabs()->tabText(1), QStringLiteral("Run-out and expiry"));
    PackLifetimeModel* forecast = results->forecastModel();
    ASSERT_EQ(forecast->rowCount(), 1 + s.purchases.size());
    EXPECT_EQ(forecast->index(0, PackLifetimeModel::SourceColumn).data().toString(), QStringLiteral("Held"));
    EXPECT_EQ(forecast->index(0, PackLifetimeModel::CallsColumn).data(CallsRole).toLongLong(), 120'000);
    EXPECT_EQ(forecast->index(0, PackLifetimeModel::ExpiresColumn).data().toString(), QStringLiteral("2027-06"));
    EXPECT_EQ(results->forecastView()->model(), forecast);
    window.undoStack()->undo();
    EXPECT_EQ(window.document()->plan(), before) << "Undo restores the holdings exactly";
}

TEST_F(PackInventoryWindow, ReplacesTheHoldingsOrAddsToThem) {
    Scenario held = window.document()->scenario();
    const Holding earlier{QStringLiteral("id-card"), 10'000, 5'000, YearMonth(2027, 2), 1};
    held.holdings.append(earlier);
    window.document()->replaceScenario(held, QStringLiteral("hold an ID card pack"));

    PackInventoryImportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setText(QString::fromUtf8(kPasted));
    dialog->setReplace(true);
    dialog->importButton()->click();
    QApplication::processEvents();
    const Holding imported{QStringLiteral("id-card"), 100'000, 60'000, YearMonth(2027, 6), 2};
    ASSERT_EQ(window.document()->scenario().holdings.size(), 1);
    EXPECT_EQ(window.document()->scenario().holdings.at(0), imported);

    window.undoStack()->undo();
    ASSERT_EQ(window.document()->scenario().holdings.size(), 1);
    EXPECT_EQ(window.document()->scenario().holdings.at(0), earlier);
    dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setText(QString::fromUtf8(kPasted));
    ASSERT_FALSE(dialog->replaces());
    dialog->importButton()->click();
    QApplication::processEvents();
    ASSERT_EQ(window.document()->scenario().holdings.size(), 2);
    EXPECT_EQ(window.document()->scenario().holdings.at(0), earlier);
    EXPECT_EQ(window.document()->scenario().holdings.at(1), imported);
}

// The Chinese window: the summary, the reasons and the choices in Chinese; the console's
// column names as the user's list writes them.
TEST_F(PackInventoryWindow, SpeaksChinese) {
    Language::apply(Language::Chinese);
    PackInventoryImportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setText(QString::fromUtf8(kPasted));
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("导入资源包清单"));
    EXPECT_EQ(dialog->summaryLabel()->text(),
              QStringLiteral("读取 4 行：2 行可用，1 行跳过，1 行有错误。 将导入 1 项已持有资源包。"));
    EXPECT_EQ(dialog->notUsedTable()->item(0, 1)->text(),
              QStringLiteral("已跳过（银行卡识别）：状态“已过期”：该资源包已不能使用"));
    EXPECT_EQ(dialog->notUsedTable()->item(1, 1)->text(),
              QStringLiteral("错误：第 5 行，规格：营业执照识别 没有 50,000 次的规格；可选规格为 "
                             "1,000, 10,000, 100,000, 1,000,000, 10,000,000"));
    EXPECT_EQ(dialog->previewModel()->headerData(PackInventoryModel::RemainingColumn, Qt::Horizontal).toString(),
              QStringLiteral("剩余量"));
    dialog->reject();
    Language::apply(Language::English);
}

// A GBK file from a Chinese Excel; a list whose header lacks columns is refused as a whole.
TEST_F(PackInventoryWindow, ReadsAFileAndReportsAListItCannotRead) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("packs.csv"));
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    QStringEncoder gbk("GBK");
    ASSERT_TRUE(gbk.isValid());
    csv.write(gbk.encode(QStringLiteral("资源包名称,规格,剩余量,到期时间,状态\r\n通用印刷体识别,1万次,\"8,000\",2027-04-30,使用中\r\n")));
    csv.close();

    PackInventoryImportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->loadFile(path);
    EXPECT_TRUE(dialog->encodingBox()->isEnabled());
    ASSERT_EQ(dialog->inventory().holdings.size(), 1);
    EXPECT_EQ(dialog->inventory().holdings.at(0),
              (Holding{QStringLiteral("general-print"), 10'000, 8'000, YearMonth(2027, 4), 1}));

    dialog->setText(QStringLiteral("Pack name,Remaining\nID card,100\n"));
    EXPECT_TRUE(dialog->errorLabel()->isVisibleTo(dialog));
    EXPECT_EQ(dialog->errorLabel()->text(),
              QStringLiteral("line 1: the header has no column for size (规格), expires (到期时间)"));
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    EXPECT_EQ(dialog->textBox()->toPlainText(), QStringLiteral("Pack name,Remaining\nID card,100\n"))
        << "the text stays for the user to correct";
}
