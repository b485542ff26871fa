#pragma once

#include "model/billing/Scenario.h"

namespace ocp {

// New what-if scenarios made from an existing one; purchases and settings are kept.
class ScenarioDerivation {
public:
    // Months up to Scenario::actualThrough hold actual calls and are copied unchanged.
    // Every open month's volume times factorPpm / 10^6 (1,200,000 = +20 %), rounded to whole calls.
    static Scenario scaled(const Scenario& base, qint64 factorPpm);
    // Open month k's volume (k = 0 for the first open month) times (1 + growthPpm / 10^6)^k,
    // compounded and rounded each month.
    static Scenario withGrowth(const Scenario& base, qint64 monthlyGrowthPpm);
};

} // namespace ocp
