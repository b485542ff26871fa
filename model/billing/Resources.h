#pragma once

namespace ocp {

// Registers the resources embedded in the model library (default catalog, sample scenario).
// A static library's resource initialiser is dropped by the linker unless referenced.
void ensureModelResources();

} // namespace ocp
