#include "model/io/PlanWording.h"

#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/Scenario.h"
#include "model/io/Display.h"
#include "model/optimizer/OptimizerRefusal.h"
#include "model/optimizer/PurchaseOptimizer.h"
#include "model/optimizer/RobustPlanner.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace ocp {
namespace {

// "3 × 100,000": `count` packs of `size` calls, the numbers as `locale` writes them.
QString packsOfSize(const QLocale& locale, qint64 count, qint64 size) {
    return QStringLiteral("%1 × %2").arg(locale.toString(count), locale.toString(size));
}

// Consecutive purchases of one resource pack: "身份证识别 3 × 100,000 + 1 × 10,000; ...".
QString byPack(const Catalog& catalog, const QList<Purchase>& purchases, const QLocale& locale,
               bool chosenLanguageNames) {
    QStringList parts;
    for (qsizetype i = 0; i < purchases.size();) {
        const QString pack = purchases.at(i).packId;
        QStringList sizes;
        for (; i < purchases.size() && purchases.at(i).packId == pack; ++i)
            sizes.append(packsOfSize(locale, purchases.at(i).count, purchases.at(i).size));
        const ResourcePack& rp = catalog.packs().at(catalog.packIndex(pack));
        parts.append(QStringLiteral("%1 %2").arg(chosenLanguageNames ? Display::name(rp.name, rp.nameEn) : rp.name,
                                                 sizes.join(QStringLiteral(" + "))));
    }
    return parts.join(QStringLiteral("; "));
}

QString notProvenNote() {
    return QCoreApplication::translate(
        "PurchaseOptimizer",
        "(The licence packs share a postpaid tier on postpaid calls; with purchases in any "
        "month this is the best plan found by alternating exact searches, not a proven "
        "optimum.)");
}

} // namespace

QString PlanWording::purchases(const Scenario& scenario, const QList<Purchase>& purchases) {
    if (purchases.isEmpty())
        return QCoreApplication::translate("PurchaseOptimizer", "postpaid only");
    const QLocale locale;
    QStringList months;
    for (qsizetype i = 0; i < purchases.size();) {
        const int month = purchases.at(i).month;
        QStringList packs;
        for (; i < purchases.size() && purchases.at(i).month == month; ++i)
            packs.append(packsOfSize(locale, purchases.at(i).count, purchases.at(i).size));
        months.append(QCoreApplication::translate("PurchaseOptimizer", "%1 in %2")
                          .arg(packs.join(QStringLiteral(" + ")), scenario.monthAt(month).toString()));
    }
    return months.join(QStringLiteral("; "));
}

QString PlanWording::purchasesMarkingMade(const Scenario& scenario, const QList<Purchase>& purchases) {
    const int through = scenario.actualThrough ? scenario.start.monthsTo(*scenario.actualThrough) : -1;
    QList<Purchase> made;
    QList<Purchase> added;
    for (const Purchase& p : purchases)
        (p.month <= through ? made : added).append(p);
    if (made.isEmpty())
        return PlanWording::purchases(scenario, added);
    return QCoreApplication::translate("PurchaseOptimizer", "%1 (made); %2")
        .arg(PlanWording::purchases(scenario, made),
             added.isEmpty() ? QCoreApplication::translate("PurchaseOptimizer", "nothing more")
                             : PlanWording::purchases(scenario, added));
}

QString PlanWording::packPurchases(const Scenario& scenario, const QList<Purchase>& purchases,
                                   const QString& packId) {
    QStringList parts;
    for (const Purchase& p : purchases) {
        if (p.packId == packId) {
            parts.append(QCoreApplication::translate("ocp::ResultsModel", "%1 × %2 in %3")
                             .arg(Display::calls(p.count), Display::calls(p.size),
                                  scenario.monthAt(p.month).toString()));
        }
    }
    return parts.isEmpty() ? QCoreApplication::translate("ocp::ResultsModel", "postpaid only")
                           : parts.join(QStringLiteral("; "));
}

QString PlanWording::purchasesByPack(const Catalog& catalog, const QList<Purchase>& purchases) {
    if (purchases.isEmpty())
        return QCoreApplication::translate("ocp::RobustPlanModel", "postpaid only");
    return byPack(catalog, purchases, QLocale(), true);
}

