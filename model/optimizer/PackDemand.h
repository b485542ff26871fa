#pragma once

#include "model/billing/Money.h"
#include "model/billing/MonthCost.h"

#include <QList>
#include <QtGlobal>
#include <algorithm>

namespace ocp {

// The optimizer's reduced problem for one resource pack: what it must pay for over the
// horizon once the free quota is taken off, what postpaid calls cost month by month, and what
// it can buy. Positions on the "call axis" are cumulative demand: position p is the (p+1)-th
// billable call after free quota since the start of the horizon; month m owns positions
// [prefix(m), prefix(m+1)).
class PackDemand {
public:
    struct Size {
        qint64 calls = 0;
        Money price;
    };

    PackDemand() = default;
    PackDemand(int pack, int validityMonths, QList<qint64> demand, QList<MonthCost> costs, QList<Size> sizes);

    int pack() const { return m_pack; }
    int months() const { return static_cast<int>(m_demand.size()); }
    int validity() const { return m_validity; }
    const QList<Size>& sizes() const { return m_sizes; } // ascending by calls
    qint64 largestSize() const { return m_sizes.constLast().calls; }

    qint64 demand(int month) const { return m_demand.at(month); }
    const QList<qint64>& demands() const { return m_demand; }
    // Cumulative demand of months [0, k); k is clamped to [0, months].
    qint64 prefix(int k) const { return m_prefix.at(std::clamp(k, 0, months())); }
    qint64 total() const { return m_prefix.constLast(); }
    // The month that owns position p (months() for p >= total()).
    int monthOf(qint64 position) const;
    // The first month >= k with demand (months() when none).
    int nextDemandMonth(int k) const { return monthOf(prefix(k)); }

    const MonthCost& cost(int month) const { return m_costs.at(month); }
    Money postpaidCost(int month, qint64 calls) const { return m_costs.at(month).at(calls); }
    Money postpaidOnly() const;
    // Whether every month's cost is non-decreasing in its postpaid calls (see MonthCost).
    bool isMonotone() const;

private:
    int m_pack = -1;
    int m_validity = 12;
    QList<qint64> m_demand;
    QList<qint64> m_prefix;
    QList<MonthCost> m_costs;
    QList<Size> m_sizes;
};

} // namespace ocp
