#include "model/document/PlanDocument.h"

#include "model/billing/CallApportion.h"
#include "model/billing/InputError.h"
#include "model/billing/JsonReader.h"
#include "model/billing/ScenarioDerivation.h"
#include "model/io/Display.h"
#include "model/io/PlanFile.h"
#include "model/io/ScenarioFile.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace ocp {
namespace {

int validityOf(const Catalog& catalog, const QString& packId) {
    const int pack = catalog.packIndex(packId);
    return pack < 0 ? 12 : catalog.packs().at(pack).validityMonths;
}

} // namespace

PlanDocument::PlanDocument(const Catalog& catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(&catalog)
    , m_plan(Plan::single(emptyScenario()))
    , m_results(new PlanResults(catalog, m_plan, this)) {
    connect(m_results, &PlanResults::resultChanged, this, &PlanDocument::resultChanged);
}

Scenario PlanDocument::emptyScenario() {
    const QDate next = QDate::currentDate().addMonths(1);
    Scenario s;
    s.name = tr("New plan");
    s.start = YearMonth(next.year(), next.month());
    s.months = 12;
    return s;
}

void PlanDocument::setModified(bool modified) {
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

QString PlanDocument::displayName() const {
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_plan.name.isEmpty())
        return m_plan.name;
    if (!scenario().name.isEmpty())
        return scenario().name;
    return tr("Untitled");
}

void PlanDocument::checkIndex(int index) const {
    if (index < 0 || index >= m_plan.scenarios.size())
        throw InputError(tr("there is no scenario %1").arg(index + 1));
}

void PlanDocument::load(const Plan& plan, const QString& filePath) {
    if (plan.scenarios.isEmpty())
        throw InputError(tr("a plan needs at least one scenario"));
    m_plan = plan;
    m_plan.current = std::clamp(m_plan.current, 0, scenarioCount() - 1);
    const bool pathChanged = m_filePath != filePath;
    m_filePath = filePath;
    m_results->planLoaded();
    Q_EMIT planChanged();
    Q_EMIT currentScenarioChanged(m_plan.current);
    Q_EMIT scenarioReplaced();
    Q_EMIT resultChanged();
    if (pathChanged)
        Q_EMIT filePathChanged(m_filePath);
    Q_EMIT loaded();
    setModified(false);
}

void PlanDocument::restore(const Plan& plan, const QString& filePath) {
    load(plan, filePath);
    setModified(true);
}

void PlanDocument::load(const Scenario& scenario, const QString& filePath) {
    load(Plan::single(scenario), filePath);
}

void PlanDocument::loadFile(const QString& path) {
    const Plan plan = PlanFile::fromFile(path, *m_catalog);
    load(plan, QFileInfo(path).absoluteFilePath());
}

bool PlanDocument::isScenarioFilePath(const QString& path) {
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

void PlanDocument::saveFile(const QString& path) {
    if (isScenarioFilePath(path)) {
        // Scripts read .json files as scenario files: never write a plan under that name.
        if (scenarioCount() > 1)
            throw InputError(tr("%1: a scenario file (.json) holds one scenario and this plan has %2; "
                                "save it as a plan file (.ocrplan)")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(scenarioCount()));
        if (m_plan.budget)
            throw InputError(tr("%1: a scenario file (.json) has no place for the approved budget; "
                                "save the plan as a plan file (.ocrplan) to keep it")
                                 .arg(QDir::toNativeSeparators(path)));
        ScenarioFile::save(scenario(), path);
    } else {
        PlanFile::save(m_plan, path);
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        Q_EMIT filePathChanged(m_filePath);
    }
    Q_EMIT saved();
    setModified(false);
}

void PlanDocument::setCurrentScenario(int index) {
    checkIndex(index);
    if (index == m_plan.current)
        return;
    m_plan.current = index;
    m_results->currentShown();
    Q_EMIT currentScenarioChanged(index);
    Q_EMIT scenarioReplaced();
    Q_EMIT resultChanged();
}

QString PlanDocument::interfaceName(const QString& id) const {
    const int index = m_catalog->interfaceIndex(id);
    if (index < 0)
        return id;
    const OcrInterface& api = m_catalog->interfaces().at(index);
    return Display::name(api.name, api.nameEn);
}

QString PlanDocument::packName(const QString& id) const {
    const int index = m_catalog->packIndex(id);
    if (index < 0)
        return id;
    const ResourcePack& pack = m_catalog->packs().at(index);
    return Display::name(pack.name, pack.nameEn);
}

void PlanDocument::setEditHandler(EditHandler handler) {
    m_editHandler = std::move(handler);
}

void PlanDocument::clearEditHandler() {
    m_editHandler = nullptr;
}

// --- Edit API

void PlanDocument::setVolume(const QString& interfaceId, int month, qint64 calls) {
    setVolumes(
        {VolumeChange{interfaceId, month, 0, calls}},
        tr("Set %1 in %2 to %3 calls")
            .arg(interfaceName(interfaceId), scenario().monthAt(month).toString(), Display::calls(calls)));
}

void PlanDocument::setVolumes(QList<VolumeChange> changes, const QString& description) {
    QList<VolumeChange> effective;
    for (VolumeChange& c : changes) {
        const auto it = scenario().volumes.constFind(c.interfaceId);
        if (it == scenario().volumes.constEnd())
            throw InputError(tr("%1 is not part of this plan; add it from the catalog first")
                                 .arg(interfaceName(c.interfaceId)));
        if (c.month < 0 || c.month >= scenario().months)
            throw InputError(tr("month %1 is outside the plan").arg(c.month + 1));
        if (c.after < 0 || c.after > Scenario::kMaxMonthlyCalls) {
            throw InputError(tr("%1 calls in %2 is out of range (0 to %3)")
                                 .arg(Display::calls(c.after), scenario().monthAt(c.month).toString(),
                                      Display::calls(Scenario::kMaxMonthlyCalls)));
        }
        c.before = it->at(c.month);
        if (c.before != c.after && isActualMonth(c.month))
            throw InputError(tr("%1 is an actual month: its calls are locked; use “Unlock actual months” "
                                "to change them")
                                 .arg(scenario().monthAt(c.month).toString()));
        if (c.before != c.after)
            effective.append(c);
    }
    if (effective.isEmpty())
        return;
    // An interface split by volumes: the new total is shared by its centres' current
    // proportions (largest remainder), in the same step of Undo.
    const bool touchesVolumeSplit = std::any_of(effective.cbegin(), effective.cend(), [this](const VolumeChange& c) {
        const auto split = scenario().costCentres.constFind(c.interfaceId);
        return split != scenario().costCentres.constEnd() && split->byVolumes();
    });
    if (touchesVolumeSplit) {
        Scenario after = scenario();
        for (const VolumeChange& c : std::as_const(effective))
            after.volumes[c.interfaceId][c.month] = c.after;
        keepCostCentresAddingUp(after);
        submitScenario(after, description);
        return;
    }
    ScenarioEdit edit;
    edit.kind = ScenarioEdit::Kind::Volumes;
    edit.description = description;
    edit.volumes = effective;
    submit(std::move(edit));
}

void PlanDocument::addInterfaces(const QStringList& interfaceIds) {
    Scenario after = scenario();
    QStringList added;
    for (const QString& key : interfaceIds) {
        const int index = m_catalog->interfaceIndex(key);
        if (index < 0)
            throw InputError(tr("“%1” is not an interface of the catalog").arg(key));
        const QString& id = m_catalog->interfaces().at(index).id;
        if (after.volumes.contains(id))
            continue;
        after.volumes.insert(id, QList<qint64>(after.months, 0));
        added.append(id);
    }
    if (added.isEmpty())
        return;
    submitScenario(after, added.size() == 1
                              ? tr("Add %1").arg(interfaceName(added.constFirst()))
                              : tr("Add %n interface(s)", nullptr, static_cast<int>(added.size())));
}

void PlanDocument::removeInterfaces(const QStringList& interfaceIds) {
    Scenario after = scenario();
    QStringList removed;
    // Actual calls are locked like the cells that hold them.
    const int actual = actualMonthCount(scenario());
    for (const QString& id : interfaceIds) {
        for (int m = 0; m < actual; ++m) {
            if (scenario().callsIn(id, m) != 0)
                throw InputError(tr("%1 has actual calls in the months through %2; unlock actual months to "
                                    "remove it")
                                     .arg(interfaceName(id), scenario().actualThrough->toString()));
        }
    }
    for (const QString& id : interfaceIds) {
        if (after.volumes.remove(id) > 0) {
            after.billableShare.remove(id);
            after.costCentres.remove(id);
            removed.append(id);
        }
    }
    if (removed.isEmpty())
        return;
    submitScenario(after, removed.size() == 1
                              ? tr("Remove %1").arg(interfaceName(removed.constFirst()))
                              : tr("Remove %n interface(s)", nullptr, static_cast<int>(removed.size())));
}

void PlanDocument::setName(const QString& name) {
    Scenario after = scenario();
    after.name = name.trimmed();
    submitScenario(after, tr("Rename the plan to “%1”").arg(after.name));
}

void PlanDocument::setStart(YearMonth start) {
    if (!start.isValid())
        throw InputError(tr("the start month must be a month between 1900 and 9999"));
    Scenario after = scenario();
    after.start = start;
    if (after.actualThrough && (*after.actualThrough < start || *after.actualThrough > after.monthAt(after.months - 1)))
        throw InputError(tr("the months through %1 are actual and would lie outside a plan starting in %2; "
                            "unlock actual months first")
                             .arg(after.actualThrough->toString(), start.toString()));
    for (int i = 0; i < after.holdings.size(); ++i) {
        const Holding& h = after.holdings.at(i);
        const YearMonth latest = start.addMonths(validityOf(*m_catalog, h.packId) - 2);
        if (h.expires < start || h.expires > latest)
            throw InputError(tr("held pack %1 (%2) expires in %3 and cannot be held at a start in %4; "
                                "change or remove it first")
                                 .arg(i + 1)
                                 .arg(packName(h.packId), h.expires.toString(), start.toString()));
    }
    submitScenario(after, tr("Start the plan in %1").arg(start.toString()));
}

void PlanDocument::setMonths(int months) {
    if (months < 1 || months > Scenario::kMaxMonths)
        throw InputError(tr("the horizon must be 1 to %1 months").arg(Scenario::kMaxMonths));
    Scenario after = scenario();
    after.months = months;
    if (after.actualThrough && *after.actualThrough > after.monthAt(months - 1))
        throw InputError(tr("the months through %1 are actual; a plan over %n month(s) would cut them off; "
                            "unlock actual months first",
                            nullptr, months)
                             .arg(after.actualThrough->toString()));
    for (auto it = after.volumes.begin(); it != after.volumes.end(); ++it)
        it->resize(months, 0);
    keepCostCentresAddingUp(after);
    const auto dropped = after.purchases.removeIf([months](const Purchase& p) { return p.month >= months; });
    QString description = tr("Plan over %n month(s)", nullptr, months);
    if (dropped > 0)
        description += tr(" (%n purchase(s) after the end removed)", nullptr, static_cast<int>(dropped));
    submitScenario(after, description);
}

void PlanDocument::setTierBasis(TierBasis basis) {
    Scenario after = scenario();
    after.settings.tierBasis = basis;
    submitScenario(after, basis == TierBasis::AllCalls
                              ? tr("Select the postpaid tier by all calls")
                              : tr("Select the postpaid tier by postpaid calls only"));
}

void PlanDocument::setPurchasePolicy(PurchasePolicy policy) {
    Scenario after = scenario();
    after.settings.purchasePolicy = policy;
    submitScenario(after, policy == PurchasePolicy::Start ? tr("Buy packs in the first month only")
                                                          : tr("Buy packs in any month"));
}

void PlanDocument::setAboveTopTierPrice(std::optional<Money> price) {
    if (price && price->isNegative())
        throw InputError(tr("a price cannot be negative"));
    Scenario after = scenario();
    after.settings.aboveTopTierPrice = price;
    submitScenario(after, price
                              ? tr("Price calls above the top tier at %1 元").arg(Display::unitPrice(*price))
                              : tr("Price calls above the top tier at the top tier's price"));
}

void PlanDocument::setPackPriceOverride(const QString& packId, qint64 size, std::optional<Money> price) {
    const int pack = m_catalog->packIndex(packId);
    if (pack < 0)
        throw InputError(tr("“%1” is not a resource pack of the catalog").arg(packId));
    const ResourcePack& rp = m_catalog->packs().at(pack);
    const PackSize* listed = rp.size(size);
    if (!listed)
        throw InputError(
            tr("%1 is not sold in a size of %2 calls").arg(packName(rp.id), Display::calls(size)));
    if (price && price->isNegative())
        throw InputError(tr("a price cannot be negative"));
    Scenario after = scenario();
    auto& sizes = after.overrides.packPrices[rp.id];
    if (price && *price != listed->price)
        sizes.insert(size, *price);
    else
        sizes.remove(size);
    if (sizes.isEmpty())
        after.overrides.packPrices.remove(rp.id);
    submitScenario(
        after,
        price && *price != listed->price
            ? tr("Price %1 × %2 calls at %3 元")
                  .arg(packName(rp.id), Display::calls(size), Display::money(*price))
            : tr("Restore the list price of %1 × %2 calls").arg(packName(rp.id), Display::calls(size)));
}

void PlanDocument::setTierPriceOverride(const QString& groupId, int tier, std::optional<Money> price) {
    const int group = m_catalog->groupIndex(groupId);
    if (group < 0)
        throw InputError(tr("“%1” is not a postpaid group of the catalog").arg(groupId));
    const PostpaidGroup& pg = m_catalog->postpaidGroups().at(group);
    if (tier < 0 || tier >= pg.tiers.size())
        throw InputError(tr("%1 has no tier %2").arg(Display::name(pg.name, pg.nameEn)).arg(tier + 1));
    if (price && price->isNegative())
        throw InputError(tr("a price cannot be negative"));
    Scenario after = scenario();
    auto& tiers = after.overrides.tierPrices[pg.id];
    const Money list = pg.tiers.at(tier).unitPrice;
    if (price && *price != list)
        tiers.insert(tier, *price);
    else
        tiers.remove(tier);
    if (tiers.isEmpty())
        after.overrides.tierPrices.remove(pg.id);
    const QString name = Display::name(pg.name, pg.nameEn);
    submitScenario(
        after,
        price && *price != list
            ? tr("Price tier %1 of %2 at %3 元 per call").arg(tier + 1).arg(name, Display::unitPrice(*price))
            : tr("Restore the list price of tier %1 of %2").arg(tier + 1).arg(name));
}

void PlanDocument::setBillableShare(const QString& interfaceId, qint64 ppm) {
    if (m_catalog->interfaceIndex(interfaceId) < 0)
        throw InputError(tr("“%1” is not an interface of the catalog").arg(interfaceId));
    if (ppm < 0 || ppm > Scenario::kFullShare)
        throw InputError(tr("the billable share must be between 0% and 100%"));
    Scenario after = scenario();
    if (ppm == Scenario::kFullShare)
        after.billableShare.remove(interfaceId);
    else
        after.billableShare.insert(interfaceId, ppm);
    submitScenario(after, tr("Bill %1 of %2 calls").arg(Display::percent(ppm), interfaceName(interfaceId)));
}

void PlanDocument::addPurchase(const Purchase& purchase) {
    Scenario after = scenario();
    after.purchases.append(purchase);
    checkActualPurchasesKept(after);
    submitScenario(after, tr("Buy %1 × %2 of %3 in %4")
                              .arg(Display::calls(purchase.count), Display::calls(purchase.size),
                                   packName(purchase.packId), scenario().monthAt(purchase.month).toString()));
}

void PlanDocument::setPurchase(int index, const Purchase& purchase) {
    if (index < 0 || index >= scenario().purchases.size())
        throw InputError(tr("there is no purchase %1").arg(index + 1));
    Scenario after = scenario();
    after.purchases[index] = purchase;
    checkActualPurchasesKept(after);
    submitScenario(after,
                   tr("Change the purchase of %1 to %2 × %3 in %4")
                       .arg(packName(purchase.packId), Display::calls(purchase.count),
                            Display::calls(purchase.size), scenario().monthAt(purchase.month).toString()));
}

void PlanDocument::removePurchases(QList<int> indexes) {
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    Scenario after = scenario();
    int removed = 0;
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it) {
        if (*it >= 0 && *it < after.purchases.size()) {
            after.purchases.removeAt(*it);
            ++removed;
        }
    }
    if (removed == 0)
        return;
    checkActualPurchasesKept(after);
    submitScenario(after, tr("Remove %n purchase(s)", nullptr, removed));
}

void PlanDocument::adoptRecommendedPlan() {
    const auto current = snapshot();
    if (current->optimizing || !current->optimized || current->scenario != scenario())
        throw InputError(tr("the recommended plan is still being calculated; try again in a moment"));
    Scenario after = scenario();
    // The whole plan: the purchases of the months that have happened, kept as made, and the
    // new ones; each once.
    after.purchases = current->optimized->scenario.purchases;
    checkActualPurchasesKept(after);
    qint64 packs = 0; // what the user is about to buy: the fixed purchases are made already
    for (const Purchase& p : std::as_const(after.purchases))
        packs += current->optimized->isFixed(p) ? 0 : p.count;
    submitScenario(
        after, packs > 0 ? tr("Adopt the recommended plan: buy %n pack(s)", nullptr, static_cast<int>(packs))
                         : tr("Adopt the recommended plan: no packs, all calls postpaid"));
}

// The purchases of actual months were made: an edit of the purchases must leave them as
// they are, in the same order.
void PlanDocument::checkActualPurchasesKept(const Scenario& after) const {
    const int actual = actualMonthCount(scenario());
    if (actual == 0)
        return;
    auto made = [actual](const Scenario& s) {
        QList<Purchase> list;
        for (const Purchase& p : s.purchases) {
            if (p.month < actual)
                list.append(p);
        }
        return list;
    };
    if (made(after) != made(scenario()))
        throw InputError(tr("the purchases through %1 were made (actual months) and are locked; "
                            "use “Unlock actual months” to change them")
                             .arg(scenario().actualThrough->toString()));
}

int PlanDocument::actualMonthCount(const Scenario& s) {
    if (!s.actualThrough)
        return 0;
    return std::clamp(s.start.monthsTo(*s.actualThrough) + 1, 0, s.months);
}

void PlanDocument::checkHolding(int index, const Holding& h) const {
    const Scenario& s = scenario();
    const QString which = tr("held pack %1").arg(index + 1);
    const int pack = m_catalog->packIndex(h.packId);
    if (pack < 0)
        throw InputError(tr("%1, pack: “%2” is not a resource pack of the catalog").arg(which, h.packId));
    const QString name = packName(h.packId);
    if (h.size < 1 || h.size > Scenario::kMaxPurchaseCalls)
        throw InputError(tr("%1, size: a pack of %2 calls is out of range (1 to %3)")
                             .arg(which, Display::calls(h.size), Display::calls(Scenario::kMaxPurchaseCalls)));
    if (h.remaining < 0)
        throw InputError(tr("%1, remaining: calls left cannot be negative").arg(which));
    if (h.remaining > h.size)
        throw InputError(tr("%1, remaining: %2 calls left on a pack of %3 calls; a pack cannot hold more "
                            "than its size")
                             .arg(which, Display::calls(h.remaining), Display::calls(h.size)));
    if (h.count < 1 || h.count > Scenario::kMaxHeldPacks)
        throw InputError(tr("%1, count: hold 1 to %2 packs (remove the holding to hold none)")
                             .arg(which)
                             .arg(Scenario::kMaxHeldPacks));
    qint64 held = h.count;
    for (int i = 0; i < s.holdings.size(); ++i) {
        if (i != index)
            held += s.holdings.at(i).count;
    }
    if (held > Scenario::kMaxHeldPacks)
        throw InputError(tr("%1, count: %2 packs held in all; at most %3 are allowed")
                             .arg(which)
                             .arg(held)
                             .arg(Scenario::kMaxHeldPacks));
    if (h.expires < s.start)
        throw InputError(tr("%1, expires: %2 (%3) is before the plan starts (%4); such a pack is gone")
                             .arg(which, h.expires.toString(), name, s.start.toString()));
    // R2: usable in the purchase month and the 11 after it; bought at the latest in the month
    // before the start, a pack is usable at most through start + 10 months.
    const YearMonth latest = s.start.addMonths(m_catalog->packs().at(pack).validityMonths - 2);
    if (h.expires > latest)
        throw InputError(tr("%1, expires: %2 is too late: a pack bought before %3 is usable at most "
                            "through %4")
                             .arg(which, h.expires.toString(), s.start.toString(), latest.toString()));
}

void PlanDocument::addHolding(const Holding& holding) {
    checkHolding(static_cast<int>(scenario().holdings.size()), holding);
    Scenario after = scenario();
    after.holdings.append(holding);
    submitScenario(after, tr("Add holding: %1 × %2, %3 calls left each, usable through %4")
                              .arg(Display::calls(holding.count), packName(holding.packId),
                                   Display::calls(holding.remaining), holding.expires.toString()));
}

void PlanDocument::setHolding(int index, const Holding& holding) {
    if (index < 0 || index >= scenario().holdings.size())
        throw InputError(tr("there is no held pack %1").arg(index + 1));
    checkHolding(index, holding);
    Scenario after = scenario();
    after.holdings[index] = holding;
    submitScenario(after, tr("Change holding %1: %2 × %3, %4 calls left each, usable through %5")
                              .arg(index + 1)
                              .arg(Display::calls(holding.count), packName(holding.packId),
                                   Display::calls(holding.remaining), holding.expires.toString()));
}

void PlanDocument::removeHoldings(QList<int> indexes) {
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    Scenario after = scenario();
    int removed = 0;
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it) {
        if (*it >= 0 && *it < after.holdings.size()) {
            after.holdings.removeAt(*it);
            ++removed;
        }
    }
    if (removed == 0)
        return;
    submitScenario(after, tr("Remove holdings: %n held pack line(s)", nullptr, removed));
}

