#include "model/optimizer/ChainSolver.h"

#include "model/billing/InputError.h"

#include <QHash>
#include <algorithm>
#include <bit>
#include <memory>
#include <optional>
#include <vector>

namespace ocp {
namespace {

// Position programme limits: decisions are kept for reconstruction.
constexpr qint64 kMaxDecisionBytes = qint64(768) << 20;
constexpr qint64 kMaxWork = qint64(4) << 30;

// Lays `counts` of `demand`'s sizes on the call axis from position `start`, month by month:
// in each month from `firstMonth` packs are dated that month until the month is covered; the
// remaining packs are dated `lastMonth`. With `reserveFinal`, one largest pack is kept back for
// `lastMonth` so that the last batch is never empty. Valid when the chains are free (lemma
// "free laying" in docs/optimizer.md).
void layOut(const PackDemand& demand, qint64 start, const QList<qint64>& counts, int firstMonth,
            int lastMonth, bool reserveFinal, PackPurchasePlan& out) {
    QList<qint64> left = counts;
    int reserved = -1;
    if (reserveFinal) {
        for (qsizetype i = left.size() - 1; i >= 0; --i) {
            if (left.at(i) > 0) {
                --left[i];
                reserved = static_cast<int>(i);
                break;
            }
        }
    }
    qint64 covered = start;
    qsizetype next = left.size() - 1; // largest size first
    for (int t = firstMonth; t < lastMonth; ++t) {
        const qint64 target = demand.prefix(t + 1);
        while (covered < target) {
            while (next >= 0 && left.at(next) == 0)
                --next;
            if (next < 0)
                break;
            // Take as many of this size as the month still needs, at least one.
            const qint64 calls = demand.sizes().at(next).calls;
            const qint64 take =
                std::min(left.at(next), std::max<qint64>(1, (target - covered + calls - 1) / calls));
            out.add(t, static_cast<int>(next), take);
            left[next] -= take;
            covered += take * calls;
        }
    }
    for (qsizetype i = 0; i < left.size(); ++i)
        out.add(lastMonth, static_cast<int>(i), left.at(i));
    if (reserved >= 0)
        out.add(lastMonth, reserved, 1);
}

} // namespace

ChainSolver::ChainSolver(const PackDemand& demand, const CapacityPricer& pricer)
    : m_demand(demand)
    , m_pricer(pricer) {
    // The most calls one pack can serve: those of a validity window from a month's start.
    qint64 window = 0;
    for (int t = 0; t < demand.months(); ++t)
        window = std::max(window, demand.prefix(t + demand.validity()) - demand.prefix(t));
    for (const PackDemand::Size& s : demand.sizes()) {
        m_oversized.append(s.calls > window);
        if (s.calls <= window)
            m_largestNormal = std::max(m_largestNormal, s.calls);
    }
}

bool ChainSolver::chainsAreFree() const {
    const int months = m_demand.months();
    const int v = m_demand.validity();
    // Without packs that can run out every chain is a single batch: nothing to lay out.
    if (m_largestNormal == 0)
        return true;
    for (int t = 0; t + v <= months - 1; ++t) {
        if (m_demand.prefix(t + v) - m_demand.prefix(t + 1) < m_largestNormal)
            return false;
    }
    return true;
}

PackPurchasePlan ChainSolver::solve() const {
    return chainsAreFree() ? solveFreeChains() : solvePositions();
}

// ---------------------------------------------------------------------------------------------
// Free chains: states are month boundaries with the earliest month the next batch may be dated.

PackPurchasePlan ChainSolver::solveFreeChains() const {
    const PackDemand& d = m_demand;
    const int months = d.months();
    const int v = d.validity();
    const int slots = std::max(1, std::min(v, months));
    const qint64 total = d.total();

    // Packs that can run out ("normal") get their own price table; oversized ones only ever sit
    // in the last batch of a chain.
    QList<PackDemand::Size> normalSizes;
    QList<int> normalIndex;
    for (qsizetype i = 0; i < d.sizes().size(); ++i) {
        if (!m_oversized.at(i)) {
            normalSizes.append(d.sizes().at(i));
            normalIndex.append(static_cast<int>(i));
        }
    }
    const bool anyOversized = normalSizes.size() < d.sizes().size();
    std::optional<CapacityPricer> ownNormal;
    if (anyOversized && !normalSizes.isEmpty())
        ownNormal.emplace(normalSizes, total);
    // No normal sizes: chains are single batches only.
    const CapacityPricer* normal = anyOversized ? (ownNormal ? &*ownNormal : nullptr) : &m_pricer;
    // The cheapest oversized pack: one is enough to reach the end of any window (see
    // lastBatch below), so no other mix of them is ever needed.
    int cheapestOversized = -1;
    for (qsizetype i = 0; i < d.sizes().size(); ++i) {
        if (m_oversized.at(i) &&
            (cheapestOversized < 0 || d.sizes().at(i).price < d.sizes().at(cheapestOversized).price))
            cheapestOversized = static_cast<int>(i);
    }
    auto toFull = [&](const QList<qint64>& normalCounts) {
        QList<qint64> full(d.sizes().size(), 0);
        for (qsizetype i = 0; i < normalCounts.size(); ++i)
            full[normalIndex.at(i)] = normalCounts.at(i);
        return full;
    };

    enum Kind { FullPostpaid, Stop, CutMulti, CoverMulti, CutSingle };
    struct Decision {
        Kind kind = FullPostpaid;
        int month = 0;          // stop month, or the month the last batch is dated
        qint64 capacity = 0;    // of the normal packs (all packs for a single batch)
        bool oversized = false; // the last batch also holds the cheapest oversized pack
    };
    // value/decision of position prefix(mu) with the next batch dated >= mu - slot.
    std::vector<Int128> value(size_t(months) * size_t(slots), 0);
    std::vector<Decision> decision(size_t(months) * size_t(slots));

    auto at = [&](int mu, int slot) {
        return size_t(mu) * size_t(slots) + size_t(slot);
    };
    // H(prefix(k), dated >= tau).
    auto boundary = [&](int k, int tau) -> Int128 {
        const int mu = d.monthOf(d.prefix(k));
        if (mu >= months)
            return 0;
        const int lowest = std::max({tau, mu - v + 1, 0});
        const int slot = std::clamp(mu - lowest, 0, slots - 1);
        return value[at(mu, slot)];
    };
    auto fresh = [&](int k) {
        return boundary(k, k);
    };

    for (int mu = months - 1; mu >= 0; --mu) {
        if (d.demand(mu) == 0)
            continue;
        const qint64 x = d.prefix(mu);
        Int128 best = d.postpaidCost(mu, d.demand(mu)).micros() + fresh(mu + 1);
        Decision bestDecision{FullPostpaid, mu, 0, false};
        auto consider = [&](Int128 candidate, const Decision& dec) {
            if (candidate < best) {
                best = candidate;
                bestDecision = dec;
            }
        };
        // A chain that ends in month m2 with `rest` postpaid calls there (all its packs run
        // out, so none is oversized).
        for (int m2 = mu; normal && m2 < months; ++m2) {
            const qint64 dm = d.demand(m2);
            if (dm == 0)
                continue;
            const qint64 end = d.prefix(m2 + 1);
            const Int128 after = fresh(m2 + 1);
            for (const CostPiece& p : d.cost(m2).pieces()) {
                const qint64 restFrom = std::max<qint64>(p.from, 0);
                const qint64 restTo = std::min(p.to, dm);
                if (restFrom > restTo)
                    continue;
                const CapacityPricer::Pick pick =
                    normal->cheapestMinusLinear(end - restTo - x, end - restFrom - x, p.perCall);
                if (!pick.valid())
                    continue;
                consider(pick.value.micros() + p.fixed.micros() + (p.perCall * (end - x)).micros() + after,
                         {Stop, m2, pick.calls, false});
            }
        }
        // A chain whose last batch, dated `last` > mu, lasts until it expires at `end`: normal
        // packs cover the months before `last` (capacity >= before), the last batch holds the
        // rest. Either every pack is normal (capacity >= whole), or the last batch has oversized
        // packs; one of them already exceeds any window, so the cheapest single one is best.
        auto lastBatch = [&](int last, qint64 end, Int128 after, Kind kind) {
            if (!normal)
                return;
            const qint64 before = d.prefix(last) - x;
            if (const CapacityPricer::Pick pick = normal->cheapestCovering(end - x); pick.valid())
                consider(pick.value.micros() + after, {kind, last, pick.calls, false});
            if (cheapestOversized >= 0) {
                if (const CapacityPricer::Pick pick = normal->cheapestCovering(before); pick.valid()) {
                    consider(pick.value.micros() + d.sizes().at(cheapestOversized).price.micros() + after,
                             {kind, last, pick.calls, true});
                }
            }
        };
        for (int tn = mu + 1; tn + v < months; ++tn)
            lastBatch(tn, d.prefix(tn + v), boundary(tn + v, tn + 1), CutMulti);
        // Covering everything to the end of the horizon with a last batch dated months - v.
        if (mu + v < months)
            lastBatch(months - v, total, 0, CoverMulti);
        // One batch dated t <= mu (earlier only when the state allows) that lasts until it
        // expires, or to the end of the horizon.
        Int128 running = best;
        Decision runningDecision = bestDecision;
        for (int slot = 0; slot < slots; ++slot) {
            const int t = mu - slot;
            if (t >= 0 && t >= mu - v + 1) {
                const qint64 end = d.prefix(t + v);
                if (const CapacityPricer::Pick pick = m_pricer.cheapestCovering(end - x); pick.valid()) {
                    const Int128 candidate =
                        pick.value.micros() + (t + v < months ? boundary(t + v, t + 1) : 0);
                    if (candidate < running) {
                        running = candidate;
                        runningDecision = {CutSingle, t, pick.calls, false};
                    }
                }
            }
            value[at(mu, slot)] = running;
            decision[at(mu, slot)] = runningDecision;
        }
    }

    // Reconstruction.
    PackPurchasePlan solution;
    int k = 0;
    int tau = 0;
    while (true) {
        const int mu = d.monthOf(d.prefix(k));
        if (mu >= months)
            break;
        const int lowest = std::max({tau, mu - v + 1, 0});
        const Decision& dec = decision[at(mu, std::clamp(mu - lowest, 0, slots - 1))];
        const qint64 x = d.prefix(mu);
        switch (dec.kind) {
        case FullPostpaid:
            k = mu + 1;
            tau = k;
            break;
        case Stop:
            layOut(d, x, toFull(normal->counts(dec.capacity)), mu, dec.month, false, solution);
            k = dec.month + 1;
            tau = k;
            break;
        case CutMulti:
        case CoverMulti: {
            layOut(d, x, toFull(normal->counts(dec.capacity)), mu, dec.month, !dec.oversized, solution);
            if (dec.oversized)
                solution.add(dec.month, cheapestOversized, 1);
            k = dec.kind == CutMulti ? dec.month + v : months;
            tau = dec.month + 1;
            break;
        }
        case CutSingle: {
            const QList<qint64> counts = m_pricer.counts(dec.capacity);
            for (qsizetype i = 0; i < counts.size(); ++i)
                solution.add(dec.month, static_cast<int>(i), counts.at(i));
            k = dec.month + v;
            tau = dec.month + 1;
            break;
        }
        }
        if (k >= months)
            break;
    }
    solution.evaluate(d);
    Q_ASSERT(solution.total().micros() == fresh(0));
    return solution;
}

} // namespace ocp

