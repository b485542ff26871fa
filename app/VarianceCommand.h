#pragma once

#include "Command.h"

namespace ocp {

// `variance PLANFILE`: the plan's approved budget against one of its scenarios (actual months
// and forecast), per month and per pack, with the year-end projection and where the variance
// comes from.
class VarianceCommand : public Command {
public:
    QString name() const override { return QStringLiteral("variance"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace ocp
