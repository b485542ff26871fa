#pragma once

#include "model/billing/Scenario.h"

#include <QList>
#include <QString>
#include <algorithm>

namespace ocp::bench {

// 36 months from 2027-01 with purchases in any month: from nothing to 20,000,000 calls a month
// across `ids`, growing 3 % a month with seasonality. The volumes are not multiples of 1,000
// unless `roundToThousands` asks for them to be.
inline Scenario threeYearsAnyMonth(const QList<QString>& ids, bool roundToThousands = false) {
    Scenario s;
    s.start = YearMonth(2027, 1);
    s.months = 36;
    s.settings.purchasePolicy = PurchasePolicy::Any;
    static const int season[12] = {90, 70, 100, 100, 105, 110, 95, 90, 110, 115, 120, 140};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const qint64 base = i == 0 ? 0 : qint64(20'000'000) * i / qint64(ids.size() - 1) / 3;
        QList<qint64> v;
        qint64 level = base;
        for (int m = 0; m < 36; ++m) {
            const qint64 calls = std::min<qint64>(20'000'000, level * season[m % 12] / 100 + 7 * m + (i % 3));
            v.append(roundToThousands ? calls / 1000 * 1000 : calls);
            level = level * 103 / 100;
        }
        s.volumes.insert(ids.at(i), v);
    }
    return s;
}

} // namespace ocp::bench
