#pragma once

#include "model/billing/Money.h"

#include <QString>
#include <QVariant>
#include <optional>

namespace ocp {

// One cell of a table of figures: an amount of money, a number of calls or plain text. The
// ledger, the results and the pack alternatives show their figures alike through it.
struct FigureCell {
    std::optional<Money> money;
    std::optional<qint64> calls;
    QString text;
    QString toolTip;
    bool estimate = false;
    // Right-aligned like a figure although it is text (ranks, tiers, unit prices).
    bool alignRight = false;

    void setMoney(Money amount, bool isEstimate) {
        money = amount;
        estimate = isEstimate;
    }
    // Writes the amount or the calls as text, an estimated amount with "≈ ". True when it
    // marked an estimate, which the caller then explains in the tooltip.
    bool formatFigure();
    // The display, tooltip, money, calls and alignment roles (figures and alignRight text to
    // the right, other text as the view has it); nothing for any other role.
    std::optional<QVariant> commonData(int role) const;
    // Money by its rounded fen, then calls, else the text.
    QVariant sortKey() const;

    // The usual roles of a cell that is only an amount: display text (≈ marks an estimate),
    // exact amount, sort key, right alignment and EstimateRole; a table without estimates
    // passes nullopt and leaves EstimateRole unanswered.
    static QVariant moneyData(Money amount, int role, std::optional<bool> estimate = false);
};

} // namespace ocp
