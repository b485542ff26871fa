#include "CostReportExport.h"

#include "model/document/PlanDocument.h"
#include "model/io/CostReport.h"

namespace ocp {

QByteArray CostReportExport::csv(const PlanDocument& document) const {
    // Scenario and result from one snapshot: the report never mixes two states.
    const std::shared_ptr<const PlanSnapshot> snapshot = document.calculatedSnapshot();
    // The same ledger the command line writes (docs/cli.md), so both exports read alike.
    return CostReport(document.catalog(), snapshot->scenario, snapshot->result).toCsv();
}

} // namespace ocp
