#include "model/optimizer/FirstMonthBill.h"

#include <algorithm>

namespace ocp {

FirstMonthBill::FirstMonthBill(const PackProblem& problem)
    : m_p(problem)
    , m_window(std::min(problem.validity, problem.months)) {
    const auto months = static_cast<size_t>(problem.months);
    m_before.assign(months + 1, 0);
    for (size_t m = 0; m < months; ++m)
        m_before[m + 1] = m_before[m] + problem.demand.at(static_cast<int>(m));
    // Months covered in full still pay their cost at no call of this pack (the other packs'
    // share of a group's bill): the baseline, with each month's extra above it.
    m_baseline = problem.baselineCost();
    m_suffix.assign(months + 1, 0);
    for (size_t m = months; m-- > 0;) {
        const int month = static_cast<int>(m);
        m_suffix[m] = m_suffix[m + 1] + problem.postpaid.at(month).extra(problem.demand.at(month));
    }
}

FirstMonthBill::Coverage FirstMonthBill::coverage(qint64 capacity) const {
    if (capacity >= windowDemand())
        return {m_window, 0};
    // The month in which the pack runs out: the first whose cumulative demand exceeds it.
    const auto it = std::upper_bound(m_before.cbegin() + 1, m_before.cbegin() + m_window + 1, capacity);
    const auto k = static_cast<int>(it - m_before.cbegin() - 1);
    return {k, m_before[static_cast<size_t>(k) + 1] - capacity};
}

qint64 FirstMonthBill::postpaid(qint64 capacity) const {
    const Coverage c = coverage(capacity);
    if (c.fullMonths >= m_window)
        return m_baseline + m_suffix[static_cast<size_t>(m_window)];
    return m_baseline + m_suffix[static_cast<size_t>(c.fullMonths) + 1] +
           m_p.postpaid.at(c.fullMonths).extra(c.uncovered);
}

} // namespace ocp
