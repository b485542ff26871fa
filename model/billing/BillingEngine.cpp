#include "model/billing/BillingEngine.h"

#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/PriceBook.h"
#include "model/billing/Scenario.h"

#include <algorithm>

namespace ocp {
namespace {

// A purchase line as the simulation sees it: identical packs bought together, consumed one
// after another, so its balance says how many packs are still usable.
struct Batch {
    int purchase = -1;
    int holding = -1;
    int firstMonth = 0;
    int lastMonth = 0; // last month the packs are usable (R2)
    qint64 packSize = 0;
    qint64 balance = 0;

    qint64 usablePacks() const { return balance <= 0 ? 0 : (balance + packSize - 1) / packSize; }
    // Balance of the pack being consumed now (the others of the batch are still full).
    qint64 currentPackBalance() const {
        return balance <= 0 ? 0 : balance - (usablePacks() - 1) * packSize;
    }
};

// The pack of holding i, after checking what no pack bought before the start can be: a
// holding that expired already, one usable beyond start + 10 months (bought at the latest in
// the month before the start, usable that month and 11 more, R2), or more calls left than
// the pack had.
int checkedHolding(const Catalog& catalog, const Scenario& scenario, int i) {
    const Holding& h = scenario.holdings.at(i);
    const QString field = QStringLiteral("holdings[%1]").arg(i);
    const int pack = catalog.packIndex(h.packId);
    if (pack < 0)
        throw InputError(QStringLiteral("%1.pack: \"%2\" is not a resource pack").arg(field, h.packId));
    if (h.size <= 0 || h.size > Scenario::kMaxPurchaseCalls)
        throw InputError(QStringLiteral("%1.size: %2 calls is out of range").arg(field).arg(h.size));
    if (h.remaining < 0 || h.remaining > h.size)
        throw InputError(QStringLiteral("%1.remaining: %2 calls left, but a pack of this holding has %3 calls")
                             .arg(field)
                             .arg(h.remaining)
                             .arg(h.size));
    if (h.count < 1 || h.count > Scenario::kMaxHeldPacks)
        throw InputError(QStringLiteral("%1.count: %2 is out of range (1 to %3)").arg(field).arg(h.count).arg(Scenario::kMaxHeldPacks));
    if (h.expires < scenario.start)
        throw InputError(QStringLiteral("%1.expires: %2 is before the scenario starts (%3)")
                             .arg(field, h.expires.toString(), scenario.start.toString()));
    const int validity = catalog.packs().at(pack).validityMonths;
    const YearMonth latest = scenario.start.addMonths(validity - 2);
    if (h.expires > latest)
        throw InputError(QStringLiteral("%1.expires: %2 is too late: a pack bought before %3 is usable at most "
                                        "through %4")
                             .arg(field, h.expires.toString(), scenario.start.toString(), latest.toString()));
    return pack;
}

enum class NoticeState { Normal, BelowNotified, DepletedNotified };

// Low-balance notices of one resource pack (R6): only when exactly one usable paid pack is
// left. See depleted() for when the below-20% notice is skipped.
class NoticeTracker {
public:
    void evaluate(const QList<Batch>& live, int month, int pack, QList<LowBalanceNotice>& out) {
        qint64 usable = 0;
        const Batch* last = nullptr;
        for (const Batch& b : live) {
            if (b.balance > 0) {
                usable += b.usablePacks();
                last = &b;
            }
        }
        if (usable == 1 && last && last->currentPackBalance() * 5 < last->packSize) {
            if (m_state == NoticeState::Normal) {
                out.append({month, pack, NoticeKind::BelowTwentyPercent, last->purchase, last->currentPackBalance(),
                            last->holding});
                m_state = NoticeState::BelowNotified;
            }
        } else if (usable > 0) {
            m_state = NoticeState::Normal;
        }
    }

