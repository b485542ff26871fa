#include "model/optimizer/PackRanking.h"

#include "model/billing/Catalog.h"

#include <algorithm>

namespace ocp {

Scenario PackRanking::scenarioFor(const Catalog& catalog, const Scenario& scenario, int pack) {
    Scenario out = scenario;
    const int group = catalog.groupOfPack(pack);
    // The purchases of months that have happened stay with the holdings (a year in progress:
    // docs/optimizer.md §2.1); the group's own ones are all that can change its costs.
    const int open = out.actualThrough ? std::clamp(out.start.monthsTo(*out.actualThrough) + 1, 0, out.months) : 0;
    out.purchases.clear();
    for (const Purchase& p : scenario.purchases) {
        const int made = catalog.packIndex(p.packId);
        if (p.month < open && made >= 0 && catalog.groupOfPack(made) == group)
            out.purchases.append(p);
    }
    for (auto it = out.volumes.begin(); it != out.volumes.end();) {
        const int api = catalog.interfaceIndex(it.key());
        if (api >= 0 && catalog.interfaces().at(api).postpaidGroup == group) {
            ++it;
        } else {
            out.billableShare.remove(it.key());
            it = out.volumes.erase(it);
        }
    }
    return out;
}

} // namespace ocp
