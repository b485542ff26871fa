#include "model/itemmodels/TableModelBase.h"

namespace ocp {

Qt::ItemFlags TableModelBase::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant TableModelBase::headerRole(const ColumnHeader& header, int role) {
    switch (role) {
    case Qt::DisplayRole:
        return header.title.isEmpty() ? QVariant() : QVariant(header.title);
    case Qt::ToolTipRole:
        return header.toolTip.isEmpty() ? QVariant() : QVariant(header.toolTip);
    default:
        return {};
    }
}

} // namespace ocp
