#include "model/optimizer/PackDemand.h"

#include <algorithm>

namespace ocp {

PackDemand::PackDemand(int pack, int validityMonths, QList<qint64> demand, QList<MonthCost> costs,
                       QList<Size> sizes)
    : m_pack(pack)
    , m_validity(validityMonths)
    , m_demand(std::move(demand))
    , m_costs(std::move(costs))
    , m_sizes(std::move(sizes)) {
    std::sort(m_sizes.begin(), m_sizes.end(), [](const Size& a, const Size& b) { return a.calls < b.calls; });
    m_prefix.reserve(m_demand.size() + 1);
    m_prefix.append(0);
    for (qint64 d : std::as_const(m_demand))
        m_prefix.append(m_prefix.constLast() + d);
}

int PackDemand::monthOf(qint64 position) const {
    if (position >= total())
        return months();
    // The last k with prefix(k) <= position; months without demand own no positions.
    const auto it = std::upper_bound(m_prefix.cbegin(), m_prefix.cend(), position);
    return static_cast<int>(it - m_prefix.cbegin()) - 1;
}

Money PackDemand::postpaidOnly() const {
    Money sum;
    for (int m = 0; m < months(); ++m)
        sum += postpaidCost(m, m_demand.at(m));
    return sum;
}

bool PackDemand::isMonotone() const {
    return std::all_of(m_costs.cbegin(), m_costs.cend(),
                       [](const MonthCost& c) { return c.isNonDecreasing(); });
}

} // namespace ocp
