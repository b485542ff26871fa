#pragma once

#include "model/billing/Plan.h"
#include "model/billing/Scenario.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace ocp {

// One cell of the volume table before and after an edit.
struct VolumeChange {
    QString interfaceId;
    int month = 0;
    qint64 before = 0;
    qint64 after = 0;

    friend bool operator==(const VolumeChange&, const VolumeChange&) = default;
};

// One user edit of a plan, complete enough to be applied and reverted. The document builds
// it, the GUI wraps it in an undo command; volume edits keep only the touched cells (they are
// the frequent, large ones), other edits of one scenario keep it before and after, and edits
// of the scenario list (add, duplicate, derive, rename, remove, weights) keep the whole plan.
struct ScenarioEdit {
    enum class Kind { Volumes, Scenario, Plan };

    Kind kind = Kind::Volumes;
    QString description; // what the user did, for Undo/Redo menu texts
    int scenario = 0;    // the scenario a Volumes or Scenario edit changes (index into the plan)
    QList<VolumeChange> volumes;
    ocp::Scenario before;
    ocp::Scenario after;
    ocp::Plan planBefore;
    ocp::Plan planAfter;
};

} // namespace ocp
