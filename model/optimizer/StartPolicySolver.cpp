#include "model/optimizer/StartPolicySolver.h"

#include <algorithm>

namespace ocp {

StartPolicySolver::StartPolicySolver(const PackDemand& demand, const CapacityPricer& pricer)
    : m_demand(demand)
    , m_pricer(pricer) {
    const int months = demand.months();
    const int served = std::min(demand.validity(), months);
    m_coverable = demand.prefix(served);
    // Months the batch cannot reach are always postpaid.
    Money after;
    for (int m = served; m < months; ++m)
        after += demand.postpaidCost(m, demand.demand(m));
    // tail[j]: months after j that the batch could reach but, running out in j, does not.
    QList<Money> tail(served + 1);
    for (int j = served - 1; j >= 0; --j)
        tail[j] =
            tail.at(j + 1) + (j + 1 < served ? demand.postpaidCost(j + 1, demand.demand(j + 1)) : Money());
    for (int j = 0; j < served; ++j) {
        const qint64 d = demand.demand(j);
        if (d == 0)
            continue;
        // Running out in month j: C in [prefix(j), prefix(j+1)), x = prefix(j+1) - C postpaid in j.
        const qint64 end = demand.prefix(j + 1);
        QList<CapacityPiece> month;
        for (const CostPiece& p : demand.cost(j).pieces()) {
            const qint64 xFrom = std::max<qint64>(p.from, 1);
            const qint64 xTo = std::min(p.to, d);
            if (xFrom > xTo)
                continue;
            // cost = p.fixed + p.perCall * (end - C) + tail + after
            month.prepend(
                {end - xTo, end - xFrom, p.fixed + p.perCall * end + tail.at(j) + after, -p.perCall});
        }
        m_pieces.append(month);
    }
    m_pieces.append({m_coverable, MonthCost::kUnbounded, after, Money()});
}

StartPolicySolver::Solution StartPolicySolver::solve() const {
    Solution best;
    bool found = false;
    for (const CapacityPiece& piece : m_pieces) {
        CapacityPricer::Pick pick;
        Money postpaid;
        if (piece.to == MonthCost::kUnbounded) {
            pick = m_pricer.cheapestCovering(piece.from);
            if (!pick.valid())
                continue;
            postpaid = piece.fixed;
            // cheapestCovering's value is the price.
            const Money total = pick.value + postpaid;
            if (!found || total < best.total() || (total == best.total() && pick.calls < best.capacity)) {
                best = {pick.calls, pick.value, postpaid};
                found = true;
            }
            continue;
        }
        pick = m_pricer.cheapestMinusLinear(piece.from, piece.to, -piece.perCall);
        if (!pick.valid())
            continue;
        const Money price = m_pricer.price(pick.calls);
        postpaid = piece.fixed + piece.perCall * pick.calls;
        const Money total = price + postpaid;
        if (!found || total < best.total() || (total == best.total() && pick.calls < best.capacity)) {
            best = {pick.calls, price, postpaid};
            found = true;
        }
    }
    Q_ASSERT(found);
    return best;
}

Money StartPolicySolver::postpaidCost(qint64 capacity) const {
    for (const CapacityPiece& piece : m_pieces) {
        if (capacity >= piece.from && capacity <= piece.to)
            return piece.fixed + piece.perCall * capacity;
    }
    // Capacity 0 with no demand in month 0 falls before the first piece.
    return m_pieces.isEmpty() ? Money()
                              : m_pieces.constFirst().fixed + m_pieces.constFirst().perCall * capacity;
}

} // namespace ocp
