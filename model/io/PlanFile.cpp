#include "model/io/PlanFile.h"

#include "model/billing/AtomicFile.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/billing/JsonReader.h"
#include "model/billing/ScenarioDerivation.h"
#include "model/io/ScenarioFile.h"

#include <QDate>
#include <QFile>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>

namespace ocp {

const QString PlanFile::kFormat = QStringLiteral("ocr-cost-planner/plan");

namespace {

BudgetFigures readFigures(JsonReader& budget, const Catalog& catalog) {
    const QString path = budget.fieldPath(QStringLiteral("figures"));
    JsonReader figures(budget.requireObject(QStringLiteral("figures")), path);
    BudgetFigures f;
    f.total = figures.requireMoney(QStringLiteral("total"));
    const QJsonArray months = figures.requireArray(QStringLiteral("months"));
    if (months.size() > Scenario::kMaxMonths)
        figures.fail(QStringLiteral("months"),
                     QStringLiteral("has %1 months; at most %2 are allowed").arg(months.size()).arg(Scenario::kMaxMonths));
    Money sum;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const QString monthPath = figures.fieldPath(QStringLiteral("months[%1]").arg(i));
        JsonReader r(JsonReader::toObject(months.at(i), monthPath), monthPath);
        BudgetMonth m;
        const QString text = r.requireString(QStringLiteral("month"));
        const std::optional<YearMonth> month = YearMonth::parse(text);
        if (!month)
            r.fail(QStringLiteral("month"), QStringLiteral("\"%1\" is not a month in the form YYYY-MM").arg(text));
        if (!f.months.isEmpty() && *month <= f.months.constLast().month)
            r.fail(QStringLiteral("month"), QStringLiteral("%1 does not come after %2: list the months once each, in order")
                                                .arg(text, f.months.constLast().month.toString()));
        m.month = *month;
        m.total = r.requireMoney(QStringLiteral("total"));
        Money packSum;
        if (r.has(QStringLiteral("packs"))) {
            const QJsonObject packs = r.requireObject(QStringLiteral("packs"));
            for (auto it = packs.constBegin(); it != packs.constEnd(); ++it) {
                const QString packPath = r.fieldPath(QStringLiteral("packs.") + it.key());
                const int pack = catalog.packIndex(it.key());
                if (pack < 0)
                    throw InputError(QStringLiteral("%1: \"%2\" is not a resource pack of the catalog").arg(packPath, it.key()));
                const QString& id = catalog.packs().at(pack).id;
                if (m.packs.contains(id))
                    throw InputError(QStringLiteral("%1: pack %2 is given twice (by id and by name)").arg(packPath, id));
                const Money cost = JsonReader::toMoney(it.value(), packPath);
                m.packs.insert(id, cost);
                packSum += cost;
            }
        }
        // The month total is what the budget approves; the packs must add up to it.
        if (packSum != m.total)
            r.fail(QStringLiteral("total"), QStringLiteral("%1 is not the sum of the month's packs (%2)")
                                                .arg(m.total.toDecimalString(), packSum.toDecimalString()));
        sum += m.total;
        f.months.append(m);
    }
    if (sum != f.total)
        figures.fail(QStringLiteral("total"), QStringLiteral("%1 is not the sum of the months (%2)")
                                                  .arg(f.total.toDecimalString(), sum.toDecimalString()));
    figures.rejectUnknownKeys();
    return f;
}

Budget readBudget(JsonReader& root, const Catalog& catalog) {
    const QString path = root.fieldPath(QStringLiteral("budget"));
    JsonReader r(root.requireObject(QStringLiteral("budget")), path);
    Budget b;
    const QString approvedOn = r.requireString(QStringLiteral("approvedOn"));
    b.approvedOn = QDate::fromString(approvedOn, Qt::ISODate);
    if (!b.approvedOn.isValid() || approvedOn.size() != 10)
        r.fail(QStringLiteral("approvedOn"), QStringLiteral("\"%1\" is not a date in the form YYYY-MM-DD").arg(approvedOn));
    const QString scenarioPath = r.fieldPath(QStringLiteral("scenario"));
    b.scenario = ScenarioFile::fromJsonObject(r.requireObject(QStringLiteral("scenario")), catalog, scenarioPath);
    if (r.has(QStringLiteral("figures")))
        b.figures = readFigures(r, catalog);
    r.rejectUnknownKeys();
    return b;
}

QJsonObject budgetJson(const Budget& b) {
    QJsonObject o;
    o.insert(QStringLiteral("approvedOn"), b.approvedOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("scenario"), ScenarioFile::toJsonObject(b.scenario));
    if (b.figures) {
        QJsonArray months;
        for (const BudgetMonth& m : b.figures->months) {
            QJsonObject packs;
            for (auto it = m.packs.constBegin(); it != m.packs.constEnd(); ++it)
                packs.insert(it.key(), it.value().toDecimalString());
            months.append(QJsonObject{{QStringLiteral("month"), m.month.toString()},
                                      {QStringLiteral("total"), m.total.toDecimalString()},
                                      {QStringLiteral("packs"), packs}});
        }
        o.insert(QStringLiteral("figures"), QJsonObject{{QStringLiteral("total"), b.figures->total.toDecimalString()},
                                                        {QStringLiteral("months"), months}});
    }
    return o;
}

AccountingSettings readAccounting(JsonReader& root) {
    const QString path = root.fieldPath(QStringLiteral("accounting"));
    JsonReader r(root.requireObject(QStringLiteral("accounting")), path);
    AccountingSettings a;
    if (const auto method = r.optionalString(QStringLiteral("method"))) {
        const auto parsed = accountingMethodFromString(*method);
        if (!parsed)
            r.fail(QStringLiteral("method"), QStringLiteral("\"%1\" must be \"usage\" or \"straight-line\"").arg(*method));
        a.method = *parsed;
    }
    if (const auto rule = r.optionalString(QStringLiteral("unusedBalance"))) {
        const auto parsed = unusedBalanceRuleFromString(*rule);
        if (!parsed)
            r.fail(QStringLiteral("unusedBalance"),
                   QStringLiteral("\"%1\" must be \"by-use\" or \"unallocated\"").arg(*rule));
        a.unusedBalance = *parsed;
    }
    if (r.has(QStringLiteral("accounts"))) {
        const QString accountsPath = r.fieldPath(QStringLiteral("accounts"));
        JsonReader accounts(r.requireObject(QStringLiteral("accounts")), accountsPath);
        auto name = [&accounts](const QString& key) {
            const QString text = accounts.optionalString(key).value_or(QString()).trimmed();
            if (text.size() > 200)
                accounts.fail(key, QStringLiteral("an account name has %1 characters, at most 200").arg(text.size()));
            return text;
        };
        a.accounts.prepaid = name(QStringLiteral("prepaid"));
        a.accounts.bank = name(QStringLiteral("bank"));
        a.accounts.expense = name(QStringLiteral("expense"));
        a.accounts.payable = name(QStringLiteral("payable"));
        accounts.rejectUnknownKeys();
    }
    r.rejectUnknownKeys();
    return a;
}

QJsonObject accountingJson(const AccountingSettings& a) {
    QJsonObject o;
    o.insert(QStringLiteral("method"), toString(a.method));
    o.insert(QStringLiteral("unusedBalance"), toString(a.unusedBalance));
    QJsonObject accounts;
    auto add = [&accounts](const char* key, const QString& name) {
        if (!name.isEmpty())
            accounts.insert(QLatin1String(key), name);
    };
    add("prepaid", a.accounts.prepaid);
    add("bank", a.accounts.bank);
    add("expense", a.accounts.expense);
    add("payable", a.accounts.payable);
    if (!accounts.isEmpty())
        o.insert(QStringLiteral("accounts"), accounts);
    return o;
}

} // namespace

