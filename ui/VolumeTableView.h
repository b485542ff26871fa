#pragma once

#include <QTableView>

namespace ocp {

// The volume table's view, which behaves like a spreadsheet: Enter, when editing a cell or
// not, goes to the cell below, so a column of months is typed without touching the mouse.
class VolumeTableView : public QTableView {
    Q_OBJECT

public:
    using QTableView::QTableView;

protected:
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void moveDown();
};

} // namespace ocp
