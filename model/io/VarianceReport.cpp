#include "model/io/VarianceReport.h"

#include "model/billing/Catalog.h"
#include "model/billing/CsvWriter.h"
#include "model/io/TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace ocp {
namespace {

QString display(Money value) {
    return value.toDisplayString(TextTable::reportLocale());
}

QJsonValue percentJson(Money variance, Money budget) {
    const QString text = BudgetVariance::percentText(variance, budget);
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject splitJson(const VarianceSplit& split) {
    QJsonObject o;
    for (const VarianceReport::Part& part : VarianceReport::parts(split))
        o.insert(part.key, part.amount.toDecimalString());
    return o;
}

// One month row: the actual figure in actual months, the forecast in open months.
QJsonObject monthJson(YearMonth month, bool actual, const VarianceCell& cell, bool withSplit) {
    QJsonObject o{{QStringLiteral("month"), month.toString()},
                  {QStringLiteral("status"), actual ? QStringLiteral("actual") : QStringLiteral("forecast")},
                  {QStringLiteral("budget"), cell.budget.toDecimalString()},
                  {QStringLiteral("actual"), actual ? QJsonValue(cell.cost.toDecimalString()) : QJsonValue()},
                  {QStringLiteral("forecast"), actual ? QJsonValue() : QJsonValue(cell.cost.toDecimalString())},
                  {QStringLiteral("variance"), cell.variance().toDecimalString()},
                  {QStringLiteral("variancePercent"), percentJson(cell.variance(), cell.budget)}};
    if (withSplit)
        o.insert(QStringLiteral("split"), splitJson(cell.split));
    return o;
}

} // namespace

VarianceReport::VarianceReport(const Catalog& catalog, QString planName, BudgetVariance variance)
    : m_catalog(catalog)
    , m_planName(std::move(planName))
    , m_variance(std::move(variance)) {}

QList<VarianceReport::Part> VarianceReport::parts(const VarianceSplit& s) {
    return {{QStringLiteral("restatedPrices"), QStringLiteral("Prices changed since approval"), s.restatedPrices},
            {QStringLiteral("packsBought"), QStringLiteral("Packs bought"), s.packsBought},
            {QStringLiteral("expiringUnused"), QStringLiteral("Calls expiring unused"), s.expiringUnused},
            {QStringLiteral("volume"), QStringLiteral("Call volume at the budget unit price"), s.volume},
            {QStringLiteral("coverage"), QStringLiteral("Calls served by free quota and packs"), s.coverage},
            {QStringLiteral("tierPrice"), QStringLiteral("Postpaid tier price"), s.tierPrice}};
}

QString VarianceReport::packName(const QString& id) const {
    const int pack = m_catalog.packIndex(id);
    return pack < 0 ? id : m_catalog.packs().at(pack).name;
}

QJsonObject VarianceReport::toJsonObject() const {
    const BudgetVariance& v = m_variance;
    QJsonObject root;
    root.insert(QStringLiteral("plan"), m_planName);
    root.insert(QStringLiteral("scenario"), v.scenarioName);
    root.insert(QStringLiteral("approvedOn"), v.approvedOn.toString(Qt::ISODate));
    root.insert(QStringLiteral("figures"), v.figuresStored ? QStringLiteral("approved") : QStringLiteral("computed"));
    root.insert(QStringLiteral("actualThrough"),
                v.actualThrough ? QJsonValue(v.actualThrough->toString()) : QJsonValue());
    root.insert(QStringLiteral("budgetTotal"), v.budgetTotal.toDecimalString());
    root.insert(QStringLiteral("actualTotal"), v.actualTotal.toDecimalString());
    root.insert(QStringLiteral("forecastTotal"), v.forecastTotal.toDecimalString());
    root.insert(QStringLiteral("projectedTotal"), v.projectedTotal().toDecimalString());
    root.insert(QStringLiteral("variance"), v.variance().toDecimalString());
    root.insert(QStringLiteral("variancePercent"), percentJson(v.variance(), v.budgetTotal));
    root.insert(QStringLiteral("split"), v.splitAvailable ? QJsonValue(splitJson(v.split)) : QJsonValue());
    if (!v.splitAvailable)
        root.insert(QStringLiteral("splitUnavailable"), v.splitUnavailableReason);
    QJsonArray months;
    for (const VarianceMonth& m : v.months)
        months.append(monthJson(m.month, m.actual, m.all, v.splitAvailable));
    root.insert(QStringLiteral("months"), months);
    QJsonArray packs;
    for (qsizetype i = 0; i < v.packs.size(); ++i) {
        const VariancePack& p = v.packs.at(i);
        QJsonArray packMonths;
        for (const VarianceMonth& m : v.months)
            packMonths.append(monthJson(m.month, m.actual, m.packs.at(i), false));
        QJsonObject o{{QStringLiteral("pack"), p.packId},
                      {QStringLiteral("name"), packName(p.packId)},
                      {QStringLiteral("budget"), p.budget.toDecimalString()},
                      {QStringLiteral("actual"), p.actual.toDecimalString()},
                      {QStringLiteral("forecast"), p.forecast.toDecimalString()},
                      {QStringLiteral("projected"), p.projected().toDecimalString()},
                      {QStringLiteral("variance"), p.variance().toDecimalString()},
                      {QStringLiteral("variancePercent"), percentJson(p.variance(), p.budget)},
                      {QStringLiteral("split"), v.splitAvailable ? QJsonValue(splitJson(p.split)) : QJsonValue()},
                      {QStringLiteral("months"), packMonths}};
        packs.append(o);
    }
    root.insert(QStringLiteral("packs"), packs);
    return root;
}

QByteArray VarianceReport::toJson() const {
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

QString VarianceReport::toText() const {
    const BudgetVariance& v = m_variance;
    QString out;
    out += QStringLiteral("Budget against actual: %1\n")
               .arg(v.scenarioName.isEmpty() ? m_planName : v.scenarioName);
    out += QStringLiteral("Budget approved on %1 (%2), amounts in 元, %3\n\n")
               .arg(v.approvedOn.toString(Qt::ISODate),
                    v.figuresStored ? QStringLiteral("approved figures")
                                    : QStringLiteral("figures computed from the budget scenario"),
                    v.actualThrough ? QStringLiteral("actual through %1").arg(v.actualThrough->toString())
                                    : QStringLiteral("no actual months yet"));
    using A = TextTable::Align;
    TextTable months({A::Left, A::Left, A::Right, A::Right, A::Right, A::Right, A::Right});
    months.addRow({QStringLiteral("Month"), QString(), QStringLiteral("Budget"), QStringLiteral("Actual"),
                   QStringLiteral("Forecast"), QStringLiteral("Variance"), QStringLiteral("Variance %")});
    months.addRule();
    for (const VarianceMonth& m : v.months) {
        months.addRow({m.month.toString(), m.actual ? QStringLiteral("actual") : QStringLiteral("forecast"),
                       display(m.all.budget), m.actual ? display(m.all.cost) : QString(),
                       m.actual ? QString() : display(m.all.cost), display(m.all.variance()),
                       BudgetVariance::percentText(m.all.variance(), m.all.budget)});
    }
    months.addRule();
    months.addRow({QStringLiteral("Total"), QString(), display(v.budgetTotal), display(v.actualTotal),
                   display(v.forecastTotal), display(v.variance()),
                   BudgetVariance::percentText(v.variance(), v.budgetTotal)});
    out += months.toString();

    out += QStringLiteral("\nYear-end projection: %1 元 (actual %2 + forecast %3) against the budget of %4 元: "
                          "variance %5 元\n")
               .arg(display(v.projectedTotal()), display(v.actualTotal), display(v.forecastTotal),
                    display(v.budgetTotal), display(v.variance()));

    out += QStringLiteral("\nBy pack\n");
    TextTable packs({A::Left, A::Left, A::Right, A::Right, A::Right, A::Right, A::Right});
    packs.addRow({QStringLiteral("Pack"), QStringLiteral("Id"), QStringLiteral("Budget"), QStringLiteral("Actual"),
                  QStringLiteral("Forecast"), QStringLiteral("Variance"), QStringLiteral("Variance %")});
    packs.addRule();
    for (const VariancePack& p : v.packs) {
        packs.addRow({packName(p.packId), p.packId, display(p.budget), display(p.actual), display(p.forecast),
                      display(p.variance()), BudgetVariance::percentText(p.variance(), p.budget)});
    }
    out += packs.toString();

    out += QStringLiteral("\nWhere the variance comes from\n");
    if (!v.splitAvailable) {
        out += QStringLiteral("  Not available: the budget scenario cannot be priced with this catalog (%1)\n")
                   .arg(v.splitUnavailableReason);
    } else {
        TextTable split({A::Left, A::Right});
        for (const Part& part : parts(v.split))
            split.addRow({part.name, display(part.amount)});
        split.addRule();
        split.addRow({QStringLiteral("Variance"), display(v.split.sum())});
        out += split.toString(2);
    }
    return out;
}

QByteArray VarianceReport::toCsv() const {
    const BudgetVariance& v = m_variance;
    CsvWriter csv;
    csv.addTextRow({QStringLiteral("pack"), QStringLiteral("pack name"), QStringLiteral("month"),
                    QStringLiteral("status"), QStringLiteral("budget"), QStringLiteral("actual"),
                    QStringLiteral("forecast"), QStringLiteral("variance"), QStringLiteral("variance %")});
    auto row = [&csv](const QString& pack, const QString& name, const QString& month, const QString& status,
                      Money budget, std::optional<Money> actual, std::optional<Money> forecast, Money variance) {
        // The percentage as a number (tenths of a percent as an amount: "12.50"), so that a
        // negative one is not taken for text.
        const std::optional<qint64> tenths = BudgetVariance::percentTenths(variance, budget);
        csv.addRow({pack, name, month, status, CsvWriter::Field::number(budget),
                    actual ? CsvWriter::Field::number(*actual) : CsvWriter::Field(),
                    forecast ? CsvWriter::Field::number(*forecast) : CsvWriter::Field(),
                    CsvWriter::Field::number(variance),
                    tenths ? CsvWriter::Field::number(Money::fromMicros(Int128(*tenths) * 100'000)) : CsvWriter::Field()});
    };
    auto monthRow = [&](const QString& pack, const QString& name, const VarianceMonth& m, const VarianceCell& c) {
        row(pack, name, m.month.toString(), m.actual ? QStringLiteral("actual") : QStringLiteral("forecast"), c.budget,
            m.actual ? std::optional<Money>(c.cost) : std::nullopt,
            m.actual ? std::nullopt : std::optional<Money>(c.cost), c.variance());
    };
    for (const VarianceMonth& m : v.months)
        monthRow(QStringLiteral("all"), QString(), m, m.all);
    row(QStringLiteral("all"), QString(), QStringLiteral("total"), QString(), v.budgetTotal, v.actualTotal,
        v.forecastTotal, v.variance());
    for (qsizetype i = 0; i < v.packs.size(); ++i) {
        const VariancePack& p = v.packs.at(i);
        for (const VarianceMonth& m : v.months)
            monthRow(p.packId, packName(p.packId), m, m.packs.at(i));
        row(p.packId, packName(p.packId), QStringLiteral("total"), QString(), p.budget, p.actual, p.forecast,
            p.variance());
    }
    return csv.toUtf8();
}

} // namespace ocp
