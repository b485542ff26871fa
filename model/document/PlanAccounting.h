#pragma once

#include "model/billing/AccountingSchedule.h"
#include "model/billing/AccountingSettings.h"
#include "model/billing/CostAllocation.h"
#include "model/optimizer/PlanSnapshot.h"

#include <QString>
#include <memory>
#include <QtGlobal>

namespace ocp {

// Who pays for what in the current scenario: its cost charged to cost centres and its packs
// in the ledger, worked out together from one snapshot and the plan's accounting settings, so
// the three result tables never mix two states.
struct PlanAccounting {
    quint64 revision = 0;         // of the snapshot it was worked out from
    std::shared_ptr<const PlanSnapshot> snapshot; // that snapshot: the scenario of the figures
    AccountingSettings settings;  // Plan::accounting it applied
    bool hasCostCentres = false;  // the scenario splits at least one interface
    CostAllocation allocation;
    AccountingSchedule schedule;
    QString error; // why there is none: the billing or the split was refused (then both are empty)

    bool isValid() const { return error.isEmpty(); }
};

} // namespace ocp
