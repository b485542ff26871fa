// The plan's packs in the ledger: prepaid balance, both expensing methods, expense per cost
// centre and the journal, on hand cases derived in the comments and on plans whose journal
// must balance posting by posting.
#include "model/billing/AccountingSchedule.h"
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/CostAllocation.h"
#include "model/billing/Scenario.h"
#include "tests/support/Amounts.h"

#include <QDate>
#include <gtest/gtest.h>
#include <tuple>

using namespace ocp;
using ocp::test::catalog;
using ocp::test::yuan;

namespace {

const QString kSales = QStringLiteral("销售部");
const QString kRisk = QStringLiteral("风控部");
const QString kLegal = QStringLiteral("法务部");

Money micros(qint64 m) { return Money::fromMicros(m); }

QList<qint64> monthsOf(int months, std::initializer_list<qint64> first) {
    QList<qint64> row(first);
    row.resize(months, 0);
    return row;
}

// The three departments of CostAllocationTest (docs/cost-allocation.md): a 10,000-call
// general-certificate pack (800 元) and a 1,000-call id-card pack (120 元) bought in month 0;
// 300 + 700 certificate calls from packs, 1,000 postpaid (150 元) in month 1; 500 id-card
// calls used (60 元) and 500 expiring in month 11 (60 元). Plan total 1,070 元.
Scenario threeDepartments(int months) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = months;
    s.volumes.insert(QStringLiteral("PassportOCR"), monthsOf(months, {2000, 5000}));
    s.volumes.insert(QStringLiteral("PermitOCR"), monthsOf(months, {1000, 3000}));
    s.volumes.insert(QStringLiteral("ResidenceBookletOCR"), monthsOf(months, {1000, 1000}));
    s.volumes.insert(QStringLiteral("IDCardOCR"), monthsOf(months, {1500}));
    CostCentreSplit passport;
    passport.shares.insert(kSales, {600'000});
    passport.shares.insert(kRisk, {400'000});
    s.costCentres.insert(QStringLiteral("PassportOCR"), passport);
    CostCentreSplit permit;
    permit.volumes.insert(kLegal, monthsOf(months, {1000, 3000}));
    s.costCentres.insert(QStringLiteral("PermitOCR"), permit);
    CostCentreSplit idCard;
    idCard.shares.insert(kSales, {300'000});
    idCard.shares.insert(kLegal, {700'000});
    s.costCentres.insert(QStringLiteral("IDCardOCR"), idCard);
    s.purchases.append({0, QStringLiteral("general-certificate"), 10'000, 1});
    s.purchases.append({0, QStringLiteral("id-card"), 1'000, 1});
    return s;
}

// Only the id-card part: 120 元 bought in month 0, 500 calls used in month 0 by 销售部 30 % /
// 法务部 70 % (18 / 42 元), 500 calls (60 元) expire in month 11.
Scenario idCardOnly(int months) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = months;
    s.volumes.insert(QStringLiteral("IDCardOCR"), monthsOf(months, {1500}));
    CostCentreSplit idCard;
    idCard.shares.insert(kSales, {300'000});
    idCard.shares.insert(kLegal, {700'000});
    s.costCentres.insert(QStringLiteral("IDCardOCR"), idCard);
    s.purchases.append({0, QStringLiteral("id-card"), 1'000, 1});
    return s;
}

AccountingSchedule schedule(const Scenario& s, AccountingMethod method, UnusedBalanceRule rule = UnusedBalanceRule::ByUse) {
    const BillingResult r = BillingEngine::run(catalog(), s);
    const CostAllocation a = CostAllocation::build(catalog(), s, r, rule);
    return AccountingSchedule::build(catalog(), s, r, a, method);
}

Money totalExpense(const AccountingSchedule& a) {
    Money sum;
    for (const AccountingMonth& m : a.months)
        sum += m.expense();
    return sum;
}

// Every (date, memo, pack) posting balances, and so does the whole journal; dates ascend.
void expectBalanced(const AccountingSchedule& a) {
    QMap<std::tuple<QDate, int, QString>, Money> postings;
    Money debits;
    Money credits;
    for (qsizetype i = 0; i < a.journal.size(); ++i) {
        const JournalEntry& e = a.journal.at(i);
        EXPECT_TRUE(e.debit.isZero() != e.credit.isZero()) << "line " << i;
        EXPECT_FALSE(e.debit.isNegative() || e.credit.isNegative()) << "line " << i;
        EXPECT_EQ(e.centre.isEmpty(), e.account != JournalAccount::Expense) << "line " << i;
        if (i > 0) {
            EXPECT_LE(a.journal.at(i - 1).date, e.date) << "line " << i;
        }
        postings[{e.date, static_cast<int>(e.memo), e.packId}] += e.debit - e.credit;
        debits += e.debit;
        credits += e.credit;
    }
    EXPECT_EQ(debits, credits);
    for (auto it = postings.constBegin(); it != postings.constEnd(); ++it)
        EXPECT_EQ(*it, Money()) << std::get<0>(it.key()).toString(Qt::ISODate).toStdString();
}

} // namespace

// By usage, prepaid at each month end: month 0 buys 920 and expenses 240 + 60 -> 620;
// month 1 expenses 560 -> 60; months 2-10 stay at 60; month 11 expenses the 60 that expire -> 0.
TEST(AccountingSchedule, PrepaidBalanceByUsage) {
    const AccountingSchedule a = schedule(threeDepartments(12), AccountingMethod::ByUsage);
    ASSERT_EQ(a.months.size(), 12);
    EXPECT_EQ(a.months.at(0), (AccountingMonth{YearMonth(2027, 1), yuan("920"), yuan("300"), Money(), Money(), yuan("620")}));
    EXPECT_EQ(a.months.at(1), (AccountingMonth{YearMonth(2027, 2), Money(), yuan("560"), Money(), yuan("150"), yuan("60")}));
    EXPECT_EQ(a.months.at(10).prepaidBalance, yuan("60"));
    EXPECT_EQ(a.months.at(11), (AccountingMonth{YearMonth(2027, 12), Money(), Money(), yuan("60"), Money(), Money()}));
    EXPECT_EQ(a.prepaidAtEnd, Money());
    EXPECT_EQ(totalExpense(a), yuan("1070"));
    const int id = catalog().packIndex(QStringLiteral("id-card"));
    EXPECT_EQ(a.packMonths.at(id).at(0).prepaidBalance, yuan("60"));
}

// Straight-line: 800 元 in 12 equal parts is 66,666,666.67 micro-yuan each -> 66,666,666, with
// the 8 micro-yuan left going to the first 8 months; 120 元 is 10 元 a month. So months 0-7
// expense 76.666667 and months 8-11 76.666666: balance 920 - 76.666667 = 843.333333 after
// month 0, 920 - 8 x 76.666667 = 306.666664 after month 7, and 0 after month 11.
TEST(AccountingSchedule, PrepaidBalanceStraightLine) {
    const AccountingSchedule a = schedule(threeDepartments(12), AccountingMethod::StraightLine);
    EXPECT_EQ(a.months.at(0).packExpense, micros(76'666'667));
    EXPECT_EQ(a.months.at(0).prepaidBalance, yuan("843.333333"));
    EXPECT_EQ(a.months.at(7).prepaidBalance, yuan("306.666664"));
    EXPECT_EQ(a.months.at(8).packExpense, micros(76'666'666));
    EXPECT_EQ(a.months.at(11).prepaidBalance, Money());
    EXPECT_EQ(a.months.at(11).expiredExpense, Money());
    EXPECT_EQ(a.months.at(1).postpaid, yuan("150"));
    EXPECT_EQ(totalExpense(a), yuan("1070"));
    // A 6-month horizon: six parts expensed, 920 - 6 x 76.666667 = 459.999998 still prepaid;
    // by usage only the id-card's unused 60 元 is.
    const AccountingSchedule half = schedule(threeDepartments(6), AccountingMethod::StraightLine);
    EXPECT_EQ(half.prepaidAtEnd, yuan("459.999998"));
    EXPECT_EQ(totalExpense(half) + half.prepaidAtEnd, yuan("1070"));
    const AccountingSchedule halfUsage = schedule(threeDepartments(6), AccountingMethod::ByUsage);
    EXPECT_EQ(halfUsage.prepaidAtEnd, yuan("60"));
    EXPECT_EQ(totalExpense(halfUsage) + halfUsage.prepaidAtEnd, yuan("1070"));
}

// Over a horizon covering the packs' whole life, both methods expense the same: every price
// once, plus the postpaid cost; for each pack too.
TEST(AccountingSchedule, BothMethodsExpenseTheSameOverAPacksLife) {
    for (const int months : {12, 18}) {
        const AccountingSchedule usage = schedule(threeDepartments(months), AccountingMethod::ByUsage);
        const AccountingSchedule straight = schedule(threeDepartments(months), AccountingMethod::StraightLine);
        EXPECT_EQ(totalExpense(usage), yuan("1070"));
        EXPECT_EQ(totalExpense(straight), yuan("1070"));
        for (int p = 0; p < usage.packMonths.size(); ++p) {
            Money u;
            Money s;
            for (int m = 0; m < months; ++m) {
                u += usage.packMonths.at(p).at(m).expense();
                s += straight.packMonths.at(p).at(m).expense();
            }
            EXPECT_EQ(u, s) << "pack " << p;
        }
    }
}

// Expense per centre. By usage the id-card pack charges 销售部 18 and 法务部 42 in month 0
// and again at expiry in month 11 (by use). Straight-line charges 10 元 a month in the same
// 18 : 42 proportion: 3 and 7 a month, 36 and 84 over the year - the same as by usage.
// With the Unallocated rule, the unused 60 元 weigh for the Unallocated line: 10 in
// 18 : 42 : 60 -> 1.5 / 3.5 / 5 a month (by usage: 18 / 42 and the 60 that expire).
TEST(AccountingSchedule, CentreExpenseFollowsUseUnderBothMethods) {
    const AccountingSchedule usage = schedule(idCardOnly(12), AccountingMethod::ByUsage);
    EXPECT_EQ(usage.centreExpense.at(0), (QMap<QString, Money>{{kLegal, yuan("42")}, {kSales, yuan("18")}}));
    EXPECT_EQ(usage.centreExpense.at(5), (QMap<QString, Money>{{kLegal, Money()}, {kSales, Money()}}));
    EXPECT_EQ(usage.centreExpense.at(11), (QMap<QString, Money>{{kLegal, yuan("42")}, {kSales, yuan("18")}}));
    const AccountingSchedule straight = schedule(idCardOnly(12), AccountingMethod::StraightLine);
    for (int m = 0; m < 12; ++m)
        EXPECT_EQ(straight.centreExpense.at(m), (QMap<QString, Money>{{kLegal, yuan("7")}, {kSales, yuan("3")}})) << m;
    const AccountingSchedule central =
        schedule(idCardOnly(12), AccountingMethod::StraightLine, UnusedBalanceRule::Unallocated);
    EXPECT_EQ(central.centreExpense.at(4),
              (QMap<QString, Money>{{kLegal, yuan("3.5")}, {kSales, yuan("1.5")}, {CostAllocation::kUnallocated, yuan("5")}}));
    const AccountingSchedule centralUsage =
        schedule(idCardOnly(12), AccountingMethod::ByUsage, UnusedBalanceRule::Unallocated);
    EXPECT_EQ(centralUsage.centreExpense.at(11),
              (QMap<QString, Money>{{kLegal, Money()}, {kSales, Money()}, {CostAllocation::kUnallocated, yuan("60")}}));
}

// The journal of the id-card plan by usage, line by line: purchase on 2027-01-01, usage at the
// end of January, expiry at the end of December.
TEST(AccountingSchedule, JournalOfAPackByUsage) {
    const AccountingSchedule a = schedule(idCardOnly(12), AccountingMethod::ByUsage);
    const QString id = QStringLiteral("id-card");
    const YearMonth jan(2027, 1);
    const YearMonth dec(2027, 12);
    const QList<JournalEntry> expected{
        {QDate(2027, 1, 1), JournalAccount::Prepaid, QString(), yuan("120"), Money(), JournalMemo::PackPurchase, id, jan},
        {QDate(2027, 1, 1), JournalAccount::Bank, QString(), Money(), yuan("120"), JournalMemo::PackPurchase, id, jan},
        {QDate(2027, 1, 31), JournalAccount::Expense, kLegal, yuan("42"), Money(), JournalMemo::PackUsage, id, jan},
        {QDate(2027, 1, 31), JournalAccount::Expense, kSales, yuan("18"), Money(), JournalMemo::PackUsage, id, jan},
        {QDate(2027, 1, 31), JournalAccount::Prepaid, QString(), Money(), yuan("60"), JournalMemo::PackUsage, id, jan},
        {QDate(2027, 12, 31), JournalAccount::Expense, kLegal, yuan("42"), Money(), JournalMemo::PackExpired, id, dec},
        {QDate(2027, 12, 31), JournalAccount::Expense, kSales, yuan("18"), Money(), JournalMemo::PackExpired, id, dec},
        {QDate(2027, 12, 31), JournalAccount::Prepaid, QString(), Money(), yuan("60"), JournalMemo::PackExpired, id, dec},
    };
    EXPECT_EQ(a.journal, expected);
}

// Postpaid: 150 元 of February accrued on 2027-02-28 to the centres (50 / 33.333333 / 50 /
// 16.666667, as in the allocation) against Payable, and paid on 2027-03-03 (R5).
TEST(AccountingSchedule, PostpaidIsAccruedAndPaidTheNextMonth) {
    const AccountingSchedule a = schedule(threeDepartments(12), AccountingMethod::StraightLine);
    QList<JournalEntry> postpaid;
    for (const JournalEntry& e : a.journal) {
        if (e.memo == JournalMemo::PostpaidAccrued || e.memo == JournalMemo::PostpaidPaid)
            postpaid.append(e);
    }
    const QString cert = QStringLiteral("general-certificate");
    const YearMonth feb(2027, 2);
    const QList<JournalEntry> expected{
        {QDate(2027, 2, 28), JournalAccount::Expense, kLegal, yuan("50"), Money(), JournalMemo::PostpaidAccrued, cert, feb},
        {QDate(2027, 2, 28), JournalAccount::Expense, kSales, yuan("50"), Money(), JournalMemo::PostpaidAccrued, cert, feb},
        {QDate(2027, 2, 28), JournalAccount::Expense, kRisk, yuan("33.333333"), Money(), JournalMemo::PostpaidAccrued, cert, feb},
        {QDate(2027, 2, 28), JournalAccount::Expense, CostAllocation::kUnallocated, yuan("16.666667"), Money(), JournalMemo::PostpaidAccrued, cert, feb},
        {QDate(2027, 2, 28), JournalAccount::Payable, QString(), Money(), yuan("150"), JournalMemo::PostpaidAccrued, cert, feb},
        {QDate(2027, 3, 3), JournalAccount::Payable, QString(), yuan("150"), Money(), JournalMemo::PostpaidPaid, QString(), feb},
        {QDate(2027, 3, 3), JournalAccount::Bank, QString(), Money(), yuan("150"), JournalMemo::PostpaidPaid, QString(), feb},
    };
    EXPECT_EQ(postpaid, expected);
}

// The journal balances under both methods and rules, posting by posting; the expense lines
// add up to the schedule's expense, month by month and centre by centre.
TEST(AccountingSchedule, JournalBalancesAndMatchesTheSchedule) {
    for (const int months : {6, 12, 18}) {
        for (const auto method : {AccountingMethod::ByUsage, AccountingMethod::StraightLine}) {
            for (const auto rule : {UnusedBalanceRule::ByUse, UnusedBalanceRule::Unallocated}) {
                SCOPED_TRACE(testing::Message() << months << " months, " << toString(method).toStdString() << ", "
                                                << toString(rule).toStdString());
                const AccountingSchedule a = schedule(threeDepartments(months), method, rule);
                expectBalanced(a);
                QList<QMap<QString, Money>> fromJournal(months);
                Money bought;
                for (const JournalEntry& e : a.journal) {
                    const int m = YearMonth(2027, 1).monthsTo(e.month);
                    if (e.account == JournalAccount::Expense)
                        fromJournal[m][e.centre] += e.debit;
                    if (e.memo == JournalMemo::PackPurchase)
                        bought += e.debit;
                }
                EXPECT_EQ(bought, yuan("920"));
                for (int m = 0; m < months; ++m) {
                    Money centres;
                    for (auto it = a.centreExpense.at(m).constBegin(); it != a.centreExpense.at(m).constEnd(); ++it) {
                        EXPECT_EQ(fromJournal.at(m).value(it.key()), *it) << it.key().toStdString() << " month " << m;
                        centres += *it;
                    }
                    EXPECT_EQ(centres, a.months.at(m).expense()) << "month " << m;
                }
                EXPECT_EQ(totalExpense(a) + a.prepaidAtEnd, yuan("1070"));
            }
        }
    }
}
