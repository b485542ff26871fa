#pragma once

#include "model/billing/Scenario.h"

namespace ocp {

// New what-if scenarios made from an existing one; purchases and settings are kept.
class ScenarioDerivation {
public:
    // Every monthly volume times factorPpm / 10^6 (1,200,000 = +20 %), rounded to whole calls.
    static Scenario scaled(const Scenario& base, qint64 factorPpm);
    // Month k's volume times (1 + growthPpm / 10^6)^k, compounded and rounded each month.
    static Scenario withGrowth(const Scenario& base, qint64 monthlyGrowthPpm);
};

} // namespace ocp
