#include "PlannerDelegate.h"

#include "ChartPalette.h"
#include "PlainText.h"
#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPalette>
#include <QToolTip>

namespace ocp {

bool PlannerDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                const QModelIndex& index) {
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip) {
        const QVariant tip = index.data(Qt::ToolTipRole);
        if (tip.typeId() == QMetaType::QString && !tip.toString().isEmpty()) {
            QToolTip::showText(event->globalPos(), PlainText::toolTip(tip.toString()), view, option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void PlannerDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(IsTotalRole).toBool()) {
        option->font.setBold(true);
        option->backgroundBrush = option->palette.brush(QPalette::AlternateBase);
    }
    if (index.data(IsCurrentRole).toBool())
        option->font.setBold(true);
    if (index.data(EstimateRole).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, ChartPalette::warningText());
    }
    if (index.data(OverriddenRole).toBool()) {
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, ChartPalette::overriddenText());
    }
    // Low-balance notices: amber when the last pack falls below 20 %, red when it is used up;
    // a line of packs running out or expiring unused (NoticesModel::Mark 3 and 4) in bold.
    switch (index.data(NoticeKindRole).toInt()) {
    case 1:
        option->backgroundBrush = ChartPalette::lowBalanceBackground();
        option->palette.setColor(QPalette::Text, ChartPalette::lowBalanceText());
        break;
    case 2:
        option->backgroundBrush = ChartPalette::usedUpBackground();
        option->palette.setColor(QPalette::Text, ChartPalette::usedUpText());
        break;
    case 3: // a line of packs runs out: expected, only marked
        option->font.setBold(true);
        break;
    case 4: // calls expire unused: money paid for nothing
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, ChartPalette::warningText());
        break;
    default:
        break;
    }
    // A month that has happened: its figures are actual and locked.
    if (index.data(ActualRole).toBool() && !index.data(IsTotalRole).toBool())
        option->backgroundBrush = ChartPalette::actualBackground();
    // A figure far outside its row (a typo?), marked until it is corrected.
    if (index.data(UnusualRole).toBool()) {
        option->backgroundBrush = ChartPalette::unusualBackground();
        option->palette.setColor(QPalette::Text, ChartPalette::unusualText());
    }
    const QVariant money = index.data(MoneyRole);
    if (money.isValid() && money.value<Money>().isNegative())
        option->palette.setColor(QPalette::Text, ChartPalette::errorText());
}

QWidget* PlannerDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const {
    const QVariantList choices = index.data(ChoicesRole).toList();
    if (!choices.isEmpty()) {
        auto* combo = new QComboBox(parent);
        for (const QVariant& choice : choices) {
            const QVariantMap map = choice.toMap();
            combo->addItem(map.value(QStringLiteral("label")).toString(), map.value(QStringLiteral("value")));
        }
        return combo;
    }
    auto* edit = qobject_cast<QLineEdit*>(QStyledItemDelegate::createEditor(parent, option, index));
    if (!edit)
        edit = new QLineEdit(parent);
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    if (alignment.isValid())
        edit->setAlignment(alignment.value<Qt::Alignment>());
    return edit;
}

void PlannerDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findData(index.data(Qt::EditRole));
        combo->setCurrentIndex(at);
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        const QVariant calls = index.data(CallsRole);
        edit->setText(calls.isValid() && index.flags().testFlag(Qt::ItemIsEditable) &&
                              calls.typeId() == QMetaType::LongLong
                          ? Display::calls(calls.toLongLong())
                          : index.data(Qt::EditRole).toString());
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void PlannerDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                   const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData());
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        // Unchanged text is no edit (it may be formatted differently from what parses back).
        const QVariant calls = index.data(CallsRole);
        if (calls.isValid() && calls.typeId() == QMetaType::LongLong &&
            edit->text() == Display::calls(calls.toLongLong()))
            return;
        model->setData(index, edit->text());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace ocp
