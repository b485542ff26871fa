#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace ocp {

class Catalog;
struct Plan;
struct Scenario;

// One subcommand of the command-line interface. A command reports bad data by throwing
// InputError (exit 1) and a wrong command line by throwing UsageError (exit 2); the
// dispatcher turns either into one line on stderr.
class Command {
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // Arguments after the name, as shown in --help: "SCENARIO [--format table|json|csv]".
    virtual QString synopsis() const = 0;
    // One line for the list of commands.
    virtual QString summary() const = 0;
    // Runs with the arguments that follow the command name; returns the exit code.
    virtual int run(const QStringList& arguments) = 0;

    // Shared by the commands that read a catalog.
    static QString catalogOptionName() { return QStringLiteral("catalog"); }

protected:
    // Parses the arguments; prints the command's help and returns false when asked for it.
    // Throws UsageError for an unknown option or a missing option value.
    bool parse(QCommandLineParser& parser, const QStringList& arguments) const;
    // The value of --format, which must be one of `allowed` (the first is the default).
    QString format(const QCommandLineParser& parser, const QStringList& allowed) const;
    // Exactly one positional argument per entry of `what`, which names them when missing.
    QStringList positional(const QCommandLineParser& parser, const QStringList& what) const;

    // --catalog FILE, --format table|json|csv and -o FILE, as every report command offers them.
    static void addReportOptions(QCommandLineParser& parser);
    // The file of -o (empty: standard output); UsageError when -o is given without a name.
    QString outputPath(const QCommandLineParser& parser) const;

    // What a report on one scenario file asks for: the file, --format and -o.
    struct ScenarioReportRequest {
        QString scenarioPath;
        QString format;
        QString outputPath;
    };
    // The SCENARIO argument and the report options, for the commands that report on one
    // scenario file.
    static void addScenarioReportOptions(QCommandLineParser& parser);
    // Reads them back after parse(); UsageError as positional(), format() and outputPath().
    ScenarioReportRequest scenarioReportRequest(const QCommandLineParser& parser) const;

    // The scenario of a report: a scenario file as it is, or from a plan file (.ocrplan) the
    // scenario named by --scenario, else the plan's current one.
    Scenario loadScenario(const QCommandLineParser& parser, const QString& path, const Catalog& catalog) const;
    // The index of the plan's scenario named by --scenario, else its current one; UsageError
    // naming the scenarios it has when there is none of that name.
    int chosenScenario(const QCommandLineParser& parser, const Plan& plan, const QString& path) const;

    // The catalog of --catalog FILE, else the one built into the program.
    static Catalog loadCatalog(const QCommandLineParser& parser);
    // Writes the whole output to `path` atomically, or to stdout when path is empty.
    static void writeOutput(const QByteArray& contents, const QString& path);
};

} // namespace ocp