void PlanDocument::setActualThrough(std::optional<YearMonth> month) {
    const Scenario& s = scenario();
    if (month && (*month < s.start || *month > s.monthAt(s.months - 1)))
        throw InputError(tr("actual months: %1 is outside the plan (%2 to %3)")
                             .arg(month->toString(), s.start.toString(), s.monthAt(s.months - 1).toString()));
    Scenario after = s;
    after.actualThrough = month;
    QString description;
    if (!month)
        description = tr("Unlock actual months");
    else if (s.actualThrough && *month < *s.actualThrough)
        description = tr("Unlock the months after %1").arg(month->toString());
    else
        description = tr("Mark months as actual through %1").arg(month->toString());
    submitScenario(after, description);
}

// --- Cost centres

namespace {

// `total` ppm (or calls) shared by `weights` with the largest remainder: the cost-centre
// splits' one rounding rule.
QList<qint64> shareOut(qint64 total, const QList<qint64>& weights) {
    return apportionCalls(total, weights);
}

// The split's shares as one row per month (a row of one value repeated).
void expandShares(CostCentreSplit& split, int months) {
    for (QList<qint64>& row : split.shares) {
        if (row.size() == 1)
            row = QList<qint64>(months, row.constFirst());
    }
}

// Back to one value per centre when every month has the same shares.
void collapseShares(CostCentreSplit& split) {
    for (const QList<qint64>& row : std::as_const(split.shares)) {
        if (std::any_of(row.cbegin(), row.cend(), [&](qint64 x) { return x != row.constFirst(); }))
            return;
    }
    for (QList<qint64>& row : split.shares)
        row = QList<qint64>{row.constFirst()};
}

} // namespace

