#include "model/optimizer/CapacityPricer.h"

#include "model/optimizer/OptimizerRefusal.h"

#include <algorithm>
#include <numeric>

namespace ocp {
namespace {

constexpr Int128 kInfinity = Int128(1) << 120;
constexpr Int128 kInfiniteFrom = Int128(1) << 119;
// Entries of the exact table before the optimizer gives up (about 40 bytes each).
constexpr qint64 kMaxTableEntries = qint64(1) << 22;

} // namespace

int compareRatio(Int128 a, Int128 b, Int128 c, Int128 d) {
    // Compare the continued fractions: whole parts first, then the reciprocals of the rests.
    int sign = 1;
    for (;;) {
        const Int128 qa = a / b;
        const Int128 qc = c / d;
        if (qa != qc)
            return qa < qc ? -sign : sign;
        const Int128 ra = a % b;
        const Int128 rc = c % d;
        if (ra == 0 && rc == 0)
            return 0;
        if (ra == 0)
            return -sign;
        if (rc == 0)
            return sign;
        // a/b vs c/d with equal whole parts compares like d/rc vs b/ra.
        a = b;
        b = ra;
        c = d;
        d = rc;
        sign = -sign;
    }
}

CapacityPricer::CapacityPricer(const QList<PackDemand::Size>& sizes, qint64 maxCalls)
    : m_maxCalls(maxCalls) {
    Q_ASSERT(!sizes.isEmpty());
    m_unit = 0;
    for (const PackDemand::Size& s : sizes)
        m_unit = std::gcd(m_unit, s.calls);
    for (const PackDemand::Size& s : sizes) {
        m_units.push_back(s.calls / m_unit);
        m_prices.push_back(s.price.micros());
    }
    m_maxUnits = *std::max_element(m_units.cbegin(), m_units.cend());
    for (size_t i = 1; i < m_units.size(); ++i) {
        if (compareRatio(m_prices[i], m_units[i], m_prices[size_t(m_best)], m_units[size_t(m_best)]) < 0)
            m_best = static_cast<int>(i);
    }
    const qint64 neededUnits = std::max<qint64>(0, maxCalls) / m_unit + 1;
    const qint64 target = neededUnits + m_maxUnits + 1; // covering queries look one largest size ahead

    // 64-bit arithmetic when the dearest mix the table can hold still fits comfortably.
    Int128 maxPrice = 0;
    qint64 minUnits = m_maxUnits;
    for (size_t i = 0; i < m_units.size(); ++i) {
        maxPrice = std::max(maxPrice, m_prices[i]);
        minUnits = std::min(minUnits, m_units[i]);
    }
    const qint64 bound = std::min(target, kMaxTableEntries);
    m_narrow = maxPrice * (bound / minUnits + 2) < (Int128(1) << 61);
    if (m_narrow)
        build<qint64>(m_k64, kNarrowInfinite, target);
    else
        build<Int128>(m_k, kInfinity, target);
    const qint64 size = m_size;
    m_cover.resize(size_t(size));
    m_coverArg.resize(size_t(size));
    auto coverPass = [&](const auto& k, auto infinite) {
        auto best = infinite;
        qint64 arg = -1;
        for (qint64 c = size - 1; c >= 0; --c) {
            if (k[size_t(c)] <= best) {
                best = k[size_t(c)];
                arg = c;
            }
            m_cover[size_t(c)] = best >= infinite / 2 ? kInfinity : Int128(best);
            m_coverArg[size_t(c)] = arg;
        }
    };
    if (m_narrow)
        coverPass(m_k64, kNarrowInfinite);
    else
        coverPass(m_k, kInfinity);
    m_coverEnd = size - 1 - m_maxUnits;
}

template <typename V> void CapacityPricer::build(std::vector<V>& k, V infinite, qint64 end) {
    const V infiniteFrom = infinite / 2;
    const qint64 bestUnits = m_units[size_t(m_best)];
    const V bestPrice = static_cast<V>(m_prices[size_t(m_best)]);
    const size_t sizes = m_units.size();
    std::vector<V> prices(sizes);
    for (size_t i = 0; i < sizes; ++i)
        prices[i] = static_cast<V>(m_prices[i]);
    // Enough for the periodic regime or for the target, whichever comes first.
    const size_t expected = size_t(std::min(end, 2 * m_maxUnits + bestUnits + 2));
    k.reserve(expected);
    m_choice.reserve(expected);
    m_packs.reserve(expected);
    m_smallest.reserve(expected);
    k.push_back(0);
    m_choice.push_back(-1);
    m_packs.push_back(0);
    m_smallest.push_back(-1);
    qint64 run = 0;
    for (qint64 c = 1; c < end; ++c) {
        if (c >= kMaxTableEntries) {
            // Told in calls, the figure the user typed, not in table entries.
            OptimizerRefusal::Figures figures;
            figures.limit = kMaxTableEntries * m_unit;
            throw OptimizerRefusal(OptimizerRefusal::Kind::TooManyCallsToPrice, figures);
        }
        V best = infinite;
        int choice = -1;
        // Lowest price, then fewest packs, then the larger last size.
        for (size_t i = sizes; i-- > 0;) {
            const qint64 u = m_units[i];
            if (u > c)
                continue;
            const V before = k[size_t(c - u)];
            if (before >= infiniteFrom)
                continue;
            const V v = before + prices[i];
            if (v < best ||
                (v == best && m_packs[size_t(c - u)] < m_packs[size_t(c - m_units[size_t(choice)])])) {
                best = v;
                choice = static_cast<int>(i);
            }
        }
        const qint64 packs = choice < 0 ? 0 : m_packs[size_t(c - m_units[size_t(choice)])] + 1;
        k.push_back(best);
        m_choice.push_back(choice);
        m_packs.push_back(packs);
        int smallest = -1;
        if (choice >= 0) {
            // Sizes are ascending, so the smaller index is the smaller size.
            const int earlier = m_smallest[size_t(c - m_units[size_t(choice)])];
            smallest = earlier < 0 ? choice : std::min(choice, earlier);
        }
        m_smallest.push_back(smallest);
        if (!m_periodic && c >= bestUnits) {
            const V back = k[size_t(c - bestUnits)];
            const bool same = (best >= infiniteFrom && back >= infiniteFrom) ||
                              (best < infiniteFrom && back < infiniteFrom && best == back + bestPrice);
            run = same ? run + 1 : 0;
            if (run >= m_maxUnits) {
                m_periodic = true;
                m_periodStart = c - m_maxUnits + 1;
                end = std::min(end, m_periodStart + bestUnits + m_maxUnits + 1);
                end = std::max(end, c + 1);
            }
        }
    }
    m_size = static_cast<qint64>(k.size());
}

Int128 CapacityPricer::priceUnits(qint64 units) const {
    if (units < 0)
        return kInfinity;
    if (units < m_size)
        return tablePrice(units);
    if (!m_periodic)
        return kInfinity;
    const qint64 b = m_units[size_t(m_best)];
    const qint64 k = (units - m_periodStart) / b;
    const Int128 base = tablePrice(units - k * b);
    return base >= kInfiniteFrom ? kInfinity : base + m_prices[size_t(m_best)] * k;
}

void CapacityPricer::coverUnits(qint64 units, qint64& argUnits, Int128& value) const {
    units = std::max<qint64>(units, 0);
    if (units <= m_coverEnd) {
        argUnits = m_coverArg[size_t(units)];
        value = m_cover[size_t(units)];
        return;
    }
    Q_ASSERT(m_periodic);
    const qint64 b = m_units[size_t(m_best)];
    const qint64 k = (units - m_periodStart) / b;
    const qint64 reduced = units - k * b;
    argUnits = m_coverArg[size_t(reduced)] + k * b;
    value = m_cover[size_t(reduced)] + m_prices[size_t(m_best)] * k;
}

Money CapacityPricer::price(qint64 calls) const {
    if (calls < 0 || calls % m_unit != 0)
        return infinity();
    return Money::fromMicros(priceUnits(calls / m_unit));
}

CapacityPricer::Pick CapacityPricer::cheapestCovering(qint64 calls) const {
    const qint64 units = calls <= 0 ? 0 : (calls + m_unit - 1) / m_unit;
    qint64 arg = 0;
    Int128 value = 0;
    coverUnits(units, arg, value);
    Pick pick;
    if (arg >= 0 && value < kInfiniteFrom) {
        pick.calls = arg * m_unit;
        pick.value = Money::fromMicros(value);
    }
    return pick;
}

CapacityPricer::Pick CapacityPricer::cheapestMinusLinear(qint64 lo, qint64 hi, Money perCall) const {
    Pick pick;
    if (hi < 0 || hi < lo)
        return pick;
    const qint64 loUnits = lo <= 0 ? 0 : (lo + m_unit - 1) / m_unit;
    const qint64 hiUnits = hi / m_unit;
    if (loUnits > hiUnits)
        return pick;
    const Int128 perUnit = perCall.micros() * m_unit;
    // The smallest size that is strictly cheaper than the calls it saves: p/s < perUnit, i.e.
    // p < perUnit * s, multiplied out when the product cannot overflow.
    qint64 profitable = -1;
    const bool smallRate = perUnit >= 0 && perUnit < kNarrowInfinite;
    for (size_t i = 0; i < m_units.size(); ++i) {
        const bool cheaper = smallRate && m_prices[i] >= 0 && m_prices[i] < kNarrowInfinite
                                 ? m_prices[i] < perUnit * m_units[i]
                                 : compareRatio(m_prices[i], m_units[i], perUnit, 1) < 0;
        if (cheaper && (profitable < 0 || m_units[i] < profitable))
            profitable = m_units[i];
    }
    const qint64 from = profitable > 0 ? std::max(loUnits, hiUnits - profitable + 1) : loUnits;
    const qint64 to = profitable > 0 ? hiUnits : std::min(hiUnits, loUnits + m_maxUnits - 1);
    if (from > to)
        return pick;
    if (m_narrow) {
        // Every entry of a 64-bit table is below 2^61 (or the infinite mark); beyond the table
        // a periodic price adds k copies of the best size. When the largest price in the
        // window and perUnit * c both stay below 2^61, the scan below runs in 64 bits and
        // picks exactly what the general one does.
        const qint64 b = m_units[size_t(m_best)];
        const qint64 last = m_periodic ? to : std::min(to, m_size - 1);
        const qint64 periods = last < m_size ? 0 : (last - m_periodStart) / b;
        if (perUnit >= 0 && m_prices[size_t(m_best)] >= 0 &&
            perUnit * last + m_prices[size_t(m_best)] * periods < (Int128(1) << 61))
            return scanMinusLinear64(from, last, static_cast<qint64>(perUnit));
    }
    Int128 best = kInfinity;
    for (qint64 c = from; c <= to; ++c) {
        const Int128 k = priceUnits(c);
        if (k >= kInfiniteFrom)
            continue;
        const Int128 v = k - perUnit * c;
        if (pick.calls < 0 || v < best) {
            best = v;
            pick.calls = c * m_unit;
        }
    }
    if (pick.valid())
        pick.value = Money::fromMicros(best);
    return pick;
}

CapacityPricer::Pick CapacityPricer::scanMinusLinear64(qint64 from, qint64 to, qint64 perUnit) const {
    Pick pick;
    qint64 best = 0;
    auto consider = [&](qint64 k, qint64 c) {
        const qint64 v = k - perUnit * c;
        if (pick.calls < 0 || v < best) {
            best = v;
            pick.calls = c * m_unit;
        }
    };
    qint64 c = std::max<qint64>(from, 0);
    for (const qint64 inTable = std::min(to, m_size - 1); c <= inTable; ++c) {
        if (m_k64[size_t(c)] < kNarrowInfinite)
            consider(m_k64[size_t(c)], c);
    }
    if (c <= to) {
        // Beyond the table (periodic): K(c) = K(c - k * b) + k * p(b), k = (c - X) / b, with
        // c - k * b stepping through one period [X, X + b).
        const qint64 b = m_units[size_t(m_best)];
        const qint64 pb = static_cast<qint64>(m_prices[size_t(m_best)]);
        qint64 k = (c - m_periodStart) / b;
        qint64 reduced = c - k * b;
        for (; c <= to; ++c) {
            if (m_k64[size_t(reduced)] < kNarrowInfinite)
                consider(m_k64[size_t(reduced)] + pb * k, c);
            if (++reduced == m_periodStart + b) {
                reduced = m_periodStart;
                ++k;
            }
        }
    }
    if (pick.valid())
        pick.value = Money::fromMicros(best);
    return pick;
}

CapacityPricer::Mix CapacityPricer::mixBeyondTable(qint64 calls) const {
    Mix result;
    if (calls < 0 || calls % m_unit != 0) {
        result.price = infinity();
        return result;
    }
    qint64 units = calls / m_unit;
    qint64 extra = 0;
    if (units >= m_size) {
        if (!m_periodic) {
            result.price = infinity();
            return result;
        }
        const qint64 b = m_units[size_t(m_best)];
        extra = (units - m_periodStart) / b;
        units -= extra * b;
    }
    const Int128 base = tablePrice(units);
    if (base >= kInfiniteFrom) {
        result.price = infinity();
        return result;
    }
    result.price = Money::fromMicros(base + m_prices[size_t(m_best)] * extra);
    result.packs = m_packs[size_t(units)] + extra;
    result.smallest = m_smallest[size_t(units)];
    if (extra > 0 && (result.smallest < 0 || m_best < result.smallest))
        result.smallest = m_best;
    return result;
}

QList<qint64> CapacityPricer::counts(qint64 calls) const {
    QList<qint64> result(static_cast<qsizetype>(m_units.size()), 0);
    Q_ASSERT(calls % m_unit == 0);
    qint64 units = calls / m_unit;
    if (units >= m_size && m_periodic) {
        const qint64 b = m_units[size_t(m_best)];
        const qint64 k = (units - m_periodStart) / b;
        result[m_best] += k;
        units -= k * b;
    }
    while (units > 0) {
        const int i = m_choice[size_t(units)];
        Q_ASSERT(i >= 0);
        if (i < 0)
            break;
        ++result[i];
        units -= m_units[size_t(i)];
    }
    return result;
}

} // namespace ocp
