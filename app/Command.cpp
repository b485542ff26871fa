#include "Command.h"

#include "UsageError.h"
#include "model/billing/AtomicFile.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/Plan.h"
#include "model/billing/Scenario.h"
#include "model/io/PlanFile.h"
#include "model/io/ScenarioFile.h"

#include <QCommandLineParser>
#include <cstdio>

namespace ocp {

bool Command::parse(QCommandLineParser& parser, const QStringList& arguments) const {
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QStringLiteral("ocr-cost-planner")} + arguments)) {
        QString reason = parser.errorText();
        if (reason.endsWith(u'.'))
            reason.chop(1);
        throw UsageError(QStringLiteral("%1: %2 (see ocr-cost-planner %1 --help)").arg(name(), reason));
    }
    if (parser.isSet(help)) {
        // Qt's help text starts with a usage line naming only the program; name the command too.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(QLatin1String("Options:"));
        text = QStringLiteral("Usage: ocr-cost-planner %1 %2\n%3\n\n%4")
                   .arg(name(), synopsis(), summary(), options >= 0 ? text.mid(options) : text);
        writeOutput(text.toUtf8(), QString());
        return false;
    }
    return true;
}

QString Command::format(const QCommandLineParser& parser, const QStringList& allowed) const {
    if (!parser.isSet(QStringLiteral("format")))
        return allowed.constFirst();
    const QString value = parser.value(QStringLiteral("format"));
    if (!allowed.contains(value)) {
        const QString choices = allowed.mid(0, allowed.size() - 1).join(QStringLiteral(", ")) +
                                QStringLiteral(" or ") + allowed.constLast();
        throw UsageError(QStringLiteral("%1: --format must be %2, not '%3'").arg(name(), choices, value));
    }
    return value;
}

QStringList Command::positional(const QCommandLineParser& parser, const QStringList& what) const {
    const QStringList values = parser.positionalArguments();
    if (values.size() < what.size()) {
        throw UsageError(QStringLiteral("%1: missing %2 (usage: ocr-cost-planner %1 %3)")
                             .arg(name(), what.at(values.size()), synopsis()));
    }
    if (values.size() > what.size())
        throw UsageError(QStringLiteral("%1: unexpected argument '%2'").arg(name(), values.at(what.size())));
    return values;
}

Catalog Command::loadCatalog(const QCommandLineParser& parser) {
    if (parser.isSet(catalogOptionName()))
        return Catalog::fromFile(parser.value(catalogOptionName()));
    return Catalog::defaultCatalog();
}

void Command::writeOutput(const QByteArray& contents, const QString& path) {
    if (!path.isEmpty()) {
        AtomicFile::write(path, contents);
        return;
    }
    const size_t size = static_cast<size_t>(contents.size());
    if (std::fwrite(contents.constData(), 1, size, stdout) != size || std::fflush(stdout) != 0)
        throw InputError(QStringLiteral("cannot write to standard output"));
}

void Command::addReportOptions(QCommandLineParser& parser) {
    parser.addOption({catalogOptionName(),
                      QStringLiteral("Price catalog to use instead of the built-in one."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("table (default), json or csv."),
                      QStringLiteral("FORMAT")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Write the report to FILE instead of standard output."),
                      QStringLiteral("FILE")});
}

void Command::addScenarioReportOptions(QCommandLineParser& parser) {
    parser.addPositionalArgument(QStringLiteral("SCENARIO"),
                                 QStringLiteral("Scenario file, or plan file (.ocrplan) (docs/scenario-format.md)."));
    addReportOptions(parser);
    parser.addOption({QStringLiteral("scenario"),
                      QStringLiteral("With a plan file: the scenario to use (default: the plan's current one)."),
                      QStringLiteral("NAME")});
}

Scenario Command::loadScenario(const QCommandLineParser& parser, const QString& path, const Catalog& catalog) const {
    // The window's rule: .ocrplan is a plan, anything else a scenario file.
    if (!path.endsWith(QStringLiteral(".ocrplan"), Qt::CaseInsensitive)) {
        if (parser.isSet(QStringLiteral("scenario")))
            throw UsageError(QStringLiteral("%1: --scenario chooses a scenario of a plan file (.ocrplan)").arg(name()));
        return ScenarioFile::fromFile(path, catalog);
    }
    const Plan plan = PlanFile::fromFile(path, catalog);
    return plan.scenarios.at(chosenScenario(parser, plan, path));
}

int Command::chosenScenario(const QCommandLineParser& parser, const Plan& plan, const QString& path) const {
    if (!parser.isSet(QStringLiteral("scenario")))
        return plan.current;
    const QString wanted = parser.value(QStringLiteral("scenario"));
    QStringList names;
    for (int i = 0; i < plan.scenarios.size(); ++i) {
        if (plan.scenarios.at(i).name == wanted)
            return i;
        names.append(plan.scenarios.at(i).name);
    }
    throw UsageError(QStringLiteral("%1: %2 has no scenario named '%3' (it has: %4)")
                         .arg(name(), path, wanted, names.join(QStringLiteral(", "))));
}

Command::ScenarioReportRequest Command::scenarioReportRequest(const QCommandLineParser& parser) const {
    ScenarioReportRequest request;
    request.scenarioPath = positional(parser, {QStringLiteral("the scenario file")}).constFirst();
    request.format = format(parser, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")});
    request.outputPath = outputPath(parser);
    return request;
}

QString Command::outputPath(const QCommandLineParser& parser) const {
    const QString output = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("output")) && output.isEmpty())
        throw UsageError(QStringLiteral("%1: -o needs a file name").arg(name()));
    return output;
}

} // namespace ocp
