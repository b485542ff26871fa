#pragma once

#include <QColor>
#include <QPen>
#include <QString>

namespace ocp {

// The planner's colours, one place for every chart, the better/worse figures of the tables, the
// dialogs' messages and the PDF report, so that the plan is the same blue and postpaid only the same red
// wherever they appear.
namespace ChartPalette {

QColor blue();   // the plan: its purchases, its usage, its line
QColor orange(); // postpaid bills
QColor red();    // postpaid only, expired calls, a figure that got worse
QColor green();  // the recommended or re-optimised plan, funds required, a figure that got better
QColor purple(); // one plan for all scenarios, frozen funds

// Text and cell colours of the tables, dialogs and the PDF report.
QColor errorText();      // error messages, negative amounts
QColor warningText();    // estimates, a note to heed
QColor overriddenText(); // a figure the user overrode
// Low-balance notices: the last pack below 20 %, then used up.
QColor lowBalanceBackground();
QColor lowBalanceText();
QColor usedUpBackground();
QColor usedUpText();
// A figure far outside its row (a typo?).
QColor unusualBackground();
QColor unusualText();
// A month that has happened: its actual calls, locked against edits.
QColor actualBackground();
// The PDF report: titles and their rule, subtitles, footers, table headers, total rows and the
// line under each row.
QColor reportTitle();
QColor reportSubtitle();
QColor reportFooter();
QColor reportHeaderBackground();
QColor reportTotalBackground();
QColor reportRowRule();
// A widget style sheet that sets the text colour: "color: #c02020".
QString textStyleSheet(const QColor& colour);

// The plan's line (solid blue) and the postpaid-only line (dashed red), alike in every chart.
QPen planLine();
QPen postpaidOnlyLine();

} // namespace ChartPalette
} // namespace ocp
