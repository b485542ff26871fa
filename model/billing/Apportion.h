#pragma once

#include "model/billing/Money.h"

#include <QList>

namespace ocp {

// Splits `amount` in proportion to `weights` (all >= 0, not all 0) by the largest-remainder
// rule: each part is first rounded down to the micro-yuan, and the micro-yuan left over go one
// each to the parts with the largest remainders (the earlier part on a tie). The parts add up
// to `amount` exactly, and none differs from its exact share by a micro-yuan or more.
// A negative amount is split as its opposite, then negated. Throws std::invalid_argument when
// every weight is 0 or one is negative.
QList<Money> apportion(Money amount, const QList<Int128>& weights);

} // namespace ocp
