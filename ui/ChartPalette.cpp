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

QColor errorText() {
    return QColor(0xC0, 0x20, 0x20);
}

QColor warningText() {
    return QColor(0xB0, 0x5A, 0x00);
}

QColor overriddenText() {
    return QColor(0x1F, 0x5F, 0xA8);
}

QColor lowBalanceBackground() {
    return QColor(0xFF, 0xE0, 0x99);
}

QColor lowBalanceText() {
    return QColor(0x6B, 0x45, 0x00);
}

QColor usedUpBackground() {
    return QColor(0xF5, 0xB7, 0xB1);
}

QColor usedUpText() {
    return QColor(0x7B, 0x1E, 0x14);
}

QColor unusualBackground() {
    return QColor(0xFF, 0xD5, 0x80);
}

QColor unusualText() {
    return QColor(0x6B, 0x2E, 0x00);
}

QColor actualBackground() {
    return QColor(0xE4, 0xEA, 0xF2); // a quiet grey-blue: settled, not a warning
}

QColor reportTitle() {
    return QColor(0x1F, 0x3A, 0x5F);
}

QColor reportSubtitle() {
    return QColor(0x50, 0x50, 0x50);
}

QColor reportFooter() {
    return QColor(0x70, 0x70, 0x70);
}

QColor reportHeaderBackground() {
    return QColor(0xDD, 0xE6, 0xF0);
}

QColor reportTotalBackground() {
    return QColor(0xF0, 0xF0, 0xF0);
}

QColor reportRowRule() {
    return QColor(0xCC, 0xCC, 0xCC);
}

QString textStyleSheet(const QColor& colour) {
    return QStringLiteral("color: %1").arg(colour.name());
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