QString PlanWording::purchasesByPackInEnglish(const Catalog& catalog, const YearMonth& month,
                                              const QList<Purchase>& purchases) {
    if (purchases.isEmpty())
        return QStringLiteral("postpaid only");
    return QStringLiteral("%1 in %2").arg(byPack(catalog, purchases, QLocale(QLocale::English), false),
                                          month.toString());
}

QString PlanWording::order(const Catalog& catalog, const Scenario& scenario, int pack, int month) {
    struct SizeCount {
        qint64 size = 0;
        qint64 count = 0;
    };
    const QString& packId = catalog.packs().at(pack).id;
    // Packs of one size bought together, in the order first listed.
    QList<SizeCount> bySize;
    for (const Purchase& p : scenario.purchases) {
        if (p.packId != packId || (month >= 0 && p.month != month))
            continue;
        auto it = std::find_if(bySize.begin(), bySize.end(), [&](const SizeCount& sc) { return sc.size == p.size; });
        if (it == bySize.end())
            bySize.append({p.size, p.count});
        else
            it->count += p.count;
    }
    QStringList parts;
    for (const SizeCount& sc : std::as_const(bySize))
        parts.append(QStringLiteral("%1 × %2").arg(sc.count).arg(sc.size));
    return parts.join(QStringLiteral(" + "));
}

QString PlanWording::explanation(const Scenario& scenario, const PackPlan& plan) {
    const QLocale locale;
    QString text;
    if (plan.billableCalls > 0 && plan.purchases.isEmpty()) {
        text = QCoreApplication::translate(
                   "PurchaseOptimizer",
                   "Postpaid only is cheapest: %1 billable calls beyond the free quota cost %2 元.")
                   .arg(locale.toString(plan.postpaidCalls), plan.postpaidCost.toDisplayString(locale));
        for (const PackAlternative& a : plan.alternatives) {
            if (!a.postpaidOnly) {
                text += u' ' + QCoreApplication::translate("PurchaseOptimizer",
                                                           "The cheapest pack plan (%1) would cost %2 元.")
                                   .arg(purchasesMarkingMade(scenario, a.purchases),
                                        a.total().toDisplayString(locale));
                break;
            }
        }
    } else if (plan.billableCalls > 0) {
        text = QCoreApplication::translate("PurchaseOptimizer", "%1 covers %2 billable calls")
                   .arg(purchasesMarkingMade(scenario, plan.purchases), locale.toString(plan.packCalls));
        if (plan.expiredCalls > 0)
            text += QCoreApplication::translate("PurchaseOptimizer", "; %1 expire unused")
                        .arg(locale.toString(plan.expiredCalls));
        if (plan.postpaidCalls > 0) {
            text += QCoreApplication::translate("PurchaseOptimizer", "; %1 calls stay postpaid (%2 元)")
                        .arg(locale.toString(plan.postpaidCalls), plan.postpaidCost.toDisplayString(locale));
        }
        text += QCoreApplication::translate("PurchaseOptimizer",
                                            "; postpaid only would cost %1 元, this plan %2 元, saving %3 元.")
                    .arg(plan.postpaidOnlyCost.toDisplayString(locale), plan.total().toDisplayString(locale),
                         plan.saving().toDisplayString(locale));
    }
    if (!plan.proven)
        text += u' ' + notProvenNote();
    return text;
}

QString PlanWording::robustGap(const RobustPlan& plan) {
    if (plan.proven || plan.candidates.isEmpty())
        return {};
    const Money gap = plan.robust().maxRegret - plan.regretLowerBound;
    return QCoreApplication::translate(
               "RobustPlanner",
               "The search stopped at its effort limit before proving this plan the best: no plan "
               "has a largest regret below %1 元, so this one is at most %2 元 above the best "
               "possible.")
        .arg(Display::money(plan.regretLowerBound), Display::money(gap));
}

