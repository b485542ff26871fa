#pragma once

#include "model/billing/AccountingSettings.h"
#include "model/billing/Money.h"
#include "model/billing/YearMonth.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace ocp {

class Catalog;
struct BillingResult;
struct CostAllocation;
struct Scenario;

// One month of the ledger view of the plan's packs and bills.
struct AccountingMonth {
    YearMonth month;
    Money purchases;      // packs bought this month, paid from the bank into prepaid
    Money packExpense;    // prepaid packs expensed: by usage, or the straight-line share
    Money expiredExpense; // balance expensed when it expired unused (usage method only)
    Money postpaid;       // postpaid calls of the month, accrued to it (paid next month, R5)
    Money prepaidBalance; // prepaid asset at month end: bought so far − expensed so far

    Money expense() const { return packExpense + expiredExpense + postpaid; }
    friend bool operator==(const AccountingMonth&, const AccountingMonth&) = default;
};

enum class JournalAccount { Prepaid, Bank, Expense, Payable };

enum class JournalMemo {
    PackPurchase,      // Dr Prepaid / Cr Bank, first day of the purchase month
    PackUsage,         // Dr Expense (centre) / Cr Prepaid, month end (usage method)
    PackStraightLine,  // Dr Expense (centre) / Cr Prepaid, month end (straight-line)
    PackExpired,       // Dr Expense (centre) / Cr Prepaid, end of the expiry month
    PostpaidAccrued,   // Dr Expense (centre) / Cr Payable, month end
    PostpaidPaid,      // Dr Payable / Cr Bank, day 3 of the next month (R5)
};

// One line of the journal. Each entry has either a debit or a credit; the lines of one
// (date, memo, pack) posting balance.
struct JournalEntry {
    QDate date;
    JournalAccount account = JournalAccount::Expense;
    QString centre;       // expense lines only; CostAllocation::kUnallocated for the central line
    Money debit;
    Money credit;
    JournalMemo memo = JournalMemo::PackUsage;
    QString packId;       // the pack concerned (empty for a month's postpaid payment of all packs)
    YearMonth month;      // the month the posting belongs to

    friend bool operator==(const JournalEntry&, const JournalEntry&) = default;
};

// The plan's packs in the ledger (docs/cost-allocation.md): a purchase is a prepaid asset when
// paid, and becomes an expense by usage (what expires unused at expiry) or straight-line over
// its validity months. Postpaid cost is accrued to the month of its calls. What is still
// prepaid after the last month stays an asset. Both methods expense each purchase's price
// exactly once over its life; over the horizon, expenses + prepaidAtEnd == the plan's total.
struct AccountingSchedule {
    AccountingMethod method = AccountingMethod::ByUsage;
    QList<AccountingMonth> months;            // [month]: all packs
    QList<QList<AccountingMonth>> packMonths; // [pack][month]
    Money prepaidAtEnd;                       // asset left after the last month
    QList<QMap<QString, Money>> centreExpense; // [month] centre -> expense of the month
    QList<JournalEntry> journal;              // in date order, exact to the micro-yuan

    // The journal in whole fen, as a ledger takes it. Each posting still balances, and no
    // rounding leaks: the amounts into and out of each pack's prepaid balance, and into and
    // out of the payable, are rounded cumulatively (each line is the change of the rounded
    // running total), so a pack fully expensed leaves exactly 0 prepaid and every postpaid
    // bill pays exactly what was accrued for its month. The expense lines of a posting share
    // its rounded amount by the largest-remainder rule in fen.
    QList<JournalEntry> journalInFen() const;

    // `allocation` must be CostAllocation::build for the same scenario and result; its
    // purchaseUse and unusedBalance rule decide the centres of straight-line expense.
    static AccountingSchedule build(const Catalog& catalog, const Scenario& scenario, const BillingResult& result,
                                    const CostAllocation& allocation, AccountingMethod method);
};

} // namespace ocp
