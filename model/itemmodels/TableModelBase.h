#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <utility>

namespace ocp {

// A table model whose rows follow a list of keys kept in one stable order (catalog order).
// syncRows() turns the current keys into the new ones with row removals and insertions,
// so views keep their selection and current cell across edits that add or remove rows.
// Cells are read-only unless a subclass overrides flags().
class TableModelBase : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    // A column's header: its title and, where it needs one, a tooltip.
    struct ColumnHeader {
        ColumnHeader() = default;
        ColumnHeader(QString text, QString tip = QString())
            : title(std::move(text))
            , toolTip(std::move(tip)) {}

        QString title;
        QString toolTip;
    };
    // The title and tooltip of a column, for columnHeaderData(); none unless overridden.
    virtual ColumnHeader columnHeader(int column) const;
    // headerData() of a table that describes its columns in columnHeader(): the title or the
    // tooltip of a column, nothing where empty, nothing for rows.
    QVariant columnHeaderData(int section, Qt::Orientation orientation, int role) const;

    template <typename Key> void syncRows(QList<Key>& rows, const QList<Key>& target) {
        for (auto i = rows.size() - 1; i >= 0; --i) {
            if (!target.contains(rows.at(i))) {
                beginRemoveRows(QModelIndex(), static_cast<int>(i), static_cast<int>(i));
                rows.removeAt(i);
                endRemoveRows();
            }
        }
        // What is left is in target's order, so walking target inserts the missing keys.
        for (qsizetype j = 0; j < target.size(); ++j) {
            if (j >= rows.size() || rows.at(j) != target.at(j)) {
                beginInsertRows(QModelIndex(), static_cast<int>(j), static_cast<int>(j));
                rows.insert(j, target.at(j));
                endInsertRows();
            }
        }
    }

    // dataChanged over the whole table (rows and columns as they are now).
    void allDataChanged() {
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
};

} // namespace ocp