QStringList PlanDocument::costCentres() const {
    QStringList names;
    for (const CostCentreSplit& split : scenario().costCentres) {
        for (const QString& c : split.centres()) {
            if (!names.contains(c))
                names.append(c);
        }
    }
    names.sort();
    return names;
}

void PlanDocument::checkCentreInterface(const QString& interfaceId) const {
    if (!scenario().volumes.contains(interfaceId))
        throw InputError(tr("%1 is not part of this plan; add it from the catalog first").arg(interfaceName(interfaceId)));
}

void PlanDocument::submitCostCentres(Scenario after, const QString& description) {
    // A split by volumes decides the interface's calls; those of actual months happened and
    // stay locked.
    const int actual = actualMonthCount(scenario());
    for (auto it = after.costCentres.cbegin(); it != after.costCentres.cend(); ++it) {
        if (!it->byVolumes())
            continue;
        QList<qint64> sum(after.months, 0);
        for (const QList<qint64>& row : it->volumes) {
            for (int m = 0; m < after.months && m < row.size(); ++m)
                sum[m] += row.at(m);
        }
        for (int m = 0; m < actual; ++m) {
            if (sum.at(m) != scenario().callsIn(it.key(), m))
                throw InputError(tr("%1 is an actual month: the calls of %2 are locked; use “Unlock actual months” "
                                    "to change them")
                                     .arg(after.monthAt(m).toString(), interfaceName(it.key())));
        }
        after.volumes.insert(it.key(), sum);
    }
    submitScenario(after, description);
}

