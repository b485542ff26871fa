#pragma once

#include "model/billing/PriceBook.h"
#include "model/optimizer/PackProblem.h"

#include <QList>

namespace ocp {

class Catalog;
struct Scenario;

// Builds the optimizer's view of every resource pack of a scenario: demand beyond the free
// quota, effective pack prices (overrides applied) and the postpaid cost per month under the
// scenario's tier basis. Shared by the optimizer, break-even and robust planning.
class PackProblemBuilder {
public:
    PackProblemBuilder(const Catalog& catalog, const Scenario& scenario);

    // Billable calls per pack and month (BillingEngine::billableCalls).
    const QList<QList<qint64>>& calls() const { return m_calls; }

    PackProblem build(int pack) const;
    // The same pack with its volumes scaled to `percent` % (break-even analysis); the other
    // packs of its group keep their volumes.
    PackProblem scaled(int pack, int percent) const;

private:
    const Catalog& m_catalog;
    const Scenario& m_scenario;
    PriceBook m_prices;
    QList<QList<qint64>> m_calls;
};

} // namespace ocp
