#pragma once

#include <QColor>
#include <QPen>

namespace ocp {

// The planner's colours, one place for every chart and the better/worse figures of the tables,
// so that the plan is the same blue and postpaid only the same red wherever they appear.
namespace ChartPalette {

QColor blue();   // the plan: its purchases, its usage, its line
QColor orange(); // postpaid bills
QColor red();    // postpaid only, expired calls, a figure that got worse
QColor green();  // the recommended or re-optimised plan, funds required, a figure that got better
QColor purple(); // one plan for all scenarios, frozen funds

// The plan's line (solid blue) and the postpaid-only line (dashed red), alike in every chart.
QPen planLine();
QPen postpaidOnlyLine();

} // namespace ChartPalette
} // namespace ocp
