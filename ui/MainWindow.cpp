#include "MainWindow.h"
namespace ocp { MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {} }
