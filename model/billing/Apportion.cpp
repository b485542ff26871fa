#include "model/billing/Apportion.h"

#include <QtAlgorithms>

#include <algorithm>
#include <stdexcept>

namespace ocp {

namespace {

// floor(a * b / c) and its remainder for a, b >= 0, c > 0, without overflowing a * b:
// a = q*c + r, so a*b/c = q*b + r*b/c with r < c. r*b is computed directly when it fits in 126
// bits, else by binary long multiplication modulo c (weights and amounts may be huge).
Int128 mulDiv(Int128 a, Int128 b, Int128 c, Int128* remainder) {
    const Int128 q = a / c;
    const Int128 r = a % c;
    constexpr Int128 kFits = Int128(1) << 63;
    if (r < kFits && b < kFits) {
        const Int128 rb = r * b;
        *remainder = rb % c;
        return q * b + rb / c;
    }
    __extension__ using UInt128 = unsigned __int128;
    const UInt128 uc = UInt128(c);
    const UInt128 ur = UInt128(r);
    UInt128 quotient = 0;
    UInt128 rem = 0; // always < c, so 2 * rem and rem + r fit
    for (int bit = 126; bit >= 0; --bit) {
        quotient <<= 1;
        rem <<= 1;
        if (rem >= uc) {
            rem -= uc;
            quotient += 1;
        }
        if ((UInt128(b) >> bit) & 1) {
            rem += ur;
            if (rem >= uc) {
                rem -= uc;
                quotient += 1;
            }
        }
    }
    *remainder = Int128(rem);
    return q * b + Int128(quotient);
}

} // namespace

QList<Money> apportion(Money amount, const QList<Int128>& weights) {
    Int128 sum = 0;
    for (const Int128 w : weights) {
        if (w < 0)
            throw std::invalid_argument("apportion: negative weight");
        sum += w;
    }
    if (sum == 0)
        throw std::invalid_argument("apportion: every weight is 0");
    if (amount.isNegative()) {
        QList<Money> parts = apportion(-amount, weights);
        for (Money& p : parts)
            p = -p;
        return parts;
    }
    const Int128 total = amount.micros();
    QList<Money> parts(weights.size());
    QList<Int128> remainders(weights.size());
    Int128 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const Int128 part = mulDiv(weights.at(i), total, sum, &remainders[i]);
        parts[i] = Money::fromMicros(part);
        given += part;
    }
    // Fewer micro-yuan are left than there are parts: one each to the largest remainders,
    // the earlier part first on a tie (stable sort).
    Int128 left = total - given;
    QList<qsizetype> order(weights.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders.at(a) > remainders.at(b); });
    for (qsizetype k = 0; left > 0 && k < order.size(); ++k, --left)
        parts[order.at(k)] += Money::fromMicros(1);
    return parts;
}

} // namespace ocp
