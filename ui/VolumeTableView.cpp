#include "VolumeTableView.h"

#include <QKeyEvent>

namespace ocp {

void VolumeTableView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) {
    QTableView::closeEditor(editor, hint);
    // The delegate ends an edit with Enter by submitting (Tab and Escape have hints of their own).
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        moveDown();
}

void VolumeTableView::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState &&
        event->modifiers() == Qt::NoModifier) {
        moveDown();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void VolumeTableView::moveDown() {
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex below = current.siblingAtRow(current.row() + 1);
    if (!below.isValid())
        return;
    setCurrentIndex(below); // selects the cell alone, as a click would
    scrollTo(below);
}

} // namespace ocp