void PlanDocument::setCostCentreSplit(const QString& interfaceId, const CostCentreSplit& split) {
    checkCentreInterface(interfaceId);
    Scenario after = scenario();
    if (split.isEmpty())
        after.costCentres.remove(interfaceId);
    else
        after.costCentres.insert(interfaceId, split);
    submitCostCentres(after, tr("Split %1 between cost centres").arg(interfaceName(interfaceId)));
}

void PlanDocument::clearCostCentreSplit(const QString& interfaceId) {
    Scenario after = scenario();
    if (after.costCentres.remove(interfaceId) == 0)
        return;
    submitScenario(after, tr("Leave %1 unallocated").arg(interfaceName(interfaceId)));
}

void PlanDocument::setCostCentreShare(const QString& interfaceId, const QString& centre, std::optional<int> month,
                                      qint64 ppm) {
    checkCentreInterface(interfaceId);
    Scenario after = scenario();
    CostCentreSplit& split = after.costCentres[interfaceId];
    if (split.byVolumes() || !split.shares.contains(centre))
        throw InputError(tr("%1 has no share for the cost centre “%2”").arg(interfaceName(interfaceId), centre));
    if (ppm < 0 || ppm > Scenario::kFullShare)
        throw InputError(tr("a share must be between 0 % and 100 %"));
    if (month && (*month < 0 || *month >= after.months))
        throw InputError(tr("month %1 is outside the plan").arg(*month + 1));
    const QStringList others = [&] {
        QStringList o = split.shares.keys();
        o.removeOne(centre);
        return o;
    }();
    if (others.isEmpty() && ppm != Scenario::kFullShare)
        throw InputError(tr("“%1” is the only cost centre of %2: its share is 100 %; add another centre first")
                             .arg(centre, interfaceName(interfaceId)));
    expandShares(split, after.months);
    for (int m = 0; m < after.months; ++m) {
        if (month && m != *month)
            continue;
        QList<qint64> weights;
        for (const QString& o : others)
            weights.append(split.shares.value(o).at(m));
        const QList<qint64> parts = shareOut(Scenario::kFullShare - ppm, weights);
        split.shares[centre][m] = ppm;
        for (qsizetype k = 0; k < others.size(); ++k)
            split.shares[others.at(k)][m] = parts.at(k);
    }
    collapseShares(split);
    const QString share = Display::percent(ppm);
    submitScenario(after, month ? tr("Set the share of “%1” in %2 for %3 to %4")
                                      .arg(centre, interfaceName(interfaceId), after.monthAt(*month).toString(), share)
                                : tr("Set the share of “%1” in %2 to %3").arg(centre, interfaceName(interfaceId), share));
}

