// Any byte string is either a valid catalog or refused with InputError; nothing else.
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        const ocp::Catalog catalog = ocp::Catalog::fromJson(bytes);
        // A catalog that loads must write and load again to the same thing.
        const QByteArray again = catalog.toJson();
        if (ocp::Catalog::fromJson(again).toJson() != again)
            __builtin_trap();
    } catch (const ocp::InputError&) {
    }
    return 0;
}
