#pragma once

namespace ocp {

// The command-line interface: same engine, no window, no QApplication.
class Cli {
public:
    // True when the arguments ask for a subcommand, --help or --version, or start with any
    // other word (an unknown command is an error, not a reason to open the window). False
    // without arguments and for Qt's window options such as -platform or -style.
    static bool handles(int argc, char** argv);
    // Runs it; returns the process exit code (0 success, non-zero with one line on stderr).
    static int run(int argc, char** argv);
};

} // namespace ocp
