// The Cost centres tab in the real window: who pays for what per month (table and stacked
// chart), per pack and the accounting schedule, their CSV exports, the empty state, and the
// Chinese window.
#include "model/billing/BillingEngine.h"
#include "model/document/PlanDocument.h"
#include "model/itemmodels/AccountingScheduleModel.h"
#include "model/itemmodels/CentreMonthModel.h"
#include "model/itemmodels/CentrePackModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "tests/support/Csv.h"
#include "ui/CostAllocationPane.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QFile>
#include <QLabel>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <gtest/gtest.h>
#include <memory>

using namespace ocp;

namespace {

const QString kSales = QStringLiteral("销售部");
const QString kRisk = QStringLiteral("风控部");
const QString kService = QStringLiteral("客服部");

// ID-card calls over 3 months, postpaid only, shared 50 / 30 / 20 by three departments; the
// general-certificate calls of PassportOCR are not split (-> Unallocated).
Scenario departments() {
    Scenario s;
    s.name = QStringLiteral("三个部门");
    s.start = YearMonth(2027, 1);
    s.months = 3;
    s.volumes.insert(QStringLiteral("IDCardOCR"), {3000, 5000, 11000});
    s.volumes.insert(QStringLiteral("PassportOCR"), {2000, 2000, 2000});
    CostCentreSplit split;
    split.shares.insert(kSales, {500'000});
    split.shares.insert(kRisk, {300'000});
    split.shares.insert(kService, {200'000});
    s.costCentres.insert(QStringLiteral("IDCardOCR"), split);
    return s;
}

class CostAllocationWindow : public ::testing::Test {
protected:
    void SetUp() override {
        window = std::make_unique<MainWindow>();
        window->setErrorReporter([](const QString& title, const QString& message) {
            ADD_FAILURE() << title.toStdString() << ": " << message.toStdString();
        });
        window->resize(1280, 720);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        doc().load(departments());
        doc().results()->waitForFinished();
        window->resultTabs()->setCurrentWidget(&pane());
        QApplication::processEvents();
    }
    void TearDown() override {
        window->setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
        window->close();
        window.reset();
    }

    PlanDocument& doc() { return *window->document(); }
    CostAllocationPane& pane() { return *window->costAllocationPane(); }
    std::unique_ptr<MainWindow> window;
};

Money moneyAt(const QAbstractItemModel& m, int row, int column) {
    return m.index(row, column).data(MoneyRole).value<Money>();
}

} // namespace

TEST_F(CostAllocationWindow, ShowsWhoPaysForWhatInATableAndAStackedChart) {
    EXPECT_FALSE(pane().isEmptyStateShown());
    const Money total = BillingEngine::run(doc().catalog(), doc().scenario()).total();
    ASSERT_GT(total, Money());
    CentreMonthModel& months = *pane().monthModel();
    // 客服部, 销售部, 风控部 (name order by code point), Unallocated, the total row.
    ASSERT_EQ(months.rowCount(), 5);
    EXPECT_EQ(months.index(0, 0).data().toString(), kService);
    EXPECT_EQ(months.index(3, 0).data().toString(), QStringLiteral("Unallocated"));
    EXPECT_EQ(moneyAt(months, 4, months.totalColumn()), total);
    // One bar set per centre over the 3 months, stacked to the month's cost.
    QStackedBarSeries* series = pane().series();
    ASSERT_EQ(series->count(), 4);
    EXPECT_EQ(series->barSets().at(1)->label(), kSales);
    EXPECT_EQ(series->barSets().at(3)->label(), QStringLiteral("Unallocated"));
    for (int month = 0; month < 3; ++month) {
        double stacked = 0;
        for (QBarSet* set : series->barSets()) {
            ASSERT_EQ(set->count(), 3);
            stacked += set->at(month);
        }
        EXPECT_NEAR(stacked, moneyAt(months, 4, 1 + month).toDoubleForDisplay(), 1e-6);
    }
    // The ID card's calls are shared 50 : 30 : 20 in every month and part, so the centres'
    // totals are in that proportion to the micro-yuan (largest remainder on 5 : 3 : 2).
    const Money sales = moneyAt(months, 1, months.totalColumn());
    const Money risk = moneyAt(months, 2, months.totalColumn());
    const Money service = moneyAt(months, 0, months.totalColumn());
    EXPECT_EQ(sales + risk + service + moneyAt(months, 3, months.totalColumn()), total);
    auto near = [](Money a, Money b) { return (a > b ? a - b : b - a) <= Money::fromMicros(8); };
    EXPECT_TRUE(near(sales * 3, risk * 5)) << sales.toDecimalString().toStdString() << " " << risk.toDecimalString().toStdString();
    EXPECT_TRUE(near(sales * 2, service * 5)) << service.toDecimalString().toStdString();
    EXPECT_TRUE(pane().summary()->isVisible());
    EXPECT_TRUE(pane().summary()->text().contains(QStringLiteral("charged to 3 cost centre")));

    // Per pack and the schedule add up to the same total.
    CentrePackModel& packs = *pane().packModel();
    EXPECT_EQ(moneyAt(packs, packs.totalRow(), packs.totalColumn()), total);
    AccountingScheduleModel& schedule = *pane().scheduleModel();
    pane().tabs()->setCurrentIndex(CostAllocationPane::ScheduleTable);
    ASSERT_EQ(schedule.rowCount(), 4);
    EXPECT_EQ(moneyAt(schedule, 3, AccountingScheduleModel::ExpenseColumn) +
                  moneyAt(schedule, 3, AccountingScheduleModel::PrepaidBalanceColumn),
              total);
}

TEST_F(CostAllocationWindow, ExportsEachTableAndTheJournalAsCsv) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Money total = BillingEngine::run(doc().catalog(), doc().scenario()).total();
    const QString names[] = {QStringLiteral("months.csv"), QStringLiteral("packs.csv"), QStringLiteral("ledger.csv"),
                             QStringLiteral("journal.csv")};
    QList<QList<QStringList>> tables;
    for (int t = 0; t < CostAllocationPane::TableCount; ++t) {
        const QString path = dir.filePath(names[t]);
        window->setFileChooser([path](MainWindow::FileDialog kind, const QString&) {
            EXPECT_EQ(kind, MainWindow::FileDialog::ExportReport);
            return path;
        });
        QAction* action = pane().exportAction(static_cast<CostAllocationPane::Table>(t));
        ASSERT_TRUE(action->isEnabled());
        action->trigger();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << names[t].toStdString();
        tables.append(ocp::test::csvRows(file.readAll()));
    }
    // Per centre and month, as the command line writes it: the last row is all centres' total.
    const QList<QStringList>& months = tables.at(0);
    EXPECT_EQ(months.at(0).at(0), QStringLiteral("cost centre"));
    EXPECT_EQ(months.constLast().at(0), QStringLiteral("all"));
    EXPECT_EQ(*Money::parse(months.constLast().constLast()), total);
    EXPECT_EQ(*Money::parse(tables.at(1).constLast().constLast()), total);
    // The schedule: header, 3 months and the total row.
    ASSERT_EQ(tables.at(2).size(), 5);
    // The journal balances: debits = credits.
    const QList<QStringList>& journal = tables.at(3);
    ASSERT_GT(journal.size(), 1);
    const qsizetype debit = journal.at(0).indexOf(QStringLiteral("debit"));
    const qsizetype credit = journal.at(0).indexOf(QStringLiteral("credit"));
    ASSERT_GE(debit, 0);
    ASSERT_GE(credit, 0);
    Money debits;
    Money credits;
    for (const QStringList& row : journal.mid(1)) {
        debits += Money::parse(row.at(debit)).value_or(Money());
        credits += Money::parse(row.at(credit)).value_or(Money());
    }
    EXPECT_EQ(debits, credits);
    EXPECT_GT(debits, Money());
}

TEST_F(CostAllocationWindow, ExplainsWhereToSplitCallsWithoutCostCentres) {
    Scenario plain = departments();
    plain.costCentres.clear();
    doc().load(plain);
    doc().results()->waitForFinished();
    QApplication::processEvents();
    EXPECT_TRUE(pane().isEmptyStateShown());
    EXPECT_TRUE(pane().emptyText()->isVisible());
    EXPECT_TRUE(pane().emptyText()->text().startsWith(
        QStringLiteral("Split an interface's calls between cost centres to see who pays for what.")));
    EXPECT_TRUE(pane().emptyText()->text().contains(QStringLiteral("Import usage")));
    EXPECT_FALSE(pane().exportAction(CostAllocationPane::MonthsTable)->isEnabled());
    EXPECT_FALSE(pane().summary()->isVisible());
    // The ledger of the packs is there for every plan.
    EXPECT_TRUE(pane().exportAction(CostAllocationPane::ScheduleTable)->isEnabled());
    EXPECT_EQ(pane().scheduleModel()->rowCount(), 4);

    // Undo brings the split back, and the tables with it.
    doc().load(departments());
    doc().results()->waitForFinished();
    QApplication::processEvents();
    EXPECT_FALSE(pane().isEmptyStateShown());
}

TEST_F(CostAllocationWindow, SpeaksChinese) {
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(":/i18n/ocr-cost-planner_zh_CN.qm")));
    QApplication::installTranslator(&chinese);
    QTest::qWait(50); // the window is rebuilt in the new language
    QApplication::processEvents();
    doc().results()->waitForFinished();
    QApplication::processEvents();
    const int tab = window->resultTabs()->indexOf(&pane());
    EXPECT_EQ(window->resultTabs()->tabText(tab), QStringLiteral("费用分摊"));
    EXPECT_EQ(pane().monthModel()->index(3, 0).data().toString(), QStringLiteral("未分配"));
    EXPECT_EQ(pane().monthModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("成本中心"));
    EXPECT_EQ(pane().tabs()->tabText(CostAllocationPane::ScheduleTable), QStringLiteral("会计核算表"));
    QApplication::removeTranslator(&chinese);
    QTest::qWait(50);
}
