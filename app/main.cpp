#include "Cli.h"
#include "ui/GuiApplication.h"

// One binary: a subcommand (or --help / --version) runs headless without a display,
// anything else opens the window.
int main(int argc, char** argv) {
    if (ocp::Cli::handles(argc, argv))
        return ocp::Cli::run(argc, argv);
    return ocp::runGui(argc, argv);
}
