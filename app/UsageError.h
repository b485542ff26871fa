#pragma once

#include <QString>
#include <stdexcept>

namespace ocp {

// The command line itself is wrong (unknown command or option, missing argument, bad value):
// exit code 2, as opposed to InputError for bad data in a file (exit code 1).
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message) {}

    const QString& message() const { return m_message; }

private:
    QString m_message;
};

} // namespace ocp
