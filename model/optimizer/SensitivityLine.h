#pragma once

#include "model/billing/Money.h"
#include "model/billing/ScenarioSettings.h"

#include <QList>
#include <optional>
#include <stop_token>

namespace ocp {

class Catalog;
struct Scenario;

// The re-optimised sensitivity line: for each volume factor, the total of the optimizer's best
// plan for the scenario with its volumes scaled (ScenarioDerivation::scaled), exactly
// PurchaseOptimizer::optimize(...).total() for that scaled scenario (docs/optimizer.md, "The
// sensitivity line"). Only the totals are computed: no ledger, no ranked alternatives. The
// parts of every factor's search are shared out between worker threads.
class SensitivityLine {
public:
    // Per factor, like `factorsPpm`: the total, or nothing where the optimizer refuses that
    // factor's scenario. A requested `stop` ends it with Cancelled (model/optimizer/Cancelled.h).
    // `threads` workers (at least one); each keeps its own price tables.
    static QList<std::optional<Money>> totals(const Catalog& catalog, const Scenario& scenario,
                                              const QList<qint64>& factorsPpm, PurchasePolicy policy,
                                              std::stop_token stop = {}, int threads = 2);
};

} // namespace ocp
