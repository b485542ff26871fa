// Any byte string is either a valid scenario, which the engine then bills without crashing,
// or refused with InputError.
#include "model/billing/BillingEngine.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/io/ScenarioFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ocp::Catalog& catalog = ocp::Catalog::defaultCatalog();
    try {
        const ocp::Scenario scenario = ocp::ScenarioFile::fromJson(bytes, catalog);
        const ocp::BillingResult result = ocp::BillingEngine::run(catalog, scenario);
        if (result.total() < ocp::Money())
            __builtin_trap();
        const ocp::Scenario again = ocp::ScenarioFile::fromJson(ocp::ScenarioFile::toJson(scenario), catalog);
        if (!(again == scenario))
            __builtin_trap();
    } catch (const ocp::InputError&) {
    }
    return 0;
}
