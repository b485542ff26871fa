#include "model/io/PlanFile.h"

#include "model/billing/AtomicFile.h"
#include "model/billing/InputError.h"
#include "model/billing/JsonReader.h"
#include "model/billing/ScenarioDerivation.h"
#include "model/io/ScenarioFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ocp {

const QString PlanFile::kFormat = QStringLiteral("ocr-cost-planner/plan");

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
    return plan;
}

Plan PlanFile::fromFile(const QString& path, const Catalog& catalog) {
    const QByteArray bytes = AtomicFile::read(path, QStringLiteral("plan file"));
    return readingFile(path, [&] { return fromJson(bytes, catalog); });
}

QByteArray PlanFile::toJson(const Plan& plan) {
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), kVersion);
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
