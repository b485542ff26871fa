#include "model/billing/CostCentreCheck.h"

#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/Scenario.h"

#include <QHash>

namespace ocp {

namespace {

constexpr qsizetype kMaxCentreName = 200;

// A share in parts per million as the decimal fraction the user wrote: 600000 -> "0.6".
QString shareText(qint64 ppm) {
    const bool negative = ppm < 0;
    const qint64 v = negative ? -ppm : ppm;
    QString text = QString::number(v / Scenario::kFullShare);
    const qint64 fraction = v % Scenario::kFullShare;
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 6, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return negative ? QLatin1Char('-') + text : text;
}

// The interface's calls per month as Scenario::volumes holds them, whichever key (id or
// Chinese name) they are stored under.
QList<qint64> volumesOf(const Catalog& catalog, const Scenario& scenario, int api) {
    for (auto it = scenario.volumes.constBegin(); it != scenario.volumes.constEnd(); ++it) {
        if (catalog.interfaceIndex(it.key()) == api)
            return *it;
    }
    return {};
}

void checkName(const QString& field, const QString& name) {
    if (name.trimmed().isEmpty())
        throw InputError(QStringLiteral("%1: a cost centre has an empty name").arg(field));
    if (name != name.trimmed())
        throw InputError(QStringLiteral("%1.%2: the cost centre's name starts or ends with spaces").arg(field, name));
    if (name.size() > kMaxCentreName)
        throw InputError(QStringLiteral("%1.%2: the cost centre's name has %3 characters, at most %4")
                             .arg(field, name.left(20) + QStringLiteral("…"))
                             .arg(name.size())
                             .arg(kMaxCentreName));
    if (name.compare(QLatin1String("Unallocated"), Qt::CaseInsensitive) == 0 || name == QStringLiteral("未分配"))
        throw InputError(QStringLiteral("%1.%2: is the name of the line for calls without a split; "
                                        "leave those calls out of the split instead")
                             .arg(field, name));
}

void checkShares(const QString& field, const CostCentreSplit& split, int months) {
    bool perMonth = false;
    for (auto it = split.shares.constBegin(); it != split.shares.constEnd(); ++it) {
        const QString centre = field + QLatin1Char('.') + it.key();
        if (it->size() != 1 && it->size() != months)
            throw InputError(QStringLiteral("%1: has %2 shares, expected 1 or %3 (one per month)")
                                 .arg(centre)
                                 .arg(it->size())
                                 .arg(months));
        perMonth = perMonth || it->size() != 1;
        for (qsizetype m = 0; m < it->size(); ++m) {
            if (it->at(m) < 0) {
                const QString where = it->size() == 1 ? centre : QStringLiteral("%1[%2]").arg(centre).arg(m);
                throw InputError(QStringLiteral("%1: share %2 is negative").arg(where, shareText(it->at(m))));
            }
        }
    }
    for (int m = 0; m < (perMonth ? months : 1); ++m) {
        qint64 sum = 0;
        for (const QString& centre : split.shares.keys())
            sum += split.weightIn(centre, m);
        if (sum != Scenario::kFullShare) {
            const QString where = perMonth ? QStringLiteral("%1[%2]").arg(field).arg(m) : field;
            throw InputError(QStringLiteral("%1: the shares add up to %2, not 1 (100 %)").arg(where, shareText(sum)));
        }
    }
}

void checkVolumes(const QString& field, const CostCentreSplit& split, const QList<qint64>& calls, int months) {
    for (auto it = split.volumes.constBegin(); it != split.volumes.constEnd(); ++it) {
        const QString centre = field + QLatin1Char('.') + it.key();
        if (it->size() != months)
            throw InputError(QStringLiteral("%1: has %2 months of calls, expected %3").arg(centre).arg(it->size()).arg(months));
        for (int m = 0; m < months; ++m) {
            const qint64 v = it->at(m);
            if (v < 0)
                throw InputError(QStringLiteral("%1[%2]: %3 calls is negative").arg(centre).arg(m).arg(v));
            if (v > Scenario::kMaxMonthlyCalls)
                throw InputError(QStringLiteral("%1[%2]: %3 calls is more than %4 a month")
                                     .arg(centre)
                                     .arg(m)
                                     .arg(v)
                                     .arg(Scenario::kMaxMonthlyCalls));
        }
    }
    for (int m = 0; m < months; ++m) {
        qint64 sum = 0;
        for (const QList<qint64>& row : split.volumes)
            sum += row.at(m);
        const qint64 expected = calls.value(m, 0);
        if (sum != expected)
            throw InputError(QStringLiteral("%1[%2]: the cost centres' calls add up to %3, but the interface has %4")
                                 .arg(field)
                                 .arg(m)
                                 .arg(sum)
                                 .arg(expected));
    }
}

} // namespace

void checkCostCentres(const Catalog& catalog, const Scenario& scenario) {
    QHash<int, QString> seen; // interface -> the key that named it first
    for (auto it = scenario.costCentres.constBegin(); it != scenario.costCentres.constEnd(); ++it) {
        const QString field = QStringLiteral("costCentres.") + it.key();
        const int api = catalog.interfaceIndex(it.key());
        if (api < 0)
            throw InputError(QStringLiteral("%1: not an interface of the catalog").arg(field));
        if (seen.contains(api))
            throw InputError(QStringLiteral("%1: the same interface as costCentres.%2; give it one split")
                                 .arg(field, seen.value(api)));
        seen.insert(api, it.key());
        const CostCentreSplit& split = *it;
        if (!split.shares.isEmpty() && !split.volumes.isEmpty())
            throw InputError(QStringLiteral("%1: has both shares and volumes; use one of them").arg(field));
        const QStringList centres = split.centres();
        if (centres.size() > Scenario::kMaxCostCentres)
            throw InputError(QStringLiteral("%1: %2 cost centres, at most %3")
                                 .arg(field)
                                 .arg(centres.size())
                                 .arg(Scenario::kMaxCostCentres));
        for (const QString& centre : centres)
            checkName(field, centre);
        if (split.byVolumes())
            checkVolumes(field, split, volumesOf(catalog, scenario, api), scenario.months);
        else if (!split.shares.isEmpty())
            checkShares(field, split, scenario.months);
    }
}

} // namespace ocp
