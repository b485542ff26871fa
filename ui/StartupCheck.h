#pragma once

#include <QObject>
#include <QStringList>

namespace ocp {

class MainWindow;

// `ocr-cost-planner --smoke-test`: proves that an installation can really start. Once the
// window has painted for the first time it checks everything the planner loads at start-up
// (the embedded catalog, the sample plan and its results, both translations and Qt's own,
// a font that shows Chinese, the chart module drawing a chart), prints one line per check
// and quits: exit code 0 when all passed, 1 when any failed, 2 when nothing was painted in
// time. Set-up scripts and CI run it on the offscreen platform, where no one can click.
class StartupCheck : public QObject {
    Q_OBJECT

public:
    explicit StartupCheck(MainWindow* window, int timeoutMs = 60'000);

    static bool requested(int argc, char** argv);

    // Errors the window reported while starting (it would have shown them in a message box).
    void recordError(const QString& title, const QString& message);

    // Runs the checks and returns the exit code (also used by tests without a paint).
    int runChecks();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check(bool passed, const QString& what, const QString& detail = {});

    MainWindow* m_window;
    QStringList m_reportedErrors;
    int m_failures = 0;
    bool m_started = false;
};

} // namespace ocp
