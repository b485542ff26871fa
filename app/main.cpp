#include "Cli.h"
int main(int argc, char** argv) { return ocp::runCli(argc, argv); }
