#include "ui/UsageImportDialog.h"

#include "model/billing/Catalog.h"
#include "model/document/PlanDocument.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/ScenarioTableModel.h"
#include "model/itemmodels/UsagePreviewModel.h"
#include "ui/MainWindow.h"
#include "ui/ScenarioEditor.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStringEncoder>
#include <QTableWidget>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

// Daily rows of two interfaces around the sample plan's start (2027-01), with a bad row.
const char* const kUsage = "\xEF\xBB\xBF"
                           "日期,接口名称,调用量\n"
                           "2026-12-30,GeneralBasicOCR,40\n"
                           "2027-01-05,GeneralBasicOCR,\"1,000\"\n"
                           "2027-01-20,通用印刷体识别,500\n"
                           "2027-02-03,IDCardOCR,abc\n"
                           "2027-02-01,IDCardOCR,300\n";

class UsageImportWindow : public ::testing::Test {
protected:
    void SetUp() override {
        csvPath = dir.filePath(QStringLiteral("usage.csv"));
        QFile csv(csvPath);
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write(kUsage);
        csv.close();
        window.setErrorReporter([](const QString& title, const QString& message) {
            ADD_FAILURE() << title.toStdString() << ": " << message.toStdString();
        });
        window.setFileChooser([this](MainWindow::FileDialog kind, const QString&) {
            EXPECT_EQ(kind, MainWindow::FileDialog::ImportUsage);
            return csvPath;
        });
        ASSERT_TRUE(window.openSample());
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
    void TearDown() override {
        window.setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
        window.close();
    }

    UsageImportDialog* openDialog() {
        window.importUsage();
        auto* dialog = window.findChild<UsageImportDialog*>();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(dialog->isVisible());
        }
        return dialog;
    }
    qint64 volume(const char* api, int month) {
        ScenarioTableModel* model = window.scenarioEditor()->model();
        return model->index(model->rowOf(QString::fromLatin1(api)), month).data(CallsRole).toLongLong();
    }

    QTemporaryDir dir;
    QString csvPath;
    MainWindow window;
};

} // namespace

TEST_F(UsageImportWindow, PreviewsSumsAndSkippedRowsThenMergesAsOneUndoStep) {
    UsageImportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);

    // Interfaces × months of the file, daily rows summed; a month without rows stays blank.
    UsagePreviewModel* preview = dialog->previewModel();
    ASSERT_EQ(preview->rowCount(), 2);
    ASSERT_EQ(preview->columnCount(), 4);
    EXPECT_EQ(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("2026-12"));
    EXPECT_EQ(preview->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Total"));
    const int basic = preview->rowOf(QStringLiteral("GeneralBasicOCR"));
    const int idCard = preview->rowOf(QStringLiteral("IDCardOCR"));
    EXPECT_EQ(preview->index(basic, 1).data().toString(), QStringLiteral("1,500"));
    EXPECT_EQ(preview->index(basic, 3).data(CallsRole).toLongLong(), 1540);
    EXPECT_FALSE(preview->index(basic, 2).data(CallsRole).isValid());
    EXPECT_EQ(preview->index(idCard, 2).data(CallsRole).toLongLong(), 300);
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("1 not used")))
        << dialog->summaryLabel()->text().toStdString();

    // Every skipped row, with its line and the reason.
    QTableWidget* skipped = dialog->skippedTable();
    ASSERT_EQ(skipped->rowCount(), 1);
    EXPECT_EQ(skipped->item(0, 0)->text(), QStringLiteral("5"));
    EXPECT_TRUE(skipped->item(0, 1)->text().contains(QStringLiteral("abc")));

    // The daily rows stop on 2027-02-01: January is the last complete month and becomes actual.
    bool told = false;
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        told = told || (label->text().contains(QStringLiteral("2027-01 to 2027-01 become actual months")) &&
                        label->text().contains(QStringLiteral("2027-02 is not complete")));
    }
    EXPECT_TRUE(told) << "the preview says which months become actual";
    EXPECT_EQ(preview->headerData(1, Qt::Horizontal).toString(), QStringLiteral("2027-01 ✓"));
    EXPECT_TRUE(preview->index(basic, 1).data(ActualRole).toBool());
    EXPECT_EQ(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("2026-12")) << "before the plan";
    EXPECT_EQ(preview->headerData(2, Qt::Horizontal).toString(), QStringLiteral("2027-02")) << "not complete";

    const Plan before = window.document()->plan();
    ASSERT_FALSE(before.scenarios.at(before.current).actualThrough.has_value());
    const qint64 untouched = volume("GeneralBasicOCR", 1);
    ASSERT_EQ(dialog->use(), UsageImportDialog::Use::Merge);
    ASSERT_TRUE(dialog->importButton()->isEnabled());
    const int steps = window.undoStack()->count();
    const QPointer<UsageImportDialog> closing(dialog); // deleted once closed
    dialog->importButton()->click();
    QApplication::processEvents();
    EXPECT_TRUE(closing.isNull() || !closing->isVisible());

    // In the editor: the months of the file inside the plan; December 2026 is before it.
    EXPECT_EQ(volume("GeneralBasicOCR", 0), 1500);
    EXPECT_EQ(volume("IDCardOCR", 1), 300);
    EXPECT_EQ(volume("GeneralBasicOCR", 1), untouched) << "a month without rows keeps its volume";
    EXPECT_EQ(window.document()->scenario().actualThrough, YearMonth(2027, 1));
    EXPECT_FALSE(window.scenarioEditor()->model()->flags(window.scenarioEditor()->model()->index(0, 0)).testFlag(Qt::ItemIsEditable))
        << "January is locked";
    EXPECT_EQ(window.undoStack()->count(), steps + 1) << "one step of Undo";
    EXPECT_TRUE(window.document()->isModified());

    window.undoStack()->undo();
    EXPECT_EQ(window.document()->plan(), before) << "Undo restores the previous volumes exactly";
    EXPECT_NE(volume("GeneralBasicOCR", 0), 1500);
}

