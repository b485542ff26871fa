#pragma once
namespace ocp { int runCli(int argc, char** argv); }
