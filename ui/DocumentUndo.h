#pragma once

#include <QObject>
#include <QPointer>

class QUndoStack;

namespace ocp {

class PlanDocument;

// Connects a document to its undo history: every edit the document describes becomes a
// command on one QUndoStack, the stack's clean state is the document's saved state, and
// loading another plan starts a new history.
class DocumentUndo : public QObject {
    Q_OBJECT

public:
    explicit DocumentUndo(PlanDocument* document, QObject* parent = nullptr);
    ~DocumentUndo() override;

    QUndoStack* stack() const { return m_stack; }

private:
    QPointer<PlanDocument> m_document;
    QUndoStack* m_stack;
};

} // namespace ocp
