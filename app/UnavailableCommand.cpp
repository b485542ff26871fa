#include "UnavailableCommand.h"

#include "UsageError.h"

namespace ocp {

UnavailableCommand::UnavailableCommand(QString name, QString synopsis, QString summary)
    : m_name(std::move(name))
    , m_synopsis(std::move(synopsis))
    , m_summary(std::move(summary)) {}

int UnavailableCommand::run(const QStringList&) {
    throw UsageError(QStringLiteral("'%1' is not available in this build").arg(m_name));
}

} // namespace ocp
