#include "model/billing/AccountingSchedule.h"

#include "model/billing/AccrualSchedule.h"
#include "model/billing/Apportion.h"
#include "model/billing/Catalog.h"
#include "model/billing/CostAllocation.h"
#include "model/billing/Scenario.h"

#include <algorithm>

namespace ocp {

namespace {

QDate firstDay(YearMonth m) { return QDate(m.year(), m.month(), 1); }
QDate lastDay(YearMonth m) { return firstDay(m).addMonths(1).addDays(-1); }
// Month m's postpaid bill is paid on days 1-3 of the next month (R5): the last of them.
QDate billPaidOn(YearMonth m) { return firstDay(m).addMonths(1).addDays(2); }

// Who bears one purchase's straight-line expense: the centres in proportion to their use of
// it. Under the Unallocated rule the part of its price that was never used (in the horizon)
// weighs for the Unallocated line, as its balance does in the allocation; a purchase nobody
// used is all Unallocated. Over a purchase's life each centre is then charged the same share
// of its price by both methods.
QMap<QString, Money> straightLineWeights(const QMap<QString, Money>& use, Money price, UnusedBalanceRule rule) {
    QMap<QString, Money> weights;
    Money used;
    for (auto it = use.constBegin(); it != use.constEnd(); ++it) {
        if (it->micros() > 0) {
            weights.insert(it.key(), *it);
            used += *it;
        }
    }
    if (used.isZero())
        return {{CostAllocation::kUnallocated, Money::fromMicros(1)}};
    if (rule == UnusedBalanceRule::Unallocated && price > used)
        weights[CostAllocation::kUnallocated] += price - used;
    return weights;
}

// Adds `amount` split by `weights` (centre -> weight) to `out`.
void splitByWeights(Money amount, const QMap<QString, Money>& weights, QMap<QString, Money>& out) {
    if (amount.isZero())
        return;
    QList<Int128> w;
    for (const Money& m : weights)
        w.append(m.micros());
    const QList<Money> parts = apportion(amount, w);
    qsizetype i = 0;
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it, ++i)
        out[it.key()] += parts.at(i);
}

struct Journal {
    QList<JournalEntry> entries;

    // One balanced posting: the expense lines per centre (in `order`, then any other centre),
    // against one credit to `credit`.
    void expense(QDate date, JournalMemo memo, const QString& packId, YearMonth month,
                 const QMap<QString, Money>& byCentre, const QStringList& order, JournalAccount credit) {
        Money total;
        QStringList centres = order;
        for (auto it = byCentre.constBegin(); it != byCentre.constEnd(); ++it) {
            if (!centres.contains(it.key()))
                centres.append(it.key());
        }
        for (const QString& centre : centres) {
            const Money amount = byCentre.value(centre);
            if (amount.isZero())
                continue;
            entries.append({date, JournalAccount::Expense, centre, amount, Money(), memo, packId, month});
            total += amount;
        }
        if (!total.isZero())
            entries.append({date, credit, QString(), Money(), total, memo, packId, month});
    }

    void transfer(QDate date, JournalMemo memo, const QString& packId, YearMonth month, Money amount,
                  JournalAccount debit, JournalAccount credit) {
        if (amount.isZero())
            return;
        entries.append({date, debit, QString(), amount, Money(), memo, packId, month});
        entries.append({date, credit, QString(), Money(), amount, memo, packId, month});
    }
};

} // namespace

