#include "AllocateCommand.h"

#include "UsageError.h"
#include "model/billing/AccountingSchedule.h"
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/CostAllocation.h"
#include "model/billing/CostCentreCheck.h"
#include "model/billing/InputError.h"
#include "model/billing/Plan.h"
#include "model/io/AccountingReport.h"
#include "model/io/AllocationReport.h"
#include "model/io/PlanFile.h"
#include "model/io/PlanWording.h"
#include "model/io/ScenarioFile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace ocp {
namespace {

const QString kSchedule = QStringLiteral("schedule");
const QString kJournal = QStringLiteral("journal");
const QString kBy = QStringLiteral("by");
const QString kUnusedBalance = QStringLiteral("unused-balance");
const QString kMethod = QStringLiteral("method");

struct AccountOption {
    QString option;
    QString AccountNames::*field;
    QString what;
};

const QList<AccountOption>& accountOptions() {
    static const QList<AccountOption> options{
        {QStringLiteral("account-prepaid"), &AccountNames::prepaid,
         QStringLiteral("Journal: the asset account of prepaid packs (default: Prepaid resource packs).")},
        {QStringLiteral("account-bank"), &AccountNames::bank,
         QStringLiteral("Journal: the account purchases and bills are paid from (default: Bank).")},
        {QStringLiteral("account-expense"), &AccountNames::expense,
         QStringLiteral("Journal: the expense account, booked per cost centre (default: OCR services expense).")},
        {QStringLiteral("account-payable"), &AccountNames::payable,
         QStringLiteral("Journal: the liability of postpaid bills not yet paid (default: Accrued postpaid bills).")},
    };
    return options;
}

} // namespace

QString AllocateCommand::synopsis() const {
    return QStringLiteral("PLANFILE [--catalog FILE] [--scenario NAME] [--format table|json|csv] [-o FILE] [--by pack] "
                          "[--unused-balance by-use|unallocated] [--method usage|straight-line] "
                          "[--schedule | --journal] [--account-prepaid|--account-bank|--account-expense|"
                          "--account-payable NAME]");
}

QString AllocateCommand::summary() const {
    return QStringLiteral("Cost per cost centre and month, the accounting schedule of packs, the journal");
}

int AllocateCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PLANFILE"),
                                 QStringLiteral("Plan file (.ocrplan) or scenario file with cost centres "
                                                "(docs/scenario-format.md)."));
    addReportOptions(parser);
    parser.addOption({QStringLiteral("scenario"),
                      QStringLiteral("With a plan file: the scenario to use (default: the plan's current one)."),
                      QStringLiteral("NAME")});
    parser.addOption({kBy, QStringLiteral("pack: the cost per centre and pack instead of per centre and month "
                                          "(table and csv)."),
                      QStringLiteral("pack")});
    parser.addOption({kUnusedBalance,
                      QStringLiteral("Who bears pack balance never used: by-use (the centres that used the pack) or "
                                     "unallocated (default: the plan's choice, else by-use)."),
                      QStringLiteral("RULE")});
    parser.addOption({kMethod,
                      QStringLiteral("How packs are expensed: usage or straight-line (default: the plan's choice, "
                                     "else usage)."),
                      QStringLiteral("METHOD")});
    parser.addOption({kSchedule, QStringLiteral("Write the accounting schedule of packs and bills per month.")});
    parser.addOption({kJournal, QStringLiteral("Write the journal: date, account, cost centre, debit, credit, memo.")});
    for (const AccountOption& a : accountOptions())
        parser.addOption({a.option, a.what, QStringLiteral("NAME")});
    if (!parse(parser, arguments))
        return 0;
    const QString path = positional(parser, {QStringLiteral("the plan file")}).constFirst();
    const QString outputFormat =
        format(parser, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")});
    const QString output = outputPath(parser);
    if (parser.isSet(kSchedule) && parser.isSet(kJournal))
        throw UsageError(QStringLiteral("allocate: choose one of --schedule and --journal"));
    const bool byPack = parser.isSet(kBy);
    if (byPack && parser.value(kBy) != QLatin1String("pack"))
        throw UsageError(QStringLiteral("allocate: --by must be pack, not '%1'").arg(parser.value(kBy)));
    if (byPack && (parser.isSet(kSchedule) || parser.isSet(kJournal)))
        throw UsageError(QStringLiteral("allocate: --by pack is for the allocation, not with --schedule or --journal"));

    const Catalog catalog = loadCatalog(parser);
    // A plan's accounting settings are the defaults; a scenario file has none of its own.
    Scenario scenario;
    AccountingSettings settings;
    if (path.endsWith(QStringLiteral(".ocrplan"), Qt::CaseInsensitive)) {
        const Plan plan = PlanFile::fromFile(path, catalog);
        scenario = plan.scenarios.at(chosenScenario(parser, plan, path));
        settings = plan.accounting;
    } else {
        scenario = loadScenario(parser, path, catalog);
    }
    if (parser.isSet(kUnusedBalance)) {
        const auto rule = unusedBalanceRuleFromString(parser.value(kUnusedBalance));
        if (!rule) {
            throw UsageError(QStringLiteral("allocate: --unused-balance must be by-use or unallocated, not '%1'")
                                 .arg(parser.value(kUnusedBalance)));
        }
        settings.unusedBalance = *rule;
    }
    if (parser.isSet(kMethod)) {
        const auto method = accountingMethodFromString(parser.value(kMethod));
        if (!method) {
            throw UsageError(QStringLiteral("allocate: --method must be usage or straight-line, not '%1'")
                                 .arg(parser.value(kMethod)));
        }
        settings.method = *method;
    }
    for (const AccountOption& a : accountOptions()) {
        if (!parser.isSet(a.option))
            continue;
        const QString value = parser.value(a.option).trimmed();
        if (value.isEmpty())
            throw UsageError(QStringLiteral("allocate: --%1 needs an account name").arg(a.option));
        settings.accounts.*(a.field) = value;
    }

    BillingResult result;
    CostAllocation allocation;
    AccountingSchedule schedule;
    const bool ledger = parser.isSet(kSchedule) || parser.isSet(kJournal);
    try {
        checkCostCentres(catalog, scenario);
        result = BillingEngine::run(catalog, scenario);
        allocation = CostAllocation::build(catalog, scenario, result, settings.unusedBalance);
        if (ledger)
            schedule = AccountingSchedule::build(catalog, scenario, result, allocation, settings.method);
    } catch (const InputError& e) {
        throw InputError(QStringLiteral("%1: %2").arg(path, PlanWording::message(e)));
    }

    // Everything is built before anything is written: a failure leaves no file behind.
    QByteArray bytes;
    if (ledger) {
        const AccountingReport report(catalog, scenario, schedule, settings.accounts);
        if (parser.isSet(kSchedule)) {
            if (outputFormat == QLatin1String("csv"))
                bytes = report.scheduleCsv();
            else if (outputFormat == QLatin1String("json"))
                bytes = QJsonDocument(report.scheduleJson()).toJson(QJsonDocument::Indented);
            else
                bytes = report.scheduleText().toUtf8();
        } else {
            if (outputFormat == QLatin1String("csv"))
                bytes = report.journalCsv();
            else if (outputFormat == QLatin1String("json"))
                throw UsageError(QStringLiteral("allocate: the journal is written as csv or table, not json"));
            else
                bytes = report.journalText().toUtf8();
        }
    } else {
        const AllocationReport report(catalog, scenario, allocation);
        if (outputFormat == QLatin1String("csv"))
            bytes = byPack ? report.toPackCsv() : report.toCsv();
        else if (outputFormat == QLatin1String("json"))
            bytes = report.toJson();
        else
            bytes = report.toText(byPack).toUtf8();
    }
    writeOutput(bytes, output);
    return 0;
}

} // namespace ocp
