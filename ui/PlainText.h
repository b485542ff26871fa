#pragma once

#include <QString>

class QMessageBox;

namespace ocp {

// Names shown in the window come from files colleagues send (scenario, plan and catalog
// names, file paths, imported text). Qt takes text that looks like HTML ("<b>…", "<img …>")
// for rich text in labels, message boxes and tooltips (Qt::AutoText), and Qt Charts shows
// titles, series names and axis labels as HTML. These helpers make such text show as written.
namespace PlainText {

// A tooltip that shows `text` as written: unchanged unless Qt would take it for rich text.
QString toolTip(const QString& text);
// Text for a chart title, series name, slice or axis label: escaped, since charts render HTML.
QString chart(const QString& text);
// The box's text and informative text as plain text.
void apply(QMessageBox& box);

} // namespace PlainText
} // namespace ocp