void PlanDocument::setCostCentreCalls(const QString& interfaceId, const QString& centre, int month, qint64 calls) {
    checkCentreInterface(interfaceId);
    Scenario after = scenario();
    CostCentreSplit& split = after.costCentres[interfaceId];
    if (!split.volumes.contains(centre))
        throw InputError(tr("%1 has no calls for the cost centre “%2”").arg(interfaceName(interfaceId), centre));
    if (month < 0 || month >= after.months)
        throw InputError(tr("month %1 is outside the plan").arg(month + 1));
    if (calls < 0 || calls > Scenario::kMaxMonthlyCalls)
        throw InputError(tr("%1 calls in %2 is out of range (0 to %3)")
                             .arg(Display::calls(calls), after.monthAt(month).toString(),
                                  Display::calls(Scenario::kMaxMonthlyCalls)));
    split.volumes[centre][month] = calls;
    submitCostCentres(after, tr("Set the calls of “%1” in %2 for %3 to %4")
                                 .arg(centre, interfaceName(interfaceId), after.monthAt(month).toString(),
                                      Display::calls(calls)));
}

void PlanDocument::addCostCentre(const QString& interfaceId, const QString& centre) {
    checkCentreInterface(interfaceId);
    const QString name = centre.trimmed();
    Scenario after = scenario();
    CostCentreSplit& split = after.costCentres[interfaceId];
    if (split.centres().contains(name))
        throw InputError(tr("%1 already has the cost centre “%2”").arg(interfaceName(interfaceId), name));
    if (split.isEmpty())
        split.shares.insert(name, {Scenario::kFullShare});
    else if (split.byVolumes())
        split.volumes.insert(name, QList<qint64>(after.months, 0));
    else
        split.shares.insert(name, {0});
    submitScenario(after, tr("Add the cost centre “%1” to %2").arg(name, interfaceName(interfaceId)));
}

