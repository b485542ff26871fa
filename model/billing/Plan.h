#pragma once

#include "model/billing/AccountingSettings.h"
#include "model/billing/Budget.h"
#include "model/billing/Scenario.h"

#include <QList>
#include <QString>

namespace ocp {

// How the robust plan weighs the scenarios of a plan file.
enum class RobustMethod {
    ExpectedCost, // minimum of the weighted average cost
    MinMaxRegret, // minimum of the largest regret against each scenario's own optimum
};

QString toString(RobustMethod method);
std::optional<RobustMethod> robustMethodFromString(const QString& text);

// A planning document: several scenarios of one budget (基准 / 保守 / 乐观 …) and how to
// choose one purchase plan that holds up under all of them.
struct Plan {
    QString name;
    QList<Scenario> scenarios;          // never empty in a valid plan
    QList<qint64> weights;              // per scenario, parts per million; used by ExpectedCost
    int current = 0;                    // the scenario the window shows
    RobustMethod robustMethod = RobustMethod::ExpectedCost;
    // The approved budget the year is measured against, once the user approved one.
    std::optional<Budget> budget;
    // How the plan's cost is charged to cost centres and its packs booked.
    AccountingSettings accounting;

    // A plan holding one scenario, with full weight.
    static Plan single(const Scenario& scenario);
    // Weight of scenario i; equal weights when none were given.
    qint64 weightOf(int i) const;
    // A scenario name that is not used yet, built from `base` ("保守", "保守 2", …).
    QString uniqueName(const QString& base) const;

    friend bool operator==(const Plan&, const Plan&) = default;
};

} // namespace ocp
