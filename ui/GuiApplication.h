#pragma once

namespace ocp {

// Creates the QApplication, the main window, and runs the event loop.
int runGui(int argc, char** argv);

} // namespace ocp
