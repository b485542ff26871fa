#include "GuiApplication.h"

#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>

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
    return QApplication::exec();
}

} // namespace ocp
