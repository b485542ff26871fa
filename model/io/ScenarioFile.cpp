#include "model/io/ScenarioFile.h"

#include "model/billing/AtomicFile.h"
#include "model/billing/Catalog.h"
#include "model/billing/CostCentreCheck.h"
#include "model/billing/InputError.h"
#include "model/billing/JsonReader.h"
#include "model/billing/Resources.h"

#include <QFile>
#include <QJsonDocument>

namespace ocp {

const QString ScenarioFile::kFormat = QStringLiteral("ocr-cost-planner/scenario");

namespace {

// Calls per month as a file gives them: an array of one number per month, or one number for
// every month (volumes, and a cost centre's calls).
QList<qint64> monthlyCalls(const QJsonValue& value, const QString& path, int months) {
    if (!value.isArray())
        return QList<qint64>(months, JsonReader::toInteger(value, path, 0, Scenario::kMaxMonthlyCalls));
    const QJsonArray array = value.toArray();
    if (array.size() != months) {
        throw InputError(QStringLiteral("%1: has %2 monthly numbers but the scenario has %3 months")
                             .arg(path)
                             .arg(array.size())
                             .arg(months));
    }
    QList<qint64> perMonth;
    for (qsizetype m = 0; m < array.size(); ++m)
        perMonth.append(JsonReader::toInteger(array.at(m), QStringLiteral("%1[%2]").arg(path).arg(m), 0, Scenario::kMaxMonthlyCalls));
    return perMonth;
}

qint64 parseShare(const QJsonValue& v, const QString& path) {
    // A share is a fraction 0..1 with up to six decimals; a number is accepted for
    // convenience, but converted through its shortest text form so 0.95 stays 0.95.
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 15);
    else
        throw InputError(QStringLiteral("%1: must be a fraction between 0 and 1, such as \"0.95\"").arg(path));
    QString reason;
    const std::optional<Money> fraction = Money::parse(text, &reason);
    if (!fraction)
        throw InputError(QStringLiteral("%1: %2").arg(path, reason));
    if (fraction->isNegative() || fraction->micros() > Scenario::kFullShare)
        throw InputError(QStringLiteral("%1: %2 is not between 0 and 1").arg(path, text));
    return static_cast<qint64>(fraction->micros());
}

// Key of the object form of settings.aboveTopTierPrice that prices every group not named.
const QString kAllGroups = QStringLiteral("*");

QString shareToString(qint64 ppm) {
    return Money::fromMicros(ppm).toDecimalString();
}

// One cost centre's share as the file writes it: a decimal fraction with up to six decimals.
// The rules on shares (each month's add up to 1, none negative) are checkCostCentres'.
qint64 parseCentreShare(const QJsonValue& v, const QString& path) {
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 15);
    else
        throw InputError(QStringLiteral("%1: must be a share between 0 and 1, such as \"0.6\"").arg(path));
    QString reason;
    const std::optional<Money> fraction = Money::parse(text, &reason);
    if (!fraction)
        throw InputError(QStringLiteral("%1: \"%2\" is not a share between 0 and 1 with up to six decimals, such as "
                                        "\"0.6\"")
                             .arg(path, text));
    if (fraction->micros() > Scenario::kFullShare)
        throw InputError(QStringLiteral("%1: %2 is more than 1 (100 %)").arg(path, text));
    return static_cast<qint64>(fraction->micros());
}

// The interface id a costCentres or costCentreVolumes key names (id or Chinese name).
QString centreInterface(const Catalog& catalog, const QString& key, const QString& path) {
    const int api = catalog.interfaceIndex(key);
    if (api < 0) {
        throw InputError(QStringLiteral("%1: \"%2\" is not an interface of the catalog (use its API name, such "
                                        "as IDCardOCR, or its Chinese name)")
                             .arg(path, key));
    }
    return catalog.interfaces().at(api).id;
}