int PlanFile::versionFor(const Plan& plan) {
    if (plan.budget || !plan.accounting.isDefault())
        return 2;
    const bool any = std::any_of(plan.scenarios.cbegin(), plan.scenarios.cend(),
                                 [](const Scenario& s) { return ScenarioFile::versionFor(s) > 1; });
    return any ? 2 : 1;
}

Plan PlanFile::fromJson(const QByteArray& json, const Catalog& catalog) {
    const QJsonObject object = JsonReader::parseDocument(json, QStringLiteral("plan file"));
    if (object.value(QStringLiteral("format")).toString() == ScenarioFile::kFormat)
        return Plan::single(ScenarioFile::fromJsonObject(object, catalog, QString()));

    JsonReader root(object, QString());
    root.requireFormat(kFormat, kVersion, ScenarioFile::kFormat);
    Plan plan;
    plan.name = root.optionalString(QStringLiteral("name")).value_or(QString());
    const QJsonArray scenarios = root.requireArray(QStringLiteral("scenarios"));
    if (scenarios.isEmpty())
        root.fail(QStringLiteral("scenarios"), QStringLiteral("needs at least one scenario"));
    if (scenarios.size() > 100)
        root.fail(QStringLiteral("scenarios"),
                  QStringLiteral("has %1 scenarios; at most 100 are allowed").arg(scenarios.size()));
    bool anyWeight = false;
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const QString path = QStringLiteral("scenarios[%1]").arg(i);
        const QJsonObject item = JsonReader::toObject(scenarios.at(i), path);
        plan.scenarios.append(ScenarioFile::fromJsonObject(item, catalog, path));
        if (item.contains(QStringLiteral("weight"))) {
            anyWeight = true;
            const Money w =
                JsonReader::toMoney(item.value(QStringLiteral("weight")), path + QStringLiteral(".weight"));
            if (w.micros() > Scenario::kFullShare)
                throw InputError(QStringLiteral("%1.weight: must be between 0 and 1").arg(path));
            plan.weights.append(static_cast<qint64>(w.micros()));
        } else {
            plan.weights.append(-1);
        }
    }
    if (!anyWeight) {
        plan.weights.clear();
    } else if (plan.weights.contains(-1)) {
        throw InputError(QStringLiteral("scenarios: give a weight to every scenario or to none"));
    }
    plan.current = static_cast<int>(
        root.optionalInteger(QStringLiteral("current"), 0, scenarios.size() - 1).value_or(0));
    if (const auto method = root.optionalString(QStringLiteral("robustMethod"))) {
        const auto parsed = robustMethodFromString(*method);
        if (!parsed)
            root.fail(QStringLiteral("robustMethod"),
                      QStringLiteral("\"%1\" must be \"expected-cost\" or \"min-max-regret\"").arg(*method));
        plan.robustMethod = *parsed;
    }
    if (root.has(QStringLiteral("budget")))
        plan.budget = readBudget(root, catalog);
    if (root.has(QStringLiteral("accounting")))
        plan.accounting = readAccounting(root);
    return plan;
}

