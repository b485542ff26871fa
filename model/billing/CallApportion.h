#pragma once

#include <QList>
#include <QtGlobal>

namespace ocp {

// Splits `calls` whole calls in proportion to `weights` (all >= 0) by the largest-remainder rule
// of apportion(): the parts add up to `calls` exactly and none is a whole call or more away from
// its exact share. When every weight is 0 the calls are split evenly (the earlier parts take
// the odd calls), so a cost centre split by volumes never loses calls. Empty weights: empty.
QList<qint64> apportionCalls(qint64 calls, const QList<qint64>& weights);

} // namespace ocp

namespace ocp {

struct Scenario;

// Keeps the scenario's cost-centre splits fitting its interfaces after an edit of volumes or of
// the horizon: splits of interfaces no longer in the scenario go; rows follow the horizon (new
// months of a split by volumes start at 0 calls, per-month shares repeat the last month's); a
// month whose centres' calls no longer add up to the interface's is shared again in the
// proportions they had (apportionCalls), so no call is lost or invented.
void keepCostCentresAddingUp(Scenario& scenario);

} // namespace ocp
