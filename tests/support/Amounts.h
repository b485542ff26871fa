#pragma once

#include "model/billing/Catalog.h"
#include "model/billing/Money.h"

namespace ocp::test {

// An exact amount written as in the catalog: yuan("0.006"). Fails the test on a malformed
// literal instead of dereferencing an empty optional.
Money yuan(const char* text);

// The catalog built into the planner, which most tests bill against.
const Catalog& catalog();

} // namespace ocp::test
