// The cost-centre tables: who pays for what per month and per pack, and the packs in the
// ledger, worked out on a worker by the document's results and following its changes.
#include "model/billing/BillingEngine.h"
#include "model/document/PlanDocument.h"
#include "model/itemmodels/AccountingScheduleModel.h"
#include "model/itemmodels/CentreMonthModel.h"
#include "model/itemmodels/CentrePackModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "tests/support/Amounts.h"
#include "tests/support/ModelTester.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::catalog;
using ocp::test::yuan;

namespace {

const QString kSales = QStringLiteral("销售部");
const QString kRisk = QStringLiteral("风控部");
const QString kLegal = QStringLiteral("法务部");

Money micros(qint64 m) { return Money::fromMicros(m); }

// Three departments and an interface without a split, over 3 months from 2027-01:
// - general-certificate pack (PassportOCR, PermitOCR, ResidenceBookletOCR share it): one
//   10,000-call pack bought in month 0 for 800 元 (0.08 元 a call);
//   PassportOCR 2,000 / 5,000 / 0 calls, split 销售部 60 % / 风控部 40 %;
//   PermitOCR 1,000 / 3,000 / 0, split 法务部 100 %; ResidenceBookletOCR 1,000 / 1,000 / 0,
//   no split (-> Unallocated).
// - id-card pack: one 1,000-call pack bought in month 0 for 120 元; IDCardOCR 1,500 calls in
//   month 0, split 销售部 30 % / 法务部 70 %.
Scenario threeDepartments() {
    Scenario s;
    s.name = QStringLiteral("三个部门");
    s.start = YearMonth(2027, 1);
    s.months = 3;
    s.volumes.insert(QStringLiteral("PassportOCR"), {2000, 5000, 0});
    s.volumes.insert(QStringLiteral("PermitOCR"), {1000, 3000, 0});
    s.volumes.insert(QStringLiteral("ResidenceBookletOCR"), {1000, 1000, 0});
    s.volumes.insert(QStringLiteral("IDCardOCR"), {1500, 0, 0});
    CostCentreSplit passport;
    passport.shares.insert(kSales, {600'000});
    passport.shares.insert(kRisk, {400'000});
    s.costCentres.insert(QStringLiteral("PassportOCR"), passport);
    CostCentreSplit permit;
    permit.shares.insert(kLegal, {1'000'000});
    s.costCentres.insert(QStringLiteral("PermitOCR"), permit);
    CostCentreSplit idCard;
    idCard.shares.insert(kSales, {300'000});
    idCard.shares.insert(kLegal, {700'000});
    s.costCentres.insert(QStringLiteral("IDCardOCR"), idCard);
    s.purchases.append({0, QStringLiteral("general-certificate"), 10'000, 1});
    s.purchases.append({0, QStringLiteral("id-card"), 1'000, 1});
    return s;
}

template <typename Model> Money moneyAt(const Model& m, int row, int column) {
    return m.index(row, column).data(MoneyRole).template value<Money>();
}

int rowOfPack(const CentrePackModel& m, const char* packId) {
    for (int row = 0; row < m.rowCount(); ++row) {
        if (m.index(row, CentrePackModel::kPackColumn).data(PackIdRole).toString() == QLatin1String(packId))
            return row;
    }
    return -1;
}

} // namespace

// The engine (AllCalls tier basis): certificate pack, month 0: 4,000 calls = 1,000 free +
// 3,000 from the pack = 240 元; month 1: 9,000 calls = 1,000 free + 7,000 from the pack
// (560 元, used up) + 1,000 postpaid at 0.15 = 150 元. ID card, month 0: 1,500 calls = 1,000
// free + 500 from the pack = 60 元; its other 500 calls (60 元) are still valid after
// 2027-03. Plan total 800 + 120 + 150 = 1,070 元.
// Shares by calls (CostAllocation, largest remainder in micro-yuan):
// certificate month 0, 240 by 2,000 : 1,000 : 1,000 = 120 / 60 / 60 -> 销售部 72, 风控部 48,
//   法务部 60, Unallocated 60;
// certificate month 1, 560 by 5 : 3 : 1 = 311.111111 / 186.666667 / 62.222222, Passport's
//   -> 销售部 186.666667, 风控部 124.444444; postpaid 150 by 5 : 3 : 1 = 83.333333 / 50 /
//   16.666667, Passport's -> 销售部 50, 风控部 33.333333;
// ID card month 0, 60 by 30 : 70 -> 销售部 18, 法务部 42; the 60 after the plan by that use:
//   销售部 18, 法务部 42.
// Month by centre: 法务部 60 + 42 = 102 | 186.666667 + 50 = 236.666667 | 0, after 42;
//                  销售部 72 + 18 = 90 | 186.666667 + 50 = 236.666667 | 0, after 18;
//                  风控部 48 | 124.444444 + 33.333333 = 157.777777 | 0;
//                  Unallocated 60 | 62.222222 + 16.666667 = 78.888889 | 0.
// Month totals: 300 (240 + 60) | 710 (560 + 150) | 0, after 60; all 1,070.
TEST(CentreMonthModel, ChargesEveryMonthToTheCentresAndAddsUpToThePlan) {
    PlanDocument doc(catalog());
    doc.load(threeDepartments());
    CentreMonthModel model(&doc);
    const auto tester = ocp::test::watch(&model);
    QSignalSpy ready(&model, &CentreMonthModel::accountingChanged);
    doc.results()->waitForFinished();
    ASSERT_EQ(ready.count(), 1);
    ASSERT_TRUE(doc.results()->isAccountingCurrent());
    ASSERT_EQ(BillingEngine::run(catalog(), doc.scenario()).total(), yuan("1070"));

    // Named centres in name order (法 < 销 < 风 by code point), Unallocated, the total row;
    // the centre, 3 months, after the plan and the total.
    ASSERT_EQ(model.rowCount(), 5);
    ASSERT_EQ(model.columnCount(), 6);
    EXPECT_EQ(model.totalColumn(), 5);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("2027-01"));
    EXPECT_EQ(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("2027-03"));
    EXPECT_EQ(model.index(0, 0).data().toString(), kLegal);
    EXPECT_EQ(model.index(1, 0).data().toString(), kSales);
    EXPECT_EQ(model.index(2, 0).data().toString(), kRisk);
    EXPECT_EQ(model.index(3, 0).data().toString(), QStringLiteral("Unallocated"));
    EXPECT_EQ(model.index(4, 0).data().toString(), QStringLiteral("Total"));
    EXPECT_TRUE(model.index(4, 2).data(IsTotalRole).toBool());
    EXPECT_FALSE(model.index(1, 2).data(IsTotalRole).toBool());

    const QList<QList<Money>> expected{
        {yuan("102"), micros(236'666'667), Money(), yuan("42"), yuan("380.666667")},
        {yuan("90"), micros(236'666'667), Money(), yuan("18"), yuan("344.666667")},
        {yuan("48"), micros(157'777'777), Money(), Money(), yuan("205.777777")},
        {yuan("60"), micros(78'888'889), Money(), Money(), yuan("138.888889")},
        {yuan("300"), yuan("710"), Money(), yuan("60"), yuan("1070")},
    };
    for (int row = 0; row < 5; ++row) {
        for (int column = 1; column < 6; ++column)
            EXPECT_EQ(moneyAt(model, row, column), expected.at(row).at(column - 1)) << row << ", " << column;
    }
    // Shown to the fen, as every table of figures.
    EXPECT_EQ(model.index(1, 2).data().toString(), QStringLiteral("236.67"));
    EXPECT_EQ(model.index(4, 5).data().toString(), QStringLiteral("1,070.00"));
}

TEST(CentreMonthModel, FollowsEditsOnAWorkerAndTheUnusedBalanceRule) {
    PlanDocument doc(catalog());
    doc.load(threeDepartments());
    CentreMonthModel model(&doc);
    const auto tester = ocp::test::watch(&model);
    doc.results()->waitForFinished();
    ASSERT_EQ(model.rowCount(), 5);

    // Without the ID-card split: its 1,500 calls go to Unallocated, and so does its 60 元
    // after the plan (by use: Unallocated used all of it). 法务部 loses 42 + 42, 销售部 18 + 18.
    Scenario edited = threeDepartments();
    edited.costCentres.remove(QStringLiteral("IDCardOCR"));
    doc.replaceScenario(edited, QStringLiteral("no ID-card split"));
    // The edit is published at once; the tables follow when the worker is done.
    EXPECT_FALSE(doc.results()->isAccountingCurrent());
    doc.results()->waitForFinished();
    ASSERT_TRUE(doc.results()->isAccountingCurrent());
    EXPECT_EQ(moneyAt(model, 0, model.totalColumn()), yuan("296.666667"));
    EXPECT_EQ(moneyAt(model, 1, model.totalColumn()), yuan("308.666667"));
    EXPECT_EQ(moneyAt(model, 3, model.afterPlanColumn()), yuan("60"));
    EXPECT_EQ(moneyAt(model, 3, model.totalColumn()), yuan("258.888889"));
    EXPECT_EQ(moneyAt(model, 4, model.totalColumn()), yuan("1070"));

    // The plan's rule sends balance never used to the Unallocated line: the 60 元 after the
    // plan leave 法务部 (42) and 销售部 (18) in the original split.
    Plan plan = Plan::single(threeDepartments());
    plan.accounting.unusedBalance = UnusedBalanceRule::Unallocated;
    doc.load(plan);
    doc.results()->waitForFinished();
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(moneyAt(model, 0, model.afterPlanColumn()), Money());
    EXPECT_EQ(moneyAt(model, 0, model.totalColumn()), yuan("338.666667"));
    EXPECT_EQ(moneyAt(model, 1, model.totalColumn()), yuan("326.666667"));
    EXPECT_EQ(moneyAt(model, 3, model.afterPlanColumn()), yuan("60"));
    EXPECT_EQ(moneyAt(model, 3, model.totalColumn()), yuan("198.888889"));
    EXPECT_EQ(moneyAt(model, 4, model.totalColumn()), yuan("1070"));
    EXPECT_EQ(model.index(3, 0).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Calls of interfaces not split between cost centres, and pack balance that was never used"));
}

TEST(CentreMonthModel, IsEmptyWhenTheBillingRefusesTheScenario) {
    PlanDocument doc(catalog());
    Scenario s = threeDepartments();
    s.purchases.append({5, QStringLiteral("id-card"), 1'000, 1}); // month 5 of a 3-month plan
    doc.load(s);
    CentreMonthModel model(&doc);
    const auto tester = ocp::test::watch(&model);
    doc.results()->waitForFinished();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), 0);
    EXPECT_FALSE(model.problem().isEmpty());
    EXPECT_EQ(model.accounting(), nullptr);
}

// The same case per pack: the certificate pack's 950 元 (800 + 150 postpaid) and the ID
// card's 60 used + 60 after the plan.
// Certificate: 法务部 60 + 186.666667 + 50 = 296.666667; 销售部 72 + 186.666667 + 50 =
//   308.666667; 风控部 48 + 124.444444 + 33.333333 = 205.777777; Unallocated 60 + 62.222222 +
//   16.666667 = 138.888889; all 950.
// ID card: 法务部 42, 销售部 18 (used in month 0; 60). After the plan: 42 / 18 (60).
TEST(CentrePackModel, ChargesEachPackToTheCentresAndAddsUpToThePlan) {
    PlanDocument doc(catalog());
    doc.load(threeDepartments());
    CentrePackModel model(&doc);
    const auto tester = ocp::test::watch(&model);
    doc.results()->waitForFinished();
    // Two packs, after the plan and the total; the pack, four centres and the total.
    ASSERT_EQ(model.rowCount(), 4);
    ASSERT_EQ(model.columnCount(), 6);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), kLegal + QStringLiteral(" (元)"));
    EXPECT_EQ(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Unallocated (元)"));
    const int cert = rowOfPack(model, "general-certificate");
    const int id = rowOfPack(model, "id-card");
    ASSERT_GE(cert, 0);
    ASSERT_GE(id, 0);
    EXPECT_EQ(model.afterPlanRow(), 2);
    EXPECT_EQ(model.index(2, 0).data().toString(), QStringLiteral("After the plan"));
    const QList<Money> certificate{yuan("296.666667"), yuan("308.666667"), yuan("205.777777"), yuan("138.888889"),
                                   yuan("950")};
    const QList<Money> idCard{yuan("42"), yuan("18"), Money(), Money(), yuan("60")};
    const QList<Money> after{yuan("42"), yuan("18"), Money(), Money(), yuan("60")};
    const QList<Money> total{yuan("380.666667"), yuan("344.666667"), yuan("205.777777"), yuan("138.888889"),
                             yuan("1070")};
    for (int column = 1; column < 6; ++column) {
        EXPECT_EQ(moneyAt(model, cert, column), certificate.at(column - 1)) << column;
        EXPECT_EQ(moneyAt(model, id, column), idCard.at(column - 1)) << column;
        EXPECT_EQ(moneyAt(model, 2, column), after.at(column - 1)) << column;
        EXPECT_EQ(moneyAt(model, 3, column), total.at(column - 1)) << column;
    }
    EXPECT_TRUE(model.index(3, 1).data(IsTotalRole).toBool());
}

// The ledger by usage: month 0 buys 800 + 120 = 920 into prepaid and expenses the calls used,
// 240 + 60 = 300: prepaid 620. Month 1 expenses 560 and accrues 150 postpaid: expense 710,
// prepaid 60. Month 2: nothing; the ID card's 60 stays prepaid after the plan.
// Totals: bought 920, packs expensed 860, expired 0, postpaid 150, expense 1,010; with the
// 60 still prepaid that is the plan's 1,070.
TEST(AccountingScheduleModel, ShowsThePacksInTheLedgerMonthByMonth) {
    PlanDocument doc(catalog());
    doc.load(threeDepartments());
    AccountingScheduleModel model(&doc);
    const auto tester = ocp::test::watch(&model);
    doc.results()->waitForFinished();
    ASSERT_EQ(model.rowCount(), 4);
    ASSERT_EQ(model.columnCount(), AccountingScheduleModel::ColumnCount);
    using M = AccountingScheduleModel;
    const QList<QList<Money>> expected{
        {yuan("920"), yuan("300"), Money(), Money(), yuan("300"), yuan("620")},
        {Money(), yuan("560"), Money(), yuan("150"), yuan("710"), yuan("60")},
        {Money(), Money(), Money(), Money(), Money(), yuan("60")},
        {yuan("920"), yuan("860"), Money(), yuan("150"), yuan("1010"), yuan("60")},
    };
    for (int row = 0; row < 4; ++row) {
        for (int column = M::PurchasesColumn; column < M::ColumnCount; ++column)
            EXPECT_EQ(moneyAt(model, row, column), expected.at(row).at(column - 1)) << row << ", " << column;
    }
    EXPECT_EQ(model.index(0, M::MonthColumn).data().toString(), QStringLiteral("2027-01"));
    EXPECT_EQ(model.index(3, M::MonthColumn).data().toString(), QStringLiteral("Total"));
    EXPECT_TRUE(model.index(3, M::ExpenseColumn).data(IsTotalRole).toBool());
    EXPECT_EQ(model.headerData(M::PrepaidBalanceColumn, Qt::Horizontal).toString(),
              QStringLiteral("Prepaid at month end (元)"));
}

// Straight-line: each pack's price over its 12 validity months from the month it is bought:
// 800 / 12 = 66.666666… and 120 / 12 = 10 a month, nothing expires in the ledger (the unused
// part is expensed month by month). Purchases 920 and postpaid 150 as by usage, and expense
// plus prepaid at the end is the plan's 1,070.
TEST(AccountingScheduleModel, FollowsThePlansAccountingMethod) {
    PlanDocument doc(catalog());
    Plan plan = Plan::single(threeDepartments());
    plan.accounting.method = AccountingMethod::StraightLine;
    doc.load(plan);
    AccountingScheduleModel model(&doc);
    const auto tester = ocp::test::watch(&model);
    doc.results()->waitForFinished();
    ASSERT_EQ(model.rowCount(), 4);
    using M = AccountingScheduleModel;
    EXPECT_EQ(moneyAt(model, 3, M::PurchasesColumn), yuan("920"));
    EXPECT_EQ(moneyAt(model, 3, M::PostpaidColumn), yuan("150"));
    EXPECT_EQ(moneyAt(model, 3, M::ExpiredExpenseColumn), Money());
    EXPECT_EQ(moneyAt(model, 3, M::ExpenseColumn) + moneyAt(model, 3, M::PrepaidBalanceColumn), yuan("1070"));
}
