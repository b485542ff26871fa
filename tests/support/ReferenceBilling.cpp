#include "tests/support/ReferenceBilling.h"

#include <algorithm>

namespace ocp::reference {

namespace {

struct Lot {
    int from = 0;       // first usable month (index)
    int until = 0;      // last usable month (index)
    int heldIndex = -1; // the holding it belongs to, or -1 when bought in the scenario
    int order = 0;      // listing order: holdings before purchases (drawn first at equal expiry)
    qint64 balance = 0;
};

// R7: only the billed share of an interface's calls counts, rounded half up to whole calls.
qint64 billedCalls(qint64 calls, qint64 sharePpm) {
    const Int128 scaled = Int128(calls) * sharePpm;
    return static_cast<qint64>((scaled + Scenario::kFullShare / 2) / Scenario::kFullShare);
}

// R4: one unit price for every postpaid call of the month, chosen by `volume`.
Money unitPrice(const PostpaidGroup& group, qint64 volume) {
    for (const PostpaidTier& tier : group.tiers) {
        if (volume <= tier.upTo)
            return tier.unitPrice;
    }
    return group.aboveTopTierPrice.value_or(group.tiers.last().unitPrice);
}

} // namespace

Bill bill(const Catalog& catalog, const Scenario& scenario) {
    const int months = scenario.months;
    const auto packs = catalog.packs().size();

    QList<QList<qint64>> calls(packs, QList<qint64>(months, 0));
    for (auto it = scenario.volumes.cbegin(); it != scenario.volumes.cend(); ++it) {
        const int pack = catalog.interfaces().at(catalog.interfaceIndex(it.key())).pack;
        for (int m = 0; m < months; ++m)
            calls[pack][m] += billedCalls(it->at(m), scenario.shareOf(it.key()));
    }

    Bill out;
    out.packTotals = QList<Money>(packs);
    out.packPostpaid = QList<qint64>(packs, 0);
    out.packExpired = QList<qint64>(packs, 0);
    out.monthTotals = QList<Money>(months);
    out.holdings = QList<HeldLot>(scenario.holdings.size());

    QList<QList<Lot>> lots(packs);
    int order = 0;
    for (int h = 0; h < scenario.holdings.size(); ++h) {
        const Holding& held = scenario.holdings.at(h);
        const int pack = catalog.packIndex(held.packId);
        for (qint64 c = 0; c < held.count; ++c)
            lots[pack].append(Lot{0, scenario.start.monthsTo(held.expires), h, order++, held.remaining});
        out.holdings[h].atStart = held.remaining * held.count;
    }
    for (const Purchase& p : scenario.purchases) {
        const int pack = catalog.packIndex(p.packId);
        const ResourcePack& rp = catalog.packs().at(pack);
        lots[pack].append(Lot{p.month, p.month + rp.validityMonths - 1, -1, order++, p.size * p.count});
        const Money price = rp.size(p.size)->price * p.count;
        out.packTotals[pack] += price;
        out.monthTotals[p.month] += price;
    }

    QList<QList<qint64>> postpaid(packs, QList<qint64>(months, 0));
    for (qsizetype pack = 0; pack < packs; ++pack) {
        QList<Lot>& mine = lots[pack];
        // R3: earliest expiry first; equal expiry in listing order.
        std::stable_sort(mine.begin(), mine.end(), [](const Lot& a, const Lot& b) {
            return a.until != b.until ? a.until < b.until : a.order < b.order;
        });
        for (int m = 0; m < months; ++m) {
            // R1: the free quota first.
            qint64 need = std::max<qint64>(0, calls[pack][m] - catalog.packs().at(pack).freeCallsPerMonth);
            for (Lot& lot : mine) {
                if (lot.from > m || lot.until < m || need == 0)
                    continue;
                const qint64 take = std::min(need, lot.balance);
                lot.balance -= take;
                need -= take;
                if (lot.heldIndex >= 0)
                    out.holdings[lot.heldIndex].used += take;
            }
            postpaid[pack][m] = need;
            out.packPostpaid[pack] += need;
            // R2: what is left at the end of a lot's last month is lost.
            for (Lot& lot : mine) {
                if (lot.until == m) {
                    out.packExpired[pack] += lot.balance;
                    if (lot.heldIndex >= 0)
                        out.holdings[lot.heldIndex].expired += lot.balance;
                    lot.balance = 0;
                }
            }
        }
        for (const Lot& lot : mine) {
            if (lot.heldIndex >= 0)
                out.holdings[lot.heldIndex].unusedAtEnd += lot.balance;
        }
    }

    for (qsizetype g = 0; g < catalog.postpaidGroups().size(); ++g) {
        const PostpaidGroup& group = catalog.postpaidGroups().at(g);
        for (int m = 0; m < months; ++m) {
            qint64 volume = 0;
            for (qsizetype pack = 0; pack < packs; ++pack) {
                if (catalog.groupOfPack(static_cast<int>(pack)) == g)
                    volume += scenario.settings.tierBasis == TierBasis::AllCalls ? calls[pack][m] : postpaid[pack][m];
            }
            const Money price = unitPrice(group, volume);
            for (qsizetype pack = 0; pack < packs; ++pack) {
                if (catalog.groupOfPack(static_cast<int>(pack)) != g)
                    continue;
                const Money cost = price * postpaid[pack][m];
                out.packTotals[pack] += cost;
                out.monthTotals[m] += cost;
            }
        }
    }
    for (const Money& t : out.packTotals)
        out.total += t;
    return out;
}

} // namespace ocp::reference
