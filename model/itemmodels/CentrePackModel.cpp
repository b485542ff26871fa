#include "model/itemmodels/CentrePackModel.h"

#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

CentrePackModel::CentrePackModel(PlanDocument* document, QObject* parent)
    : AccountingModelBase(document, parent) {
    rebuild();
}

void CentrePackModel::rebuild() {
    const PlanAccounting* a = accounting();
    m_centres = a ? static_cast<int>(a->allocation.centres.size()) : 0;
    m_packs.clear();
    if (!a)
        return;
    // Only the packs someone pays for or whose calls were served: the catalog has many more.
    const auto packCount = a->allocation.centres.isEmpty() ? 0 : a->allocation.centres.first().packMonths.size();
    for (qsizetype pack = 0; pack < packCount; ++pack) {
        for (const CentreAllocation& c : a->allocation.centres) {
            bool used = c.packTotal(static_cast<int>(pack)) != Money();
            for (const CentreCost& m : c.packMonths.at(pack))
                used = used || m.calls != 0;
            if (used) {
                m_packs.append(static_cast<int>(pack));
                break;
            }
        }
    }
}

Money CentrePackModel::centreAmount(int row, int centre) const {
    const CentreAllocation& c = accounting()->allocation.centres.at(centre);
    if (row < afterPlanRow())
        return c.packTotal(m_packs.at(row));
    if (row == afterPlanRow())
        return c.balanceAtEnd;
    return c.total;
}

Money CentrePackModel::amount(int row, int column) const {
    if (row < 0 || row > totalRow() || column < kFirstCentreColumn || column > totalColumn())
        return {};
    if (column < totalColumn())
        return centreAmount(row, column - kFirstCentreColumn);
    if (row == totalRow())
        return accounting()->allocation.total;
    Money sum;
    for (int centre = 0; centre < m_centres; ++centre)
        sum += centreAmount(row, centre);
    return sum;
}

int CentrePackModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || m_centres == 0 ? 0 : totalRow() + 1;
}

int CentrePackModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || m_centres == 0 ? 0 : totalColumn() + 1;
}

QVariant CentrePackModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    if (role == IsTotalRole)
        return row == totalRow() || index.column() == totalColumn();
    if (index.column() == kPackColumn) {
        if (row < afterPlanRow()) {
            const ResourcePack& p = document()->catalog().packs().at(m_packs.at(row));
            if (role == Qt::DisplayRole || role == SortRole)
                return Display::name(p.name, p.nameEn);
            if (role == PackIdRole)
                return p.id;
            if (role == Qt::ToolTipRole)
                return tr("Calls of this pack's interfaces over the plan: the packs that served them, their "
                          "postpaid cost and balance that expired unused");
            return {};
        }
        if (role == Qt::ToolTipRole && row == afterPlanRow())
            return tr("Pack balance bought in the plan and still valid after its last month");
        if (role != Qt::DisplayRole && role != SortRole)
            return {};
        return row == afterPlanRow() ? tr("After the plan") : tr("Total");
    }
    return FigureCell::moneyData(amount(row, index.column()), role, std::nullopt);
}

QVariant CentrePackModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::ToolTipRole && section == totalColumn())
        return tr("All cost centres; the total row is the plan's cost");
    if (role != Qt::DisplayRole)
        return {};
    if (section == kPackColumn)
        return tr("Pack");
    if (section == totalColumn())
        return tr("Total (元)");
    return tr("%1 (元)").arg(centreName(accounting()->allocation.centres.at(section - kFirstCentreColumn).name));
}

} // namespace ocp
