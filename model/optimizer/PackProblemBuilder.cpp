#include "model/optimizer/PackProblemBuilder.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/Scenario.h"

#include <algorithm>
#include <limits>

namespace ocp {
namespace {

qint64 micros(Money m) {
    if (m.micros() > std::numeric_limits<qint64>::max() / 8)
        throw InputError(QStringLiteral("a price is too large to optimise"));
    return static_cast<qint64>(m.micros());
}

} // namespace

PackProblemBuilder::PackProblemBuilder(const Catalog& catalog, const Scenario& scenario)
    : m_catalog(catalog)
    , m_scenario(scenario)
    , m_prices(catalog, scenario)
    , m_calls(BillingEngine::billableCalls(catalog, scenario)) {}

PackProblem PackProblemBuilder::build(int pack) const {
    const ResourcePack& rp = m_catalog.packs().at(pack);
    PackProblem p;
    p.pack = pack;
    p.months = m_scenario.months;
    p.validity = rp.validityMonths;
    for (int i = 0; i < rp.sizes.size(); ++i) {
        p.sizes.append(rp.sizes.at(i).calls);
        p.prices.append(micros(m_prices.packPrice(pack, i)));
    }
    const int group = m_catalog.groupOfPack(pack);
    const PostpaidGroup& pg = m_catalog.postpaidGroups().at(group);
    for (int m = 0; m < p.months; ++m) {
        p.demand.append(std::max<qint64>(0, m_calls.at(pack).at(m) - rp.freeCallsPerMonth));
        PostpaidCostFunction f;
        if (m_scenario.settings.tierBasis == TierBasis::AllCalls) {
            // The tier follows all calls of the group, which no purchase changes.
            qint64 volume = 0;
            for (int other : m_catalog.packsOfGroup(group))
                volume += m_calls.at(other).at(m);
            f.unitMicros = micros(m_prices.tierPrice(group, volume).unitPrice);
        } else {
            f.ladder = true;
            for (int t = 0; t < pg.tiers.size(); ++t) {
                f.tierUpTo.append(pg.tiers.at(t).upTo);
                f.tierMicros.append(micros(m_prices.tierUnitPrice(group, t)));
            }
            f.aboveTopMicros = micros(m_prices.aboveTopTierPrice(group));
        }
        p.postpaid.append(f);
    }
    return p;
}

PackProblem PackProblemBuilder::scaled(int pack, int percent) const {
    PackProblem p = build(pack);
    const ResourcePack& rp = m_catalog.packs().at(pack);
    const int group = m_catalog.groupOfPack(pack);
    for (int m = 0; m < p.months; ++m) {
        const qint64 calls = (m_calls.at(pack).at(m) * percent + 50) / 100;
        p.demand[m] = std::max<qint64>(0, calls - rp.freeCallsPerMonth);
        if (!p.postpaid.at(m).ladder) {
            qint64 volume = calls;
            for (int other : m_catalog.packsOfGroup(group)) {
                if (other != pack)
                    volume += m_calls.at(other).at(m);
            }
            p.postpaid[m].unitMicros = micros(m_prices.tierPrice(group, volume).unitPrice);
        }
    }
    return p;
}

} // namespace ocp
