#pragma once

#include "Command.h"

namespace ocp {

// `import-usage CSV --into SCENARIO`: actual calls from a usage export written into a
// scenario's months, or a new scenario projected from them.
class ImportUsageCommand : public Command {
public:
    QString name() const override { return QStringLiteral("import-usage"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace ocp
