#pragma once

#include "Command.h"

namespace ocp {

// `compare PLANFILE`: every scenario of a plan side by side, and one set of first-month
// purchases for all of them (the robust plan) with its cost and regret under each scenario.
class CompareCommand : public Command {
public:
    QString name() const override { return QStringLiteral("compare"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace ocp
