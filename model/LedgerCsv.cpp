#include "LedgerCsv.h"

#include "BillingResult.h"
#include "Catalog.h"
#include "Scenario.h"

#include <QStringList>

namespace ocp {
namespace {

QString field(const QString& text) {
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

void appendRow(QString& out, const QStringList& fields) {
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& f : fields)
        escaped.append(field(f));
    out += escaped.join(u',');
    out += QStringLiteral("\r\n");
}

QStringList row(const QString& month, const QString& packId, const QString& name, const QString& nameEn,
                const PackMonth& m, const QString& tier, const QString& unitPrice) {
    return {month,
            packId,
            name,
            nameEn,
            QString::number(m.calls),
            QString::number(m.freeCalls),
            QString::number(m.packCalls),
            QString::number(m.postpaidCalls),
            tier,
            unitPrice,
            m.postpaidCost.toDecimalString(),
            QString::number(m.purchasedCalls),
            m.purchaseCost.toDecimalString(),
            QString::number(m.expiredCalls),
            QString::number(m.balance),
            m.total().toDecimalString(),
            m.estimate ? QStringLiteral("yes") : QString()};
}

void add(PackMonth& sum, const PackMonth& m) {
    sum.calls += m.calls;
    sum.freeCalls += m.freeCalls;
    sum.packCalls += m.packCalls;
    sum.postpaidCalls += m.postpaidCalls;
    sum.purchasedCalls += m.purchasedCalls;
    sum.expiredCalls += m.expiredCalls;
    sum.purchaseCost += m.purchaseCost;
    sum.postpaidCost += m.postpaidCost;
    sum.estimate = sum.estimate || m.estimate;
}

} // namespace

QByteArray ledgerCsv(const Catalog& catalog, const Scenario& scenario, const BillingResult& result) {
    QString out;
    appendRow(out, {QStringLiteral("month"), QStringLiteral("pack_id"), QStringLiteral("pack_name"),
                    QStringLiteral("pack_name_en"), QStringLiteral("calls"), QStringLiteral("free_calls"),
                    QStringLiteral("pack_calls"), QStringLiteral("postpaid_calls"), QStringLiteral("tier"),
                    QStringLiteral("unit_price"), QStringLiteral("postpaid_cost"),
                    QStringLiteral("purchased_calls"), QStringLiteral("purchase_cost"),
                    QStringLiteral("expired_calls"), QStringLiteral("balance"), QStringLiteral("total_cost"),
                    QStringLiteral("estimate")});
    PackMonth grand;
    for (int p = 0; p < result.packMonths.size() && p < catalog.packs().size(); ++p) {
        const PackSummary& summary = result.packs.value(p);
        if (summary.calls == 0 && summary.purchasedCalls == 0)
            continue;
        const ResourcePack& pack = catalog.packs().at(p);
        PackMonth packTotal;
        const QList<PackMonth>& months = result.packMonths.at(p);
        for (int m = 0; m < months.size(); ++m) {
            const PackMonth& pm = months.at(m);
            const bool billed = pm.tier >= 0;
            appendRow(out, row(scenario.monthAt(m).toString(), pack.id, pack.name, pack.nameEn, pm,
                               billed ? QString::number(pm.tier + 1) : QString(),
                               billed ? pm.unitPrice.toDecimalString() : QString()));
            add(packTotal, pm);
        }
        // The total row's balance is what is still unused when the plan ends (lost too, R2).
        packTotal.balance = months.isEmpty() ? 0 : months.constLast().balance;
        appendRow(out, row(QStringLiteral("total"), pack.id, pack.name, pack.nameEn, packTotal, QString(),
                           QString()));
        add(grand, packTotal);
        grand.balance += packTotal.balance;
    }
    appendRow(out, row(QStringLiteral("total"), QStringLiteral("all"), QStringLiteral("合计"),
                       QStringLiteral("Total"), grand, QString(), QString()));
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace ocp
