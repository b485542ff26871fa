#include "model/billing/ScenarioDerivation.h"

#include "model/billing/Money.h"

#include <algorithm>

namespace ocp {
namespace {

qint64 scale(qint64 calls, Int128 factorPpm) {
    const Int128 scaled = (Int128(calls) * factorPpm + Scenario::kFullShare / 2) / Scenario::kFullShare;
    return static_cast<qint64>(std::clamp<Int128>(scaled, 0, Scenario::kMaxMonthlyCalls));
}

// Months that have happened hold actual calls: a what-if changes only the months still open.
int firstOpenMonth(const Scenario& s) {
    return s.actualThrough ? std::clamp(s.start.monthsTo(*s.actualThrough) + 1, 0, s.months) : 0;
}

} // namespace

Scenario ScenarioDerivation::scaled(const Scenario& base, qint64 factorPpm) {
    Scenario s = base;
    const int open = firstOpenMonth(s);
    for (QList<qint64>& months : s.volumes) {
        for (qsizetype m = open; m < months.size(); ++m)
            months[m] = scale(months.at(m), std::max<qint64>(factorPpm, 0));
    }
    return s;
}

Scenario ScenarioDerivation::withGrowth(const Scenario& base, qint64 monthlyGrowthPpm) {
    Scenario s = base;
    const Int128 step = std::max<Int128>(Int128(Scenario::kFullShare) + monthlyGrowthPpm, 0);
    const int open = firstOpenMonth(s);
    for (QList<qint64>& months : s.volumes) {
        // The factor for open month k (counted from the first open month), kept in ppm and
        // rounded each month like a spreadsheet would.
        Int128 factor = Scenario::kFullShare;
        for (qsizetype m = open; m < months.size(); ++m) {
            months[m] = scale(months.at(m), factor);
            factor = std::min<Int128>((factor * step + Scenario::kFullShare / 2) / Scenario::kFullShare,
                                      Int128(1'000'000'000'000LL));
        }
    }
    return s;
}

} // namespace ocp
