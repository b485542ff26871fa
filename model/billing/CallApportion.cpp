#include "model/billing/CallApportion.h"

#include "model/billing/Apportion.h"
#include "model/billing/Money.h"

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