Plan PlanFile::fromFile(const QString& path, const Catalog& catalog) {
    const QByteArray bytes = AtomicFile::read(path, QStringLiteral("plan file"));
    return readingFile(path, [&] { return fromJson(bytes, catalog); });
}

QByteArray PlanFile::toJson(const Plan& plan) {
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), versionFor(plan));
    if (!plan.name.isEmpty())
        root.insert(QStringLiteral("name"), plan.name);
    root.insert(QStringLiteral("current"), plan.current);
    root.insert(QStringLiteral("robustMethod"), toString(plan.robustMethod));
    QJsonArray scenarios;
    for (int i = 0; i < plan.scenarios.size(); ++i) {
        QJsonObject item = ScenarioFile::toJsonObject(plan.scenarios.at(i));
        if (plan.weights.size() == plan.scenarios.size())
            item.insert(QStringLiteral("weight"), Money::fromMicros(plan.weights.at(i)).toDecimalString());
        scenarios.append(item);
    }
    root.insert(QStringLiteral("scenarios"), scenarios);
    if (plan.budget)
        root.insert(QStringLiteral("budget"), budgetJson(*plan.budget));
    if (!plan.accounting.isDefault())
        root.insert(QStringLiteral("accounting"), accountingJson(plan.accounting));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void PlanFile::save(const Plan& plan, const QString& path) {
    AtomicFile::write(path, toJson(plan), AtomicFile::Backup::KeepPrevious);
}

Plan PlanFile::sample(const Catalog& catalog) {
    const Scenario base = ScenarioFile::sample(catalog);
    Plan plan;
    plan.name = base.name;
    // Scenario names are data, not user interface text: they stay as the sample file has them.
    auto add = [&plan](Scenario s, const char16_t* name, qint64 weightPpm) {
        s.name = QString::fromUtf16(name);
        plan.scenarios.append(std::move(s));
        plan.weights.append(weightPpm);
    };
    add(base, u"基准", 500'000);
    add(ScenarioDerivation::scaled(base, 800'000), u"保守", 250'000);
    add(ScenarioDerivation::scaled(base, 1'300'000), u"乐观", 250'000);
    return plan;
}

} // namespace ocp
