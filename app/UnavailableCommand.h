#pragma once

#include "Command.h"

namespace ocp {

// A command the interface knows about but this build does not implement yet: it is listed
// in --help and answers with a usage error instead of "unknown command".
class UnavailableCommand : public Command {
public:
    UnavailableCommand(QString name, QString synopsis, QString summary);

    QString name() const override { return m_name; }
    QString synopsis() const override { return m_synopsis; }
    QString summary() const override { return m_summary; }
    int run(const QStringList& arguments) override;

private:
    QString m_name;
    QString m_synopsis;
    QString m_summary;
};

} // namespace ocp
