#include "VarianceCommand.h"

#include "UsageError.h"
#include "model/billing/BudgetVariance.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/io/PlanFile.h"
#include "model/io/PlanWording.h"
#include "model/io/VarianceReport.h"

#include <QCommandLineParser>

namespace ocp {

QString VarianceCommand::synopsis() const {
    return QStringLiteral("PLANFILE [--catalog FILE] [--scenario NAME] [--format table|json|csv] [-o FILE]");
}

QString VarianceCommand::summary() const {
    return QStringLiteral("The approved budget against actual and forecast, per month and pack");
}

int VarianceCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PLANFILE"),
                                 QStringLiteral("Plan file (.ocrplan) with an approved budget (docs/scenario-format.md)."));
    addReportOptions(parser);
    parser.addOption({QStringLiteral("scenario"),
                      QStringLiteral("The scenario to compare with the budget (default: the plan's current one)."),
                      QStringLiteral("NAME")});
    if (!parse(parser, arguments))
        return 0;
    const QString planPath = positional(parser, {QStringLiteral("the plan file")}).constFirst();
    const QString outputFormat =
        format(parser, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")});
    const QString output = outputPath(parser);

    const Catalog catalog = loadCatalog(parser);
    const Plan plan = PlanFile::fromFile(planPath, catalog);
    if (!plan.budget) {
        throw UsageError(QStringLiteral("variance: %1 has no approved budget (approve one in the window: Plan > "
                                        "Approve as budget, or add \"budget\" to the file)")
                             .arg(planPath));
    }
    const int index = chosenScenario(parser, plan, planPath);
    BudgetVariance variance;
    try {
        variance = BudgetVariance::compute(catalog, *plan.budget, plan.scenarios.at(index));
    } catch (const InputError& e) {
        throw InputError(QStringLiteral("%1: %2").arg(planPath, PlanWording::message(e)));
    }
    // Everything is built before anything is written: a failure leaves no file behind.
    const VarianceReport report(catalog, plan.name, variance);
    QByteArray bytes;
    if (outputFormat == QLatin1String("csv"))
        bytes = report.toCsv();
    else if (outputFormat == QLatin1String("json"))
        bytes = report.toJson();
    else
        bytes = report.toText().toUtf8();
    writeOutput(bytes, output);
    return 0;
}

} // namespace ocp
