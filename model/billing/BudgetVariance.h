#pragma once

#include "model/billing/Budget.h"
#include "model/billing/Money.h"
#include "model/billing/YearMonth.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace ocp {

class Catalog;
struct Scenario;

// Where a variance comes from. The parts are worked out per pack and month against the
// budget scenario priced with today's catalog (B'), and sum exactly to the variance:
//   restatedPrices  = B' − approved figure (prices changed since the approval; 0 otherwise)
//   packsBought     = (pack purchases − B' pack purchases) − expiringUnused
//   expiringUnused  = cost of calls expiring unused − that of B' (R2: lost at expiry)
//   volume          = (billable calls − B' billable calls) × reference unit price
//   coverage        = −(calls served by the free quota and packs − those of B') × reference unit price
//   tierPrice       = postpaid calls × (unit price − reference unit price)   (R4, all-units)
// The reference unit price is B's postpaid unit price of the month, or the scenario's own when
// B' has no postpaid calls then. docs/cli.md (variance) explains each part.
struct VarianceSplit {
    Money restatedPrices;
    Money packsBought;
    Money expiringUnused;
    Money volume;
    Money coverage;
    Money tierPrice;

    Money sum() const { return restatedPrices + packsBought + expiringUnused + volume + coverage + tierPrice; }
    void add(const VarianceSplit& other);

    friend bool operator==(const VarianceSplit&, const VarianceSplit&) = default;
};

// One pack, or all packs, in one calendar month.
struct VarianceCell {
    Money budget;
    Money cost; // actual in actual months, forecast in open months
    VarianceSplit split;

    Money variance() const { return cost - budget; }
    void add(const VarianceCell& other);
};

struct VarianceMonth {
    YearMonth month;
    bool actual = false;       // on or before the scenario's actualThrough
    VarianceCell all;          // all packs
    QList<VarianceCell> packs; // as BudgetVariance::packs
};

// One resource pack over the whole comparison.
struct VariancePack {
    QString packId;
    Money budget;
    Money actual;
    Money forecast;
    VarianceSplit split;

    Money projected() const { return actual + forecast; }
    Money variance() const { return projected() - budget; }
};

// The approved budget against a scenario (actual months + forecast), per calendar month and
// per pack. Months in only one of the two count 0 on the other side.
struct BudgetVariance {
    QDate approvedOn;
    QString scenarioName;
    std::optional<YearMonth> actualThrough;
    bool figuresStored = false;  // the approved figures were stored with the budget
    bool splitAvailable = false; // false when today's catalog refuses the budget scenario
    QString splitUnavailableReason;
    QList<VariancePack> packs;   // catalog order; packs with a cost on either side
    QList<VarianceMonth> months; // calendar order
    Money budgetTotal;
    Money actualTotal;
    Money forecastTotal;
    VarianceSplit split;

    Money projectedTotal() const { return actualTotal + forecastTotal; }
    Money variance() const { return projectedTotal() - budgetTotal; }

    // Throws InputError when the catalog refuses the scenario (or the budget scenario when the
    // budget holds no figures).
    static BudgetVariance compute(const Catalog& catalog, const Budget& budget, const Scenario& scenario);

    // The variance as a share of the budget in tenths of a percent, rounded half away from
    // zero; nullopt when the budget is 0.
    static std::optional<qint64> percentTenths(Money variance, Money budget);
    // "12.5", "-3.0"; empty when the budget is 0.
    static QString percentText(Money variance, Money budget);
};

} // namespace ocp
