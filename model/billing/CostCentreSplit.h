#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace ocp {

// How one interface's calls are shared between cost centres (departments or projects), in one
// of two ways the user chooses per interface:
// - shares: centre -> share in parts per million (Scenario::kFullShare is 100 %), either one
//   value for every month or one per month of the horizon; each month's shares add up to
//   kFullShare;
// - volumes: centre -> calls per month of the horizon; the interface's volume is their sum
//   (Scenario::volumes holds that sum, so the engine never needs to look here).
// Exactly one of the two maps is used. Centre names are the user's own words, trimmed.
struct CostCentreSplit {
    QMap<QString, QList<qint64>> shares;
    QMap<QString, QList<qint64>> volumes;

    bool byVolumes() const { return !volumes.isEmpty(); }
    bool isEmpty() const { return shares.isEmpty() && volumes.isEmpty(); }
    QStringList centres() const { return byVolumes() ? volumes.keys() : shares.keys(); }

    // What decides centre `centre`'s part of month `month`: its share in ppm, or its calls.
    // The weights of one month are only compared with each other (CostAllocation apportions
    // in proportion to them), so the two ways need no common unit.
    qint64 weightIn(const QString& centre, int month) const {
        const QList<qint64> row = byVolumes() ? volumes.value(centre) : shares.value(centre);
        if (row.isEmpty())
            return 0;
        return row.size() == 1 ? row.first() : row.value(month, 0);
    }

    friend bool operator==(const CostCentreSplit&, const CostCentreSplit&) = default;
};

} // namespace ocp
