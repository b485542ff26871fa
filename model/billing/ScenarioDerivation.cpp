#include "model/billing/ScenarioDerivation.h"

#include "model/billing/Money.h"

#include <algorithm>

namespace ocp {
namespace {

qint64 scale(qint64 calls, Int128 factorPpm) {
    const Int128 scaled = (Int128(calls) * factorPpm + Scenario::kFullShare / 2) / Scenario::kFullShare;
    return static_cast<qint64>(std::clamp<Int128>(scaled, 0, Scenario::kMaxMonthlyCalls));
}

} // namespace

Scenario ScenarioDerivation::scaled(const Scenario& base, qint64 factorPpm) {
    Scenario s = base;
    for (QList<qint64>& months : s.volumes) {
        for (qint64& calls : months)
            calls = scale(calls, std::max<qint64>(factorPpm, 0));
    }
    return s;
}

Scenario ScenarioDerivation::withGrowth(const Scenario& base, qint64 monthlyGrowthPpm) {
    Scenario s = base;
    const Int128 step = std::max<Int128>(Int128(Scenario::kFullShare) + monthlyGrowthPpm, 0);
    for (QList<qint64>& months : s.volumes) {
        // The factor for month k, kept in ppm and rounded each month like a spreadsheet would.
        Int128 factor = Scenario::kFullShare;
        for (qint64& calls : months) {
            calls = scale(calls, factor);
            factor = std::min<Int128>((factor * step + Scenario::kFullShare / 2) / Scenario::kFullShare,
                                      Int128(1'000'000'000'000LL));
        }
    }
    return s;
}

} // namespace ocp
