#include "model/io/CostReport.h"

#include "model/billing/Catalog.h"
#include "model/billing/CsvWriter.h"
#include "model/billing/PackLifetime.h"
#include "model/billing/Scenario.h"
#include "model/io/PlanWording.h"
#include "model/io/TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <algorithm>

namespace ocp {
namespace {

QString grouped(qint64 value) {
    return TextTable::grouped(value);
}
QString number(qint64 value) {
    return QString::number(value);
}
QString decimal(Money value) {
    return value.toDecimalString();
}
QString display(Money value) {
    return value.toDisplayString(TextTable::reportLocale());
}
// Fields of the CSV ledger: counts and amounts are numbers to the spreadsheet.
CsvWriter::Field count(qint64 value) {
    return CsvWriter::Field::number(value);
}
CsvWriter::Field amount(Money value) {
    return CsvWriter::Field::number(value);
}

QString noticeKind(NoticeKind kind) {
    return kind == NoticeKind::Depleted ? QStringLiteral("depleted") : QStringLiteral("below-20-percent");
}

QString noticeText(NoticeKind kind) {
    return kind == NoticeKind::Depleted ? QStringLiteral("the last pack is used up")
                                        : QStringLiteral("the last pack fell below 20% of its size");
}

// The engine lists notices pack by pack; a reader wants them in the order they arrive.
QList<LowBalanceNotice> noticesByMonth(QList<LowBalanceNotice> notices) {
    std::stable_sort(notices.begin(), notices.end(),
                     [](const LowBalanceNotice& a, const LowBalanceNotice& b) { return a.month < b.month; });
    return notices;
}

} // namespace

CostReport::CostReport(const Catalog& catalog, const Scenario& scenario, const BillingResult& result)
    : m_catalog(catalog)
    , m_scenario(scenario)
    , m_result(result)
    , m_prices(catalog, scenario) {}

bool CostReport::isMade(const Purchase& purchase) const {
    return m_scenario.actualThrough && purchase.month <= m_scenario.start.monthsTo(*m_scenario.actualThrough);
}

bool CostReport::showsLifetimes() const {
    return !m_scenario.holdings.isEmpty() || m_scenario.actualThrough.has_value();
}

QJsonArray CostReport::holdingsJson() const {
    QJsonArray out;
    for (int i = 0; i < m_scenario.holdings.size() && i < m_result.holdings.size(); ++i) {
        const Holding& h = m_scenario.holdings.at(i);
        const HoldingUse& use = m_result.holdings.at(i);
        // The catalog's id, even when the file named the pack by its Chinese name.
        const ResourcePack& rp = m_catalog.packs().at(use.pack);
        out.append(QJsonObject{{QStringLiteral("pack"), rp.id},
                               {QStringLiteral("name"), rp.name},
                               {QStringLiteral("size"), h.size},
                               {QStringLiteral("remaining"), h.remaining},
                               {QStringLiteral("count"), h.count},
                               {QStringLiteral("expires"), h.expires.toString()},
                               {QStringLiteral("atStart"), use.atStart},
                               {QStringLiteral("used"), use.used},
                               {QStringLiteral("expired"), use.expired},
                               {QStringLiteral("unusedAtEnd"), use.unusedAtEnd}});
    }
    return out;
}

QJsonArray CostReport::packLinesJson() const {
    QJsonArray out;
    for (const PackLifetime& line : PackLifetime::forecast(m_catalog, m_scenario, m_result)) {
        const bool held = line.holding >= 0;
        const bool runsOut = line.outcome == PackLifetime::Outcome::RunsOut;
        out.append(QJsonObject{
            {QStringLiteral("source"), held ? QStringLiteral("held") : QStringLiteral("bought")},
            {QStringLiteral("bought"), held ? QJsonValue() : QJsonValue(line.bought.toString())},
            {QStringLiteral("pack"), m_catalog.packs().at(line.pack).id},
            {QStringLiteral("calls"), line.calls},
            {QStringLiteral("used"), line.used},
            {QStringLiteral("runsOut"), runsOut ? QJsonValue(line.runsOut.toString()) : QJsonValue()},
            {QStringLiteral("expires"), line.expires.toString()},
            {QStringLiteral("expiringUnused"),
             line.outcome == PackLifetime::Outcome::ExpiresUnused ? line.unused : 0},
            {QStringLiteral("unusedAtEnd"), line.outcome == PackLifetime::Outcome::UnusedAtEnd ? line.unused : 0}});
    }
    return out;
}

QString CostReport::holdingsText() const {
    using A = TextTable::Align;
    TextTable table({A::Left, A::Left, A::Right, A::Right, A::Right, A::Left, A::Right, A::Right, A::Right,
                     A::Right});
    table.addRow({QStringLiteral("Pack"), QStringLiteral("Id"), QStringLiteral("Size"),
                  QStringLiteral("Left per pack"), QStringLiteral("Count"), QStringLiteral("Usable through"),
                  QStringLiteral("At start"), QStringLiteral("Used"), QStringLiteral("Expired"),
                  QStringLiteral("Unused at end")});
    table.addRule();
    for (int i = 0; i < m_scenario.holdings.size() && i < m_result.holdings.size(); ++i) {
        const Holding& h = m_scenario.holdings.at(i);
        const HoldingUse& use = m_result.holdings.at(i);
        const ResourcePack& rp = m_catalog.packs().at(use.pack);
        table.addRow({rp.name, rp.id, grouped(h.size), grouped(h.remaining), grouped(h.count),
                      h.expires.toString(), grouped(use.atStart), grouped(use.used), grouped(use.expired),
                      grouped(use.unusedAtEnd)});
    }
    return QStringLiteral("\nPacks held at the start (already paid, cost nothing here)\n") + table.toString(2);
}

QString CostReport::packLinesText() const {
    const QList<PackLifetime> lines = PackLifetime::forecast(m_catalog, m_scenario, m_result);
    if (lines.isEmpty())
        return QString();
    using A = TextTable::Align;
    TextTable table({A::Left, A::Left, A::Left, A::Right, A::Left, A::Left, A::Right, A::Right});
    table.addRow({QStringLiteral("Source"), QStringLiteral("Pack"), QStringLiteral("Id"), QStringLiteral("Calls"),
                  QStringLiteral("Runs out"), QStringLiteral("Usable through"), QStringLiteral("Expiring unused"),
                  QStringLiteral("Unused at end")});
    table.addRule();
    for (const PackLifetime& line : lines) {
        const ResourcePack& rp = m_catalog.packs().at(line.pack);
        const bool runsOut = line.outcome == PackLifetime::Outcome::RunsOut;
        table.addRow({line.holding >= 0 ? QStringLiteral("held") : QStringLiteral("bought %1").arg(line.bought.toString()),
                      rp.name, rp.id, grouped(line.calls), runsOut ? line.runsOut.toString() : QStringLiteral("-"),
                      line.expires.toString(),
                      grouped(line.outcome == PackLifetime::Outcome::ExpiresUnused ? line.unused : 0),
                      grouped(line.outcome == PackLifetime::Outcome::UnusedAtEnd ? line.unused : 0)});
    }
    return QStringLiteral("\nRun-out and expiry forecast\n") + table.toString(2);
}

QList<int> CostReport::packsInUse() const {
    QList<int> packs;
    for (int p = 0; p < m_result.packs.size(); ++p) {
        const PackSummary& s = m_result.packs.at(p);
        if (s.calls > 0 || s.purchasedCalls > 0)
            packs.append(p);
    }
    return packs;
}

QString CostReport::tierLabel(int pack, int tier) const {
    if (tier < 0)
        return QString();
    const PostpaidGroup& group = m_catalog.postpaidGroups().at(m_catalog.groupOfPack(pack));
    if (tier < group.tiers.size())
        return number(tier + 1);
    return QStringLiteral("above %1").arg(grouped(group.tiers.constLast().upTo));
}

QStringList CostReport::ledgerColumns() {
    return {
        QStringLiteral("month"),          QStringLiteral("pack"),       QStringLiteral("pack name"),
        QStringLiteral("calls"),          QStringLiteral("free calls"), QStringLiteral("calls from packs"),
        QStringLiteral("postpaid calls"), QStringLiteral("tier"),       QStringLiteral("unit price"),
        QStringLiteral("postpaid cost"),  QStringLiteral("purchases"),  QStringLiteral("purchase cost"),
        QStringLiteral("expired calls"),  QStringLiteral("balance"),    QStringLiteral("month total"),
        QStringLiteral("estimate")};
}

CsvWriter::Row CostReport::totalRow(int pack) const {
    const ResourcePack& rp = m_catalog.packs().at(pack);
    const PackSummary& s = m_result.packs.at(pack);
    // The balance of a total row is what is still valid when the horizon ends.
    return {QStringLiteral("total"),
            rp.id,
            rp.name,
            count(s.calls),
            count(s.freeCalls),
            count(s.packCalls),
            count(s.postpaidCalls),
            QString(),
            QString(),
            amount(s.postpaidCost),
            PlanWording::order(m_catalog, m_scenario, pack, -1),
            amount(s.packCost),
            count(s.expiredCalls),
            count(s.unusedAtEnd),
            amount(s.total()),
            s.estimate ? QStringLiteral("yes") : QStringLiteral("no")};
}

QList<CsvWriter::Row> CostReport::ledgerRows() const {
    const QList<int> packs = packsInUse();
    QList<CsvWriter::Row> rows;
    // Month by month, like an account statement; a spreadsheet filter on the pack column
    // gives one pack's history.
    for (int m = 0; m < m_result.months; ++m) {
        const QString month = m_result.start.addMonths(m).toString();
        for (int pack : packs) {
            const ResourcePack& rp = m_catalog.packs().at(pack);
            const PackMonth& pm = m_result.packMonths.at(pack).at(m);
            rows.append({month, rp.id, rp.name, count(pm.calls), count(pm.freeCalls), count(pm.packCalls),
                         count(pm.postpaidCalls), tierLabel(pack, pm.tier),
                         pm.postpaidCalls > 0 ? amount(pm.unitPrice) : CsvWriter::Field(), amount(pm.postpaidCost),
                         PlanWording::order(m_catalog, m_scenario, pack, m), amount(pm.purchaseCost), count(pm.expiredCalls),
                         count(pm.balance), amount(pm.total()),
                         pm.estimate ? QStringLiteral("yes") : QStringLiteral("no")});
        }
    }
    for (int pack : packs)
        rows.append(totalRow(pack));
    const PackSummary& all = m_result.overall;
    rows.append({QStringLiteral("grand total"), QString(), QString(), count(all.calls),
                 count(all.freeCalls), count(all.packCalls), count(all.postpaidCalls), QString(),
                 QString(), amount(all.postpaidCost), QString(), amount(all.packCost),
                 count(all.expiredCalls), count(all.unusedAtEnd), amount(all.total()),
                 all.estimate ? QStringLiteral("yes") : QStringLiteral("no")});
    return rows;
}

QByteArray CostReport::toCsv() const {
    CsvWriter csv;
    csv.addTextRow(ledgerColumns());
    for (const CsvWriter::Row& row : ledgerRows())
        csv.addRow(row);
    return csv.toUtf8();
}

QJsonObject CostReport::monthJson(int pack, int month) const {
    const PackMonth& pm = m_result.packMonths.at(pack).at(month);
    const int tierCount =
        static_cast<int>(m_catalog.postpaidGroups().at(m_catalog.groupOfPack(pack)).tiers.size());
    QJsonObject o;
    o.insert(QStringLiteral("month"), m_result.start.addMonths(month).toString());
    o.insert(QStringLiteral("calls"), pm.calls);
    o.insert(QStringLiteral("freeCalls"), pm.freeCalls);
    o.insert(QStringLiteral("packCalls"), pm.packCalls);
    o.insert(QStringLiteral("postpaidCalls"), pm.postpaidCalls);
    o.insert(QStringLiteral("tier"), pm.tier < 0 ? QJsonValue() : QJsonValue(pm.tier + 1));
    o.insert(QStringLiteral("aboveTopTier"), pm.tier >= tierCount);
    o.insert(QStringLiteral("unitPrice"),
             pm.postpaidCalls > 0 ? QJsonValue(decimal(pm.unitPrice)) : QJsonValue());
    o.insert(QStringLiteral("postpaidCost"), decimal(pm.postpaidCost));
    o.insert(QStringLiteral("purchasedCalls"), pm.purchasedCalls);
    o.insert(QStringLiteral("purchaseCost"), decimal(pm.purchaseCost));
    o.insert(QStringLiteral("expiredCalls"), pm.expiredCalls);
    o.insert(QStringLiteral("balance"), pm.balance);
    o.insert(QStringLiteral("total"), decimal(pm.total()));
    o.insert(QStringLiteral("estimate"), pm.estimate);
    return o;
}

QJsonObject CostReport::packJson(int pack) const {
    const ResourcePack& rp = m_catalog.packs().at(pack);
    const PackSummary& s = m_result.packs.at(pack);
    QJsonObject o;
    o.insert(QStringLiteral("pack"), rp.id);
    o.insert(QStringLiteral("name"), rp.name);
    o.insert(QStringLiteral("nameEn"), rp.nameEn);
    o.insert(QStringLiteral("category"), rp.categoryId);
    o.insert(QStringLiteral("postpaidGroup"), m_catalog.postpaidGroups().at(m_catalog.groupOfPack(pack)).id);
    o.insert(QStringLiteral("total"), decimal(s.total()));
    o.insert(QStringLiteral("packCost"), decimal(s.packCost));
    o.insert(QStringLiteral("postpaidCost"), decimal(s.postpaidCost));
    o.insert(QStringLiteral("postpaidOnlyCost"), decimal(s.postpaidOnlyCost));
    o.insert(QStringLiteral("saving"), decimal(s.saving()));
    o.insert(QStringLiteral("calls"), s.calls);
    o.insert(QStringLiteral("freeCalls"), s.freeCalls);
    o.insert(QStringLiteral("packCalls"), s.packCalls);
    o.insert(QStringLiteral("postpaidCalls"), s.postpaidCalls);
    o.insert(QStringLiteral("purchasedCalls"), s.purchasedCalls);
    o.insert(QStringLiteral("expiredCalls"), s.expiredCalls);
    o.insert(QStringLiteral("unusedAtEnd"), s.unusedAtEnd);
    o.insert(QStringLiteral("estimate"), s.estimate);
    QJsonArray purchases;
    for (const Purchase& p : m_scenario.purchases) {
        if (p.packId != rp.id)
            continue;
        QJsonObject purchase{{QStringLiteral("month"), m_scenario.monthAt(p.month).toString()},
                             {QStringLiteral("size"), p.size},
                             {QStringLiteral("count"), p.count},
                             {QStringLiteral("cost"), decimal(m_prices.packPriceForCalls(pack, p.size) * p.count)}};
        // Orders of the months that have happened are marked, as optimize marks them; others
        // carry no such key, so a plan made in a vacuum reads as it always did.
        if (isMade(p))
            purchase.insert(QStringLiteral("fixed"), true);
        purchases.append(purchase);
    }
    o.insert(QStringLiteral("purchases"), purchases);
    QJsonArray months;
    for (int m = 0; m < m_result.months; ++m)
        months.append(monthJson(pack, m));
    o.insert(QStringLiteral("months"), months);
    return o;
}

QJsonObject CostReport::toJsonObject() const {
    const PackSummary& all = m_result.overall;
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("ocr-cost-planner/report"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("name"), m_scenario.name);
    root.insert(QStringLiteral("currency"), m_catalog.currency());
    root.insert(QStringLiteral("start"), m_result.start.toString());
    root.insert(QStringLiteral("end"), m_result.start.addMonths(m_result.months - 1).toString());
    root.insert(QStringLiteral("months"), m_result.months);
    root.insert(QStringLiteral("tierBasis"), toString(m_scenario.settings.tierBasis));
    root.insert(QStringLiteral("total"), decimal(m_result.total()));
    root.insert(QStringLiteral("postpaidOnlyTotal"), decimal(m_result.postpaidOnlyTotal()));
    root.insert(QStringLiteral("saving"), decimal(m_result.saving()));
    root.insert(QStringLiteral("packCost"), decimal(all.packCost));
    root.insert(QStringLiteral("postpaidCost"), decimal(all.postpaidCost));
    root.insert(QStringLiteral("calls"), all.calls);
    root.insert(QStringLiteral("expiredCalls"), all.expiredCalls);
    root.insert(QStringLiteral("unusedAtEnd"), all.unusedAtEnd);
    root.insert(QStringLiteral("estimate"), all.estimate);
    root.insert(QStringLiteral("overriddenPrices"), QJsonArray::fromStringList(m_result.overriddenPrices));

    QJsonArray packs;
    for (int pack : packsInUse())
        packs.append(packJson(pack));
    root.insert(QStringLiteral("packs"), packs);

    QJsonArray categories;
    for (int c = 0; c < m_result.categories.size(); ++c) {
        const PackSummary& s = m_result.categories.at(c);
        if (s.calls == 0 && s.purchasedCalls == 0)
            continue;
        const Category& category = m_catalog.categories().at(c);
        categories.append(QJsonObject{{QStringLiteral("category"), category.id},
                                      {QStringLiteral("name"), category.name},
                                      {QStringLiteral("nameEn"), category.nameEn},
                                      {QStringLiteral("total"), decimal(s.total())},
                                      {QStringLiteral("packCost"), decimal(s.packCost)},
                                      {QStringLiteral("postpaidCost"), decimal(s.postpaidCost)},
                                      {QStringLiteral("postpaidOnlyCost"), decimal(s.postpaidOnlyCost)},
                                      {QStringLiteral("saving"), decimal(s.saving())},
                                      {QStringLiteral("calls"), s.calls},
                                      {QStringLiteral("expiredCalls"), s.expiredCalls},
                                      {QStringLiteral("unusedAtEnd"), s.unusedAtEnd},
                                      {QStringLiteral("estimate"), s.estimate}});
    }
    root.insert(QStringLiteral("categories"), categories);

    QJsonArray cashFlow;
    for (const CashFlowMonth& cf : m_result.cashFlow) {
        cashFlow.append(QJsonObject{{QStringLiteral("month"), cf.month.toString()},
                                    {QStringLiteral("packPurchases"), decimal(cf.packPurchases)},
                                    {QStringLiteral("billPaid"), decimal(cf.billPaid)},
                                    {QStringLiteral("released"), decimal(cf.released)},
                                    {QStringLiteral("frozen"), decimal(cf.frozen)},
                                    {QStringLiteral("netOutflow"), decimal(cf.netOutflow)},
                                    {QStringLiteral("fundsRequired"), decimal(cf.fundsRequired)}});
    }
    root.insert(QStringLiteral("cashFlow"), cashFlow);

    QJsonArray notices;
    for (const LowBalanceNotice& n : noticesByMonth(m_result.notices)) {
        notices.append(QJsonObject{{QStringLiteral("month"), m_result.start.addMonths(n.month).toString()},
                                   {QStringLiteral("pack"), m_catalog.packs().at(n.pack).id},
                                   {QStringLiteral("name"), m_catalog.packs().at(n.pack).name},
                                   {QStringLiteral("kind"), noticeKind(n.kind)},
                                   {QStringLiteral("balance"), n.balance}});
    }
    root.insert(QStringLiteral("notices"), notices);

    if (m_scenario.actualThrough)
        root.insert(QStringLiteral("actualThrough"), m_scenario.actualThrough->toString());
    if (!m_scenario.holdings.isEmpty())
        root.insert(QStringLiteral("holdings"), holdingsJson());
    if (showsLifetimes())
        root.insert(QStringLiteral("packLines"), packLinesJson());
    return root;
}

QByteArray CostReport::toJson() const {
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

QString CostReport::toText() const {
    const QList<int> packs = packsInUse();
    const PackSummary& all = m_result.overall;
    QString out;
    out += m_scenario.name.isEmpty() ? QStringLiteral("OCR cost plan\n")
                                     : QStringLiteral("OCR cost plan: %1\n").arg(m_scenario.name);
    out += QStringLiteral("%1 to %2 (%3 months), amounts in 元 (%4), postpaid tier chosen by %5\n\n")
               .arg(m_result.start.toString(), m_result.start.addMonths(m_result.months - 1).toString())
               .arg(m_result.months)
               .arg(m_catalog.currency(), m_scenario.settings.tierBasis == TierBasis::AllCalls
                                              ? QStringLiteral("all calls of the month")
                                              : QStringLiteral("postpaid calls only"));

    using A = TextTable::Align;
    TextTable table({A::Left, A::Left, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right});
    table.addRow({QStringLiteral("Pack"), QStringLiteral("Id"), QStringLiteral("Calls"),
                  QStringLiteral("Pack cost"), QStringLiteral("Postpaid cost"), QStringLiteral("Total"),
                  QStringLiteral("Postpaid only"), QStringLiteral("Saving"), QStringLiteral("Expired")});
    table.addRule();
    for (int pack : packs) {
        const ResourcePack& rp = m_catalog.packs().at(pack);
        const PackSummary& s = m_result.packs.at(pack);
        table.addRow({rp.name, rp.id, grouped(s.calls), display(s.packCost), display(s.postpaidCost),
                      display(s.total()), display(s.postpaidOnlyCost), display(s.saving()),
                      grouped(s.expiredCalls)});
    }
    table.addRule();
    table.addRow({QStringLiteral("Total"), QString(), grouped(all.calls), display(all.packCost),
                  display(all.postpaidCost), display(all.total()), display(all.postpaidOnlyCost),
                  display(all.saving()), grouped(all.expiredCalls)});
    out += table.toString();
    out += QStringLiteral("\nTotal cost: %1 元 (postpaid only: %2 元, saving %3 元)\n")
               .arg(display(all.total()), display(all.postpaidOnlyCost), display(all.saving()));

    if (!m_scenario.holdings.isEmpty())
        out += holdingsText();

    if (!m_scenario.purchases.isEmpty()) {
        out += QStringLiteral("\nPurchases\n");
        TextTable purchases({A::Left, A::Left, A::Left, A::Right, A::Right});
        for (const Purchase& p : m_scenario.purchases) {
            const int pack = m_catalog.packIndex(p.packId);
            const QString month = m_scenario.monthAt(p.month).toString();
            purchases.addRow({isMade(p) ? QStringLiteral("%1 (made)").arg(month) : month,
                              m_catalog.packs().at(pack).name,
                              p.packId, QStringLiteral("%1 × %2 calls").arg(p.count).arg(grouped(p.size)),
                              display(m_prices.packPriceForCalls(pack, p.size) * p.count)});
        }
        out += purchases.toString(2);
    }

    if (showsLifetimes())
        out += packLinesText();

    QStringList unused;
    for (int pack : packs) {
        if (m_result.packs.at(pack).unusedAtEnd > 0) {
            unused.append(
                QStringLiteral("%1 %2 calls")
                    .arg(m_catalog.packs().at(pack).name, grouped(m_result.packs.at(pack).unusedAtEnd)));
        }
    }
    if (!unused.isEmpty()) {
        out += QStringLiteral("\nStill valid when the plan ends (counted as worth nothing): %1\n")
                   .arg(unused.join(QStringLiteral(", ")));
    }

    if (!m_result.notices.isEmpty()) {
        out += QStringLiteral("\nLow-balance notices\n");
        TextTable notices({A::Left, A::Left, A::Left, A::Left});
        for (const LowBalanceNotice& n : noticesByMonth(m_result.notices)) {
            const ResourcePack& rp = m_catalog.packs().at(n.pack);
            notices.addRow(
                {m_result.start.addMonths(n.month).toString(), rp.name, rp.id, noticeText(n.kind)});
        }
        out += notices.toString(2);
    }

    if (!m_result.overriddenPrices.isEmpty()) {
        out += QStringLiteral("\nPrices that differ from the list prices\n");
        for (const QString& line : m_result.overriddenPrices)
            out += QStringLiteral("  %1\n").arg(line);
    }

    if (all.estimate) {
        // Name the bound of the groups that actually went above their top tier.
        QStringList bounds;
        for (int g = 0; g < m_result.groupMonths.size(); ++g) {
            const bool estimated =
                std::any_of(m_result.groupMonths.at(g).cbegin(), m_result.groupMonths.at(g).cend(),
                            [](const GroupMonth& gm) { return gm.estimate; });
            const QString bound = grouped(m_catalog.postpaidGroups().at(g).tiers.constLast().upTo);
            if (estimated && !bounds.contains(bound))
                bounds.append(bound);
        }
        out += QStringLiteral(
                   "\nPrices above %1 calls/month are estimates: ask Tencent Cloud sales for a quote\n")
                   .arg(bounds.join(QStringLiteral(" or ")));
    }
    return out;
}

} // namespace ocp