AccountingSchedule AccountingSchedule::build(const Catalog& catalog, const Scenario& scenario,
                                             const BillingResult& result, const CostAllocation& allocation,
                                             AccountingMethod method) {
    AccountingSchedule a;
    a.method = method;
    const int months = result.months;
    const auto packCount = static_cast<int>(catalog.packs().size());
    const AccrualSchedule accrual = AccrualSchedule::build(catalog, scenario, result);

    a.packMonths = QList<QList<AccountingMonth>>(packCount, QList<AccountingMonth>(months));
    for (int p = 0; p < packCount; ++p) {
        for (int m = 0; m < months; ++m) {
            AccountingMonth& am = a.packMonths[p][m];
            am.month = result.start.addMonths(m);
            am.postpaid = result.packMonths.at(p).at(m).postpaidCost;
            if (method == AccountingMethod::ByUsage) {
                am.packExpense = accrual.packMonths.at(p).at(m).packUsage;
                am.expiredExpense = accrual.packMonths.at(p).at(m).expiryLoss;
            }
        }
    }

    QStringList order; // centres as the allocation lists them
    for (const CentreAllocation& c : allocation.centres)
        order.append(c.name);
    // [pack][month] centre -> straight-line expense
    QList<QList<QMap<QString, Money>>> straight(packCount, QList<QMap<QString, Money>>(months));
    for (int i = 0; i < accrual.purchases.size(); ++i) {
        const PurchaseAccrual& pa = accrual.purchases.at(i);
        const int bought = scenario.purchases.at(i).month;
        a.packMonths[pa.pack][bought].purchases += pa.price;
        if (method != AccountingMethod::StraightLine)
            continue;
        // Equal parts over the validity months from the purchase month (R2); parts of months
        // after the horizon stay prepaid.
        const int validity = catalog.packs().at(pa.pack).validityMonths;
        const QList<Money> parts = apportion(pa.price, QList<Int128>(validity, 1));
        const QMap<QString, Money> weights =
            straightLineWeights(allocation.purchaseUse.value(i), pa.price, allocation.unusedBalance);
        for (int k = 0; k < validity && bought + k < months; ++k) {
            a.packMonths[pa.pack][bought + k].packExpense += parts.at(k);
            splitByWeights(parts.at(k), weights, straight[pa.pack][bought + k]);
        }
    }

    // Prepaid balance at each month end: bought so far - expensed so far.
    for (int p = 0; p < packCount; ++p) {
        Money balance;
        for (int m = 0; m < months; ++m) {
            AccountingMonth& am = a.packMonths[p][m];
            balance += am.purchases - am.packExpense - am.expiredExpense;
            am.prepaidBalance = balance;
        }
        if (months > 0)
            a.prepaidAtEnd += balance;
    }
    a.months = QList<AccountingMonth>(months);
    for (int m = 0; m < months; ++m) {
        AccountingMonth& total = a.months[m];
        total.month = result.start.addMonths(m);
        for (int p = 0; p < packCount; ++p) {
            const AccountingMonth& am = a.packMonths.at(p).at(m);
            total.purchases += am.purchases;
            total.packExpense += am.packExpense;
            total.expiredExpense += am.expiredExpense;
            total.postpaid += am.postpaid;
            total.prepaidBalance += am.prepaidBalance;
        }
    }

    // Expense per centre and the journal, month by month and pack by pack.
    Journal journal;
    a.centreExpense = QList<QMap<QString, Money>>(months);
    for (int m = 0; m < months; ++m) {
        const YearMonth month = result.start.addMonths(m);
        QMap<QString, Money>& expense = a.centreExpense[m];
        for (const QString& name : order)
            expense.insert(name, Money());
        Money postpaid;
        for (int p = 0; p < packCount; ++p) {
            const QString& packId = catalog.packs().at(p).id;
            const AccountingMonth& am = a.packMonths.at(p).at(m);
            journal.transfer(firstDay(month), JournalMemo::PackPurchase, packId, month, am.purchases,
                             JournalAccount::Prepaid, JournalAccount::Bank);
            QMap<QString, Money> used;
            QMap<QString, Money> expired;
            QMap<QString, Money> accrued;
            for (const CentreAllocation& c : allocation.centres) {
                const CentreCost& cost = c.packMonths.at(p).at(m);
                if (method == AccountingMethod::ByUsage) {
                    used[c.name] += cost.packUsage;
                    expired[c.name] += cost.expired;
                }
                accrued[c.name] += cost.postpaid;
            }
            if (method == AccountingMethod::StraightLine)
                used = straight.at(p).at(m);
            for (const QMap<QString, Money>* part : {&used, &expired, &accrued}) {
                for (auto it = part->constBegin(); it != part->constEnd(); ++it)
                    expense[it.key()] += *it;
            }
            journal.expense(lastDay(month),
                            method == AccountingMethod::ByUsage ? JournalMemo::PackUsage : JournalMemo::PackStraightLine,
                            packId, month, used, order, JournalAccount::Prepaid);
            journal.expense(lastDay(month), JournalMemo::PackExpired, packId, month, expired, order,
                            JournalAccount::Prepaid);
            journal.expense(lastDay(month), JournalMemo::PostpaidAccrued, packId, month, accrued, order,
                            JournalAccount::Payable);
            postpaid += am.postpaid;
        }
        // The month's bill of all packs, paid after it (R5); the last month's too, so that the
        // payable is cleared.
        journal.transfer(billPaidOn(month), JournalMemo::PostpaidPaid, QString(), month, postpaid,
                         JournalAccount::Payable, JournalAccount::Bank);
    }
    std::stable_sort(journal.entries.begin(), journal.entries.end(),
                     [](const JournalEntry& x, const JournalEntry& y) { return x.date < y.date; });
    a.journal = journal.entries;
    return a;
}

} // namespace ocp
