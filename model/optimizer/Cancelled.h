#pragma once

#include <exception>
#include <stop_token>

namespace ocp {

// Thrown by a long optimizer entry point once its stop token asks it to stop: a newer request
// replaced the one it works for, so nobody wants the result. The background task catches it.
class Cancelled : public std::exception {
public:
    const char* what() const noexcept override { return "cancelled"; }

    static void throwIfRequested(const std::stop_token& stop) {
        if (stop.stop_requested())
            throw Cancelled();
    }
};

} // namespace ocp
