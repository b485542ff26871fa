#pragma once

#include "Command.h"

namespace ocp {

// `plan SCENARIO`: the cost of the scenario file's own purchases, month by month.
class PlanCommand : public Command {
public:
    QString name() const override { return QStringLiteral("plan"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace ocp