void readCostCentres(JsonReader& root, const Catalog& catalog, Scenario& s) {
    const QString sharesKey = QStringLiteral("costCentres");
    const QString volumesKey = QStringLiteral("costCentreVolumes");
    if (root.has(sharesKey)) {
        const QJsonObject byInterface = root.requireObject(sharesKey);
        const QString basePath = root.fieldPath(sharesKey);
        for (auto it = byInterface.constBegin(); it != byInterface.constEnd(); ++it) {
            const QString apiPath = basePath + u'.' + it.key();
            const QString id = centreInterface(catalog, it.key(), apiPath);
            CostCentreSplit& split = s.costCentres[id];
            if (!split.shares.isEmpty())
                throw InputError(QStringLiteral("%1: interface %2 is given twice (by id and by name)").arg(apiPath, id));
            const QJsonObject centres = JsonReader::toObject(it.value(), apiPath);
            if (centres.isEmpty())
                throw InputError(QStringLiteral("%1: names no cost centre; leave the interface out instead").arg(apiPath));
            for (auto c = centres.constBegin(); c != centres.constEnd(); ++c) {
                const QString centrePath = apiPath + u'.' + c.key();
                QList<qint64> row;
                if (c.value().isArray()) {
                    const QJsonArray array = c.value().toArray();
                    if (array.size() != s.months) {
                        throw InputError(QStringLiteral("%1: has %2 monthly shares but the scenario has %3 months")
                                             .arg(centrePath)
                                             .arg(array.size())
                                             .arg(s.months));
                    }
                    for (qsizetype m = 0; m < array.size(); ++m)
                        row.append(parseCentreShare(array.at(m), QStringLiteral("%1[%2]").arg(centrePath).arg(m)));
                } else {
                    row.append(parseCentreShare(c.value(), centrePath));
                }
                split.shares.insert(c.key(), row);
            }
        }
    }
    if (root.has(volumesKey)) {
        const QJsonObject byInterface = root.requireObject(volumesKey);
        const QString basePath = root.fieldPath(volumesKey);
        for (auto it = byInterface.constBegin(); it != byInterface.constEnd(); ++it) {
            const QString apiPath = basePath + u'.' + it.key();
            const QString id = centreInterface(catalog, it.key(), apiPath);
            CostCentreSplit& split = s.costCentres[id];
            if (!split.volumes.isEmpty())
                throw InputError(QStringLiteral("%1: interface %2 is given twice (by id and by name)").arg(apiPath, id));
            if (!split.shares.isEmpty())
                throw InputError(QStringLiteral("%1: interface %2 also has shares in costCentres; split it by shares "
                                                "or by volumes, not both")
                                     .arg(apiPath, id));
            const QJsonObject centres = JsonReader::toObject(it.value(), apiPath);
            if (centres.isEmpty())
                throw InputError(QStringLiteral("%1: names no cost centre; leave the interface out instead").arg(apiPath));
            for (auto c = centres.constBegin(); c != centres.constEnd(); ++c) {
                const QString centrePath = apiPath + u'.' + c.key();
                split.volumes.insert(c.key(), monthlyCalls(c.value(), centrePath, s.months));
            }
        }
    }
    if (!s.costCentres.isEmpty())
        checkCostCentres(catalog, s);
}

// A cost centre's share as the user writes it: 600,000 ppm -> "0.6", 1,000,000 -> "1".
QString centreShareText(qint64 ppm) {
    QString text = Money::fromMicros(ppm).toDecimalString();
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

// One row of a split as written: a single value for a row of one (shares for every month) or
// for calls that are the same every month (read back as that many months).
template <typename ToJson>
QJsonValue rowJson(const QList<qint64>& row, bool collapseConstant, ToJson toJson) {
    const bool constant = !row.isEmpty() && std::all_of(row.cbegin(), row.cend(), [&](qint64 x) { return x == row.constFirst(); });
    if (row.size() == 1 || (collapseConstant && constant))
        return toJson(row.constFirst());
    QJsonArray array;
    for (qint64 x : row)
        array.append(toJson(x));
    return array;
}

} // namespace

Scenario ScenarioFile::fromJson(const QByteArray& json, const Catalog& catalog) {
    return fromJsonObject(JsonReader::parseDocument(json, QStringLiteral("scenario file")), catalog, QString());
}

