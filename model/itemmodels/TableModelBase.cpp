#include "model/itemmodels/TableModelBase.h"

namespace ocp {

Qt::ItemFlags TableModelBase::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

TableModelBase::ColumnHeader TableModelBase::columnHeader(int) const {
    return {};
}

QVariant TableModelBase::columnHeaderData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const ColumnHeader header = columnHeader(section);
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