void PlanDocument::splitEvenly(const QString& interfaceId, const QStringList& centres, bool byVolumes) {
    checkCentreInterface(interfaceId);
    QStringList names;
    for (const QString& c : centres) {
        if (!names.contains(c.trimmed()))
            names.append(c.trimmed());
    }
    if (names.isEmpty())
        throw InputError(tr("name at least one cost centre to split %1 between").arg(interfaceName(interfaceId)));
    names.sort();
    Scenario after = scenario();
    CostCentreSplit split;
    const QList<qint64> equal(names.size(), 1);
    if (byVolumes) {
        for (const QString& c : names)
            split.volumes.insert(c, QList<qint64>(after.months, 0));
        for (int m = 0; m < after.months; ++m) {
            const QList<qint64> parts = shareOut(after.callsIn(interfaceId, m), equal);
            for (qsizetype k = 0; k < names.size(); ++k)
                split.volumes[names.at(k)][m] = parts.at(k);
        }
    } else {
        const QList<qint64> parts = shareOut(Scenario::kFullShare, equal);
        for (qsizetype k = 0; k < names.size(); ++k)
            split.shares.insert(names.at(k), {parts.at(k)});
    }
    after.costCentres.insert(interfaceId, split);
    submitScenario(after, tr("Split %1 evenly between %n cost centre(s)", nullptr, static_cast<int>(names.size()))
                              .arg(interfaceName(interfaceId)));
}

void PlanDocument::setCostCentreMode(const QString& interfaceId, bool byVolumes) {
    checkCentreInterface(interfaceId);
    Scenario after = scenario();
    const auto it = after.costCentres.find(interfaceId);
    if (it == after.costCentres.end() || it->byVolumes() == byVolumes)
        return;
    const CostCentreSplit before = *it;
    const QStringList names = before.centres();
    CostCentreSplit split;
    for (const QString& c : names)
        (byVolumes ? split.volumes : split.shares).insert(c, QList<qint64>(after.months, 0));
    for (int m = 0; m < after.months; ++m) {
        QList<qint64> weights;
        for (const QString& c : names)
            weights.append(before.weightIn(c, m));
        const QList<qint64> parts = shareOut(byVolumes ? after.callsIn(interfaceId, m) : Scenario::kFullShare, weights);
        for (qsizetype k = 0; k < names.size(); ++k)
            (byVolumes ? split.volumes : split.shares)[names.at(k)][m] = parts.at(k);
    }
    if (!byVolumes)
        collapseShares(split);
    *it = split;
    submitScenario(after, byVolumes ? tr("Enter the calls of %1 per cost centre").arg(interfaceName(interfaceId))
                                    : tr("Enter the shares of %1 per cost centre").arg(interfaceName(interfaceId)));
}

void PlanDocument::renameCostCentre(const QString& from, const QString& to) {
    const QString name = to.trimmed();
    if (name == from)
        return;
    Scenario after = scenario();
    bool found = false;
    for (auto it = after.costCentres.begin(); it != after.costCentres.end(); ++it) {
        QMap<QString, QList<qint64>>& rows = it->byVolumes() ? it->volumes : it->shares;
        if (!rows.contains(from))
            continue;
        if (rows.contains(name))
            throw InputError(tr("%1 already has the cost centre “%2”; remove one of them first")
                                 .arg(interfaceName(it.key()), name));
        rows.insert(name, rows.take(from));
        found = true;
    }
    if (!found)
        throw InputError(tr("there is no cost centre “%1”").arg(from));
    submitScenario(after, tr("Rename the cost centre “%1” to “%2”").arg(from, name));
}

