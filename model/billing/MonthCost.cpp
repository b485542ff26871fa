#include "model/billing/MonthCost.h"

#include <algorithm>

namespace ocp {

MonthCost MonthCost::linear(Money perCall) {
    MonthCost cost;
    cost.m_pieces.first().perCall = perCall;
    return cost;
}

MonthCost MonthCost::tiered(const QList<qint64>& upTo, const QList<Money>& unitPrices, Money above,
                            qint64 offset) {
    MonthCost cost = ownShareOfTiers(upTo, unitPrices, above, offset);
    // The cost of the fixed offset alone, so that 0 further calls cost 0.
    Money base;
    if (offset > 0) {
        Money price = above;
        for (qsizetype t = 0; t < upTo.size(); ++t) {
            if (offset <= upTo.at(t)) {
                price = unitPrices.at(t);
                break;
            }
        }
        base = price * offset;
    }
    // The same tiers as for the own share, now also charging the offset's calls at each price.
    for (CostPiece& piece : cost.m_pieces)
        piece.fixed = piece.perCall * offset - base;
    return cost;
}

MonthCost MonthCost::ownShareOfTiers(const QList<qint64>& upTo, const QList<Money>& unitPrices, Money above,
                                     qint64 offset) {
    MonthCost cost;
    cost.m_pieces.clear();
    qint64 lower = 0; // first volume of the current tier (volume 0 costs 0 at any price)
    for (qsizetype t = 0; t <= upTo.size(); ++t) {
        const bool top = t == upTo.size();
        const qint64 upper = top ? kUnbounded : upTo.at(t);
        const Money price = top ? above : unitPrices.at(t);
        // Volumes [lower, upper] are x in [lower - offset, upper - offset].
        const qint64 from = std::max<qint64>(0, lower - offset);
        const qint64 to = top ? kUnbounded : upper - offset;
        if (to >= from)
            cost.m_pieces.append({from, to, Money(), price});
        lower = top ? upper : upper + 1;
    }
    return cost;
}

Money MonthCost::at(qint64 calls) const {
    for (const CostPiece& p : m_pieces) {
        if (calls <= p.to)
            return p.fixed + p.perCall * calls;
    }
    const CostPiece& last = m_pieces.constLast();
    return last.fixed + last.perCall * calls;
}

bool MonthCost::isNonDecreasing() const {
    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        const CostPiece& p = m_pieces.at(i);
        if (p.perCall.isNegative())
            return false;
        if (i + 1 < m_pieces.size()) {
            const CostPiece& next = m_pieces.at(i + 1);
            if (next.fixed + next.perCall * next.from < p.fixed + p.perCall * p.to)
                return false;
        }
    }
    return true;
}

} // namespace ocp