    // The last usable pack was used up by this month's calls. R6: notices go out at whole
    // hours from 10:00 to 22:00, so the longest wait for the next notice is the night, 12
    // hours from 22:00 to 10:00. Calls are spread evenly over the month, so 12 hours bring
    // monthCalls * 12 / (24 * days) = monthCalls / (2 * days) calls. When those reach the
    // last pack's 20% (packSize / 5), a balance that falls below 20% just after 22:00 is 0
    // before 10:00 and only the depleted notice is sent; the planner shows that worst case:
    //   monthCalls / (2 * days) >= packSize / 5  <=>  5 * monthCalls >= 2 * days * packSize.
    void depleted(const Batch& last, int month, int pack, qint64 monthCalls, int daysInMonth,
                  QList<LowBalanceNotice>& out) {
        if (m_state == NoticeState::Normal) {
            const bool nightEatsTwentyPercent = monthCalls * 5 >= last.packSize * 2 * daysInMonth;
            if (!nightEatsTwentyPercent)
                out.append({month, pack, NoticeKind::BelowTwentyPercent, last.purchase, 0, last.holding});
        }
        if (m_state != NoticeState::DepletedNotified)
            out.append({month, pack, NoticeKind::Depleted, last.purchase, 0, last.holding});
        m_state = NoticeState::DepletedNotified;
    }

private:
    NoticeState m_state = NoticeState::Normal;
};

// Simulates one scenario; `withPurchases` false gives the comparison without buying packs. Packs
// already held still serve their calls there: they are paid for, so the comparison shows what
// the plan's purchases save, not what the holdings were worth.
BillingResult simulate(const Catalog& catalog, const Scenario& scenario, const PriceBook& prices,
                       const QList<QList<qint64>>& calls, bool withPurchases) {
    const int months = scenario.months;
    const auto packCount = static_cast<int>(catalog.packs().size());
    const auto groupCount = static_cast<int>(catalog.postpaidGroups().size());

    BillingResult r;
    r.start = scenario.start;
    r.months = months;
    r.packMonths = QList<QList<PackMonth>>(packCount, QList<PackMonth>(months));
    r.groupMonths = QList<QList<GroupMonth>>(groupCount, QList<GroupMonth>(months));
    r.packs = QList<PackSummary>(packCount);

    // Holdings first, then purchases per pack, in the order they were listed: at equal expiry
    // a held pack is used before a bought one (R3 leaves the order free; this is the console's).
    QList<QList<Batch>> pending(packCount);
    r.holdings = QList<HoldingUse>(scenario.holdings.size());
    for (int i = 0; i < scenario.holdings.size(); ++i) {
        const Holding& h = scenario.holdings.at(i);
        const int pack = checkedHolding(catalog, scenario, i);
        // Each held pack is its own batch: they are partly used, so a batch of full packs
        // would miscount the packs left for the low-balance notices (R6).
        for (qint64 c = 0; c < h.count; ++c) {
            Batch b;
            b.holding = i;
            b.firstMonth = 0;
            b.lastMonth = scenario.start.monthsTo(h.expires);
            b.packSize = h.size;
            b.balance = h.remaining;
            pending[pack].append(b);
        }
        r.holdings[i].pack = pack;
        r.holdings[i].atStart = h.remaining * h.count;
    }
    if (withPurchases) {
        for (int i = 0; i < scenario.purchases.size(); ++i) {
            const Purchase& p = scenario.purchases.at(i);
            const int pack = catalog.packIndex(p.packId);
            if (pack < 0)
                throw InputError(QStringLiteral("purchases[%1].pack: \"%2\" is not a resource pack").arg(i).arg(p.packId));
            if (p.month < 0 || p.month >= months)
                throw InputError(QStringLiteral("purchases[%1].month: outside the scenario").arg(i));
            const Money price = prices.packPriceForCalls(pack, p.size); // refuses sizes not sold
            if (p.count < 1 || p.count > Scenario::kMaxPackCount || p.count > Scenario::kMaxPurchaseCalls / p.size)
                throw InputError(QStringLiteral("purchases[%1].count: %2 is out of range").arg(i).arg(p.count));
            Batch b;
            b.purchase = i;
            b.firstMonth = p.month;
            b.lastMonth = p.month + catalog.packs().at(pack).validityMonths - 1;
            b.packSize = p.size;
            b.balance = p.size * p.count;
            pending[pack].append(b);
            PackMonth& pm = r.packMonths[pack][p.month];
            pm.purchasedCalls += b.balance;
            pm.purchaseCost += price * p.count;
        }
    }

    for (int pack = 0; pack < packCount; ++pack) {
        const ResourcePack& rp = catalog.packs().at(pack);
        QList<Batch> live;
        NoticeTracker notices;
        for (int m = 0; m < months; ++m) {
            PackMonth& pm = r.packMonths[pack][m];
            for (const Batch& b : std::as_const(pending[pack])) {
                if (b.firstMonth == m)
                    live.append(b);
            }
            // Earliest expiry first (R3); equal expiry keeps the listed order.
            std::stable_sort(live.begin(), live.end(),
                             [](const Batch& a, const Batch& b) { return a.lastMonth < b.lastMonth; });
            notices.evaluate(live, m, pack, r.notices);

            pm.calls = calls.at(pack).at(m);
            pm.freeCalls = std::min(pm.calls, rp.freeCallsPerMonth);
            qint64 need = pm.calls - pm.freeCalls;
            const Batch* lastConsumed = nullptr;
            for (Batch& b : live) {
                if (need == 0)
                    break;
                if (b.balance == 0)
                    continue;
                const qint64 take = std::min(need, b.balance);
                b.balance -= take;
                need -= take;
                pm.packCalls += take;
                pm.batchUse.append({b.purchase, take, b.holding});
                if (b.holding >= 0)
                    r.holdings[b.holding].used += take;
                lastConsumed = &b;
            }
            pm.postpaidCalls = need;
            const bool anyLeft = std::any_of(live.cbegin(), live.cend(), [](const Batch& b) { return b.balance > 0; });
            if (lastConsumed && !anyLeft)
                notices.depleted(*lastConsumed, m, pack, pm.calls, scenario.monthAt(m).daysInMonth(), r.notices);
            else
                notices.evaluate(live, m, pack, r.notices);

            // Packs whose year ends this month lose what is left (R2).
            for (const Batch& b : std::as_const(live)) {
                if (b.lastMonth != m)
                    continue;
                pm.expiredCalls += b.balance;
                if (b.holding >= 0)
                    r.holdings[b.holding].expired += b.balance;
            }
            live.removeIf([m](const Batch& b) { return b.lastMonth == m; });
            for (const Batch& b : std::as_const(live))
                pm.balance += b.balance;
        }
        for (const Batch& b : std::as_const(live)) {
            r.packs[pack].unusedAtEnd += b.balance;
            if (b.holding >= 0)
                r.holdings[b.holding].unusedAtEnd += b.balance;
        }
    }

    // Postpaid billing per group, all-units (R4).
    const bool tierOnAllCalls = scenario.settings.tierBasis == TierBasis::AllCalls;
    for (int g = 0; g < groupCount; ++g) {
        const QList<int>& packsOfGroup = catalog.packsOfGroup(g);
        for (int m = 0; m < months; ++m) {
            GroupMonth& gm = r.groupMonths[g][m];
            for (int pack : packsOfGroup) {
                gm.calls += r.packMonths[pack][m].calls;
                gm.postpaidCalls += r.packMonths[pack][m].postpaidCalls;
            }
            gm.tierVolume = tierOnAllCalls ? gm.calls : gm.postpaidCalls;
            if (gm.postpaidCalls == 0)
                continue;
            const TierPrice price = prices.tierPrice(g, gm.tierVolume);
            gm.tier = price.tier;
            gm.unitPrice = price.unitPrice;
            gm.listUnitPrice = price.listUnitPrice;
            gm.estimate = price.estimate;
            gm.cost = price.unitPrice * gm.postpaidCalls;
            for (int pack : packsOfGroup) {
                PackMonth& pm = r.packMonths[pack][m];
                if (pm.postpaidCalls == 0)
                    continue;
                pm.tier = price.tier;
                pm.unitPrice = price.unitPrice;
                pm.estimate = price.estimate;
                pm.postpaidCost = price.unitPrice * pm.postpaidCalls;
            }
        }
    }

    // Totals.
    r.categories = QList<PackSummary>(catalog.categories().size());
    for (int pack = 0; pack < packCount; ++pack) {
        PackSummary& s = r.packs[pack];
        for (const PackMonth& pm : std::as_const(r.packMonths[pack]))
            s.add(pm);
    }

    // Cash flow (R5): row m settles month m-1.
    for (int m = 0; m <= months; ++m) {
        CashFlowMonth cf;
        cf.month = scenario.monthAt(m);
        for (int pack = 0; pack < packCount; ++pack) {
            if (m < months)
                cf.packPurchases += r.packMonths[pack][m].purchaseCost;
        }
        if (m > 0) {
            for (int g = 0; g < groupCount; ++g) {
                const GroupMonth& gm = r.groupMonths[g][m - 1];
                cf.billPaid += gm.cost;
                cf.frozen += gm.listUnitPrice * gm.postpaidCalls;
            }
            cf.released = r.cashFlow.constLast().frozen;
        }
        cf.netOutflow = cf.packPurchases + cf.billPaid + cf.frozen - cf.released;
        cf.fundsRequired = cf.packPurchases + cf.billPaid + cf.frozen;
        r.cashFlow.append(cf);
    }
    r.overriddenPrices = prices.overriddenPrices();
    return r;
}

} // namespace

QList<QList<qint64>> BillingEngine::billableCalls(const Catalog& catalog, const Scenario& scenario) {
    const QList<QList<qint64>> perInterface = interfaceBillableCalls(catalog, scenario);
    QList<QList<qint64>> calls(catalog.packs().size(), QList<qint64>(scenario.months, 0));
    for (int api = 0; api < perInterface.size(); ++api) {
        const int pack = catalog.interfaces().at(api).pack;
        for (int m = 0; m < scenario.months; ++m)
            calls[pack][m] += perInterface.at(api).at(m);
    }
    return calls;
}

QList<QList<qint64>> BillingEngine::interfaceBillableCalls(const Catalog& catalog, const Scenario& scenario) {
    QList<QList<qint64>> calls(catalog.interfaces().size(), QList<qint64>(scenario.months, 0));
    for (auto it = scenario.volumes.constBegin(); it != scenario.volumes.constEnd(); ++it) {
        const int api = catalog.interfaceIndex(it.key());
        if (api < 0)
            throw InputError(QStringLiteral("volumes.%1: not an interface of the catalog").arg(it.key()));
        if (it->size() != scenario.months)
            throw InputError(QStringLiteral("volumes.%1: has %2 months, expected %3").arg(it.key()).arg(it->size()).arg(scenario.months));
        const qint64 share = scenario.shareOf(it.key());
        for (int m = 0; m < scenario.months; ++m) {
            const qint64 v = it->at(m);
            if (v < 0 || v > Scenario::kMaxMonthlyCalls)
                throw InputError(QStringLiteral("volumes.%1[%2]: %3 calls is out of range").arg(it.key()).arg(m).arg(v));
            // Only successfully recognised images are billed (R7); round to whole calls.
            const Int128 billed = (Int128(v) * share + Scenario::kFullShare / 2) / Scenario::kFullShare;
            calls[api][m] += static_cast<qint64>(billed);
        }
    }
    return calls;
}

BillingResult BillingEngine::run(const Catalog& catalog, const Scenario& scenario) {
    if (scenario.purchases.size() > Scenario::kMaxPurchases)
        throw InputError(QStringLiteral("purchases: at most %1 are allowed").arg(Scenario::kMaxPurchases));
    qint64 heldPacks = 0;
    for (const Holding& h : scenario.holdings)
        heldPacks += std::clamp<qint64>(h.count, 0, Scenario::kMaxHeldPacks + 1);
    if (heldPacks > Scenario::kMaxHeldPacks)
        throw InputError(QStringLiteral("holdings: %1 packs held; at most %2 are allowed").arg(heldPacks).arg(Scenario::kMaxHeldPacks));
    if (scenario.months < 1 || scenario.months > Scenario::kMaxMonths)
        throw InputError(QStringLiteral("months: %1 is out of range (1 to %2)").arg(scenario.months).arg(Scenario::kMaxMonths));
    const PriceBook prices(catalog, scenario);
    const QList<QList<qint64>> calls = billableCalls(catalog, scenario);
    BillingResult result = simulate(catalog, scenario, prices, calls, true);
    const BillingResult postpaidOnly = simulate(catalog, scenario, prices, calls, false);
    for (int pack = 0; pack < result.packs.size(); ++pack)
        result.packs[pack].postpaidOnlyCost = postpaidOnly.packs.at(pack).total();
    for (int pack = 0; pack < result.packs.size(); ++pack) {
        const PackSummary& s = result.packs.at(pack);
        result.overall.add(s);
        const int category = catalog.categoryIndex(catalog.packs().at(pack).categoryId);
        result.categories[category].add(s);
    }
    return result;
}

} // namespace ocp
