// Any byte string is a usage history (possibly with every row skipped) or refused with
// InputError; every skipped row names a line inside the file.
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/io/UsageImport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        ocp::UsageHistory history = ocp::UsageImport::parse(bytes, ocp::Catalog::defaultCatalog());
        if (history.rowsUsed + history.skipped.size() != history.rowsRead)
            __builtin_trap();
        ocp::Scenario scenario;
        ocp::UsageImport::applyTo(history, scenario);
        (void)ocp::UsageImport::projectFrom(history, 12, 50'000);
    } catch (const ocp::InputError&) {
    }
    return 0;
}
