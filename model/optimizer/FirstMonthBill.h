#pragma once

#include "model/optimizer/PackProblem.h"

#include <vector>

namespace ocp {

// What a capacity bought once in the first month leaves to postpaid. With forced
// earliest-expiry deduction (R3) it covers the months in order: those before `fullMonths` in
// full, month `fullMonths` partly (`uncovered` calls stay postpaid), the later ones and those
// after its validity not at all.
class FirstMonthBill {
public:
    struct Coverage {
        int fullMonths = 0;
        qint64 uncovered = 0; // postpaid calls of month fullMonths; 0 when it is the window's end
    };

    explicit FirstMonthBill(const PackProblem& problem);

    // Months the pack is valid within the horizon.
    int window() const { return m_window; }
    // Calls needed in the months of the window.
    qint64 windowDemand() const { return m_before[static_cast<size_t>(m_window)]; }
    // Calls needed in the months before m (m up to the horizon).
    qint64 demandBefore(int m) const { return m_before[static_cast<size_t>(m)]; }

    Coverage coverage(qint64 capacity) const;
    // The horizon's postpaid cost with `capacity` bought in the first month: O(log months).
    qint64 postpaid(qint64 capacity) const;

private:
    const PackProblem& m_p;
    int m_window;
    std::vector<qint64> m_before; // [m]: demand of months before m
    std::vector<qint64> m_suffix; // [m]: cost above no postpaid call of months m.. in full
    qint64 m_baseline = 0;        // the horizon's cost with no postpaid call of this pack
};

} // namespace ocp