namespace ocp {

// ---------------------------------------------------------------------------------------------
// Positions: H(q, slot) is the cheapest cost of everything from position q on, given that the
// chain is active at q (all calls before q are covered and nothing live remains beyond q) and
// that the next pack may be dated from month(q) - slot on. A pack of size s dated t moves the
// chain to q + s, or, when q + s passes prefix(t + validity), ends it with calls expiring there.
namespace {

// Storage the programme overwrites before it reads: kept per thread between runs (up to a
// modest size), so that re-planning does not fault fresh pages in every time.
template <typename T> class ScratchBuffer {
public:
    T* get(size_t count, std::unique_ptr<T[]>& own) {
        constexpr size_t kKeepBytes = size_t(64) << 20;
        if (count * sizeof(T) > kKeepBytes) {
            own = std::make_unique_for_overwrite<T[]>(count);
            return own.get();
        }
        if (count > m_size) {
            m_data = std::make_unique_for_overwrite<T[]>(count);
            m_size = count;
        }
        return m_data.get();
    }

private:
    std::unique_ptr<T[]> m_data;
    size_t m_size = 0;
};

template <typename V>
PackPurchasePlan positions(const PackDemand& d, const CapacityPricer& pricer, V infinite) {
    const int months = d.months();
    const int v = d.validity();
    const bool monotone = d.isMonotone();
    const int slots = monotone ? 1 : std::max(1, std::min(v, months));
    const qint64 g = pricer.unit();
    const qint64 total = d.total();
    const int n = static_cast<int>(d.sizes().size());
    std::vector<qint64> sizeCalls;
    std::vector<V> sizePrice;
    std::vector<qint64> sizeUnits;
    for (const PackDemand::Size& s : d.sizes()) {
        sizeCalls.push_back(s.calls);
        sizeUnits.push_back(s.calls / g);
        sizePrice.push_back(static_cast<V>(s.price.micros()));
    }
    const qint64 ringLength = d.largestSize() / g + 1;
    if (qint64(slots) * n + 1 > 65535)
        throw InputError(QStringLiteral("pack %1: too many pack sizes to optimise").arg(d.pack()));

    // Positions that start a chain (month boundaries) fix the residues modulo the gcd.
    struct Residue {
        qint64 r = 0;
        qint64 j0 = 0; // first index: position r + j0 * g
        qint64 j1 = 0; // last index
        qint64 ring = 1; // a power of two: index j lives at j & (ring - 1)
        // Every entry is written before it is read, so neither array is cleared first.
        V* values = nullptr;          // ring of H(., slot)
        quint16* decisions = nullptr; // per index and slot: 0 stop, else 1 + datingOffset * n + size
    };
    std::vector<Residue> residues;
    QHash<qint64, int> residueOf;
    for (int k = 0; k < months; ++k) {
        const qint64 pos = d.prefix(k);
        if (pos >= total)
            break;
        const qint64 r = pos % g;
        if (!residueOf.contains(r)) {
            residueOf.insert(r, static_cast<int>(residues.size()));
            Residue res;
            res.r = r;
            res.j0 = pos / g;
            res.j1 = (total - 1 - r) / g;
            residues.push_back(std::move(res));
        }
    }
    qint64 count = 0;
    for (const Residue& res : residues)
        count += res.j1 - res.j0 + 1;
    if (count * slots * 2 > kMaxDecisionBytes || count * slots * n > kMaxWork) {
        throw InputError(
            QStringLiteral("pack %1: %2 positions are too many to optimise exactly with these volumes and "
                           "settings (try the all-calls tier basis or the start policy)")
                .arg(d.pack())
                .arg(count));
    }
    size_t valueCount = 0;
    size_t decisionCount = 0;
    for (Residue& res : residues) {
        const qint64 positionsOfResidue = res.j1 - res.j0 + 1;
        res.ring = qint64(std::bit_ceil(quint64(std::min(ringLength, positionsOfResidue))));
        valueCount += size_t(res.ring) * size_t(slots);
        decisionCount += size_t(positionsOfResidue) * size_t(slots);
    }
    thread_local ScratchBuffer<V> valueScratch;
    thread_local ScratchBuffer<quint16> decisionScratch;
    std::unique_ptr<V[]> ownValues;
    std::unique_ptr<quint16[]> ownDecisions;
    V* nextValues = valueScratch.get(valueCount, ownValues);
    quint16* nextDecisions = decisionScratch.get(decisionCount, ownDecisions);
    for (Residue& res : residues) {
        res.values = nextValues;
        res.decisions = nextDecisions;
        nextValues += size_t(res.ring) * size_t(slots);
        nextDecisions += size_t(res.j1 - res.j0 + 1) * size_t(slots);
    }

    std::vector<V> hb(size_t(months) * size_t(slots), 0);
    auto boundarySlot = [&](int mu, int tau) {
        if (monotone)
            return 0;
        const int lowest = std::max({tau, mu - v + 1, 0});
        return std::clamp(mu - lowest, 0, slots - 1);
    };
    auto boundary = [&](int k, int tau) -> V {
        const int mu = d.monthOf(d.prefix(k));
        if (mu >= months)
            return 0;
        return hb[size_t(mu) * size_t(slots) + size_t(boundarySlot(mu, tau))];
    };

    std::vector<V> bestPerDating(static_cast<size_t>(slots));
    std::vector<int> sizePerDating(static_cast<size_t>(slots));
    std::vector<int> monthOfNext(static_cast<size_t>(n));
    std::vector<qint64> jCut(static_cast<size_t>(n));
    for (int mu = months - 1; mu >= 0; --mu) {
        if (d.demand(mu) == 0)
            continue;
        const qint64 start = d.prefix(mu);
        const qint64 end = d.prefix(mu + 1);
        const V after = boundary(mu + 1, mu + 1);
        // The month's cost pieces in V, for the postpaid rest of the month at every position.
        std::vector<qint64> pieceTo;
        std::vector<V> pieceFixed;
        std::vector<V> pieceSlope;
        const QList<CostPiece>& costPieces = d.cost(mu).pieces();
        for (qsizetype i = 0; i < costPieces.size(); ++i) {
            const CostPiece& p = costPieces.at(i);
            pieceTo.push_back(i + 1 == costPieces.size() ? MonthCost::kUnbounded : p.to);
            pieceFixed.push_back(static_cast<V>(p.fixed.micros()));
            pieceSlope.push_back(static_cast<V>(p.perCall.micros()));
        }
        const int datings = monotone ? 1 : std::min(slots - 1, mu) + 1;
        // Per dating t = mu - offset: where its packs expire and what follows then.
        std::vector<qint64> reach(static_cast<size_t>(datings));
        std::vector<V> cut(static_cast<size_t>(datings));
        for (int off = 0; off < datings; ++off) {
            const int t = mu - off;
            reach[size_t(off)] = d.prefix(t + v);
            cut[size_t(off)] = boundary(t + v, t + 1);
        }
        for (Residue& res : residues) {
            if (end - 1 < res.r)
                continue;
            const qint64 jHi = (end - 1 - res.r) / g;
            const qint64 lowPos = std::max(start, res.r + res.j0 * g);
            const qint64 jLo = (lowPos - res.r + g - 1) / g;
            if (monotone) {
                // One dating (the month the pack starts, Lemma 4): no month of q + s to follow,
                // one slot per position. The same candidates in the same order as below; a
                // pack reaches the expiry boundary (q + s >= reach) exactly from index jCut on.
                const qint64 reach0 = reach[0];
                const V cut0 = cut[0];
                const qint64 mask = res.ring - 1;
                V* const ring = res.values;
                quint16* const decisions = res.decisions - res.j0;
                for (int i = 0; i < n; ++i) {
                    const qint64 behind = reach0 - sizeCalls[size_t(i)] - res.r;
                    jCut[size_t(i)] = behind <= 0 ? 0 : (behind + g - 1) / g;
                }
                size_t piece = 0;
                for (qint64 j = jHi; j >= jLo; --j) {
                    const qint64 x = end - (res.r + j * g);
                    while (x > pieceTo[piece])
                        ++piece;
                    V running = pieceFixed[piece] + pieceSlope[piece] * static_cast<V>(x) + after;
                    V best = infinite;
                    int bestSize = -1;
                    for (int i = n - 1; i >= 0; --i) {
                        const V next = j >= jCut[size_t(i)] ? cut0 : ring[(j + sizeUnits[size_t(i)]) & mask];
                        const V c = sizePrice[size_t(i)] + next;
                        if (c < best) {
                            best = c;
                            bestSize = i;
                        }
                    }
                    quint16 runningDecision = 0;
                    if (best < running) {
                        running = best;
                        runningDecision = static_cast<quint16>(1 + bestSize);
                    }
                    ring[j & mask] = running;
                    decisions[j] = runningDecision;
                }
                if (res.r + jLo * g == start)
                    hb[size_t(mu)] = ring[jLo & mask];
                continue;
            }
            // The month of q + s only moves down as q does: follow it instead of searching.
            for (int i = 0; i < n; ++i)
                monthOfNext[size_t(i)] = d.monthOf(res.r + jHi * g + sizeCalls[size_t(i)]);
            size_t piece = 0;
            qint64 slotOfJ = jHi % res.ring; // j modulo the ring, kept without dividing
            for (qint64 j = jHi; j >= jLo; --j, slotOfJ = slotOfJ == 0 ? res.ring - 1 : slotOfJ - 1) {
                const qint64 q = res.r + j * g;
                for (int i = 0; i < n; ++i) {
                    int& mo = monthOfNext[size_t(i)];
                    while (mo > 0 && d.prefix(mo) > q + sizeCalls[size_t(i)])
                        --mo;
                }
                // Postpaid rest of the month: x grows as q falls, so the piece index only moves up.
                const qint64 x = end - q;
                while (x > pieceTo[piece])
                    ++piece;
                const V stop = pieceFixed[piece] + pieceSlope[piece] * static_cast<V>(x) + after;
                for (int off = 0; off < datings; ++off) {
                    const int t = mu - off;
                    V best = infinite;
                    int bestSize = -1;
                    for (int i = n - 1; i >= 0; --i) {
                        const qint64 y = q + sizeCalls[size_t(i)];
                        V next;
                        if (y >= reach[size_t(off)]) {
                            next = cut[size_t(off)];
                        } else {
                            const int slot = monotone ? 0 : monthOfNext[size_t(i)] - t;
                            // y is less than a ring ahead of q, so one subtraction wraps it.
                            qint64 ry = slotOfJ + sizeUnits[size_t(i)];
                            if (ry >= res.ring)
                                ry -= res.ring;
                            next = res.values[size_t(ry) * size_t(slots) + size_t(slot)];
                        }
                        const V c = sizePrice[size_t(i)] + next;
                        if (c < best) {
                            best = c;
                            bestSize = i;
                        }
                    }
                    bestPerDating[size_t(off)] = best;
                    sizePerDating[size_t(off)] = bestSize;
                }
                V running = stop;
                quint16 runningDecision = 0;
                const size_t row = size_t(slotOfJ) * size_t(slots);
                const size_t decisionRow = size_t(j - res.j0) * size_t(slots);
                for (int slot = 0; slot < slots; ++slot) {
                    if (slot < datings && bestPerDating[size_t(slot)] < running) {
                        running = bestPerDating[size_t(slot)];
                        runningDecision = static_cast<quint16>(1 + slot * n + sizePerDating[size_t(slot)]);
                    }
                    res.values[row + size_t(slot)] = running;
                    res.decisions[decisionRow + size_t(slot)] = runningDecision;
                    if (q == start)
                        hb[size_t(mu) * size_t(slots) + size_t(slot)] = running;
                }
            }
        }
    }

    // Reconstruction: follow the decisions from the start of the horizon.
    PackPurchasePlan solution;
    qint64 pos = 0;
    int slot = boundarySlot(d.monthOf(0), 0);
    while (true) {
        const int mu = d.monthOf(pos);
        if (mu >= months)
            break;
        const Residue& res = residues[size_t(residueOf.value(pos % g))];
        const qint64 j = pos / g;
        const quint16 code = res.decisions[size_t(j - res.j0) * size_t(slots) + size_t(slot)];
        int nextK = -1;
        int nextTau = 0;
        if (code == 0) {
            nextK = mu + 1;
            nextTau = mu + 1;
        } else {
            const int off = (code - 1) / n;
            const int i = (code - 1) % n;
            const int t = mu - off;
            solution.add(t, i, 1);
            const qint64 y = pos + sizeCalls[size_t(i)];
            if (y >= d.prefix(t + v)) {
                nextK = t + v;
                nextTau = t + 1;
            } else {
                pos = y;
                slot = monotone ? 0 : d.monthOf(y) - t;
            }
        }
        if (nextK >= 0) {
            if (nextK >= months)
                break;
            pos = d.prefix(nextK);
            const int nextMonth = d.monthOf(pos);
            if (nextMonth >= months)
                break;
            slot = boundarySlot(nextMonth, nextTau);
        }
    }
    solution.evaluate(d);
    Q_ASSERT(solution.total().micros() == Int128(boundary(0, 0)));
    return solution;
}

} // namespace

PackPurchasePlan ChainSolver::solvePositions() const {
    // 64-bit sums when every cost the programme can add up stays far below 2^62.
    Int128 bound = 0;
    for (int m = 0; m < m_demand.months(); ++m) {
        for (const CostPiece& piece : m_demand.cost(m).pieces()) {
            const Int128 at = std::max<Int128>(0, piece.fixed.micros()) +
                              std::max<Int128>(0, piece.perCall.micros()) * m_demand.demand(m);
            bound += at;
        }
    }
    Int128 maxPrice = 0;
    for (const PackDemand::Size& s : m_demand.sizes())
        maxPrice = std::max(maxPrice, s.price.micros());
    bound += maxPrice * (m_demand.total() / m_demand.sizes().constFirst().calls + 2);
    if (bound < (Int128(1) << 60))
        return positions<qint64>(m_demand, m_pricer, qint64(1) << 62);
    return positions<Int128>(m_demand, m_pricer, Int128(1) << 121);
}

} // namespace ocp
