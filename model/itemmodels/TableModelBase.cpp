#include "model/itemmodels/TableModelBase.h"

namespace ocp {

Qt::ItemFlags TableModelBase::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace ocp
