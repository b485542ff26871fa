#include "Cli.h"
namespace ocp { int runCli(int, char**) { return 0; } }
