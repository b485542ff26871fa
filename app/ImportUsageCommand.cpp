#include "ImportUsageCommand.h"

#include "UsageError.h"
#include "model/billing/AtomicFile.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/JsonReader.h"
#include "model/io/ScenarioFile.h"
#include "model/io/UsageImport.h"

#include <QCommandLineParser>
#include <QLocale>

namespace ocp {
namespace {

QString report(const UsageHistory& history, const QString& written) {
    const QLocale c = QLocale::c();
    QString text;
    text += QStringLiteral("Read %1 rows (%2): %3 used, %4 skipped.\n")
                .arg(c.toString(history.rowsRead), history.encoding, c.toString(history.rowsUsed))
                .arg(c.toString(history.skipped.size()));
    if (!history.isEmpty()) {
        text += QStringLiteral("%1 interfaces, %2 to %3%4.\n")
                    .arg(history.calls.size())
                    .arg(history.firstMonth().toString(), history.lastMonth().toString(),
                         history.dailyRows ? QStringLiteral(", daily rows summed into months") : QString());
    }
    for (auto api = history.calls.constBegin(); api != history.calls.constEnd(); ++api) {
        qint64 total = 0;
        for (qint64 calls : *api)
            total += calls;
        text += QStringLiteral("  %1: %2 calls in %3 months\n").arg(api.key(), c.toString(total)).arg(api->size());
    }
    if (!written.isEmpty())
        text += written + u'\n';
    if (!history.skipped.isEmpty()) {
        text += QStringLiteral("Skipped:\n");
        for (const SkippedRow& row : history.skipped) {
            if (row.line > 0)
                text += QStringLiteral("  line %1: %2\n").arg(row.line).arg(row.reason);
            else
                text += QStringLiteral("  %1\n").arg(row.reason);
        }
    }
    return text;
}

} // namespace

QString ImportUsageCommand::synopsis() const {
    return QStringLiteral("CSV (--into SCENARIO | --months N [--growth PERCENT] -o FILE) [--encoding auto|utf-8|gbk] "
                          "[--catalog FILE] [--dry-run]");
}

QString ImportUsageCommand::summary() const {
    return QStringLiteral("Import actual monthly or daily calls from a usage CSV into a scenario");
}

int ImportUsageCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CSV"), QStringLiteral("Usage export or hand-made sheet."));
    parser.addOption({QStringLiteral("into"),
                      QStringLiteral("Scenario whose months receive the calls; rewritten unless -o is given (the "
                                     "previous file is kept as .bak)."),
                      QStringLiteral("SCENARIO")});
    parser.addOption({QStringLiteral("months"),
                      QStringLiteral("Instead of --into: a new scenario of N months starting after the history."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("growth"),
                      QStringLiteral("With --months: growth per month in percent, e.g. 3 or -1.5 (default 0)."),
                      QStringLiteral("PERCENT")});
    parser.addOption({QStringLiteral("encoding"), QStringLiteral("auto (default), utf-8 or gbk."),
                      QStringLiteral("ENCODING")});
    parser.addOption({catalogOptionName(), QStringLiteral("Price catalog to use instead of the built-in one."),
                      QStringLiteral("FILE")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Write the scenario to FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Only report what would be imported.")});
    parser.addOption({QStringLiteral("mark-actual"),
                      QStringLiteral("With --into: the complete months imported become actual months (actualThrough "
                                     "moves forward to the last of them); the default when the scenario already has "
                                     "actual months.")});
    parser.addOption({QStringLiteral("keep-forecast"),
                      QStringLiteral("With --into: leave actualThrough as it is; the imported months stay forecasts.")});
    if (!parse(parser, arguments))
        return 0;
    const QString csvPath = positional(parser, {QStringLiteral("the usage CSV file")}).constFirst();
    const bool into = parser.isSet(QStringLiteral("into"));
    const bool project = parser.isSet(QStringLiteral("months"));
    if (into == project)
        throw UsageError(QStringLiteral("import-usage: give either --into SCENARIO or --months N"));
    TextEncoding encoding = TextEncoding::Auto;
    if (parser.isSet(QStringLiteral("encoding"))) {
        const auto chosen = UsageImport::encodingFromString(parser.value(QStringLiteral("encoding")));
        if (!chosen)
            throw UsageError(QStringLiteral("import-usage: --encoding must be auto, utf-8 or gbk, not '%1'")
                                 .arg(parser.value(QStringLiteral("encoding"))));
        encoding = *chosen;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool markActual = parser.isSet(QStringLiteral("mark-actual"));
    const bool keepForecast = parser.isSet(QStringLiteral("keep-forecast"));
    if (markActual && keepForecast)
        throw UsageError(QStringLiteral("import-usage: give --mark-actual or --keep-forecast, not both"));
    if ((markActual || keepForecast) && !into)
        throw UsageError(QStringLiteral("import-usage: --mark-actual and --keep-forecast go with --into"));
    QString output = parser.value(QStringLiteral("output"));
    if (project && output.isEmpty() && !dryRun)
        throw UsageError(QStringLiteral("import-usage: --months needs -o FILE for the new scenario"));

    const Catalog catalog = loadCatalog(parser);
    UsageHistory history = UsageImport::parseFile(csvPath, catalog, encoding);
    if (history.isEmpty())
        throw InputError(QStringLiteral("%1: no row could be used (%2 skipped; first: line %3: %4)")
                             .arg(csvPath)
                             .arg(history.skipped.size())
                             .arg(history.skipped.value(0).line)
                             .arg(history.skipped.value(0).reason));

    Scenario scenario;
    QString written;
    if (into) {
        const QString scenarioPath = parser.value(QStringLiteral("into"));
        scenario = ScenarioFile::fromFile(scenarioPath, catalog);
        const Scenario before = scenario;
        const UsageHistory imported = history; // applyTo moves the rows outside the scenario to `skipped`
        const int cells = UsageImport::applyTo(history, scenario);
        if (output.isEmpty())
            output = scenarioPath;
        written = QStringLiteral("Set %1 interface-months of %2.").arg(cells).arg(output);
        // Imported calls are actual calls: as the window's import does, the complete months
        // become actual months (never fewer than before). Opt-in for a scenario that has none
        // yet, so that the file stays as it was (format version 1) unless asked.
        if (cells > 0 && !keepForecast && (markActual || before.actualThrough)) {
            scenario.actualThrough = UsageImport::actualThroughAfter(imported, before);
            if (scenario.actualThrough != before.actualThrough)
                written += QStringLiteral("\nThe months %1 to %2 are now actual months (actualThrough %2).")
                               .arg(scenario.start.toString(), scenario.actualThrough->toString());
            if (imported.lastCompleteMonth() != imported.lastMonth() &&
                imported.lastMonth() <= scenario.monthAt(scenario.months - 1))
                written += QStringLiteral("\n%1 is not complete in the file and stays a forecast.")
                               .arg(imported.lastMonth().toString());
        }
    } else {
        bool ok = false;
        const int months = parser.value(QStringLiteral("months")).toInt(&ok);
        if (!ok || months < 1 || months > Scenario::kMaxMonths)
            throw UsageError(QStringLiteral("import-usage: --months must be 1 to %1").arg(Scenario::kMaxMonths));
        qint64 growthPpm = 0;
        if (parser.isSet(QStringLiteral("growth"))) {
            QString reason;
            // A percentage with up to four decimals is an exact number of parts per million.
            const auto percent = Money::parse(parser.value(QStringLiteral("growth")), &reason);
            if (!percent || percent->micros() % 100 != 0 || *percent < Money::fromYuan(-100) ||
                *percent > Money::fromYuan(1000))
                throw UsageError(QStringLiteral("import-usage: --growth must be a percentage from -100 to 1000, "
                                                "such as 3 or -1.5"));
            growthPpm = static_cast<qint64>(percent->micros() / 100);
        }
        scenario = UsageImport::projectFrom(history, months, growthPpm);
        // Cut to the length a scenario file accepts, so that the file written opens again.
        scenario.name = JsonReader::clipped(QStringLiteral("Projected from %1").arg(csvPath));
        written = QStringLiteral("Wrote a %1-month scenario from %2 to %3.")
                      .arg(months)
                      .arg(scenario.start.toString(), output);
    }
    // Cost centres from the file are checked like a file's (at most Scenario::kMaxCostCentres).
    ScenarioFile::validate(scenario, catalog);
    if (!dryRun)
        AtomicFile::write(output, ScenarioFile::toJson(scenario), AtomicFile::Backup::KeepPrevious);
    writeOutput(report(history, dryRun ? QString() : written).toUtf8(), QString());
    return 0;
}

} // namespace ocp
