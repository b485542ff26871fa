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

// Runs `read` and names the file in front of any InputError it throws, so that a message
// about a field says which file it is in.
template <typename Read> auto readingFile(const QString& path, Read read) -> decltype(read()) {
    try {
        return read();
    } catch (const InputError& e) {
        throw InputError(QStringLiteral("%1: %2").arg(path, e.message()));
    }
}

} // namespace ocp
