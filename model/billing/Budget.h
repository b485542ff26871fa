#pragma once

#include "model/billing/Money.h"
#include "model/billing/Scenario.h"
#include "model/billing/YearMonth.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace ocp {

class Catalog;

// One calendar month of an approved budget: what each resource pack was approved to cost
// (packs bought in the month plus its postpaid bill) and the month's total.
struct BudgetMonth {
    YearMonth month;
    Money total;                // the sum of `packs`
    QMap<QString, Money> packs; // pack id -> cost; a pack not listed costs 0 in the month

    friend bool operator==(const BudgetMonth&, const BudgetMonth&) = default;
};

// The approved figures of a budget, in calendar-month order.
struct BudgetFigures {
    Money total; // the sum of the months
    QList<BudgetMonth> months;

    // The figures of one scenario as the billing engine prices its own purchases today.
    static BudgetFigures of(const Catalog& catalog, const Scenario& scenario);

    friend bool operator==(const BudgetFigures&, const BudgetFigures&) = default;
};

// A scenario frozen as the approved budget of the year. The figures, when stored, are the
// budget: a later catalog price change must not move it. A budget written by a script may
// hold only the scenario; its figures are then computed from it when used.
struct Budget {
    QDate approvedOn;
    Scenario scenario;
    std::optional<BudgetFigures> figures;

    // The stored figures, else those of the scenario priced now (throws InputError when the
    // catalog refuses the scenario).
    BudgetFigures figuresOr(const Catalog& catalog) const;

    friend bool operator==(const Budget&, const Budget&) = default;
};

} // namespace ocp
