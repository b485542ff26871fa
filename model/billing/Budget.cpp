#include "model/billing/Budget.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"

namespace ocp {

BudgetFigures BudgetFigures::of(const Catalog& catalog, const Scenario& scenario) {
    const BillingResult result = BillingEngine::run(catalog, scenario);
    BudgetFigures figures;
    for (int m = 0; m < result.months; ++m) {
        BudgetMonth month;
        month.month = result.start.addMonths(m);
        for (int pack = 0; pack < result.packMonths.size(); ++pack) {
            const Money cost = result.packMonths.at(pack).at(m).total();
            if (cost.isZero())
                continue;
            month.packs.insert(catalog.packs().at(pack).id, cost);
            month.total += cost;
        }
        figures.total += month.total;
        figures.months.append(month);
    }
    return figures;
}

BudgetFigures Budget::figuresOr(const Catalog& catalog) const {
    return figures ? *figures : BudgetFigures::of(catalog, scenario);
}

} // namespace ocp
