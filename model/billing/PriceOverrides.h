#pragma once

#include "model/billing/Money.h"

#include <QMap>
#include <QString>

#include <QtGlobal>

namespace ocp {

// Discounted or negotiated prices that replace the catalog's list prices in one scenario (R8).
struct PriceOverrides {
    QMap<QString, QMap<qint64, Money>> packPrices; // pack id -> pack size (calls) -> price
    QMap<QString, QMap<int, Money>> tierPrices;          // group id -> tier index -> unit price

    bool isEmpty() const { return packPrices.isEmpty() && tierPrices.isEmpty(); }
    friend bool operator==(const PriceOverrides&, const PriceOverrides&) = default;
};

} // namespace ocp
