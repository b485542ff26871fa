#pragma once

#include "model/billing/InputError.h"
#include "model/billing/YearMonth.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace ocp {

// The optimizer declines a problem it cannot solve exactly, or an inconsistent plan: the kind
// and the figures only. PlanWording (io) tells the user why, in their language. It is an
// InputError so that every place that already handles bad input handles it too; message()
// is a plain technical line for logs, not for people.
class OptimizerRefusal : public InputError {
public:
    enum class Kind {
        // Pack price tables
        CallsOrPricesTooLarge,    // sums would overflow: volumes or prices far too high
        TooManyCallsToPrice,      // limit: calls the pricer weighs for these pack sizes
        TooManyCallsInValidity,   // calls: within a pack's validity; limit: calls weighed
        // Plan for all scenarios
        NoScenario,
        NegativeWeight,           // scenarios: the one
        DifferentStartMonths,     // scenarios, starts: the first and the differing one
        NoWeight,                 // every weight 0 with the expected-cost method
        DifferentPackPrices,      // scenarios: the first and the differing one; packs: the pack
        TooManyCombinations,      // packs: the coupled group; limit: combinations compared
        TooManyComparisons,       // the min-max-regret search
        TooManyPartialPlans,      // limit: partial plans kept
        DifferentFirstOpenMonths, // scenarios, starts: the first and the differing one, and
                                  // their first months after actualThrough
        // Re-planning a year in progress
        ActualMonthsOutsideHorizon, // starts: actualThrough, the first and the last month
    };

    struct Figures {
        qint64 calls = 0;
        qint64 limit = 0;
        QStringList scenarios;  // scenario names
        QList<YearMonth> starts; // start months of `scenarios`
        QStringList packs;      // resource pack names
    };

    explicit OptimizerRefusal(Kind kind);
    OptimizerRefusal(Kind kind, Figures figures);

    Kind kind() const { return m_kind; }
    const Figures& figures() const { return m_figures; }

private:
    Kind m_kind;
    Figures m_figures;
};

} // namespace ocp
