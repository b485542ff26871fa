#include "DocumentUndo.h"

#include "DocumentEditCommand.h"
#include "model/document/PlanDocument.h"

#include <QUndoStack>

namespace ocp {

DocumentUndo::DocumentUndo(PlanDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_stack(new QUndoStack(this)) {
    document->setEditHandler(
        [this](const ScenarioEdit& edit) { m_stack->push(new DocumentEditCommand(m_document, edit)); });
    connect(m_stack, &QUndoStack::cleanChanged, document,
            [this](bool clean) { m_document->setModified(!clean); });
    connect(document, &PlanDocument::loaded, m_stack, &QUndoStack::clear);
    connect(document, &PlanDocument::saved, m_stack, &QUndoStack::setClean);
    // Marked modified from outside (a restored autosave): no state of this history matches
    // the file, so undoing back to the start must not make the plan look saved.
    connect(document, &PlanDocument::modifiedChanged, m_stack, [this](bool modified) {
        if (modified && m_stack->isClean())
            m_stack->resetClean();
    });
}

DocumentUndo::~DocumentUndo() {
    if (m_document)
        m_document->clearEditHandler();
}

} // namespace ocp
