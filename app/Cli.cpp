#include "Cli.h"

#include "AllocateCommand.h"
#include "CatalogCommand.h"
#include "Command.h"
#include "CompareCommand.h"
#include "ImportUsageCommand.h"
#include "OptimizeCommand.h"
#include "PlanCommand.h"
#include "UsageError.h"
#include "VarianceCommand.h"
#include "model/billing/InputError.h"
#include "model/io/PlanWording.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <vector>

#ifndef OCP_VERSION
#error "OCP_VERSION must be defined by the build (app/CMakeLists.txt)"
#endif

namespace ocp {
namespace {

const QString kProgram = QStringLiteral("ocr-cost-planner");

// Every command of the interface: adding one is a class and a line here.
std::vector<std::unique_ptr<Command>> makeCommands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<PlanCommand>());
    commands.push_back(std::make_unique<CatalogCommand>());
    commands.push_back(std::make_unique<OptimizeCommand>());
    commands.push_back(std::make_unique<CompareCommand>());
    commands.push_back(std::make_unique<ImportUsageCommand>());
    commands.push_back(std::make_unique<VarianceCommand>());
    commands.push_back(std::make_unique<AllocateCommand>());
    return commands;
}

void printOut(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

// Exactly one line on stderr, whatever the message holds, so scripts can log it as is.
void printError(QString message) {
    message.replace(u'\r', u' ');
    message.replace(u'\n', u' ');
    const QByteArray bytes = (kProgram + QStringLiteral(": ") + message.trimmed() + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

QString helpText(const std::vector<std::unique_ptr<Command>>& commands) {
    QString text;
    text += QStringLiteral("Usage: %1 COMMAND [ARGUMENTS] [OPTIONS]\n").arg(kProgram);
    text += QStringLiteral("Plans the cost of Tencent Cloud OCR: resource packs and postpaid billing.\n");
    text += QStringLiteral("Without arguments the window opens.\n\nCommands:\n");
    qsizetype width = 0;
    for (const auto& c : commands)
        width = std::max(width, c->name().size());
    for (const auto& c : commands)
        text += QStringLiteral("  %1  %2\n").arg(c->name().leftJustified(width), c->summary());
    text += QStringLiteral("  %1  Show this help, or a command's options\n")
                .arg(QStringLiteral("help").leftJustified(width));
    text += QStringLiteral("\nUsage of each command:\n");
    for (const auto& c : commands)
        text += QStringLiteral("  %1 %2 %3\n").arg(kProgram, c->name(), c->synopsis());
    text += QStringLiteral(
        "\nOptions:\n"
        "  --catalog FILE     Price catalog to use instead of the built-in one (docs/catalog-format.md)\n"
        "  --format FORMAT    Output format: table (default), json or csv (csv: not for catalog)\n"
        "  -o, --output FILE  Write the report to FILE, all or nothing, instead of standard output\n"
        "  -h, --help         Show this help; after a command, that command's options\n"
        "  --version          Show the version\n"
        "  --smoke-test       Open the window, check that everything it loads works, and quit\n"
        "                     (exit code 0 when all checks passed)\n"
        "\nExit codes: 0 success, 1 bad input or data, 2 wrong command line.\n");
    return text;
}

QString unknownCommand(const QString& name) {
    return QStringLiteral("unknown command %1 (run '%2 --help' for the list)")
        .arg(name.isEmpty() ? QStringLiteral("''") : name, kProgram);
}

int dispatch(const QStringList& arguments) {
    const std::vector<std::unique_ptr<Command>> commands = makeCommands();
    const QString first = arguments.value(0);
    const auto find = [&](const QString& name) -> Command* {
        for (const auto& c : commands) {
            if (c->name() == name)
                return c.get();
        }
        return nullptr;
    };

    if (first == QLatin1String("--version")) {
        printOut(QStringLiteral("%1 %2\n").arg(kProgram, QStringLiteral(OCP_VERSION)));
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        // `help plan` shows the options of plan.
        if (first == QLatin1String("help") && arguments.size() > 1) {
            Command* command = find(arguments.at(1));
            if (!command)
                throw UsageError(unknownCommand(arguments.at(1)));
            return command->run({QStringLiteral("--help")});
        }
        printOut(helpText(commands));
        return 0;
    }
    Command* command = find(first);
    if (!command)
        throw UsageError(unknownCommand(first));
    return command->run(arguments.mid(1));
}

} // namespace

bool Cli::handles(int argc, char** argv) {
    if (argc < 2 || !argv[1])
        return false;
    const char* first = argv[1];
    for (const char* own : {"--help", "-h", "--version"}) {
        if (std::strcmp(first, own) == 0)
            return true;
    }
    // An existing plan or scenario file opens in the window (double-click, "Open with").
    const QFileInfo file(QString::fromLocal8Bit(first));
    const QString suffix = file.suffix().toLower();
    if (file.isFile() && (suffix == QLatin1String("ocrplan") || suffix == QLatin1String("json")))
        return false;
    // Any other option (-platform, -style, -reverse...) belongs to Qt's GUI; a word is a command,
    // known or not, so a typo never opens a window.
    return first[0] != '-';
}

int Cli::run(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(kProgram);
    QCoreApplication::setApplicationVersion(QStringLiteral(OCP_VERSION));
    try {
        return dispatch(QCoreApplication::arguments().mid(1));
    } catch (const UsageError& e) {
        printError(e.message());
        return 2;
    } catch (const InputError& e) {
        printError(PlanWording::message(e));
        return 1;
    } catch (const std::exception& e) {
        printError(QStringLiteral("internal error: %1").arg(QString::fromLocal8Bit(e.what())));
        return 1;
    }
}

} // namespace ocp
