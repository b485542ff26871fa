#pragma once

#include "model/billing/Money.h"

#include <ostream>

namespace ocp {

// Failing comparisons of amounts print "15000.00" instead of raw bytes.
inline void PrintTo(const Money& money, std::ostream* os) {
    *os << money.toDecimalString().toStdString() << " 元";
}

} // namespace ocp