Scenario ScenarioFile::fromJsonObject(const QJsonObject& object, const Catalog& catalog, const QString& path) {
    JsonReader root(object, path);
    Scenario s;
    root.requireFormat(kFormat, kVersion);
    s.name = root.optionalString(QStringLiteral("name")).value_or(QString());

    const QString start = root.requireString(QStringLiteral("start"));
    const std::optional<YearMonth> startMonth = YearMonth::parse(start);
    if (!startMonth)
        root.fail(QStringLiteral("start"), QStringLiteral("\"%1\" is not a month in the form YYYY-MM").arg(start));
    s.start = *startMonth;
    s.months = static_cast<int>(root.requireInteger(QStringLiteral("months"), 1, Scenario::kMaxMonths));

    if (root.has(QStringLiteral("volumes"))) {
        const QJsonObject volumes = root.requireObject(QStringLiteral("volumes"));
        const QString volumesPath = root.fieldPath(QStringLiteral("volumes"));
        for (auto it = volumes.constBegin(); it != volumes.constEnd(); ++it) {
            const QString fieldPath = volumesPath + u'.' + it.key();
            const int api = catalog.interfaceIndex(it.key());
            if (api < 0) {
                throw InputError(QStringLiteral("%1: \"%2\" is not an interface of the catalog (use its API name, such "
                                                "as IDCardOCR, or its Chinese name)")
                                     .arg(fieldPath, it.key()));
            }
            const QString id = catalog.interfaces().at(api).id;
            if (s.volumes.contains(id))
                throw InputError(QStringLiteral("%1: interface %2 is given twice (by id and by name)").arg(fieldPath, id));
            s.volumes.insert(id, monthlyCalls(it.value(), fieldPath, s.months));
        }
    }

    if (root.has(QStringLiteral("billableShare"))) {
        const QJsonObject shares = root.requireObject(QStringLiteral("billableShare"));
        const QString sharesPath = root.fieldPath(QStringLiteral("billableShare"));
        for (auto it = shares.constBegin(); it != shares.constEnd(); ++it) {
            const QString fieldPath = sharesPath + u'.' + it.key();
            const int api = catalog.interfaceIndex(it.key());
            if (api < 0)
                throw InputError(QStringLiteral("%1: \"%2\" is not an interface of the catalog").arg(fieldPath, it.key()));
            const QString id = catalog.interfaces().at(api).id;
            if (s.billableShare.contains(id))
                throw InputError(QStringLiteral("%1: interface %2 is given twice (by id and by name)").arg(fieldPath, id));
            s.billableShare.insert(id, parseShare(it.value(), fieldPath));
        }
    }

    if (root.has(QStringLiteral("priceOverrides"))) {
        const QString overridesPath = root.fieldPath(QStringLiteral("priceOverrides"));
        JsonReader overrides(root.requireObject(QStringLiteral("priceOverrides")), overridesPath);
        if (overrides.has(QStringLiteral("packs"))) {
            const QJsonObject packs = overrides.requireObject(QStringLiteral("packs"));
            for (auto it = packs.constBegin(); it != packs.constEnd(); ++it) {
                const QString packPath = overrides.fieldPath(QStringLiteral("packs.") + it.key());
                const int pack = catalog.packIndex(it.key());
                if (pack < 0)
                    throw InputError(QStringLiteral("%1: \"%2\" is not a resource pack of the catalog").arg(packPath, it.key()));
                const ResourcePack& rp = catalog.packs().at(pack);
                const QJsonObject sizes = JsonReader::toObject(it.value(), packPath);
                for (auto sz = sizes.constBegin(); sz != sizes.constEnd(); ++sz) {
                    bool ok = false;
                    const qint64 calls = sz.key().toLongLong(&ok);
                    if (!ok || !rp.size(calls)) {
                        throw InputError(QStringLiteral("%1.%2: pack %3 is not sold in a size of %2 calls")
                                             .arg(packPath, sz.key(), rp.id));
                    }
                    s.overrides.packPrices[rp.id].insert(calls,
                                                         JsonReader::toMoney(sz.value(), packPath + u'.' + sz.key()));
                }
            }
        }
        if (overrides.has(QStringLiteral("postpaid"))) {
            const QJsonObject groups = overrides.requireObject(QStringLiteral("postpaid"));
            for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
                const QString groupPath = overrides.fieldPath(QStringLiteral("postpaid.") + it.key());
                const int group = catalog.groupIndex(it.key());
                if (group < 0)
                    throw InputError(QStringLiteral("%1: \"%2\" is not a postpaid group of the catalog").arg(groupPath, it.key()));
                const PostpaidGroup& pg = catalog.postpaidGroups().at(group);
                if (!it.value().isArray())
                    throw InputError(QStringLiteral("%1: must be an array of unit prices, one per tier (null keeps the "
                                                    "list price)")
                                         .arg(groupPath));
                const QJsonArray tiers = it.value().toArray();
                if (tiers.size() > pg.tiers.size())
                    throw InputError(QStringLiteral("%1: has %2 prices but the group has %3 tiers")
                                         .arg(groupPath)
                                         .arg(tiers.size())
                                         .arg(pg.tiers.size()));
                for (qsizetype t = 0; t < tiers.size(); ++t) {
                    if (tiers.at(t).isNull())
                        continue;
                    s.overrides.tierPrices[pg.id].insert(
                        static_cast<int>(t), JsonReader::toMoney(tiers.at(t), QStringLiteral("%1[%2]").arg(groupPath).arg(t)));
                }
            }
        }
        overrides.rejectUnknownKeys();
    }

    if (root.has(QStringLiteral("settings"))) {
        const QString settingsPath = root.fieldPath(QStringLiteral("settings"));
        JsonReader settings(root.requireObject(QStringLiteral("settings")), settingsPath);
        if (const auto basis = settings.optionalString(QStringLiteral("tierBasis"))) {
            const auto parsed = tierBasisFromString(*basis);
            if (!parsed)
                settings.fail(QStringLiteral("tierBasis"),
                              QStringLiteral("\"%1\" must be \"all-calls\" or \"postpaid-calls\"").arg(*basis));
            s.settings.tierBasis = *parsed;
        }
        if (const auto policy = settings.optionalString(QStringLiteral("purchasePolicy"))) {
            const auto parsed = purchasePolicyFromString(*policy);
            if (!parsed)
                settings.fail(QStringLiteral("purchasePolicy"), QStringLiteral("\"%1\" must be \"start\" or \"any\"").arg(*policy));
            s.settings.purchasePolicy = *parsed;
        }
        const QJsonValue above = settings.value(QStringLiteral("aboveTopTierPrice"));
        const QString abovePath = settings.fieldPath(QStringLiteral("aboveTopTierPrice"));
        if (above.isObject()) {
            const QJsonObject byGroup = above.toObject();
            for (auto it = byGroup.constBegin(); it != byGroup.constEnd(); ++it) {
                // "*" is the price for every group not named: a scenario can hold both.
                if (it.key() == kAllGroups) {
                    s.settings.aboveTopTierPrice = JsonReader::toMoney(it.value(), abovePath + u'.' + it.key());
                    continue;
                }
                const int group = catalog.groupIndex(it.key());
                if (group < 0) {
                    throw InputError(QStringLiteral("%1.%2: \"%2\" is not a postpaid group of the catalog")
                                         .arg(abovePath, it.key()));
                }
                const QString& groupId = catalog.postpaidGroups().at(group).id;
                if (s.settings.aboveTopTierPriceByGroup.contains(groupId)) {
                    throw InputError(QStringLiteral("%1.%2: group %3 is given twice (by id and by name)")
                                         .arg(abovePath, it.key(), groupId));
                }
                s.settings.aboveTopTierPriceByGroup.insert(groupId,
                                                           JsonReader::toMoney(it.value(), abovePath + u'.' + it.key()));
            }
        } else if (!above.isUndefined() && !above.isNull()) {
            s.settings.aboveTopTierPrice = JsonReader::toMoney(above, abovePath);
        }
        // Settings may grow; unknown settings from a newer planner are ignored like other extra fields.
    }

    if (root.has(QStringLiteral("purchases"))) {
        const QJsonArray purchases = root.requireArray(QStringLiteral("purchases"));
        if (purchases.size() > Scenario::kMaxPurchases) {
            root.fail(QStringLiteral("purchases"),
                      QStringLiteral("has %1 purchases; at most %2 are allowed").arg(purchases.size()).arg(Scenario::kMaxPurchases));
        }
        for (qsizetype i = 0; i < purchases.size(); ++i) {
            const QString itemPath = root.fieldPath(QStringLiteral("purchases[%1]").arg(i));
            JsonReader r(JsonReader::toObject(purchases.at(i), itemPath), itemPath);
            Purchase p;
            const QString month = r.requireString(QStringLiteral("month"));
            const std::optional<YearMonth> ym = YearMonth::parse(month);
            if (!ym)
                r.fail(QStringLiteral("month"), QStringLiteral("\"%1\" is not a month in the form YYYY-MM").arg(month));
            p.month = s.start.monthsTo(*ym);
            if (p.month < 0 || p.month >= s.months) {
                r.fail(QStringLiteral("month"), QStringLiteral("%1 is outside the scenario (%2 to %3)")
                                                    .arg(month, s.start.toString(), s.start.addMonths(s.months - 1).toString()));
            }
            const QString packKey = r.requireString(QStringLiteral("pack"));
            const int pack = catalog.packIndex(packKey);
            if (pack < 0)
                r.fail(QStringLiteral("pack"), QStringLiteral("\"%1\" is not a resource pack of the catalog").arg(packKey));
            const ResourcePack& rp = catalog.packs().at(pack);
            p.packId = rp.id;
            p.size = r.requireInteger(QStringLiteral("size"), 1, Scenario::kMaxPurchaseCalls);
            if (!rp.size(p.size)) {
                QStringList sizes;
                for (const PackSize& ps : rp.sizes)
                    sizes.append(QString::number(ps.calls));
                r.fail(QStringLiteral("size"), QStringLiteral("pack %1 is sold in sizes %2, not %3")
                                                   .arg(rp.id, sizes.join(QStringLiteral(", ")))
                                                   .arg(p.size));
            }
            p.count = r.optionalInteger(QStringLiteral("count"), 1, Scenario::kMaxPackCount).value_or(1);
            if (p.count > Scenario::kMaxPurchaseCalls / p.size) {
                r.fail(QStringLiteral("count"), QStringLiteral("%1 packs of %2 calls is more than %3 calls in one purchase")
                                                    .arg(p.count)
                                                    .arg(p.size)
                                                    .arg(Scenario::kMaxPurchaseCalls));
            }
            s.purchases.append(p);
        }
    }

    if (root.has(QStringLiteral("holdings"))) {
        const QJsonArray holdings = root.requireArray(QStringLiteral("holdings"));
        if (holdings.size() > Scenario::kMaxHeldPacks) {
            root.fail(QStringLiteral("holdings"),
                      QStringLiteral("has %1 holdings; at most %2 are allowed").arg(holdings.size()).arg(Scenario::kMaxHeldPacks));
        }
        for (qsizetype i = 0; i < holdings.size(); ++i) {
            const QString itemPath = root.fieldPath(QStringLiteral("holdings[%1]").arg(i));
            JsonReader r(JsonReader::toObject(holdings.at(i), itemPath), itemPath);
            Holding h;
            const QString packKey = r.requireString(QStringLiteral("pack"));
            const int pack = catalog.packIndex(packKey);
            if (pack < 0)
                r.fail(QStringLiteral("pack"), QStringLiteral("\"%1\" is not a resource pack of the catalog").arg(packKey));
            const ResourcePack& rp = catalog.packs().at(pack);
            h.packId = rp.id;
            h.size = r.requireInteger(QStringLiteral("size"), 1, Scenario::kMaxPurchaseCalls);
            h.remaining = r.requireInteger(QStringLiteral("remaining"), 0, Scenario::kMaxPurchaseCalls);
            if (h.remaining > h.size) {
                r.fail(QStringLiteral("remaining"), QStringLiteral("%1 calls left on a pack of %2 calls (%3): a pack "
                                                                   "cannot hold more than its size")
                                                        .arg(h.remaining)
                                                        .arg(h.size)
                                                        .arg(rp.id));
            }
            const QString expires = r.requireString(QStringLiteral("expires"));
            const std::optional<YearMonth> last = YearMonth::parse(expires);
            if (!last)
                r.fail(QStringLiteral("expires"), QStringLiteral("\"%1\" is not a month in the form YYYY-MM").arg(expires));
            h.expires = *last;
            // R2: a pack is usable in its purchase month and the 11 after it; bought before the
            // start, it is usable at most through start + 10 months.
            const YearMonth latest = s.start.addMonths(rp.validityMonths - 2);
            if (h.expires < s.start) {
                r.fail(QStringLiteral("expires"), QStringLiteral("%1 (%2) expired before the scenario starts (%3)")
                                                      .arg(expires, rp.id, s.start.toString()));
            }
            if (h.expires > latest) {
                r.fail(QStringLiteral("expires"),
                       QStringLiteral("%1 (%2) is too late: a pack bought before %3 is usable at most through %4")
                           .arg(expires, rp.id, s.start.toString(), latest.toString()));
            }
            h.count = r.optionalInteger(QStringLiteral("count"), 1, Scenario::kMaxHeldPacks).value_or(1);
            s.holdings.append(h);
        }
    }

    if (root.has(QStringLiteral("actualThrough"))) {
        const QString month = root.requireString(QStringLiteral("actualThrough"));
        const std::optional<YearMonth> through = YearMonth::parse(month);
        if (!through)
            root.fail(QStringLiteral("actualThrough"), QStringLiteral("\"%1\" is not a month in the form YYYY-MM").arg(month));
        const YearMonth last = s.start.addMonths(s.months - 1);
        if (*through < s.start || *through > last) {
            root.fail(QStringLiteral("actualThrough"),
                      QStringLiteral("%1 is outside the scenario (%2 to %3)").arg(month, s.start.toString(), last.toString()));
        }
        s.actualThrough = through;
    }
    readCostCentres(root, catalog, s);
    return s;
}

