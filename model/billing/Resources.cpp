#include "model/billing/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initModelResources() { Q_INIT_RESOURCE(resources); }

namespace ocp {

void ensureModelResources() {
    static const bool done = [] {
        initModelResources();
        return true;
    }();
    (void)done;
}

} // namespace ocp
