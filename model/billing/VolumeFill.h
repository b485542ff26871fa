#pragma once

#include <QList>
#include <QtGlobal>
#include <optional>

namespace ocp {

// A fill tool of the volume table, applied to the selected cells. Percentages and factors
// are exact decimals held in millionths (5% -> 5,000,000; factor 1.15 -> 1,150,000) and
// results are rounded half up to whole calls.
struct VolumeFill {
    enum class Kind {
        SetValue,    // every cell gets `value`
        Growth,      // per row, the first selected month grows by `percentMillionths` per month
        Seasonality, // every cell is multiplied by the factor of its calendar month
        Scale,       // every cell changes by `percentMillionths` (+10% or -20%)
        Clear,       // every cell becomes 0
    };

    Kind kind = Kind::SetValue;
    qint64 value = 0;
    qint64 percentMillionths = 0;
    QList<qint64> factorMillionths; // Seasonality: 12 factors, January first

    // base grown by the rate for `months` months; nullopt beyond Scenario::kMaxMonthlyCalls.
    static std::optional<qint64> grown(qint64 base, qint64 percentMillionths, int months);
    static std::optional<qint64> scaled(qint64 value, qint64 percentMillionths);
    static std::optional<qint64> multiplied(qint64 value, qint64 factorMillionths);
};

} // namespace ocp
