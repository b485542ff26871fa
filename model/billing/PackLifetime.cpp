#include "model/billing/PackLifetime.h"

#include "model/billing/BillingResult.h"
#include "model/billing/Catalog.h"
#include "model/billing/Scenario.h"

namespace ocp {

QList<PackLifetime> PackLifetime::forecast(const Catalog& catalog, const Scenario& scenario,
                                           const BillingResult& result) {
    QList<PackLifetime> lines;
    if (result.months != scenario.months || result.holdings.size() != scenario.holdings.size())
        return lines; // results of another scenario (or of a refused one)
    for (int i = 0; i < scenario.holdings.size(); ++i) {
        const Holding& h = scenario.holdings.at(i);
        PackLifetime line;
        line.pack = result.holdings.at(i).pack;
        line.holding = i;
        line.bought = scenario.start;
        line.calls = h.remaining * h.count;
        line.expires = h.expires;
        lines.append(line);
    }
    for (int i = 0; i < scenario.purchases.size(); ++i) {
        const Purchase& p = scenario.purchases.at(i);
        PackLifetime line;
        line.pack = catalog.packIndex(p.packId);
        line.purchase = i;
        line.bought = scenario.monthAt(p.month);
        line.calls = p.size * p.count;
        // Usable in the month of purchase and the months after it, validityMonths in all (R2).
        if (line.pack >= 0)
            line.expires = line.bought.addMonths(catalog.packs().at(line.pack).validityMonths - 1);
        lines.append(line);
    }

    // Where the engine recorded this line's calls, month by month: the month the running
    // total reaches the line's calls is the month it runs out.
    const auto holdingsCount = static_cast<int>(scenario.holdings.size());
    QList<int> runsOutAt(lines.size(), -1);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).calls == 0)
            runsOutAt[i] = 0;
    }
    for (int pack = 0; pack < result.packMonths.size(); ++pack) {
        const QList<PackMonth>& months = result.packMonths.at(pack);
        for (int m = 0; m < months.size(); ++m) {
            for (const BatchUse& use : months.at(m).batchUse) {
                const int i = use.holding >= 0 ? use.holding : holdingsCount + use.purchase;
                if (i < 0 || i >= lines.size())
                    continue;
                PackLifetime& line = lines[i];
                line.used += use.calls;
                if (line.used == line.calls)
                    runsOutAt[i] = m;
            }
        }
    }

    const YearMonth end = scenario.monthAt(scenario.months - 1);
    for (int i = 0; i < lines.size(); ++i) {
        PackLifetime& line = lines[i];
        if (runsOutAt.at(i) >= 0) {
            line.outcome = Outcome::RunsOut;
            line.runsOut = scenario.monthAt(runsOutAt.at(i));
        } else {
            line.unused = line.calls - line.used;
            line.outcome = line.expires <= end ? Outcome::ExpiresUnused : Outcome::UnusedAtEnd;
        }
    }
    return lines;
}

YearMonth PackLifetime::eventMonth(const Scenario& scenario) const {
    switch (outcome) {
    case Outcome::RunsOut:
        return runsOut;
    case Outcome::ExpiresUnused:
        return expires;
    case Outcome::UnusedAtEnd:
        break;
    }
    return scenario.monthAt(scenario.months - 1);
}

} // namespace ocp
