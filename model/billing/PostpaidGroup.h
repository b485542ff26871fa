#pragma once

#include "model/billing/Money.h"

#include <QList>
#include <QString>

#include <QtGlobal>
#include <optional>

namespace ocp {

// One step of the postpaid price ladder: a month whose volume is at most upTo calls (and
// above the previous tier's upTo) is billed at unitPrice for every postpaid call.
struct PostpaidTier {
    qint64 upTo = 0;
    Money unitPrice;
};

// A postpaid billing group (后付费 资源包名称): the unit whose monthly volume selects an
// all-units tier. Usually the same interfaces as one resource pack, but not always.
struct PostpaidGroup {
    QString id;
    QString name;
    QString nameEn;
    QList<PostpaidTier> tiers; // strictly increasing upTo
    // Published price above the top tier; empty when the page says 联系商务 (contact sales).
    std::optional<Money> aboveTopTierPrice;
};

} // namespace ocp