int ScenarioFile::versionFor(const Scenario& scenario) {
    return scenario.holdings.isEmpty() && !scenario.actualThrough && scenario.costCentres.isEmpty() ? 1 : 2;
}

Scenario ScenarioFile::fromFile(const QString& path, const Catalog& catalog) {
    const QByteArray bytes = AtomicFile::read(path, QStringLiteral("scenario file"));
    return readingFile(path, [&] { return fromJson(bytes, catalog); });
}

QJsonObject ScenarioFile::toJsonObject(const Scenario& s) {
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), versionFor(s));
    if (!s.name.isEmpty())
        root.insert(QStringLiteral("name"), s.name);
    root.insert(QStringLiteral("start"), s.start.toString());
    root.insert(QStringLiteral("months"), s.months);
    QJsonObject volumes;
    for (auto it = s.volumes.constBegin(); it != s.volumes.constEnd(); ++it) {
        const QList<qint64>& v = it.value();
        const bool constant = std::all_of(v.cbegin(), v.cend(), [&](qint64 x) { return x == v.constFirst(); });
        if (constant && !v.isEmpty()) {
            volumes.insert(it.key(), v.constFirst());
        } else {
            QJsonArray array;
            for (qint64 x : v)
                array.append(x);
            volumes.insert(it.key(), array);
        }
    }
    root.insert(QStringLiteral("volumes"), volumes);
    if (!s.billableShare.isEmpty()) {
        QJsonObject shares;
        for (auto it = s.billableShare.constBegin(); it != s.billableShare.constEnd(); ++it)
            shares.insert(it.key(), shareToString(it.value()));
        root.insert(QStringLiteral("billableShare"), shares);
    }
    if (!s.overrides.isEmpty()) {
        QJsonObject overrides;
        QJsonObject packs;
        for (auto it = s.overrides.packPrices.constBegin(); it != s.overrides.packPrices.constEnd(); ++it) {
            QJsonObject sizes;
            for (auto sz = it->constBegin(); sz != it->constEnd(); ++sz)
                sizes.insert(QString::number(sz.key()), sz.value().toDecimalString());
            packs.insert(it.key(), sizes);
        }
        if (!packs.isEmpty())
            overrides.insert(QStringLiteral("packs"), packs);
        QJsonObject groups;
        for (auto it = s.overrides.tierPrices.constBegin(); it != s.overrides.tierPrices.constEnd(); ++it) {
            QJsonArray tiers;
            const int last = it->isEmpty() ? -1 : it->lastKey();
            for (int t = 0; t <= last; ++t)
                tiers.append(it->contains(t) ? QJsonValue(it->value(t).toDecimalString()) : QJsonValue());
            groups.insert(it.key(), tiers);
        }
        if (!groups.isEmpty())
            overrides.insert(QStringLiteral("postpaid"), groups);
        root.insert(QStringLiteral("priceOverrides"), overrides);
    }
    QJsonArray purchases;
    for (const Purchase& p : s.purchases) {
        purchases.append(QJsonObject{{QStringLiteral("month"), s.start.addMonths(p.month).toString()},
                                     {QStringLiteral("pack"), p.packId},
                                     {QStringLiteral("size"), p.size},
                                     {QStringLiteral("count"), p.count}});
    }
    root.insert(QStringLiteral("purchases"), purchases);
    if (!s.holdings.isEmpty()) {
        QJsonArray holdings;
        for (const Holding& h : s.holdings) {
            holdings.append(QJsonObject{{QStringLiteral("pack"), h.packId},
                                        {QStringLiteral("size"), h.size},
                                        {QStringLiteral("remaining"), h.remaining},
                                        {QStringLiteral("expires"), h.expires.toString()},
                                        {QStringLiteral("count"), h.count}});
        }
        root.insert(QStringLiteral("holdings"), holdings);
    }
    if (s.actualThrough)
        root.insert(QStringLiteral("actualThrough"), s.actualThrough->toString());
    // Volume splits keep Scenario::volumes as their sum, so the engine reads volumes alone.
    QJsonObject centreShares;
    QJsonObject centreVolumes;
    for (auto it = s.costCentres.constBegin(); it != s.costCentres.constEnd(); ++it) {
        QJsonObject shares;
        for (auto c = it->shares.constBegin(); c != it->shares.constEnd(); ++c)
            shares.insert(c.key(), rowJson(*c, false, [](qint64 ppm) { return QJsonValue(centreShareText(ppm)); }));
        if (!shares.isEmpty())
            centreShares.insert(it.key(), shares);
        QJsonObject calls;
        for (auto c = it->volumes.constBegin(); c != it->volumes.constEnd(); ++c)
            calls.insert(c.key(), rowJson(*c, true, [](qint64 n) { return QJsonValue(n); }));
        if (!calls.isEmpty())
            centreVolumes.insert(it.key(), calls);
    }
    if (!centreShares.isEmpty())
        root.insert(QStringLiteral("costCentres"), centreShares);
    if (!centreVolumes.isEmpty())
        root.insert(QStringLiteral("costCentreVolumes"), centreVolumes);
    QJsonObject settings;
    settings.insert(QStringLiteral("tierBasis"), toString(s.settings.tierBasis));
    settings.insert(QStringLiteral("purchasePolicy"), toString(s.settings.purchasePolicy));
    if (!s.settings.aboveTopTierPriceByGroup.isEmpty()) {
        QJsonObject byGroup;
        for (auto it = s.settings.aboveTopTierPriceByGroup.constBegin(); it != s.settings.aboveTopTierPriceByGroup.constEnd(); ++it)
            byGroup.insert(it.key(), it.value().toDecimalString());
        // Without this the global price was lost on save whenever one group had its own.
        if (s.settings.aboveTopTierPrice)
            byGroup.insert(kAllGroups, s.settings.aboveTopTierPrice->toDecimalString());
        settings.insert(QStringLiteral("aboveTopTierPrice"), byGroup);
    } else if (s.settings.aboveTopTierPrice) {
        settings.insert(QStringLiteral("aboveTopTierPrice"), s.settings.aboveTopTierPrice->toDecimalString());
    }
    root.insert(QStringLiteral("settings"), settings);
    return root;
}

QByteArray ScenarioFile::toJson(const Scenario& scenario) {
    return QJsonDocument(toJsonObject(scenario)).toJson(QJsonDocument::Indented);
}

void ScenarioFile::save(const Scenario& scenario, const QString& path) {
    AtomicFile::write(path, toJson(scenario), AtomicFile::Backup::KeepPrevious);
}

Scenario ScenarioFile::sample(const Catalog& catalog) {
    ensureModelResources();
    return fromFile(QStringLiteral(":/scenarios/sample.json"), catalog);
}

void ScenarioFile::validate(const Scenario& s, const Catalog& catalog) {
    // Round-tripping through the reader applies exactly the same rules as a file.
    (void)fromJsonObject(toJsonObject(s), catalog, QString());
    for (auto it = s.volumes.constBegin(); it != s.volumes.constEnd(); ++it) {
        if (it->size() != s.months) {
            throw InputError(QStringLiteral("volumes.%1: has %2 monthly numbers but the scenario has %3 months")
                                 .arg(it.key())
                                 .arg(it->size())
                                 .arg(s.months));
        }
    }
}

} // namespace ocp
