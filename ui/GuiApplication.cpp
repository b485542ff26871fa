#include "GuiApplication.h"

#include "MainWindow.h"

#include <QApplication>

namespace ocp {

int runGui(int argc, char** argv) {
    QApplication app(argc, argv);
    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace ocp
