#include "OptimizeCommand.h"

#include "UsageError.h"
#include "model/billing/AtomicFile.h"
#include "model/billing/Catalog.h"
#include "model/billing/CsvWriter.h"
#include "model/billing/InputError.h"
#include "model/io/CostReport.h"
#include "model/io/PlanWording.h"
#include "model/io/ScenarioFile.h"
#include "model/optimizer/PurchaseOptimizer.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>

namespace ocp {
namespace {

// A purchase of a month that has happened is marked; new ones have no such key, so that the
// output of a plan made in a vacuum is as it always was.
QJsonObject markedIfFixed(QJsonObject purchase, const OptimizedPlan& plan, const Purchase& p) {
    if (plan.isFixed(p))
        purchase.insert(QStringLiteral("fixed"), true);
    return purchase;
}

QJsonArray purchasesJson(const OptimizedPlan& plan, const QList<Purchase>& purchases) {
    QJsonArray out;
    for (const Purchase& p : purchases) {
        out.append(markedIfFixed(QJsonObject{{QStringLiteral("month"), plan.scenario.monthAt(p.month).toString()},
                                             {QStringLiteral("size"), p.size},
                                             {QStringLiteral("count"), p.count}},
                                 plan, p));
    }
    return out;
}

bool anyFixed(const OptimizedPlan& plan) {
    return std::any_of(plan.scenario.purchases.cbegin(), plan.scenario.purchases.cend(),
                       [&plan](const Purchase& p) { return plan.isFixed(p); });
}

// The ledger, with the purchases of the months that have happened marked "(made)".
QByteArray ledgerCsv(const CostReport& report, const OptimizedPlan& plan) {
    const QStringList columns = CostReport::ledgerColumns();
    const auto monthColumn = columns.indexOf(QStringLiteral("month"));
    const auto purchasesColumn = columns.indexOf(QStringLiteral("purchases"));
    const QString open = plan.scenario.monthAt(plan.firstOpenMonth).toString();
    CsvWriter csv;
    csv.addTextRow(columns);
    for (CsvWriter::Row row : report.ledgerRows()) {
        const QString month = row.at(monthColumn).text();
        // "YYYY-MM" months order as text; the total rows ("total") are left as they are.
        if (month != QLatin1String("total") && month < open && !row.at(purchasesColumn).text().isEmpty())
            row[purchasesColumn] = row.at(purchasesColumn).text() + QStringLiteral(" (made)");
        csv.addRow(row);
    }
    return csv.toUtf8();
}

} // namespace

QString OptimizeCommand::synopsis() const {
    return QStringLiteral(
        "SCENARIO [--catalog FILE] [--policy start|any] [--alternatives N] [--format table|json|csv] "
        "[-o FILE] [--save-scenario FILE]");
}

QString OptimizeCommand::summary() const {
    return QStringLiteral("The cheapest resource packs to buy, and when, with ranked alternatives");
}

int OptimizeCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    addScenarioReportOptions(parser);
    parser.addOption(
        {QStringLiteral("policy"),
         QStringLiteral("start: buy only in the first month; any: in any month (default: the scenario's "
                        "purchasePolicy setting)."),
         QStringLiteral("POLICY")});
    parser.addOption({QStringLiteral("alternatives"),
                      QStringLiteral("List the N cheapest alternatives per resource pack (default 0)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("save-scenario"),
                      QStringLiteral("Also write the scenario with the recommended purchases to FILE."),
                      QStringLiteral("FILE")});
    if (!parse(parser, arguments))
        return 0;
    const auto [scenarioPath, outputFormat, output] = scenarioReportRequest(parser);
    int alternatives = 0;
    if (parser.isSet(QStringLiteral("alternatives"))) {
        bool ok = false;
        alternatives = parser.value(QStringLiteral("alternatives")).toInt(&ok);
        if (!ok || alternatives < 0 || alternatives > 100)
            throw UsageError(QStringLiteral("optimize: --alternatives must be a number from 0 to 100"));
    }

    const Catalog catalog = loadCatalog(parser);
    const Scenario scenario = loadScenario(parser, scenarioPath, catalog);
    PurchasePolicy policy = scenario.settings.purchasePolicy;
    if (parser.isSet(QStringLiteral("policy"))) {
        const auto chosen = purchasePolicyFromString(parser.value(QStringLiteral("policy")));
        if (!chosen)
            throw UsageError(QStringLiteral("optimize: --policy must be start or any, not '%1'")
                                 .arg(parser.value(QStringLiteral("policy"))));
        policy = *chosen;
    }
    OptimizedPlan plan;
    try {
        plan = PurchaseOptimizer::optimize(catalog, scenario, {policy, alternatives});
    } catch (const InputError& e) {
        throw InputError(QStringLiteral("%1: %2").arg(scenarioPath, PlanWording::message(e)));
    }

    // Everything is built before anything is written: a failure leaves no file behind.
    const CostReport report(catalog, plan.scenario, plan.result);
    QByteArray bytes;
    if (outputFormat == QLatin1String("csv")) {
        bytes = anyFixed(plan) ? ledgerCsv(report, plan) : report.toCsv();
    } else if (outputFormat == QLatin1String("json")) {
        QJsonObject root = report.toJsonObject();
        root.insert(QStringLiteral("policy"), toString(policy));
        QJsonArray packs = root.value(QStringLiteral("packs")).toArray();
        for (qsizetype i = 0; i < packs.size(); ++i) {
            QJsonObject pack = packs.at(i).toObject();
            const int index = catalog.packIndex(pack.value(QStringLiteral("pack")).toString());
            const PackPlan& pp = plan.packs.at(index);
            // Calls left when the horizon ends are worth nothing: counted as expired.
            pack.insert(QStringLiteral("expiredCalls"), pp.expiredCalls);
            pack.insert(QStringLiteral("explanation"), PlanWording::explanation(plan.scenario, pp));
            pack.insert(QStringLiteral("proven"), pp.proven);
            // The whole plan is listed by the report, those already made marked "fixed" (the
            // months up to actualThrough are those before plan.firstOpenMonth).
            if (alternatives > 0) {
                QJsonArray list;
                for (const PackAlternative& a : pp.alternatives) {
                    list.append(
                        QJsonObject{{QStringLiteral("rank"), a.rank},
                                    {QStringLiteral("purchases"), purchasesJson(plan, a.purchases)},
                                    {QStringLiteral("total"), a.total().toDecimalString()},
                                    {QStringLiteral("packCost"), a.packCost.toDecimalString()},
                                    {QStringLiteral("postpaidCost"), a.postpaidCost.toDecimalString()},
                                    {QStringLiteral("expiredCalls"), a.expiredCalls},
                                    {QStringLiteral("postpaidOnly"), a.postpaidOnly}});
                }
                pack.insert(QStringLiteral("alternatives"), list);
            }
            packs[i] = pack;
        }
        root.insert(QStringLiteral("packs"), packs);
        bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        QString text = report.toText();
        text += QStringLiteral("\nWhy (%1 policy: %2)\n")
                    .arg(toString(policy), policy == PurchasePolicy::Start
                                               ? QStringLiteral("packs bought in the first month only")
                                               : QStringLiteral("packs bought in any month"));
        const QLocale c(QLocale::English);
        if (plan.firstOpenMonth > 0 || !plan.scenario.holdings.isEmpty()) {
            // A year in progress: say what was kept and from when packs are bought.
            QStringList kept;
            if (!plan.scenario.holdings.isEmpty())
                kept.append(QStringLiteral("the packs held at the start"));
            if (plan.firstOpenMonth > 0)
                kept.append(QStringLiteral("the purchases made through %1, marked (made)")
                                .arg(plan.scenario.monthAt(plan.firstOpenMonth - 1).toString()));
            text += QStringLiteral("  Kept as they are: %1; %2.\n")
                        .arg(kept.join(QStringLiteral(" and ")),
                             plan.firstOpenMonth < plan.scenario.months
                                 ? QStringLiteral("new purchases from %1")
                                       .arg(plan.scenario.monthAt(plan.firstOpenMonth).toString())
                                 : QStringLiteral("every month has happened, nothing more can be bought"));
        }
        for (const PackPlan& pp : plan.packs) {
            const QString explanation = PlanWording::explanation(plan.scenario, pp);
            if (explanation.isEmpty())
                continue;
            text += QStringLiteral("  %1: %2\n").arg(catalog.packs().at(pp.pack).name, explanation);
            for (const PackAlternative& a : pp.alternatives) {
                if (alternatives == 0)
                    break;
                text += QStringLiteral("      %1. %2  %3 元\n")
                            .arg(a.rank < 0 ? QStringLiteral(">") : QString::number(a.rank),
                                 PlanWording::purchasesMarkingMade(plan.scenario, a.purchases),
                                 a.total().toDisplayString(c));
            }
        }
        bytes = text.toUtf8();
    }
    if (parser.isSet(QStringLiteral("save-scenario"))) {
        const QString path = parser.value(QStringLiteral("save-scenario"));
        if (path.isEmpty())
            throw UsageError(QStringLiteral("optimize: --save-scenario needs a file name"));
        ScenarioFile::save(plan.scenario, path);
    }
    writeOutput(bytes, output);
    return 0;
}

} // namespace ocp
