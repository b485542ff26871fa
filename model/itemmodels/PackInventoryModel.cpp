#include "model/itemmodels/PackInventoryModel.h"

#include "model/billing/Catalog.h"
#include "model/io/Display.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

PackInventoryModel::PackInventoryModel(const Catalog& catalog, QObject* parent)
    : TableModelBase(parent)
    , m_catalog(&catalog) {}

void PackInventoryModel::setInventory(const PackInventory& inventory) {
    beginResetModel();
    m_inventory = inventory;
    endResetModel();
}

int PackInventoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_inventory.holdings.size());
}

int PackInventoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackInventoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Holding& h = m_inventory.holdings.at(index.row());
    FigureCell cell;
    switch (static_cast<Column>(index.column())) {
    case PackColumn: {
        const int pack = m_catalog->packIndex(h.packId);
        if (role == PackIdRole)
            return h.packId;
        if (role == PackIndexRole)
            return pack;
        if (pack >= 0) {
            const ResourcePack& rp = m_catalog->packs().at(pack);
            cell.text = Display::name(rp.name, rp.nameEn);
        } else {
            cell.text = h.packId;
        }
        break;
    }
    case SizeColumn:
        cell.calls = h.size;
        break;
    case RemainingColumn:
        cell.calls = h.remaining;
        break;
    case CountColumn:
        cell.calls = h.count;
        break;
    case CallsLeftColumn:
        cell.calls = h.remaining * h.count;
        break;
    case ExpiresColumn:
        cell.text = h.expires.toString();
        break;
    case LinesColumn: {
        QStringList lines;
        for (const InventoryRow& row : m_inventory.rows) {
            if (row.outcome == InventoryRow::Outcome::Held && row.holding == index.row())
                lines.append(QString::number(row.line));
        }
        cell.text = lines.join(QStringLiteral(", "));
        break;
    }
    case ColumnCount:
        return {};
    }
    cell.formatFigure();
    if (role == SortRole)
        return cell.sortKey();
    return cell.commonData(role).value_or(QVariant());
}

QVariant PackInventoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeaderData(section, orientation, role);
}

TableModelBase::ColumnHeader PackInventoryModel::columnHeader(int column) const {
    switch (column) {
    case PackColumn:
        return {tr("Resource pack")};
    case SizeColumn:
        return {tr("Size"), tr("Calls of one pack when it was bought (规格)")};
    case RemainingColumn:
        return {tr("Remaining"), tr("Calls left on each pack (剩余量)")};
    case CountColumn:
        return {tr("Packs"), tr("Packs alike in size, remaining calls and expiry, held together")};
    case CallsLeftColumn:
        return {tr("Calls left"), tr("Remaining × packs")};
    case ExpiresColumn:
        return {tr("Expires"), tr("The last month the packs can be used (到期时间)")};
    case LinesColumn:
        return {tr("Lines"), tr("The lines of the list these packs come from")};
    default:
        return {};
    }
}

} // namespace ocp
