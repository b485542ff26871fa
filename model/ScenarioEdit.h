#pragma once

#include "Scenario.h"

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

// One user edit of a scenario, complete enough to be applied and reverted. The document
// builds it, the GUI wraps it in an undo command; volume edits keep only the touched cells
// (they are the frequent, large ones), every other edit keeps both whole scenarios.
struct ScenarioEdit {
    enum class Kind { Volumes, Scenario };

    Kind kind = Kind::Volumes;
    QString description; // what the user did, for Undo/Redo menu texts
    QList<VolumeChange> volumes;
    ocp::Scenario before;
    ocp::Scenario after;
};

} // namespace ocp
