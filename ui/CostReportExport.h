#pragma once

#include <QByteArray>
#include <QString>

namespace ocp {

class PlanDocument;

// The window's one door to the cost report (File → Export cost report): the current
// scenario's month-by-month ledger as model/CostReport formats it for the command line too.
class CostReportExport {
public:
    virtual ~CostReportExport() = default;

    // The report of the document's latest results; throws InputError when there are none.
    virtual QByteArray csv(const PlanDocument& document) const;
};

} // namespace ocp
