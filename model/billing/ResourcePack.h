#pragma once

#include "model/billing/Money.h"

#include <QList>
#include <QString>

#include <QtGlobal>
#include <optional>

namespace ocp {

// One purchasable size of a resource pack, e.g. 100,000 calls for 5,000 元.
struct PackSize {
    qint64 calls = 0;
    Money price;
};

// A prepaid resource pack (资源包): the unit that is bought, that shares the monthly free
// quota, and whose balance serves every interface assigned to it.
struct ResourcePack {
    QString id;
    QString name;   // Chinese, as published
    QString nameEn;
    QString categoryId; // the category it is totalled under
    QList<PackSize> sizes; // ascending by calls
    qint64 freeCallsPerMonth = 0;
    int validityMonths = 12;

    // The size with exactly these calls, or nullptr.
    const PackSize* size(qint64 calls) const {
        for (const PackSize& s : sizes) {
            if (s.calls == calls)
                return &s;
        }
        return nullptr;
    }
};

} // namespace ocp
