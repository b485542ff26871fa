#pragma once

#include "model/billing/Money.h"

#include <QMetaType>
#include <Qt>

namespace ocp {

// Item data roles shared by the planner's models and the views that present them. Models
// stay free of fonts and colours: a view's delegate styles totals and estimates from these.
enum ModelRole : int {
    MoneyRole = Qt::UserRole + 1, // ocp::Money: the exact amount behind a displayed figure
    CallsRole,                    // qint64: the exact call count behind a displayed figure
    SortRole,                     // a value that sorts naturally (numbers as numbers)
    IsTotalRole,                  // bool: a total row or column
    EstimateRole,                 // bool: priced above the top tier without a published price
    KindRole,                     // int: CatalogTreeModel::Kind
    PackIndexRole,                // int: index into Catalog::packs(), -1 for none
    InterfaceIdRole,              // QString: interface (API) id
    PackIdRole,                   // QString: resource pack id
    SearchTextRole,               // QString: id and names in both languages, for filtering
    ChoicesRole,                  // QVariantList of QVariantMap{"value", "label"}: editor choices
    OverriddenRole,               // bool: the scenario replaces the catalog's list price here
    IsCurrentRole,                // bool: the row or column of the scenario the window shows
    DeltaRole,                    // ocp::Money or qint64: this figure minus the current scenario's
    HigherIsBetterRole,           // bool: a rise of this figure is good news (a saving), not a cost
    NoticeKindRole,               // int: NoticesModel::Mark of a month (none, below 20 %, depleted)
    FactorPercentRole,            // int: a volume factor in percent (x of the break-even chart)
    BreakEvenRole,                // bool: the first factor at which this pack size beats postpaid only
    UnusualRole,                  // bool: far outside the other values of its row, likely a typo
    ActualRole,                   // bool: a month that has happened (actual calls, locked)
};

} // namespace ocp

Q_DECLARE_METATYPE(ocp::Money)
