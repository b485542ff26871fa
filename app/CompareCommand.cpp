#include "CompareCommand.h"

#include "UsageError.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/io/PlanFile.h"
#include "model/io/PlanWording.h"
#include "model/io/TextTable.h"
#include "model/io/WhatIfReports.h"
#include "model/optimizer/PurchaseOptimizer.h"
#include "model/optimizer/RobustPlanner.h"
#include "model/optimizer/ScenarioComparison.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <optional>

namespace ocp {
namespace {

QString weightText(qint64 ppm) {
    return Money::fromMicros(ppm).toDecimalString();
}

QString methodText(RobustMethod method) {
    return method == RobustMethod::ExpectedCost ? QStringLiteral("lowest weighted average cost")
                                                : QStringLiteral("smallest largest regret");
}

QJsonArray purchasesJson(const Catalog& catalog, const Scenario& first, const QList<Purchase>& purchases) {
    QJsonArray out;
    for (const Purchase& p : purchases) {
        out.append(
            QJsonObject{{QStringLiteral("pack"), p.packId},
                        {QStringLiteral("packName"), catalog.packs().at(catalog.packIndex(p.packId)).name},
                        {QStringLiteral("month"), first.monthAt(p.month).toString()},
                        {QStringLiteral("size"), p.size},
                        {QStringLiteral("count"), p.count}});
    }
    return out;
}

QJsonObject comparisonJson(const Catalog& catalog, const Plan& plan, const ScenarioComparison& comparison) {
    QJsonArray scenarios;
    for (qsizetype i = 0; i < comparison.scenarios.size(); ++i) {
        const ScenarioFigures& f = comparison.scenarios.at(i);
        const Scenario& s = plan.scenarios.at(i);
        QJsonObject o{{QStringLiteral("name"), f.name},
                      {QStringLiteral("weight"), weightText(f.weightPpm)},
                      {QStringLiteral("start"), s.start.toString()},
                      {QStringLiteral("months"), s.months},
                      {QStringLiteral("valid"), f.valid}};
        if (!f.valid) {
            o.insert(QStringLiteral("error"), f.error);
            scenarios.append(o);
            continue;
        }
        o.insert(QStringLiteral("total"), f.total.toDecimalString());
        o.insert(QStringLiteral("postpaidOnly"), f.postpaidOnly.toDecimalString());
        o.insert(QStringLiteral("saving"), f.saving().toDecimalString());
        o.insert(QStringLiteral("expiredCalls"), f.expiringCalls);
        o.insert(QStringLiteral("estimate"), f.estimate);
        o.insert(QStringLiteral("robustTotal"),
                 f.robustTotal ? QJsonValue(f.robustTotal->toDecimalString()) : QJsonValue());
        QJsonArray packs;
        for (int pack : comparison.packs) {
            const ResourcePack& rp = catalog.packs().at(pack);
            packs.append(
                QJsonObject{{QStringLiteral("pack"), rp.id},
                            {QStringLiteral("name"), rp.name},
                            {QStringLiteral("total"), f.packTotals.at(pack).toDecimalString()},
                            {QStringLiteral("postpaidOnly"), f.packPostpaidOnly.at(pack).toDecimalString()},
                            {QStringLiteral("saving"),
                             (f.packPostpaidOnly.at(pack) - f.packTotals.at(pack)).toDecimalString()}});
        }
        o.insert(QStringLiteral("packs"), packs);
        scenarios.append(o);
    }
    return QJsonObject{{QStringLiteral("scenarios"), scenarios}};
}

QJsonObject robustJson(const Catalog& catalog, const Plan& plan, const RobustPlan& robust) {
    const Scenario& first = plan.scenarios.constFirst();
    QJsonArray matrix;
    for (const RobustCandidate& c : robust.candidates) {
        QJsonArray costs;
        for (qsizetype s = 0; s < c.costs.size(); ++s) {
            costs.append(QJsonObject{{QStringLiteral("scenario"), robust.scenarioNames.at(s)},
                                     {QStringLiteral("cost"), c.costs.at(s).toDecimalString()},
                                     {QStringLiteral("regret"), c.regrets.at(s).toDecimalString()}});
        }
        matrix.append(QJsonObject{
            {QStringLiteral("plan"), c.isRobust() ? QStringLiteral("robust") : QStringLiteral("optimum")},
            {QStringLiteral("scenario"),
             c.isRobust() ? QJsonValue() : QJsonValue(robust.scenarioNames.at(c.scenario))},
            {QStringLiteral("purchases"), purchasesJson(catalog, first, c.purchases)},
            {QStringLiteral("costs"), costs},
            {QStringLiteral("expectedCost"), c.expectedCost.toDecimalString()},
            {QStringLiteral("maxRegret"), c.maxRegret.toDecimalString()},
            {QStringLiteral("estimate"), c.estimate}});
    }
    QJsonArray optimum;
    for (qsizetype s = 0; s < robust.optimum.size(); ++s) {
        optimum.append(QJsonObject{{QStringLiteral("scenario"), robust.scenarioNames.at(s)},
                                   {QStringLiteral("cost"), robust.optimum.at(s).toDecimalString()}});
    }
    const RobustCandidate& r = robust.robust();
    QJsonObject out{{QStringLiteral("method"), toString(robust.method)},
                       {QStringLiteral("purchaseMonth"), first.start.toString()},
                       {QStringLiteral("purchases"), purchasesJson(catalog, first, r.purchases)},
                       {QStringLiteral("expectedCost"), r.expectedCost.toDecimalString()},
                       {QStringLiteral("maxRegret"), r.maxRegret.toDecimalString()},
                       {QStringLiteral("estimate"), r.estimate},
                       {QStringLiteral("scenarioOptimum"), optimum},
                       {QStringLiteral("matrix"), matrix}};
    // Only when the search stopped at its effort limit: the plan is the best found, and no plan
    // has a largest regret below regretLowerBound.
    if (!robust.proven) {
        out.insert(QStringLiteral("proven"), false);
        out.insert(QStringLiteral("regretLowerBound"), robust.regretLowerBound.toDecimalString());
    }
    return out;
}

QString tableText(const Catalog& catalog, const Plan& plan, const ScenarioComparison& comparison,
                  const std::optional<RobustPlan>& robust, const QString& robustError) {
    const QLocale c(QLocale::English);
    auto money = [&](Money m) {
        return m.toDisplayString(c);
    };
    using A = TextTable::Align;
    QString text = QStringLiteral("Plan: %1 (%2 scenarios)\n\n").arg(plan.name).arg(plan.scenarios.size());
    TextTable totals({A::Left, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right});
    totals.addRow({QStringLiteral("Scenario"), QStringLiteral("Weight"), QStringLiteral("Plan cost"),
                   QStringLiteral("Postpaid only"), QStringLiteral("Saving"), QStringLiteral("Expired calls"),
                   QStringLiteral("Plan for all")});
    totals.addRule();
    for (const ScenarioFigures& f : comparison.scenarios) {
        const QString weight =
            QStringLiteral("%1 %").arg(c.toString(static_cast<double>(f.weightPpm) / 10'000.0, 'f', 1));
        if (!f.valid) {
            totals.addRow({f.name, weight, QStringLiteral("not calculated: ") + f.error});
            continue;
        }
        totals.addRow({f.name + (f.estimate ? QStringLiteral(" *") : QString()), weight, money(f.total),
                       money(f.postpaidOnly), money(f.saving()), c.toString(f.expiringCalls),
                       f.robustTotal ? money(*f.robustTotal) : QString()});
    }
    text += totals.toString();

    text += QStringLiteral("\nPer resource pack (plan cost / postpaid only / saving)\n");
    QList<A> align{A::Left};
    QStringList header{QStringLiteral("Resource pack")};
    for (const ScenarioFigures& f : comparison.scenarios) {
        align.append(A::Right);
        header.append(f.name);
    }
    TextTable packs(align);
    packs.addRow(header);
    packs.addRule();
    for (int pack : comparison.packs) {
        QStringList row{catalog.packs().at(pack).name};
        for (const ScenarioFigures& f : comparison.scenarios) {
            row.append(f.valid ? QStringLiteral("%1 / %2 / %3")
                                     .arg(money(f.packTotals.at(pack)), money(f.packPostpaidOnly.at(pack)),
                                          money(f.packPostpaidOnly.at(pack) - f.packTotals.at(pack)))
                               : QString());
        }
        packs.addRow(row);
    }
    text += packs.toString();

    if (!robust) {
        text += QStringLiteral("\nPlan for all scenarios: not calculated: %1\n").arg(robustError);
        return text;
    }
    const Scenario& first = plan.scenarios.constFirst();
    const RobustCandidate& r = robust->robust();
    text +=
        QStringLiteral("\nPlan for all scenarios (%1, %2): %3\n")
            .arg(toString(robust->method), methodText(robust->method), PlanWording::purchasesByPackInEnglish(catalog, first.start, r.purchases));
    text += QStringLiteral("Weighted average cost %1 元, largest regret %2 元.\n")
                .arg(money(r.expectedCost), money(r.maxRegret));
    if (const QString gap = PlanWording::robustGap(*robust); !gap.isEmpty())
        text += gap + QLatin1Char('\n');
    text += QStringLiteral(
        "\nCost of each plan under each scenario (regret against that scenario's own optimum)\n");
    QList<A> matrixAlign{A::Left};
    QStringList matrixHeader{QStringLiteral("Plan")};
    for (const QString& name : robust->scenarioNames) {
        matrixAlign.append(A::Right);
        matrixHeader.append(name);
    }
    matrixAlign += {A::Right, A::Right};
    matrixHeader += {QStringLiteral("Average"), QStringLiteral("Largest regret")};
    TextTable matrix(matrixAlign);
    matrix.addRow(matrixHeader);
    matrix.addRule();
    for (const RobustCandidate& cand : robust->candidates) {
        QStringList row{cand.isRobust()
                            ? QStringLiteral("Plan for all")
                            : QStringLiteral("Optimum of %1").arg(robust->scenarioNames.at(cand.scenario))};
        for (qsizetype s = 0; s < cand.costs.size(); ++s)
            row.append(QStringLiteral("%1 (+%2)").arg(money(cand.costs.at(s)), money(cand.regrets.at(s))));
        row += {money(cand.expectedCost), money(cand.maxRegret)};
        matrix.addRow(row);
    }
    text += matrix.toString();
    text += QStringLiteral("\nPlans:\n");
    for (const RobustCandidate& cand : robust->candidates) {
        text += QStringLiteral("  %1: %2\n")
                    .arg(cand.isRobust()
                             ? QStringLiteral("Plan for all")
                             : QStringLiteral("Optimum of %1").arg(robust->scenarioNames.at(cand.scenario)),
                         PlanWording::purchasesByPackInEnglish(catalog, first.start, cand.purchases));
    }
    bool estimate = false;
    for (const ScenarioFigures& f : comparison.scenarios)
        estimate = estimate || f.estimate;
    if (estimate)
        text += QStringLiteral(
            "\n* priced above the top tier without a published price: ask Tencent sales for a quote.\n");
    return text;
}

} // namespace

QString CompareCommand::synopsis() const {
    return QStringLiteral(
        "PLANFILE [--catalog FILE] [--method expected-cost|min-max-regret] [--format table|json|csv] "
        "[-o FILE]");
}

QString CompareCommand::summary() const {
    return QStringLiteral("Compare the scenarios of a plan, with one purchase plan for all of them");
}

int CompareCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("PLANFILE"),
        QStringLiteral("Plan file (.ocrplan) or scenario file (docs/scenario-format.md)."));
    addReportOptions(parser);
    parser.addOption(
        {QStringLiteral("method"),
         QStringLiteral("How the plan for all scenarios is chosen: expected-cost or min-max-regret "
                        "(default: the plan file's robustMethod)."),
         QStringLiteral("METHOD")});
    if (!parse(parser, arguments))
        return 0;
    const QString planPath = positional(parser, {QStringLiteral("the plan file")}).constFirst();
    const QString outputFormat =
        format(parser, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")});
    const QString output = outputPath(parser);
    std::optional<RobustMethod> method;
    if (parser.isSet(QStringLiteral("method"))) {
        method = robustMethodFromString(parser.value(QStringLiteral("method")));
        if (!method)
            throw UsageError(
                QStringLiteral("compare: --method must be expected-cost or min-max-regret, not '%1'")
                    .arg(parser.value(QStringLiteral("method"))));
    }

    const Catalog catalog = loadCatalog(parser);
    Plan plan = PlanFile::fromFile(planPath, catalog);
    if (method)
        plan.robustMethod = *method;
    // A plan the robust planner refuses (scenarios starting in different months, different
    // pack prices) is still compared; the refusal is reported in place of the plan for all.
    std::optional<RobustPlan> robust;
    QString robustError;
    try {
        robust = RobustPlanner::plan(catalog, plan);
    } catch (const InputError& e) {
        robustError = PlanWording::message(e);
    }
    const ScenarioComparison comparison = ScenarioComparison::compute(
        catalog, plan, robust ? std::optional<QList<Purchase>>(robust->robust().purchases) : std::nullopt);

    QByteArray bytes;
    if (outputFormat == QLatin1String("csv")) {
        bytes = WhatIfReports::comparisonCsv(catalog, comparison);
    } else if (outputFormat == QLatin1String("json")) {
        QJsonObject root = comparisonJson(catalog, plan, comparison);
        root.insert(QStringLiteral("plan"), plan.name);
        root.insert(QStringLiteral("currency"), catalog.currency());
        root.insert(QStringLiteral("robust"),
                    robust ? QJsonValue(robustJson(catalog, plan, *robust)) : QJsonValue());
        if (!robust)
            root.insert(QStringLiteral("robustError"), robustError);
        bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        bytes = tableText(catalog, plan, comparison, robust, robustError).toUtf8();
    }
    writeOutput(bytes, output);
    return 0;
}

} // namespace ocp
