#include "model/optimizer/PackRanking.h"

#include "model/billing/Catalog.h"

namespace ocp {

Scenario PackRanking::scenarioFor(const Catalog& catalog, const Scenario& scenario, int pack) {
    Scenario out = scenario;
    out.purchases.clear();
    const int group = catalog.groupOfPack(pack);
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
