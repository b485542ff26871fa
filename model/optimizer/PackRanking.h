#pragma once

#include "model/billing/Scenario.h"

namespace ocp {

class Catalog;

// What ranks one resource pack's plans and finds its break-even: the calls of the pack's
// postpaid group only (other groups cannot change this pack's costs), its holdings, and of the
// purchases only the group's ones made in months that have happened (kept by a re-plan). Two
// scenarios with the same ranking scenario have the same alternatives and break-even.
class PackRanking {
public:
    static Scenario scenarioFor(const Catalog& catalog, const Scenario& scenario, int pack);
};

} // namespace ocp
