#include "model/billing/CallApportion.h"

#include "model/billing/Apportion.h"
#include "model/billing/Money.h"
#include "model/billing/Scenario.h"

#include <algorithm>

namespace ocp {

QList<qint64> apportionCalls(qint64 calls, const QList<qint64>& weights) {
    if (weights.isEmpty())
        return {};
    // A call is counted as one micro-yuan: apportion() then splits whole units exactly.
    QList<Int128> w;
    w.reserve(weights.size());
    for (qint64 x : weights)
        w.append(x);
    if (std::all_of(w.cbegin(), w.cend(), [](Int128 x) { return x == 0; }))
        std::fill(w.begin(), w.end(), Int128(1));
    QList<qint64> parts;
    parts.reserve(weights.size());
    for (const Money& part : apportion(Money::fromMicros(calls), w))
        parts.append(static_cast<qint64>(part.micros()));
    return parts;
}

} // namespace ocp

namespace ocp {

void keepCostCentresAddingUp(Scenario& s) {
    for (auto it = s.costCentres.begin(); it != s.costCentres.end();) {
        if (!s.volumes.contains(it.key())) {
            it = s.costCentres.erase(it);
            continue;
        }
        CostCentreSplit& split = *it;
        for (QList<qint64>& row : split.shares) {
            if (row.size() > 1 && row.size() != s.months) {
                const qint64 last = row.constLast();
                row.resize(s.months, last);
            }
        }
        if (split.byVolumes()) {
            for (QList<qint64>& row : split.volumes)
                row.resize(s.months, 0);
            const QList<qint64> total = s.volumes.value(it.key());
            for (int m = 0; m < s.months; ++m) {
                QList<qint64> weights;
                qint64 sum = 0;
                for (const QList<qint64>& row : std::as_const(split.volumes)) {
                    weights.append(row.at(m));
                    sum += row.at(m);
                }
                if (sum == total.value(m, 0))
                    continue;
                const QList<qint64> parts = apportionCalls(total.value(m, 0), weights);
                qsizetype k = 0;
                for (QList<qint64>& row : split.volumes)
                    row[m] = parts.at(k++);
            }
        }
        ++it;
    }
}

} // namespace ocp
