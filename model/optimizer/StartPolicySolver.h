#pragma once

#include "model/billing/Money.h"
#include "model/optimizer/CapacityPricer.h"
#include "model/optimizer/PackDemand.h"

#include <QList>

namespace ocp {

// The cheapest single purchase in the first month of the horizon (policy "start"), exactly,
// for any month costs. One batch of C calls bought in month 0 serves months 0 .. L-1
// (L = min(validity, horizon)) in order, so the postpaid cost is a piecewise linear function
// of C whose pieces are the month in which the batch runs out and that month's tier; on each
// piece the best C is found by CapacityPricer::cheapestMinusLinear.
class StartPolicySolver {
public:
    // Postpaid cost of the horizon as a function of the capacity bought in month 0:
    // fixed + perCall * C for C in [from, to].
    struct CapacityPiece {
        qint64 from = 0;
        qint64 to = 0;
        Money fixed;
        Money perCall;
    };
    struct Solution {
        qint64 capacity = 0;
        Money packCost;
        Money postpaidCost;
        Money total() const { return packCost + postpaidCost; }
    };

    StartPolicySolver(const PackDemand& demand, const CapacityPricer& pricer);

    Solution solve() const;
    // Postpaid cost of the whole horizon when `capacity` calls are bought in month 0.
    Money postpaidCost(qint64 capacity) const;
    // Ascending, disjoint pieces from capacity 0; the last one is unbounded.
    const QList<CapacityPiece>& pieces() const { return m_pieces; }
    // Calls the batch can serve at most: the demand of its months of validity.
    qint64 coverableDemand() const { return m_coverable; }

private:
    const PackDemand& m_demand;
    const CapacityPricer& m_pricer;
    QList<CapacityPiece> m_pieces;
    qint64 m_coverable = 0;
};

} // namespace ocp
