#include "DocumentEditCommand.h"

#include "model/document/PlanDocument.h"

namespace ocp {

DocumentEditCommand::DocumentEditCommand(PlanDocument* document, ScenarioEdit edit)
    : m_document(document)
    , m_edit(std::move(edit)) {
    setText(m_edit.description);
}

void DocumentEditCommand::redo() {
    m_document->apply(m_edit, true);
}

void DocumentEditCommand::undo() {
    m_document->apply(m_edit, false);
}

} // namespace ocp
