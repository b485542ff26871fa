#include "GuiApplication.h"

#include "AutosaveController.h"
#include "Language.h"
#include "MainWindow.h"
#include "StartupCheck.h"
#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/AutosaveStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>
#include <optional>

namespace ocp {
namespace {

// Prints the time from start to the first painted window when OCP_REPORT_STARTUP is set,
// so start-up can be measured on a real display.
class FirstPaintReporter : public QObject {
public:
    FirstPaintReporter(const QElapsedTimer& timer, QObject* parent)
        : QObject(parent)
        , m_timer(timer) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Report after this paint has finished.
            QTimer::singleShot(0, this, [this] {
                std::fprintf(stderr, "startup: window painted after %lld ms\n",
                             static_cast<long long>(m_timer.elapsed()));
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_timer;
    bool m_done = false;
};

// Hidden hooks for the end-to-end test of crash recovery (tests/AutosaveRecoveryTest.cpp),
// documented in docs/gui.md: a window cannot be typed into on the offscreen platform.
struct TestHooks {
    std::optional<int> autosaveIntervalMs; // OCP_AUTOSAVE_INTERVAL_MS
    QString recovery;                      // OCP_TEST_RECOVERY: "restore" or "discard"
    QString edits;                         // OCP_TEST_EDIT: "volume=ID,MONTH,CALLS;scenario=NAME"
    bool saveAndQuit = false;              // OCP_TEST_SAVE_AND_QUIT

    static TestHooks fromEnvironment() {
        TestHooks hooks;
        bool ok = false;
        const int interval = qEnvironmentVariableIntValue("OCP_AUTOSAVE_INTERVAL_MS", &ok);
        if (ok && interval > 0)
            hooks.autosaveIntervalMs = interval;
        hooks.recovery = qEnvironmentVariable("OCP_TEST_RECOVERY");
        hooks.edits = qEnvironmentVariable("OCP_TEST_EDIT");
        hooks.saveAndQuit = qEnvironmentVariableIsSet("OCP_TEST_SAVE_AND_QUIT");
        return hooks;
    }

    // Each edit goes through the document's edit API and the window's undo stack, as typing does.
    static void applyEdits(PlanDocument& document, const QString& script) {
        const QStringList steps = script.split(u';', Qt::SkipEmptyParts);
        for (const QString& step : steps) {
            const QString kind = step.section(u'=', 0, 0).trimmed();
            const QString value = step.section(u'=', 1);
            if (kind == QLatin1String("volume")) {
                const QStringList parts = value.split(u',');
                if (parts.size() != 3)
                    throw InputError(
                        QStringLiteral("OCP_TEST_EDIT: volume=ID,MONTH,CALLS, not %1").arg(value));
                document.setVolume(parts.at(0), parts.at(1).toInt(), parts.at(2).toLongLong());
            } else if (kind == QLatin1String("scenario")) {
                document.addScenario(value);
            } else {
                throw InputError(QStringLiteral("OCP_TEST_EDIT: unknown step %1").arg(step));
            }
        }
    }
};

} // namespace

int runGui(int argc, char** argv) {
    QElapsedTimer startup;
    startup.start();
    QApplication::setOrganizationName(QStringLiteral("ocr-cost-planner"));
    QApplication::setApplicationName(QStringLiteral("ocr-cost-planner"));
    QApplication::setApplicationVersion(QStringLiteral(OCP_VERSION));
    QApplication app(argc, argv);
    Language::apply(Language::stored());
    QApplication::setApplicationDisplayName(MainWindow::tr("OCR Cost Planner"));

    MainWindow window;
    // --smoke-test: errors are collected instead of shown, and the checks quit after the first paint.
    StartupCheck* smokeTest = nullptr;
    if (StartupCheck::requested(argc, argv)) {
        smokeTest = new StartupCheck(&window);
        window.setErrorReporter([smokeTest](const QString& title, const QString& message) {
            smokeTest->recordError(title, message);
        });
    }
    if (qEnvironmentVariableIsSet("OCP_REPORT_STARTUP"))
        window.installEventFilter(new FirstPaintReporter(startup, &window));
    window.restoreLayout();

    // A file named on the command line opens; otherwise the sample shows a worked plan.
    QString path;
    const QStringList args = QApplication::arguments().mid(1);
    for (const QString& arg : args) {
        if (!arg.startsWith(u'-')) {
            path = arg;
            break;
        }
    }
    if (path.isEmpty() || !window.openFile(QFileInfo(path).absoluteFilePath()))
        window.openSample();
    window.show();
    // A smoke test leaves the user's autosaves and settings alone.
    if (smokeTest)
        return QApplication::exec();

    const TestHooks hooks = TestHooks::fromEnvironment();
    AutosaveController* autosave = window.startAutosave(AutosaveStore::defaultDirectory());
    if (hooks.autosaveIntervalMs)
        autosave->setIntervalMs(*hooks.autosaveIntervalMs);
    if (!hooks.recovery.isEmpty()) {
        const auto choice = hooks.recovery == QLatin1String("restore")
                                ? AutosaveController::RecoveryChoice::Restore
                                : AutosaveController::RecoveryChoice::Discard;
        autosave->setRecoveryPrompt([choice](const AutosaveEntry&, int) { return choice; });
    }
    // Over the window, so the user sees what the plan would replace.
    window.recoverAutosaves();

    if (!hooks.edits.isEmpty()) {
        try {
            TestHooks::applyEdits(*window.document(), hooks.edits);
        } catch (const InputError& e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 2;
        }
    }
    if (hooks.saveAndQuit) {
        if (window.document()->filePath().isEmpty()) {
            std::fprintf(stderr, "OCP_TEST_SAVE_AND_QUIT: the plan has no file to save to\n");
            return 3;
        }
        if (!window.save())
            return 3;
        QTimer::singleShot(0, &window, &QWidget::close);
    }
    return QApplication::exec();
}

} // namespace ocp