TEST_F(UsageImportWindow, StartsANewScenarioThatContinuesTheHistory) {
    UsageImportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    const int scenarios = window.document()->scenarioCount();
    dialog->setUse(UsageImportDialog::Use::NewScenario);
    dialog->setNewScenario(QStringLiteral("From usage"), 6, 20'000);
    const UsageHistory history = dialog->previewModel()->history();
    dialog->importButton()->click(); // the dialog closes and is deleted
    QApplication::processEvents();

    const PlanDocument& doc = *window.document();
    ASSERT_EQ(doc.scenarioCount(), scenarios + 1);
    EXPECT_EQ(doc.scenario().name, QStringLiteral("From usage"));
    EXPECT_EQ(doc.scenario().start, YearMonth(2027, 3));
    const Scenario projected = UsageImport::projectFrom(history, 6, 20'000);
    EXPECT_EQ(doc.scenario().volumes, projected.volumes);
    EXPECT_TRUE(doc.scenario().purchases.isEmpty());

    window.undoStack()->undo();
    EXPECT_EQ(doc.scenarioCount(), scenarios);
}

TEST_F(UsageImportWindow, AnEncodingThatDoesNotFitIsReportedInTheDialog) {
    // Chinese Excel's CSV: GBK without a byte order mark.
    QStringEncoder gbk("GBK");
    ASSERT_TRUE(gbk.isValid());
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
    csv.write(gbk.encode(QStringLiteral("月份,接口,调用次数\r\n2027年2月,增值税发票识别,42000\r\n")));
    csv.close();

    UsageImportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->previewModel()->rowCount(), 1);
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("GBK")));
    dialog->encodingBox()->setCurrentIndex(1); // UTF-8: refused, with a hint
    EXPECT_EQ(dialog->previewModel()->rowCount(), 0);
    EXPECT_FALSE(dialog->errorLabel()->isHidden());
    EXPECT_TRUE(dialog->errorLabel()->text().contains(QStringLiteral("GBK")));
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    dialog->encodingBox()->setCurrentIndex(2);
    EXPECT_TRUE(dialog->errorLabel()->isHidden());
    EXPECT_EQ(dialog->previewModel()->index(0, 1).data(CallsRole).toLongLong(), 42000);
    EXPECT_TRUE(dialog->importButton()->isEnabled());
    dialog->reject();
}
