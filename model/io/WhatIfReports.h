#pragma once

#include "model/billing/CsvWriter.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace ocp {

class Catalog;
struct AccrualSchedule;
struct BillingResult;
struct ScenarioComparison;
struct RobustPlan;
struct Plan;

// The what-if views as CSV for a spreadsheet: RFC 4180, UTF-8 with a byte order mark, exact
// decimal amounts in 元 and plain call counts, column names in English like the cost report
// (a public contract: see docs/gui.md). The window writes them atomically; the command line
// can build the same documents from a plan file.
namespace WhatIfReports {

// One row per scenario and resource pack in use, then a total row per scenario ("total" in
// the pack column): plan cost, postpaid only, saving and the difference of the plan cost to
// the current scenario; the optimizer's and the plan-wide figures when present.
QStringList comparisonColumns(const ScenarioComparison& comparison);
QList<CsvWriter::Row> comparisonRows(const Catalog& catalog, const ScenarioComparison& comparison);
QByteArray comparisonCsv(const Catalog& catalog, const ScenarioComparison& comparison);

// The robust plan's matrix: one row per candidate plan (each scenario's own optimum, then the
// plan for all scenarios) and scenario, with the plan's cost under that scenario, the
// scenario's own optimum and the regret, and the plan's weighted average cost and largest
// regret on each of its rows.
QStringList robustMatrixColumns();
QList<CsvWriter::Row> robustMatrixRows(const Catalog& catalog, const Plan& plan, const RobustPlan& robust);
QByteArray robustMatrixCsv(const Catalog& catalog, const Plan& plan, const RobustPlan& robust);

// One row per month of the cash flow (R5), the settlement month after the plan included,
// then a total row.
QStringList cashFlowColumns();
QList<CsvWriter::Row> cashFlowRows(const BillingResult& result);
QByteArray cashFlowCsv(const BillingResult& result);

// One row per month ("month"), then per calendar year ("year"), then the prepaid balance
// still valid after the plan ("prepaid after plan"). The year rows and that balance add up to
// the plan's cost.
QStringList budgetYearColumns();
QList<CsvWriter::Row> budgetYearRows(const AccrualSchedule& schedule);
QByteArray budgetYearCsv(const AccrualSchedule& schedule);

} // namespace WhatIfReports
} // namespace ocp