QString PlanWording::refusal(const OptimizerRefusal& refusal) {
    const OptimizerRefusal::Figures& f = refusal.figures();
    const QLocale locale;
    switch (refusal.kind()) {
    case OptimizerRefusal::Kind::CallsOrPricesTooLarge:
        return QCoreApplication::translate(
            "PackPlanSolver", "too many calls or too high prices to find the cheapest packs exactly. Check "
                              "the volumes and prices for a typo (an extra zero?)");
    case OptimizerRefusal::Kind::TooManyCallsToPrice:
        // Told in calls, the figure the user typed, not in table entries.
        return QCoreApplication::translate(
                   "PackPlanSolver",
                   "too many calls to price the packs exactly: the planner weighs up to %1 calls for "
                   "these pack sizes. Check the volumes for a typo (an extra zero?)")
            .arg(locale.toString(f.limit));
    case OptimizerRefusal::Kind::TooManyCallsInValidity:
        return QCoreApplication::translate(
                   "PackPlanSolver",
                   "too many calls to find the cheapest packs exactly: about %1 calls fall within a "
                   "pack's validity, the planner weighs up to %2 for these pack sizes. Check the "
                   "volumes for a typo (an extra zero?) or plan fewer months")
            .arg(locale.toString(f.calls), locale.toString(f.limit));
    case OptimizerRefusal::Kind::NoScenario:
        return QCoreApplication::translate("RobustPlanner", "the plan has no scenario");
    case OptimizerRefusal::Kind::NegativeWeight:
        return QCoreApplication::translate("RobustPlanner", "scenario %1 has a negative weight")
            .arg(f.scenarios.value(0));
    case OptimizerRefusal::Kind::DifferentStartMonths:
        return QCoreApplication::translate(
                   "RobustPlanner",
                   "scenario %1 starts in %2 and scenario %3 in %4; the plan for all scenarios buys "
                   "once, in the first month, so give every scenario the same start month")
            .arg(f.scenarios.value(0), f.starts.value(0).toString(), f.scenarios.value(1), f.starts.value(1).toString());
    case OptimizerRefusal::Kind::NoWeight:
        return QCoreApplication::translate(
            "RobustPlanner", "every scenario has weight 0; give at least one scenario a weight to plan for "
                             "the expected cost");
    case OptimizerRefusal::Kind::DifferentPackPrices:
        return QCoreApplication::translate(
                   "RobustPlanner",
                   "scenarios %1 and %2 give the resource pack %3 different prices; the plan for "
                   "all scenarios buys one set of packs at one price, so override the pack prices "
                   "alike in every scenario")
            .arg(f.scenarios.value(0), f.scenarios.value(1), f.packs.value(0));
    case OptimizerRefusal::Kind::TooManyCombinations:
        // The limits are written as plain numbers, as they always were.
        return QCoreApplication::translate(
                   "RobustPlanner",
                   "the resource packs %1 share one postpaid group and have more than %2 combinations "
                   "of first-month purchases to compare exactly; reduce their volumes or choose the "
                   "tier basis \"all calls\"")
            .arg(f.packs.join(QStringLiteral(", ")))
            .arg(f.limit);
    case OptimizerRefusal::Kind::TooManyComparisons:
        return QCoreApplication::translate(
            "RobustPlanner",
            "the plan with the smallest largest regret needs too many comparisons to be "
            "decided exactly; use fewer scenarios or the method expected-cost");
    case OptimizerRefusal::Kind::ActualMonthsOutsideHorizon:
        return QCoreApplication::translate(
                   "PurchaseOptimizer",
                   "actualThrough: %1 is outside the scenario (%2 to %3); the months that have happened "
                   "must lie within the horizon for the rest to be planned")
            .arg(f.starts.value(0).toString(), f.starts.value(1).toString(), f.starts.value(2).toString());
    case OptimizerRefusal::Kind::DifferentFirstOpenMonths:
        return QCoreApplication::translate(
                   "RobustPlanner",
                   "one set of new purchases for all scenarios is bought in one month, the first after "
                   "the months that have happened: scenario %1 buys from %2 and scenario %3 from %4, so "
                   "give every scenario the same last actual month (actualThrough)")
            .arg(f.scenarios.value(0), f.starts.value(0).toString(), f.scenarios.value(1), f.starts.value(1).toString());
    case OptimizerRefusal::Kind::TooManyPartialPlans:
        return QCoreApplication::translate(
                   "RobustPlanner",
                   "the plan with the smallest largest regret needs more than %1 partial plans to "
                   "be decided exactly; use fewer scenarios or the method expected-cost")
            .arg(f.limit);
    }
    return refusal.message();
}

QString PlanWording::message(const InputError& error) {
    if (const auto* refused = dynamic_cast<const OptimizerRefusal*>(&error))
        return refusal(*refused);
    return error.message();
}

} // namespace ocp
