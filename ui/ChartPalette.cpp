#include "ChartPalette.h"

namespace ocp::ChartPalette {

QColor blue() {
    return QColor(0x2E, 0x6F, 0xB7);
}

QColor orange() {
    return QColor(0xE8, 0x8A, 0x2E);
}

QColor red() {
    return QColor(0xC0, 0x39, 0x2B);
}

QColor green() {
    return QColor(0x1E, 0x84, 0x49);
}

QColor purple() {
    return QColor(0x8E, 0x44, 0xAD);
}

QPen planLine() {
    QPen pen(blue());
    pen.setWidthF(2.5);
    return pen;
}

QPen postpaidOnlyLine() {
    QPen pen(red());
    pen.setWidthF(2.0);
    pen.setStyle(Qt::DashLine);
    return pen;
}

} // namespace ocp::ChartPalette
