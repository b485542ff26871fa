#pragma once

#include "model/document/ScenarioEdit.h"

#include <QUndoCommand>

namespace ocp {

class PlanDocument;

// One user edit on the undo stack: redo applies the document's ScenarioEdit, undo reverts
// it. Volume edits hold only the changed cells, other edits the scenario before and after.
class DocumentEditCommand : public QUndoCommand {
public:
    DocumentEditCommand(PlanDocument* document, ScenarioEdit edit);

    void redo() override;
    void undo() override;

    const ScenarioEdit& edit() const { return m_edit; }

private:
    PlanDocument* m_document;
    ScenarioEdit m_edit;
};

} // namespace ocp
