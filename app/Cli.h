#pragma once

namespace ocp {

// The command-line interface: same engine, no window, no QApplication.
class Cli {
public:
    // True when the arguments ask for a subcommand, --help or --version.
    static bool handles(int argc, char** argv);
    // Runs it; returns the process exit code (0 success, non-zero with one line on stderr).
    static int run(int argc, char** argv);
};

} // namespace ocp
