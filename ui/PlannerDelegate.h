#pragma once

#include <QStyledItemDelegate>

namespace ocp {

// The one delegate of the planner's views. It styles cells from the models' roles (totals
// bold, estimates italic, changed prices highlighted, negative amounts red) so models stay
// free of fonts and colours, and it edits: a combo box where the model offers choices
// (ChoicesRole), otherwise a right-aligned line edit that shows counts with the locale's
// group separators. The typed text goes to the model as is; the model parses and refuses.
class PlannerDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    // Tooltips hold names from files (packs, scenarios): they show as written, never as HTML.
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace ocp
