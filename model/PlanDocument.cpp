#include "PlanDocument.h"

#include "Display.h"
#include "InputError.h"
#include "ScenarioFile.h"

#include <QDate>
#include <QFileInfo>
#include <algorithm>

namespace ocp {

PlanDocument::PlanDocument(const Catalog& catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(&catalog)
    , m_scenario(emptyScenario()) {
    recalculate();
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
    if (!m_scenario.name.isEmpty())
        return m_scenario.name;
    return tr("Untitled");
}

void PlanDocument::load(const Scenario& scenario, const QString& filePath) {
    m_scenario = scenario;
    const bool pathChanged = m_filePath != filePath;
    m_filePath = filePath;
    Q_EMIT scenarioReplaced();
    recalculate();
    Q_EMIT resultChanged();
    if (pathChanged)
        Q_EMIT filePathChanged(m_filePath);
    Q_EMIT loaded();
    setModified(false);
}

void PlanDocument::loadFile(const QString& path) {
    const Scenario scenario = ScenarioFile::fromFile(path, *m_catalog);
    load(scenario, QFileInfo(path).absoluteFilePath());
}

void PlanDocument::saveFile(const QString& path) {
    ScenarioFile::save(m_scenario, path);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        Q_EMIT filePathChanged(m_filePath);
    }
    Q_EMIT saved();
    setModified(false);
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

void PlanDocument::setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }

void PlanDocument::clearEditHandler() { m_editHandler = nullptr; }

// --- Edit API

void PlanDocument::setVolume(const QString& interfaceId, int month, qint64 calls) {
    setVolumes(
        {VolumeChange{interfaceId, month, 0, calls}},
        tr("Set %1 in %2 to %3 calls")
            .arg(interfaceName(interfaceId), m_scenario.monthAt(month).toString(), Display::calls(calls)));
}

void PlanDocument::setVolumes(QList<VolumeChange> changes, const QString& description) {
    QList<VolumeChange> effective;
    for (VolumeChange& c : changes) {
        const auto it = m_scenario.volumes.constFind(c.interfaceId);
        if (it == m_scenario.volumes.constEnd())
            throw InputError(tr("%1 is not part of this plan; add it from the catalog first")
                                 .arg(interfaceName(c.interfaceId)));
        if (c.month < 0 || c.month >= m_scenario.months)
            throw InputError(tr("month %1 is outside the plan").arg(c.month + 1));
        if (c.after < 0 || c.after > Scenario::kMaxMonthlyCalls) {
            throw InputError(tr("%1 calls in %2 is out of range (0 to %3)")
                                 .arg(Display::calls(c.after), m_scenario.monthAt(c.month).toString(),
                                      Display::calls(Scenario::kMaxMonthlyCalls)));
        }
        c.before = it->at(c.month);
        if (c.before != c.after)
            effective.append(c);
    }
    if (effective.isEmpty())
        return;
    ScenarioEdit edit;
    edit.kind = ScenarioEdit::Kind::Volumes;
    edit.description = description;
    edit.volumes = effective;
    submit(std::move(edit));
}

void PlanDocument::addInterfaces(const QStringList& interfaceIds) {
    Scenario after = m_scenario;
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
    Scenario after = m_scenario;
    QStringList removed;
    for (const QString& id : interfaceIds) {
        if (after.volumes.remove(id) > 0) {
            after.billableShare.remove(id);
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
    Scenario after = m_scenario;
    after.name = name.trimmed();
    submitScenario(after, tr("Rename the plan to “%1”").arg(after.name));
}

void PlanDocument::setStart(YearMonth start) {
    if (!start.isValid())
        throw InputError(tr("the start month must be a month between 1900 and 9999"));
    Scenario after = m_scenario;
    after.start = start;
    submitScenario(after, tr("Start the plan in %1").arg(start.toString()));
}

void PlanDocument::setMonths(int months) {
    if (months < 1 || months > Scenario::kMaxMonths)
        throw InputError(tr("the horizon must be 1 to %1 months").arg(Scenario::kMaxMonths));
    Scenario after = m_scenario;
    after.months = months;
    for (auto it = after.volumes.begin(); it != after.volumes.end(); ++it)
        it->resize(months, 0);
    const auto dropped = after.purchases.removeIf([months](const Purchase& p) { return p.month >= months; });
    QString description = tr("Plan over %n month(s)", nullptr, months);
    if (dropped > 0)
        description += tr(" (%n purchase(s) after the end removed)", nullptr, static_cast<int>(dropped));
    submitScenario(after, description);
}

void PlanDocument::setTierBasis(TierBasis basis) {
    Scenario after = m_scenario;
    after.settings.tierBasis = basis;
    submitScenario(after, basis == TierBasis::AllCalls
                              ? tr("Select the postpaid tier by all calls")
                              : tr("Select the postpaid tier by postpaid calls only"));
}

void PlanDocument::setPurchasePolicy(PurchasePolicy policy) {
    Scenario after = m_scenario;
    after.settings.purchasePolicy = policy;
    submitScenario(after, policy == PurchasePolicy::Start ? tr("Buy packs in the first month only")
                                                          : tr("Buy packs in any month"));
}

void PlanDocument::setAboveTopTierPrice(std::optional<Money> price) {
    if (price && price->isNegative())
        throw InputError(tr("a price cannot be negative"));
    Scenario after = m_scenario;
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
    Scenario after = m_scenario;
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
    Scenario after = m_scenario;
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
    Scenario after = m_scenario;
    if (ppm == Scenario::kFullShare)
        after.billableShare.remove(interfaceId);
    else
        after.billableShare.insert(interfaceId, ppm);
    submitScenario(after, tr("Bill %1 of %2 calls").arg(Display::percent(ppm), interfaceName(interfaceId)));
}

void PlanDocument::addPurchase(const Purchase& purchase) {
    Scenario after = m_scenario;
    after.purchases.append(purchase);
    submitScenario(after, tr("Buy %1 × %2 of %3 in %4")
                              .arg(Display::calls(purchase.count), Display::calls(purchase.size),
                                   packName(purchase.packId), m_scenario.monthAt(purchase.month).toString()));
}

void PlanDocument::setPurchase(int index, const Purchase& purchase) {
    if (index < 0 || index >= m_scenario.purchases.size())
        throw InputError(tr("there is no purchase %1").arg(index + 1));
    Scenario after = m_scenario;
    after.purchases[index] = purchase;
    submitScenario(after,
                   tr("Change the purchase of %1 to %2 × %3 in %4")
                       .arg(packName(purchase.packId), Display::calls(purchase.count),
                            Display::calls(purchase.size), m_scenario.monthAt(purchase.month).toString()));
}

void PlanDocument::removePurchases(QList<int> indexes) {
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    Scenario after = m_scenario;
    int removed = 0;
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it) {
        if (*it >= 0 && *it < after.purchases.size()) {
            after.purchases.removeAt(*it);
            ++removed;
        }
    }
    if (removed == 0)
        return;
    submitScenario(after, tr("Remove %n purchase(s)", nullptr, removed));
}

void PlanDocument::replaceScenario(const Scenario& after, const QString& description) {
    submitScenario(after, description);
}

void PlanDocument::submitScenario(Scenario after, const QString& description) {
    if (after == m_scenario)
        return;
    ScenarioFile::validate(after, *m_catalog); // throws InputError naming the field
    ScenarioEdit edit;
    edit.kind = ScenarioEdit::Kind::Scenario;
    edit.description = description;
    edit.before = m_scenario;
    edit.after = std::move(after);
    submit(std::move(edit));
}

void PlanDocument::submit(ScenarioEdit edit) {
    if (m_editHandler) {
        m_editHandler(edit);
        return;
    }
    apply(edit, true);
    setModified(true);
}

void PlanDocument::apply(const ScenarioEdit& edit, bool redo) {
    if (edit.kind == ScenarioEdit::Kind::Volumes) {
        for (const VolumeChange& c : edit.volumes) {
            auto it = m_scenario.volumes.find(c.interfaceId);
            if (it != m_scenario.volumes.end() && c.month >= 0 && c.month < it->size())
                (*it)[c.month] = redo ? c.after : c.before;
        }
        Q_EMIT volumesChanged(edit.volumes);
    } else {
        m_scenario = redo ? edit.after : edit.before;
        Q_EMIT scenarioReplaced();
    }
    recalculate();
    Q_EMIT resultChanged();
}

void PlanDocument::recalculate() {
    m_snapshot = m_recalculator.recalculate(*m_catalog, m_scenario, ++m_revision);
}

} // namespace ocp