void PlanDocument::removeCostCentre(const QString& centre) {
    Scenario after = scenario();
    bool found = false;
    for (auto it = after.costCentres.begin(); it != after.costCentres.end();) {
        const bool volumes = it->byVolumes();
        QMap<QString, QList<qint64>>& rows = volumes ? it->volumes : it->shares;
        if (!rows.contains(centre)) {
            ++it;
            continue;
        }
        found = true;
        if (!volumes)
            expandShares(*it, after.months);
        const QList<qint64> removed = rows.take(centre);
        if (rows.isEmpty()) {
            it = after.costCentres.erase(it);
            continue;
        }
        for (int m = 0; m < removed.size(); ++m) {
            QList<qint64> weights;
            for (const QList<qint64>& row : std::as_const(rows))
                weights.append(row.at(m));
            const QList<qint64> parts = shareOut(removed.at(m), weights);
            qsizetype k = 0;
            for (QList<qint64>& row : rows)
                row[m] += parts.at(k++);
        }
        if (!volumes)
            collapseShares(*it);
        ++it;
    }
    if (!found)
        throw InputError(tr("there is no cost centre “%1”").arg(centre));
    submitScenario(after, tr("Remove the cost centre “%1”").arg(centre));
}

void PlanDocument::setAccounting(const AccountingSettings& settings) {
    Plan after = m_plan;
    after.accounting = settings;
    for (QString* name : {&after.accounting.accounts.prepaid, &after.accounting.accounts.bank,
                          &after.accounting.accounts.expense, &after.accounting.accounts.payable}) {
        *name = name->trimmed();
        JsonReader::checkLength(*name, QStringLiteral("account name"));
    }
    submitPlan(after, tr("Change the accounting settings"));
}

void PlanDocument::replaceScenario(const Scenario& after, const QString& description) {
    submitScenario(after, description);
}

// --- Scenario list

void PlanDocument::insertScenario(Scenario scenario, const QString& description) {
    if (scenarioCount() >= kMaxScenarios)
        throw InputError(tr("a plan holds at most %1 scenarios").arg(kMaxScenarios));
    ScenarioFile::validate(scenario, *m_catalog);
    Plan after = m_plan;
    after.scenarios.append(std::move(scenario));
    // A new scenario weighs as much as every other: a weight of 0 would leave it out of the
    // plan for all scenarios without a word. Shared equally, to the last ppm.
    const auto count = after.scenarios.size();
    after.weights.clear();
    for (qsizetype i = 0; i < count; ++i)
        after.weights.append(Scenario::kFullShare / count + (i < Scenario::kFullShare % count ? 1 : 0));
    after.current = static_cast<int>(after.scenarios.size() - 1);
    submitPlan(after, description);
}

void PlanDocument::addScenario(Scenario scenario, const QString& description) {
    scenario.name =
        m_plan.uniqueName(scenario.name.trimmed().isEmpty() ? tr("Scenario") : scenario.name.trimmed());
    insertScenario(std::move(scenario), description);
}

void PlanDocument::addScenario(const QString& name) {
    Scenario s = emptyScenario();
    s.start = scenario().start;
    s.months = scenario().months;
    s.name = m_plan.uniqueName(name.trimmed().isEmpty() ? tr("Scenario") : name.trimmed());
    insertScenario(s, tr("Add the scenario “%1”").arg(s.name));
}

void PlanDocument::duplicateScenario(int index) {
    checkIndex(index);
    Scenario s = m_plan.scenarios.at(index);
    s.name = m_plan.uniqueName(tr("%1 (copy)").arg(s.name));
    insertScenario(s, tr("Duplicate the scenario “%1”").arg(m_plan.scenarios.at(index).name));
}

void PlanDocument::deriveScaled(int index, qint64 factorPpm, const QString& name) {
    checkIndex(index);
    if (factorPpm < 0 || factorPpm > 100 * Scenario::kFullShare)
        throw InputError(tr("the volume factor must be between 0% and 10,000%"));
    Scenario s = ScenarioDerivation::scaled(m_plan.scenarios.at(index), factorPpm);
    keepCostCentresAddingUp(s);
    s.name = m_plan.uniqueName(name.trimmed().isEmpty() ? tr("%1 × %2").arg(m_plan.scenarios.at(index).name,
                                                                            Display::percent(factorPpm))
                                                        : name.trimmed());
    insertScenario(s, tr("Derive “%1” from “%2” at %3 of its volume")
                          .arg(s.name, m_plan.scenarios.at(index).name, Display::percent(factorPpm)));
}

void PlanDocument::deriveWithGrowth(int index, qint64 monthlyGrowthPpm, const QString& name) {
    checkIndex(index);
    if (monthlyGrowthPpm <= -Scenario::kFullShare || monthlyGrowthPpm > 10 * Scenario::kFullShare)
        throw InputError(tr("the monthly growth must be above −100% and at most 1,000%"));
    Scenario s = ScenarioDerivation::withGrowth(m_plan.scenarios.at(index), monthlyGrowthPpm);
    keepCostCentresAddingUp(s);
    const QString growth = Display::percent(monthlyGrowthPpm);
    s.name = m_plan.uniqueName(name.trimmed().isEmpty()
                                   ? tr("%1 %2 a month").arg(m_plan.scenarios.at(index).name, growth)
                                   : name.trimmed());
    insertScenario(
        s,
        tr("Derive “%1” from “%2” growing %3 a month").arg(s.name, m_plan.scenarios.at(index).name, growth));
}

void PlanDocument::renameScenario(int index, const QString& name) {
    checkIndex(index);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw InputError(tr("a scenario needs a name"));
    // The same limit as in a plan file, so that what is saved can be opened again.
    JsonReader::checkLength(trimmed, QStringLiteral("scenario name"));
    for (int i = 0; i < scenarioCount(); ++i) {
        if (i != index && m_plan.scenarios.at(i).name == trimmed)
            throw InputError(tr("there is already a scenario named “%1”").arg(trimmed));
    }
    Plan after = m_plan;
    const QString old = after.scenarios.at(index).name;
    after.scenarios[index].name = trimmed;
    submitPlan(after, tr("Rename the scenario “%1” to “%2”").arg(old, trimmed));
}

