#pragma once

#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace ocp::test {

// The environment for the real application started by a test: offscreen, with its own home,
// data, settings and cache folders in `home`, so neither the user's settings nor another
// run's autosaves are involved.
QProcessEnvironment isolatedAppEnvironment(const QTemporaryDir& home);

} // namespace ocp::test
