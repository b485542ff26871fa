#pragma once

#include <QString>

#include <stdexcept>

namespace ocp {

// Bad input from a file or the user: the message names the field and the reason so the
// user can fix it. Thrown by loaders; the CLI prints it on one line, the GUI in a dialog.
class InputError : public std::runtime_error {
public:
    explicit InputError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message) {}

    const QString& message() const { return m_message; }

private:
    QString m_message;
};

} // namespace ocp
