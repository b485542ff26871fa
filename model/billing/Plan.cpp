#include "model/billing/Plan.h"

#include "model/billing/JsonReader.h"

namespace ocp {

QString toString(RobustMethod method) {
    return method == RobustMethod::ExpectedCost ? QStringLiteral("expected-cost") : QStringLiteral("min-max-regret");
}

std::optional<RobustMethod> robustMethodFromString(const QString& text) {
    if (text == QLatin1String("expected-cost"))
        return RobustMethod::ExpectedCost;
    if (text == QLatin1String("min-max-regret"))
        return RobustMethod::MinMaxRegret;
    return std::nullopt;
}

Plan Plan::single(const Scenario& scenario) {
    Plan plan;
    plan.name = scenario.name;
    plan.scenarios.append(scenario);
    plan.weights.append(Scenario::kFullShare);
    return plan;
}

qint64 Plan::weightOf(int i) const {
    if (weights.size() == scenarios.size())
        return weights.at(i);
    return scenarios.isEmpty() ? 0 : Scenario::kFullShare / scenarios.size();
}

QString Plan::uniqueName(const QString& base) const {
    auto used = [this](const QString& candidateName) {
        return std::any_of(scenarios.cbegin(), scenarios.cend(), [&](const Scenario& s) { return s.name == candidateName; });
    };
    // A derived name ("… (copy)", "… 2") is cut to the length a plan file accepts.
    const QString first = JsonReader::clipped(base);
    if (!used(first))
        return first;
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral(" %1").arg(n);
        QString candidate = JsonReader::clipped(base, JsonReader::kMaxTextLength - suffix.size()) + suffix;
        if (!used(candidate))
            return candidate;
    }
}

} // namespace ocp
