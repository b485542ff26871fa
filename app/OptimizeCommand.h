#pragma once

#include "Command.h"

namespace ocp {

// `optimize SCENARIO`: the cheapest purchases for a scenario, with ranked alternatives.
class OptimizeCommand : public Command {
public:
    QString name() const override { return QStringLiteral("optimize"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace ocp