void PlanDocument::removeScenario(int index) {
    checkIndex(index);
    if (scenarioCount() == 1)
        throw InputError(tr("the plan's only scenario cannot be removed"));
    Plan after = m_plan;
    const QString name = after.scenarios.at(index).name;
    after.scenarios.removeAt(index);
    if (after.weights.size() > index)
        after.weights.removeAt(index);
    if (after.current > index || after.current >= after.scenarios.size())
        after.current = std::max(0, after.current - 1);
    submitPlan(after, tr("Remove the scenario “%1”").arg(name));
}

void PlanDocument::setScenarioWeight(int index, qint64 ppm) {
    checkIndex(index);
    if (ppm < 0 || ppm > Scenario::kFullShare)
        throw InputError(tr("a scenario's weight must be between 0% and 100%"));
    Plan after = m_plan;
    if (after.weights.size() != after.scenarios.size()) {
        after.weights.clear();
        for (int i = 0; i < scenarioCount(); ++i)
            after.weights.append(m_plan.weightOf(i));
    }
    after.weights[index] = ppm;
    submitPlan(
        after,
        tr("Weigh the scenario “%1” at %2").arg(after.scenarios.at(index).name, Display::percent(ppm)));
}

void PlanDocument::setPlanName(const QString& name) {
    Plan after = m_plan;
    after.name = name.trimmed();
    JsonReader::checkLength(after.name, QStringLiteral("plan name"));
    submitPlan(after, tr("Name the plan “%1”").arg(after.name));
}

void PlanDocument::setRobustMethod(RobustMethod method) {
    Plan after = m_plan;
    after.robustMethod = method;
    submitPlan(after, method == RobustMethod::ExpectedCost
                          ? tr("Choose the robust plan by the weighted average cost")
                          : tr("Choose the robust plan by the smallest largest regret"));
}

void PlanDocument::approveBudget(const QDate& approvedOn) {
    Plan after = m_plan;
    Budget budget;
    budget.approvedOn = approvedOn;
    budget.scenario = scenario();
    // The figures are stored so that a later catalog change does not move the budget.
    budget.figures = BudgetFigures::of(*m_catalog, budget.scenario);
    after.budget = std::move(budget);
    submitPlan(after, tr("Approve the scenario “%1” as the budget").arg(scenario().name));
}

void PlanDocument::clearBudget() {
    Plan after = m_plan;
    after.budget.reset();
    submitPlan(after, tr("Remove the approved budget"));
}

void PlanDocument::submitPlan(Plan after, const QString& description) {
    if (after == m_plan)
        return;
    ScenarioEdit edit;
    edit.kind = ScenarioEdit::Kind::Plan;
    edit.description = description;
    edit.scenario = after.current;
    edit.planBefore = m_plan;
    edit.planAfter = std::move(after);
    submit(std::move(edit));
}

void PlanDocument::submitScenario(Scenario after, const QString& description) {
    if (after == scenario())
        return;
    ScenarioFile::validate(after, *m_catalog); // throws InputError naming the field
    ScenarioEdit edit;
    edit.kind = ScenarioEdit::Kind::Scenario;
    edit.description = description;
    edit.scenario = m_plan.current;
    edit.before = scenario();
    edit.after = std::move(after);
    submit(std::move(edit));
}

void PlanDocument::submit(ScenarioEdit edit) {
    if (edit.kind == ScenarioEdit::Kind::Volumes)
        edit.scenario = m_plan.current;
    if (m_editHandler) {
        m_editHandler(edit);
        return;
    }
    apply(edit, true);
    setModified(true);
}

void PlanDocument::apply(const ScenarioEdit& edit, bool redo) {
    if (edit.kind == ScenarioEdit::Kind::Plan) {
        applyPlan(edit, redo);
        Q_EMIT editApplied(false);
        return;
    }
    applyScenario(edit, redo);
    Q_EMIT editApplied(edit.kind == ScenarioEdit::Kind::Volumes);
}

void PlanDocument::applyPlan(const ScenarioEdit& edit, bool redo) {
    const QList<Scenario> previous = m_plan.scenarios;
    const Scenario previousCurrent = scenario();
    const int previousIndex = m_plan.current;
    m_plan = redo ? edit.planAfter : edit.planBefore;
    m_results->scenariosChanged(previous);
    Q_EMIT planChanged();
    if (m_plan.current != previousIndex)
        Q_EMIT currentScenarioChanged(m_plan.current);
    if (m_plan.current != previousIndex || scenario() != previousCurrent)
        Q_EMIT scenarioReplaced();
    Q_EMIT resultChanged();
}

void PlanDocument::applyScenario(const ScenarioEdit& edit, bool redo) {
    // An edit of a scenario that is not shown (undone after switching) shows it first, so the
    // user sees what changed.
    const int target = std::clamp(edit.scenario, 0, scenarioCount() - 1);
    const bool switched = target != m_plan.current;
    m_plan.current = target;
    Scenario& current = m_plan.scenarios[target];
    const QString nameBefore = current.name;
    if (edit.kind == ScenarioEdit::Kind::Volumes) {
        for (const VolumeChange& c : edit.volumes) {
            auto it = current.volumes.find(c.interfaceId);
            if (it != current.volumes.end() && c.month >= 0 && c.month < it->size())
                (*it)[c.month] = redo ? c.after : c.before;
        }
    } else {
        current = redo ? edit.after : edit.before;
    }
    m_results->currentEdited();
    if (current.name != nameBefore)
        Q_EMIT planChanged();
    if (switched) {
        Q_EMIT currentScenarioChanged(target);
        Q_EMIT scenarioReplaced();
    } else if (edit.kind == ScenarioEdit::Kind::Volumes) {
        Q_EMIT volumesChanged(edit.volumes);
    } else {
        Q_EMIT scenarioReplaced();
    }
    Q_EMIT resultChanged();
}

} // namespace ocp
