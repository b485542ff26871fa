#include "Cli.h"

#include <cstring>

namespace ocp {

bool Cli::handles(int argc, char** argv) {
    return argc > 1 && argv[1][0] != '\0' && std::strncmp(argv[1], "-style", 6) != 0 && argv[1][0] != '/';
}

int Cli::run(int, char**) { return 0; }

} // namespace ocp
