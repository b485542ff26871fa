#pragma once

#include "Command.h"

namespace ocp {

// `allocate PLANFILE`: who pays for what. The plan's cost per cost centre and month (or pack),
// and with --schedule or --journal its packs and bills in the ledger.
class AllocateCommand : public Command {
public:
    QString name() const override { return QStringLiteral("allocate"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace ocp
