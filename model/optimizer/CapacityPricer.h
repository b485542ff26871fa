#pragma once

#include "model/billing/Money.h"
#include "model/optimizer/PackDemand.h"

#include <QList>
#include <QtGlobal>
#include <vector>

namespace ocp {

// Exact unbounded knapsack over one pack's sizes: the cheapest set of packs that adds up to
// exactly C calls (any mix of sizes, any counts). Capacities are multiples of the sizes' gcd.
//
// The table is built up to what the pack can ever need, or until it provably repeats: with b
// the size of the lowest price per call, once K(c) = K(c - b) + price(b) holds for as many
// consecutive c as the largest size it holds for every larger c (docs/optimizer.md, "price
// table"), so larger capacities are read from one period of the table.
class CapacityPricer {
public:
    // A capacity and the value that chose it (a price, or a price minus a linear term).
    struct Pick {
        qint64 calls = -1;
        Money value;
        bool valid() const { return calls >= 0; }
    };

    static Money infinity() { return Money::fromMicros(kWideInfinite); }
    static bool isInfinite(Money value) { return value.micros() >= kWideInfinite / 2; }

    CapacityPricer() = default;
    // `maxCalls`: the largest capacity the caller will ask about (covering queries may look
    // one largest size beyond it). Throws InputError when an exact table would be too large.
    CapacityPricer(const QList<PackDemand::Size>& sizes, qint64 maxCalls);

    qint64 unit() const { return m_unit; }
    // Whether capacities beyond the table are read from its period (then any capacity is exact).
    bool periodic() const { return m_periodic; }
    qint64 maxCalls() const { return m_maxCalls; }
    int sizeCount() const { return static_cast<int>(m_units.size()); }

    // K(calls): the lowest price for exactly `calls`; infinity() when no mix adds up to it.
    Money price(qint64 calls) const;
    // The lowest price of a capacity of at least `calls` (and that capacity).
    Pick cheapestCovering(qint64 calls) const;
    // argmin over capacities c in [lo, hi] of K(c) - perCall * c (perCall >= 0): the best
    // capacity when every call it covers saves `perCall`. Only a short window of candidates
    // is examined; docs/optimizer.md ("window lemma") proves the minimum lies in it.
    Pick cheapestMinusLinear(qint64 lo, qint64 hi, Money perCall) const;
    // How many packs of each size (indexed like the sizes given, ascending) make up the
    // cheapest mix for exactly `calls`: among equally cheap mixes the one with the fewest packs.
    QList<qint64> counts(qint64 calls) const;
    // The same mix in brief: its price (infinity() if none), its number of packs and the index
    // of its smallest size (-1 for the empty mix).
    struct Mix {
        Money price;
        qint64 packs = 0;
        int smallest = -1;
    };
    Mix mix(qint64 calls) const {
        // The common case inline: a capacity inside the table.
        if (calls >= 0 && calls % m_unit == 0 && calls / m_unit < m_size) {
            const size_t u = size_t(calls / m_unit);
            const Int128 k = tablePrice(qint64(u));
            if (k < kWideInfinite / 2)
                return {Money::fromMicros(k), m_packs[u], m_smallest[u]};
            return {infinity(), 0, -1};
        }
        return mixBeyondTable(calls);
    }

private:
    template <typename V> void build(std::vector<V>& k, V infinite, qint64 end);
    Int128 tablePrice(qint64 units) const {
        return m_narrow
                   ? (m_k64[size_t(units)] >= kNarrowInfinite ? kWideInfinite : Int128(m_k64[size_t(units)]))
                   : m_k[size_t(units)];
    }
    qint64 tableSize() const { return m_size; }
    Int128 priceUnits(qint64 units) const;
    Mix mixBeyondTable(qint64 calls) const;
    void coverUnits(qint64 units, qint64& argUnits, Int128& value) const;
    // cheapestMinusLinear over units [from, to] of a 64-bit table, when no value overflows.
    Pick scanMinusLinear64(qint64 from, qint64 to, qint64 perUnit) const;

    qint64 m_unit = 1;
    qint64 m_maxCalls = 0;
    std::vector<qint64> m_units;  // size of each pack in units
    std::vector<Int128> m_prices; // price of each pack (micro-yuan)
    qint64 m_maxUnits = 0;        // largest size in units
    int m_best = 0;               // size with the lowest price per call
    static constexpr qint64 kNarrowInfinite = qint64(1) << 62;
    static constexpr Int128 kWideInfinite = Int128(1) << 120;
    bool m_narrow = false; // table in 64 bits (when every price it can hold fits)
    qint64 m_size = 0;
    std::vector<qint64> m_k64;
    bool m_periodic = false;
    qint64 m_periodStart = 0; // X: K(c) = K(c - b) + p(b) for all c >= X
    std::vector<Int128> m_k;
    std::vector<int> m_choice;   // last pack of the cheapest mix (-1 for none)
    std::vector<qint64> m_packs; // packs in the cheapest mix
    std::vector<int> m_smallest; // smallest size in it (-1 for none)
    std::vector<Int128> m_cover; // min K over [c, infinity)
    std::vector<qint64> m_coverArg;
    qint64 m_coverEnd = 0; // m_cover is exact for c <= m_coverEnd
};

// -1, 0, 1 as a/b compares with c/d (a, c >= 0; b, d > 0), exactly and without overflow.
int compareRatio(Int128 a, Int128 b, Int128 c, Int128 d);

} // namespace ocp
