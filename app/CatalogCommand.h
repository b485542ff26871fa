#pragma once

#include "Command.h"

namespace ocp {

// `catalog`: the price list the planner uses, as text or as its JSON file format.
class CatalogCommand : public Command {
public:
    QString name() const override { return QStringLiteral("catalog"); }
    QString synopsis() const override { return QStringLiteral("[--catalog FILE] [--format table|json]"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace ocp
