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
