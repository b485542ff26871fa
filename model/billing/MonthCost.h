#pragma once

#include "model/billing/Money.h"

#include <QList>
#include <QtGlobal>
#include <limits>

namespace ocp {

// One linear stretch of a month's postpaid cost: `fixed + perCall * x` for x postpaid calls
// in [from, to].
struct CostPiece {
    qint64 from = 0;
    qint64 to = 0; // inclusive
    Money fixed;
    Money perCall;
};

// What x postpaid calls of one resource pack cost in one month, as a function of x. The
// optimizer's reduced problem keeps the tier rules here so that its solvers never look at the
// catalog: a fixed unit price (tier basis "all calls"), all-units tiers selected by the
// postpaid calls themselves, or such tiers shifted by the postpaid calls of other packs of the
// same group that are held fixed. The cost of 0 calls is always 0 (a shift is subtracted).
class MonthCost {
public:
    static constexpr qint64 kUnbounded = std::numeric_limits<qint64>::max() / 4;

    MonthCost() { m_pieces.append({0, kUnbounded, Money(), Money()}); }

    static MonthCost linear(Money perCall);
    // All-units tiers: the volume (x + offset) picks the tier whose bound `upTo` it does not
    // exceed (above the last bound: `above`), and every one of those calls costs that price.
    // The result is the cost of the whole volume minus the cost of `offset` alone.
    static MonthCost tiered(const QList<qint64>& upTo, const QList<Money>& unitPrices, Money above,
                            qint64 offset);

    // All-units tiers chosen by x + offset, but only the x calls priced: x · price(x + offset).
    static MonthCost ownShareOfTiers(const QList<qint64>& upTo, const QList<Money>& unitPrices, Money above,
                                     qint64 offset);

    Money at(qint64 calls) const;
    const QList<CostPiece>& pieces() const { return m_pieces; }
    // True when more postpaid calls never cost less: the condition under which the
    // postponement lemma of docs/optimizer.md holds.
    bool isNonDecreasing() const;

private:
    QList<CostPiece> m_pieces; // ascending, contiguous from 0
};

} // namespace ocp
