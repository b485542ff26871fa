#include "model/billing/BudgetVariance.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/PriceBook.h"
#include "model/billing/Scenario.h"

#include <QMap>
#include <algorithm>

namespace ocp {

void VarianceSplit::add(const VarianceSplit& o) {
    restatedPrices += o.restatedPrices;
    packsBought += o.packsBought;
    expiringUnused += o.expiringUnused;
    volume += o.volume;
    coverage += o.coverage;
    tierPrice += o.tierPrice;
}

void VarianceCell::add(const VarianceCell& o) {
    budget += o.budget;
    cost += o.cost;
    split.add(o.split);
}

namespace {

// One scenario run by the engine, looked up by calendar month.
struct Priced {
    const Scenario* scenario = nullptr;
    BillingResult result;
    QList<QList<Money>> expiring; // [pack][month]: cost of the calls that expire unused then

    // The pack's month, or an empty one outside the horizon.
    PackMonth at(int pack, YearMonth month) const {
        const int m = result.start.monthsTo(month);
        return m >= 0 && m < result.months ? result.packMonths.at(pack).at(m) : PackMonth();
    }
    Money expiringAt(int pack, YearMonth month) const {
        const int m = result.start.monthsTo(month);
        return m >= 0 && m < result.months ? expiring.at(pack).at(m) : Money();
    }
};

// What the calls lost at expiry had cost (R2): a purchase's price per call times the calls it
// still held when its year ended inside the horizon, to the micro-yuan. Held packs cost the
// plan nothing, so their expiry costs nothing here.
Priced price(const Catalog& catalog, const Scenario& scenario) {
    Priced p;
    p.scenario = &scenario;
    p.result = BillingEngine::run(catalog, scenario);
    p.expiring = QList<QList<Money>>(catalog.packs().size(), QList<Money>(p.result.months));
    const PriceBook prices(catalog, scenario);
    for (int i = 0; i < scenario.purchases.size(); ++i) {
        const Purchase& purchase = scenario.purchases.at(i);
        const int pack = catalog.packIndex(purchase.packId);
        const int last = purchase.month + catalog.packs().at(pack).validityMonths - 1;
        if (last >= p.result.months)
            continue;
        qint64 used = 0;
        for (int m = purchase.month; m <= last; ++m) {
            for (const BatchUse& use : p.result.packMonths.at(pack).at(m).batchUse) {
                if (use.purchase == i)
                    used += use.calls;
            }
        }
        const qint64 expired = purchase.size * purchase.count - used;
        if (expired == 0)
            continue;
        const Int128 num = prices.packPriceForCalls(pack, purchase.size).micros() * expired;
        const Int128 den = purchase.size;
        p.expiring[pack][last] += Money::fromMicros((2 * num + den) / (2 * den));
    }
    return p;
}

VarianceSplit splitOf(const PackMonth& b, Money bExpiring, const PackMonth& c, Money cExpiring, Money approved) {
    VarianceSplit s;
    s.restatedPrices = b.total() - approved;
    s.expiringUnused = cExpiring - bExpiring;
    s.packsBought = c.purchaseCost - b.purchaseCost - s.expiringUnused;
    // R4 prices every postpaid call of a month at one unit price: b.postpaidCost is exactly
    // b.postpaidCalls × b.unitPrice, which makes the three parts below add up exactly.
    const Money reference = b.postpaidCalls > 0 ? b.unitPrice : c.unitPrice;
    s.volume = reference * (c.calls - b.calls);
    s.coverage = -(reference * ((c.freeCalls + c.packCalls) - (b.freeCalls + b.packCalls)));
    s.tierPrice = (c.postpaidCalls > 0 ? c.unitPrice - reference : Money()) * c.postpaidCalls;
    return s;
}

} // namespace

BudgetVariance BudgetVariance::compute(const Catalog& catalog, const Budget& budget, const Scenario& scenario) {
    BudgetVariance v;
    v.approvedOn = budget.approvedOn;
    v.scenarioName = scenario.name;
    v.actualThrough = scenario.actualThrough;
    v.figuresStored = budget.figures.has_value();

    const Priced current = price(catalog, scenario);
    std::optional<Priced> approved;
    try {
        approved = price(catalog, budget.scenario);
        v.splitAvailable = true;
    } catch (const InputError& e) {
        if (!budget.figures)
            throw InputError(QStringLiteral("budget.scenario: %1").arg(e.message()));
        v.splitUnavailableReason = e.message();
    }
    const BudgetFigures figures = budget.figures ? *budget.figures : BudgetFigures::of(catalog, budget.scenario);

    // Calendar months of either side, in order.
    QMap<YearMonth, const BudgetMonth*> budgetMonths;
    for (const BudgetMonth& m : figures.months)
        budgetMonths.insert(m.month, &m);
    QList<YearMonth> calendar;
    for (const BudgetMonth& m : figures.months)
        calendar.append(m.month);
    for (int m = 0; m < scenario.months; ++m)
        calendar.append(scenario.monthAt(m));
    if (approved) {
        for (int m = 0; m < budget.scenario.months; ++m)
            calendar.append(budget.scenario.monthAt(m));
    }
    std::sort(calendar.begin(), calendar.end());
    calendar.erase(std::unique(calendar.begin(), calendar.end()), calendar.end());

    // Packs with a cost or calls on either side, in catalog order.
    QList<int> packs;
    for (int pack = 0; pack < catalog.packs().size(); ++pack) {
        const QString& id = catalog.packs().at(pack).id;
        bool used = current.result.packs.at(pack).calls > 0 || !current.result.packs.at(pack).total().isZero();
        if (approved)
            used = used || approved->result.packs.at(pack).calls > 0 || !approved->result.packs.at(pack).total().isZero();
        for (const BudgetMonth& m : figures.months)
            used = used || m.packs.contains(id);
        if (used) {
            packs.append(pack);
            v.packs.append(VariancePack{id, {}, {}, {}, {}});
        }
    }

    for (const YearMonth month : std::as_const(calendar)) {
        VarianceMonth row;
        row.month = month;
        row.actual = scenario.actualThrough && month <= *scenario.actualThrough;
        const BudgetMonth* approvedMonth = budgetMonths.value(month, nullptr);
        for (qsizetype i = 0; i < packs.size(); ++i) {
            const int pack = packs.at(i);
            const QString& id = catalog.packs().at(pack).id;
            VarianceCell cell;
            cell.budget = approvedMonth ? approvedMonth->packs.value(id) : Money();
            const PackMonth c = current.at(pack, month);
            cell.cost = c.total();
            if (approved) {
                cell.split = splitOf(approved->at(pack, month), approved->expiringAt(pack, month), c,
                                     current.expiringAt(pack, month), cell.budget);
            }
            row.all.add(cell);
            row.packs.append(cell);
            VariancePack& total = v.packs[i];
            total.budget += cell.budget;
            (row.actual ? total.actual : total.forecast) += cell.cost;
            total.split.add(cell.split);
        }
        v.budgetTotal += row.all.budget;
        (row.actual ? v.actualTotal : v.forecastTotal) += row.all.cost;
        v.split.add(row.all.split);
        v.months.append(row);
    }
    if (!approved)
        v.split = VarianceSplit();
    return v;
}

std::optional<qint64> BudgetVariance::percentTenths(Money variance, Money budget) {
    if (budget.isZero())
        return std::nullopt;
    const Int128 num = variance.micros() * 1000;
    const Int128 den = budget.micros();
    // Half away from zero, whatever the signs.
    const bool negative = (num < 0) != (den < 0);
    const Int128 a = num < 0 ? -num : num;
    const Int128 b = den < 0 ? -den : den;
    const Int128 rounded = (2 * a + b) / (2 * b);
    return static_cast<qint64>(negative ? -rounded : rounded);
}

QString BudgetVariance::percentText(Money variance, Money budget) {
    const std::optional<qint64> tenths = percentTenths(variance, budget);
    if (!tenths)
        return QString();
    const qint64 a = *tenths < 0 ? -*tenths : *tenths;
    return QStringLiteral("%1%2.%3").arg(*tenths < 0 ? QStringLiteral("-") : QString()).arg(a / 10).arg(a % 10);
}

} // namespace ocp
