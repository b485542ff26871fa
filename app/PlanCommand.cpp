#include "PlanCommand.h"

#include "UsageError.h"
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/io/CostReport.h"
#include "model/io/ScenarioFile.h"

#include <QCommandLineParser>

namespace ocp {

QString PlanCommand::synopsis() const {
    return QStringLiteral("SCENARIO [--catalog FILE] [--format table|json|csv] [-o FILE]");
}

QString PlanCommand::summary() const {
    return QStringLiteral("Cost of the purchases in a scenario file, month by month, against postpaid only");
}

int PlanCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    addScenarioReportOptions(parser);
    if (!parse(parser, arguments))
        return 0;
    const auto [scenarioPath, outputFormat, output] = scenarioReportRequest(parser);

    const Catalog catalog = loadCatalog(parser);
    const Scenario scenario = loadScenario(parser, scenarioPath, catalog);
    BillingResult result;
    try {
        result = BillingEngine::run(catalog, scenario);
    } catch (const InputError& e) {
        throw InputError(QStringLiteral("%1: %2").arg(scenarioPath, e.message()));
    }

    // The whole report is built before anything is written: bad input never leaves a file.
    const CostReport report(catalog, scenario, result);
    QByteArray bytes;
    if (outputFormat == QLatin1String("json"))
        bytes = report.toJson();
    else if (outputFormat == QLatin1String("csv"))
        bytes = report.toCsv();
    else
        bytes = report.toText().toUtf8();
    writeOutput(bytes, output);
    return 0;
}

} // namespace ocp
