#include "model/io/AccountingReport.h"

#include "model/billing/Catalog.h"
#include "model/billing/CostAllocation.h"
#include "model/billing/CsvWriter.h"
#include "model/billing/Scenario.h"
#include "model/io/TextTable.h"

#include <QJsonArray>

namespace ocp {
namespace {

QString display(Money value) {
    return value.toDisplayString(TextTable::reportLocale());
}

AccountingMonth totalOf(const QList<AccountingMonth>& months) {
    AccountingMonth sum;
    for (const AccountingMonth& m : months) {
        sum.purchases += m.purchases;
        sum.packExpense += m.packExpense;
        sum.expiredExpense += m.expiredExpense;
        sum.postpaid += m.postpaid;
    }
    return sum;
}

} // namespace

AccountingReport::AccountingReport(const Catalog& catalog, const Scenario& scenario, AccountingSchedule schedule,
                                   AccountNames accounts, JournalWording wording)
    : m_catalog(catalog)
    , m_scenario(scenario)
    , m_schedule(std::move(schedule))
    , m_accounts(std::move(accounts))
    , m_wording(std::move(wording)) {}

QString AccountingReport::accountName(JournalAccount account) const {
    const auto pick = [](const QString& own, const QString& fallback) {
        const QString trimmed = own.trimmed();
        return trimmed.isEmpty() ? fallback : trimmed;
    };
    switch (account) {
    case JournalAccount::Prepaid:
        return pick(m_accounts.prepaid, m_wording.prepaid);
    case JournalAccount::Bank:
        return pick(m_accounts.bank, m_wording.bank);
    case JournalAccount::Expense:
        return pick(m_accounts.expense, m_wording.expense);
    case JournalAccount::Payable:
        return pick(m_accounts.payable, m_wording.payable);
    }
    return {};
}

QString AccountingReport::centreName(const QString& centre) const {
    return centre == CostAllocation::kUnallocated ? m_wording.unallocated : centre;
}

QString AccountingReport::packName(const QString& id) const {
    const int pack = m_catalog.packIndex(id);
    return pack < 0 ? id : m_catalog.packs().at(pack).name;
}

QString AccountingReport::memo(const JournalEntry& e) const {
    const QString month = e.month.toString();
    switch (e.memo) {
    case JournalMemo::PackPurchase: {
        // The packs of that resource pack bought in the month, all sizes together.
        qint64 count = 0;
        const int index = m_scenario.start.monthsTo(e.month);
        for (const Purchase& p : m_scenario.purchases) {
            if (p.month == index && p.packId == e.packId)
                count += p.count;
        }
        return m_wording.packPurchase.arg(packName(e.packId)).arg(count);
    }
    case JournalMemo::PackUsage:
        return m_wording.packUsage.arg(packName(e.packId), month);
    case JournalMemo::PackStraightLine:
        return m_wording.packStraightLine.arg(packName(e.packId), month);
    case JournalMemo::PackExpired:
        return m_wording.packExpired.arg(packName(e.packId), month);
    case JournalMemo::PostpaidAccrued:
        return m_wording.postpaidAccrued.arg(packName(e.packId), month);
    case JournalMemo::PostpaidPaid:
        return m_wording.postpaidPaid.arg(month);
    }
    return {};
}

QByteArray AccountingReport::scheduleCsv() const {
    CsvWriter csv;
    csv.addTextRow({QStringLiteral("month"), QStringLiteral("purchases"), QStringLiteral("pack expense"),
                    QStringLiteral("expired expense"), QStringLiteral("postpaid"), QStringLiteral("total expense"),
                    QStringLiteral("prepaid balance")});
    const auto row = [&csv](const QString& month, const AccountingMonth& m, Money balance) {
        csv.addRow({month, CsvWriter::Field::number(m.purchases), CsvWriter::Field::number(m.packExpense),
                    CsvWriter::Field::number(m.expiredExpense), CsvWriter::Field::number(m.postpaid),
                    CsvWriter::Field::number(m.expense()), CsvWriter::Field::number(balance)});
    };
    for (const AccountingMonth& m : m_schedule.months)
        row(m.month.toString(), m, m.prepaidBalance);
    row(QStringLiteral("total"), totalOf(m_schedule.months), m_schedule.prepaidAtEnd);
    return csv.toUtf8();
}

QString AccountingReport::scheduleText() const {
    using A = TextTable::Align;
    QString out;
    out += QStringLiteral("Accounting schedule: %1\n").arg(m_scenario.name);
    out += QStringLiteral("Packs expensed %1; amounts in 元\n\n")
               .arg(m_schedule.method == AccountingMethod::ByUsage
                        ? QStringLiteral("by usage, balance expiring unused at expiry")
                        : QStringLiteral("straight-line over their validity months"));
    TextTable table({A::Left, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right});
    table.addRow({QStringLiteral("Month"), QStringLiteral("Purchases"), QStringLiteral("Pack expense"),
                  QStringLiteral("Expired"), QStringLiteral("Postpaid"), QStringLiteral("Total expense"),
                  QStringLiteral("Prepaid balance")});
    table.addRule();
    for (const AccountingMonth& m : m_schedule.months) {
        table.addRow({m.month.toString(), display(m.purchases), display(m.packExpense), display(m.expiredExpense),
                      display(m.postpaid), display(m.expense()), display(m.prepaidBalance)});
    }
    table.addRule();
    const AccountingMonth total = totalOf(m_schedule.months);
    table.addRow({QStringLiteral("Total"), display(total.purchases), display(total.packExpense),
                  display(total.expiredExpense), display(total.postpaid), display(total.expense()),
                  display(m_schedule.prepaidAtEnd)});
    out += table.toString();
    out += QStringLiteral("\nExpensed %1 元 + still prepaid at the end %2 元 = %3 元\n")
               .arg(display(total.expense()), display(m_schedule.prepaidAtEnd),
                    display(total.expense() + m_schedule.prepaidAtEnd));
    return out;
}

QJsonObject AccountingReport::scheduleJson() const {
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("ocr-cost-planner/accounting-schedule"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("scenario"), m_scenario.name);
    root.insert(QStringLiteral("method"), toString(m_schedule.method));
    QJsonArray months;
    for (const AccountingMonth& m : m_schedule.months) {
        months.append(QJsonObject{{QStringLiteral("month"), m.month.toString()},
                                  {QStringLiteral("purchases"), m.purchases.toDecimalString()},
                                  {QStringLiteral("packExpense"), m.packExpense.toDecimalString()},
                                  {QStringLiteral("expiredExpense"), m.expiredExpense.toDecimalString()},
                                  {QStringLiteral("postpaid"), m.postpaid.toDecimalString()},
                                  {QStringLiteral("expense"), m.expense().toDecimalString()},
                                  {QStringLiteral("prepaidBalance"), m.prepaidBalance.toDecimalString()}});
    }
    root.insert(QStringLiteral("months"), months);
    const AccountingMonth total = totalOf(m_schedule.months);
    root.insert(QStringLiteral("purchases"), total.purchases.toDecimalString());
    root.insert(QStringLiteral("expense"), total.expense().toDecimalString());
    root.insert(QStringLiteral("prepaidAtEnd"), m_schedule.prepaidAtEnd.toDecimalString());
    return root;
}

QByteArray AccountingReport::journalCsv() const {
    CsvWriter csv;
    csv.addTextRow({QStringLiteral("date"), QStringLiteral("account"), QStringLiteral("cost centre"),
                    QStringLiteral("debit"), QStringLiteral("credit"), QStringLiteral("memo")});
    // A line has a debit or a credit: the other column stays empty, as a ledger shows it.
    const auto amount = [](Money value) {
        return value.micros() == 0 ? CsvWriter::Field() : CsvWriter::Field::number(value);
    };
    for (const JournalEntry& e : m_schedule.journal) {
        csv.addRow({e.date.toString(Qt::ISODate), accountName(e.account), centreName(e.centre), amount(e.debit),
                    amount(e.credit), memo(e)});
    }
    return csv.toUtf8();
}

QString AccountingReport::journalText() const {
    using A = TextTable::Align;
    TextTable table({A::Left, A::Left, A::Left, A::Right, A::Right, A::Left});
    table.addRow({QStringLiteral("Date"), QStringLiteral("Account"), QStringLiteral("Cost centre"),
                  QStringLiteral("Debit"), QStringLiteral("Credit"), QStringLiteral("Memo")});
    table.addRule();
    Money debits;
    Money credits;
    for (const JournalEntry& e : m_schedule.journal) {
        debits += e.debit;
        credits += e.credit;
        table.addRow({e.date.toString(Qt::ISODate), accountName(e.account), centreName(e.centre),
                      e.debit.micros() == 0 ? QString() : display(e.debit),
                      e.credit.micros() == 0 ? QString() : display(e.credit), memo(e)});
    }
    table.addRule();
    table.addRow({QStringLiteral("Total"), QString(), QString(), display(debits), display(credits), QString()});
    return QStringLiteral("Journal: %1\n\n").arg(m_scenario.name) + table.toString();
}

} // namespace ocp
