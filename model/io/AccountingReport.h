#pragma once

#include "model/billing/AccountingSchedule.h"
#include "model/billing/AccountingSettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ocp {

class Catalog;
struct Scenario;

// The words of the journal: the accounts' default names (used where the plan's AccountNames
// are empty), the memos and the name of the central line. English by default, as the CLI
// writes them; the window passes its translations.
struct JournalWording {
    QString prepaid = QStringLiteral("Prepaid resource packs");
    QString bank = QStringLiteral("Bank");
    QString expense = QStringLiteral("OCR services expense");
    QString payable = QStringLiteral("Accrued postpaid bills");
    QString unallocated = QStringLiteral("Unallocated");
    // %1 pack name, %2 number of packs
    QString packPurchase = QStringLiteral("Resource pack bought: %1 ×%2");
    // %1 pack name, %2 month (2027-03)
    QString packUsage = QStringLiteral("Pack used: %1 %2");
    QString packStraightLine = QStringLiteral("Pack expensed straight-line: %1 %2");
    QString packExpired = QStringLiteral("Pack balance expired unused: %1 %2");
    QString postpaidAccrued = QStringLiteral("Postpaid calls accrued: %1 %2");
    // %1 month of the calls
    QString postpaidPaid = QStringLiteral("Postpaid bill paid: %1");
};

// The plan's packs and bills in the ledger (AccountingSchedule), as files for the finance
// team: the month-by-month schedule and the journal (date, account, cost centre, debit, credit,
// memo). Amounts are exact decimals in 元. The catalog and scenario must outlive the report.
class AccountingReport {
public:
    AccountingReport(const Catalog& catalog, const Scenario& scenario, AccountingSchedule schedule,
                     AccountNames accounts = {}, JournalWording wording = {});

    const AccountingSchedule& schedule() const { return m_schedule; }

    // The name of an account: the plan's, else the wording's default.
    QString accountName(JournalAccount account) const;
    // The centre as the journal shows it (the central line in the wording's words).
    QString centreName(const QString& centre) const;
    // The memo of a journal line, in words: "Pack used: 身份证识别 2027-03".
    QString memo(const JournalEntry& entry) const;

    // month, purchases, pack expense, expired expense, postpaid, total expense, prepaid balance
    // at month end; then a total row (the balance column: what is still prepaid at the end).
    QByteArray scheduleCsv() const;
    QString scheduleText() const;
    QJsonObject scheduleJson() const;
    // date (ISO), account, cost centre, debit, credit, memo: one line per JournalEntry.
    QByteArray journalCsv() const;
    QString journalText() const;

private:
    QString packName(const QString& id) const;

    const Catalog& m_catalog;
    const Scenario& m_scenario;
    AccountingSchedule m_schedule;
    AccountNames m_accounts;
    JournalWording m_wording;
};

} // namespace ocp
