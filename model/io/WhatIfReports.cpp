#include "model/io/WhatIfReports.h"

#include "model/billing/AccrualSchedule.h"
#include "model/billing/BillingResult.h"
#include "model/billing/Catalog.h"
#include "model/billing/CsvWriter.h"
#include "model/billing/Plan.h"
#include "model/optimizer/RobustPlanner.h"
#include "model/optimizer/ScenarioComparison.h"

namespace ocp::WhatIfReports {
namespace {

using Field = CsvWriter::Field;
using Row = CsvWriter::Row;

// Amounts and counts are numbers to the spreadsheet; names and labels are text.
Field decimal(Money value) {
    return Field::number(value);
}

Field optionalDecimal(const std::optional<Money>& value) {
    return value ? Field::number(*value) : Field();
}

// Weights as a decimal fraction, as the plan file writes them.
Field weight(qint64 ppm) {
    return Field::number(Money::fromMicros(ppm));
}

QByteArray toCsv(const QStringList& header, const QList<Row>& rows) {
    CsvWriter csv;
    csv.addTextRow(header);
    for (const Row& row : rows)
        csv.addRow(row);
    return csv.toUtf8();
}

} // namespace

QStringList comparisonColumns(const ScenarioComparison& comparison) {
    QStringList columns{QStringLiteral("scenario"),
                        QStringLiteral("weight"),
                        QStringLiteral("current"),
                        QStringLiteral("pack"),
                        QStringLiteral("pack name"),
                        QStringLiteral("plan cost"),
                        QStringLiteral("postpaid only"),
                        QStringLiteral("saving"),
                        QStringLiteral("difference to current"),
                        QStringLiteral("expiring calls"),
                        QStringLiteral("estimate")};
    if (comparison.hasOptimum)
        columns += {QStringLiteral("recommended cost"), QStringLiteral("recommended saving")};
    if (comparison.hasRobust)
        columns += QStringLiteral("one plan for all cost");
    return columns;
}

QList<Row> comparisonRows(const Catalog& catalog, const ScenarioComparison& comparison) {
    QList<Row> rows;
    if (comparison.scenarios.isEmpty())
        return rows;
    const ScenarioFigures& current = comparison.currentFigures();
    for (qsizetype i = 0; i < comparison.scenarios.size(); ++i) {
        const ScenarioFigures& f = comparison.scenarios.at(i);
        const QString isCurrent = i == comparison.current ? QStringLiteral("yes") : QStringLiteral("no");
        const QString estimate = f.estimate ? QStringLiteral("yes") : QStringLiteral("no");
        if (!f.valid) {
            Row row{f.name, weight(f.weightPpm), isCurrent, QStringLiteral("total"), f.error};
            while (row.size() < comparisonColumns(comparison).size())
                row.append(Field());
            rows.append(row);
            continue;
        }
        for (const int pack : comparison.packs) {
            const ResourcePack& rp = catalog.packs().at(pack);
            Row row{f.name,
                            weight(f.weightPpm),
                            isCurrent,
                            rp.id,
                            rp.name,
                            decimal(f.packTotals.at(pack)),
                            decimal(f.packPostpaidOnly.at(pack)),
                            decimal(f.packPostpaidOnly.at(pack) - f.packTotals.at(pack)),
                            current.valid ? decimal(f.packTotals.at(pack) - current.packTotals.at(pack))
                                          : Field(),
                            Field(),
                            estimate};
            // Optimum and plan-wide figures exist for whole scenarios only.
            if (comparison.hasOptimum)
                row += {Field(), Field()};
            if (comparison.hasRobust)
                row += Field();
            rows.append(row);
        }
        Row total{f.name,
                          weight(f.weightPpm),
                          isCurrent,
                          QStringLiteral("total"),
                          QString(),
                          decimal(f.total),
                          decimal(f.postpaidOnly),
                          decimal(f.saving()),
                          current.valid ? decimal(f.total - current.total) : Field(),
                          Field::number(f.expiringCalls),
                          estimate};
        if (comparison.hasOptimum)
            total += {optionalDecimal(f.optimumTotal), optionalDecimal(f.optimumSaving())};
        if (comparison.hasRobust)
            total += optionalDecimal(f.robustTotal);
        rows.append(total);
    }
    return rows;
}

QByteArray comparisonCsv(const Catalog& catalog, const ScenarioComparison& comparison) {
    return toCsv(comparisonColumns(comparison), comparisonRows(catalog, comparison));
}

QStringList robustMatrixColumns() {
    return {QStringLiteral("plan"),    QStringLiteral("purchases"),     QStringLiteral("scenario"),
            QStringLiteral("weight"),  QStringLiteral("cost"),          QStringLiteral("scenario optimum"),
            QStringLiteral("regret"),  QStringLiteral("expected cost"), QStringLiteral("largest regret"),
            QStringLiteral("estimate")};
}

QList<Row> robustMatrixRows(const Catalog& catalog, const Plan& plan, const RobustPlan& robust) {
    Q_UNUSED(catalog);
    QList<Row> rows;
    if (plan.scenarios.isEmpty())
        return rows;
    for (const RobustCandidate& c : robust.candidates) {
        const QString name = c.isRobust()
                                 ? QStringLiteral("plan for all scenarios")
                                 : QStringLiteral("optimum of %1").arg(robust.scenarioNames.at(c.scenario));
        // Purchases in English, like the rest of the file.
        QStringList purchases;
        for (const Purchase& p : c.purchases)
            purchases.append(QStringLiteral("%1 %2 x %3").arg(p.packId).arg(p.count).arg(p.size));
        for (qsizetype s = 0; s < c.costs.size(); ++s) {
            rows.append(
                {name,
                 purchases.isEmpty() ? QStringLiteral("postpaid only") : purchases.join(QStringLiteral("; ")),
                 robust.scenarioNames.at(s), weight(robust.weightsPpm.at(s)), decimal(c.costs.at(s)),
                 decimal(robust.optimum.at(s)), decimal(c.regrets.at(s)), decimal(c.expectedCost),
                 decimal(c.maxRegret), c.estimate ? QStringLiteral("yes") : QStringLiteral("no")});
        }
    }
    return rows;
}

QByteArray robustMatrixCsv(const Catalog& catalog, const Plan& plan, const RobustPlan& robust) {
    return toCsv(robustMatrixColumns(), robustMatrixRows(catalog, plan, robust));
}

QStringList cashFlowColumns() {
    return {QStringLiteral("month"),         QStringLiteral("pack purchases"), QStringLiteral("bill paid"),
            QStringLiteral("frozen"),        QStringLiteral("released"),       QStringLiteral("net outflow"),
            QStringLiteral("funds required")};
}

QList<Row> cashFlowRows(const BillingResult& result) {
    QList<Row> rows;
    CashFlowMonth sum;
    for (const CashFlowMonth& cf : result.cashFlow) {
        rows.append({cf.month.toString(), decimal(cf.packPurchases), decimal(cf.billPaid), decimal(cf.frozen),
                     decimal(cf.released), decimal(cf.netOutflow), decimal(cf.fundsRequired)});
        sum.packPurchases += cf.packPurchases;
        sum.billPaid += cf.billPaid;
        sum.frozen += cf.frozen;
        sum.released += cf.released;
        sum.netOutflow += cf.netOutflow;
    }
    // Funds required are a level per month, not a flow: they have no total.
    rows.append({QStringLiteral("total"), decimal(sum.packPurchases), decimal(sum.billPaid),
                 decimal(sum.frozen), decimal(sum.released), decimal(sum.netOutflow), Field()});
    return rows;
}

QByteArray cashFlowCsv(const BillingResult& result) {
    return toCsv(cashFlowColumns(), cashFlowRows(result));
}

QStringList budgetYearColumns() {
    return {QStringLiteral("row"),     QStringLiteral("period"),   QStringLiteral("packs used"),
            QStringLiteral("expired"), QStringLiteral("postpaid"), QStringLiteral("cost")};
}

QList<Row> budgetYearRows(const AccrualSchedule& schedule) {
    QList<Row> rows;
    QMap<int, AccrualMonth> years;
    for (const AccrualMonth& m : schedule.months) {
        rows.append({QStringLiteral("month"), m.month.toString(), decimal(m.packUsage), decimal(m.expiryLoss),
                     decimal(m.postpaid), decimal(m.total())});
        AccrualMonth& y = years[m.month.year()];
        y.packUsage += m.packUsage;
        y.expiryLoss += m.expiryLoss;
        y.postpaid += m.postpaid;
    }
    for (auto it = years.cbegin(); it != years.cend(); ++it) {
        rows.append({QStringLiteral("year"), Field::number(qint64{it.key()}), decimal(it->packUsage),
                     decimal(it->expiryLoss), decimal(it->postpaid), decimal(it->total())});
    }
    const QString after =
        schedule.months.isEmpty() ? QString() : schedule.months.constLast().month.addMonths(1).toString();
    rows.append({QStringLiteral("prepaid after plan"), after, Field(), Field(), Field(),
                 decimal(schedule.prepaidAtEnd)});
    return rows;
}

QByteArray budgetYearCsv(const AccrualSchedule& schedule) {
    return toCsv(budgetYearColumns(), budgetYearRows(schedule));
}

} // namespace ocp::WhatIfReports
