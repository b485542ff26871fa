#pragma once

#include "model/billing/Purchase.h"

#include <QList>
#include <QString>

namespace ocp {

class Catalog;
class InputError;
class OptimizerRefusal;
class YearMonth;
struct PackPlan;
struct RobustPlan;
struct Scenario;

// The one place that words a purchase plan and the optimizer's figures for people: the
// purchase lists, why a pack's plan is the cheapest, and why the optimizer refused. The
// optimizer only returns figures; every view, report and command words them here, in the
// user's language (the translation contexts are those the texts had before, so the
// translations still apply).
class PlanWording {
public:
    // The optimizer's plan of one pack, one group per month as a buyer places the orders:
    // "3 × 100,000 + 2 × 10,000 in 2027-01; 1 × 10,000 in 2027-07", or "postpaid only".
    static QString purchases(const Scenario& scenario, const QList<Purchase>& purchases);
    // The same for a plan of a year in progress: the purchases of the months up to the
    // scenario's actualThrough first, marked "(made)", then the new ones ("nothing more" when
    // none): "1 × 100,000 in 2027-01 (made); 2 × 100,000 in 2027-04". As purchases() when
    // none was made.
    static QString purchasesMarkingMade(const Scenario& scenario, const QList<Purchase>& purchases);
    // The purchases of one pack (`packId`) one by one, as the results table lists them:
    // "3 × 100,000 in 2027-01; 1 × 10,000 in 2027-07", or "postpaid only".
    static QString packPurchases(const Scenario& scenario, const QList<Purchase>& purchases,
                                 const QString& packId);
    // A plan bought in one month, by resource pack in the user's language:
    // "ID card 3 × 100,000; Driver licence 3 × 10,000 + 6 × 1,000", or "postpaid only".
    static QString purchasesByPack(const Catalog& catalog, const QList<Purchase>& purchases);
    // The same for the command line's English text, with the catalogue's own names and the
    // month: "身份证识别 3 × 100,000; 驾驶证识别 3 × 10,000 + 6 × 1,000 in 2027-01".
    static QString purchasesByPackInEnglish(const Catalog& catalog, const YearMonth& month,
                                            const QList<Purchase>& purchases);
    // The packs bought for `pack` in `month` (the whole horizon when month < 0), summed by
    // size, with plain numbers for a cost report: "3 × 100000 + 2 × 10000".
    static QString order(const Catalog& catalog, const Scenario& scenario, int pack, int month);

    // Why the optimizer's plan for one pack is the cheapest: the calls the packs cover, the
    // calls expiring unused, the calls staying postpaid and the saving; empty for a pack with
    // no calls. A plan that is not a proven optimum says so.
    static QString explanation(const Scenario& scenario, const PackPlan& plan);

    // When the plan for all scenarios is the best found rather than proven best (the search
    // reached its effort limit): how far from the best it can be. Empty when it is proven.
    static QString robustGap(const RobustPlan& plan);

    // Why the optimizer refused, and what the user can do about it.
    static QString refusal(const OptimizerRefusal& refusal);
    // What to show where bad input is caught: the optimizer's refusals worded as above, any
    // other InputError's own message.
    static QString message(const InputError& error);
};

} // namespace ocp
