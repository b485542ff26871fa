#include "model/optimizer/PackProblem.h"

#include <algorithm>

namespace ocp {

qint64 PostpaidCostFunction::cost(qint64 x) const {
    if (!ladder)
        return x <= 0 ? 0 : unitMicros * x;
    const qint64 volume = std::max<qint64>(x, 0) + offsetCalls;
    if (volume <= 0)
        return 0;
    qint64 price = aboveTopMicros;
    for (qsizetype t = 0; t < tierUpTo.size(); ++t) {
        if (volume <= tierUpTo.at(t)) {
            price = tierMicros.at(t);
            break;
        }
    }
    if (ownShare)
        return price * std::max<qint64>(x, 0);
    // The other packs' calls of the group are billed at the same tier.
    return price * volume;
}

bool PostpaidCostFunction::pricesNeverRise() const {
    for (qsizetype t = 1; t < tierMicros.size(); ++t) {
        if (tierMicros.at(t) > tierMicros.at(t - 1))
            return false;
    }
    return tierMicros.isEmpty() || aboveTopMicros <= tierMicros.constLast();
}

qint64 PackProblem::postpaidOnlyCost() const {
    qint64 sum = 0;
    for (int m = 0; m < months; ++m)
        sum += postpaid.at(m).cost(demand.at(m));
    return sum;
}

qint64 PackProblem::baselineCost() const {
    qint64 sum = 0;
    for (int m = 0; m < months; ++m)
        sum += postpaid.at(m).cost(0);
    return sum;
}

} // namespace ocp
