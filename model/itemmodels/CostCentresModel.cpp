#include "model/itemmodels/CostCentresModel.h"

#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

CostCentresModel::CostCentresModel(PlanDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document)
    , m_rows(rowsOf())
    , m_months(document->scenario().months) {
    connect(document, &PlanDocument::scenarioReplaced, this, &CostCentresModel::onScenarioReplaced);
    connect(document, &PlanDocument::volumesChanged, this, [this] { allDataChanged(); });
}

QList<CostCentresModel::Row> CostCentresModel::rowsOf() const {
    // Interfaces in catalog order, as the volume table lists them; centres in name order.
    QList<Row> rows;
    const Scenario& s = m_document->scenario();
    for (const OcrInterface& api : m_document->catalog().interfaces()) {
        const auto it = s.costCentres.constFind(api.id);
        if (it == s.costCentres.constEnd())
            continue;
        for (const QString& centre : it->centres())
            rows.append({api.id, centre});
    }
    return rows;
}

void CostCentresModel::onScenarioReplaced() {
    const QList<Row> target = rowsOf();
    if (m_document->scenario().months != m_months) {
        beginResetModel();
        m_rows = target;
        m_months = m_document->scenario().months;
        endResetModel();
        return;
    }
    syncRows(m_rows, target);
    allDataChanged();
}

QString CostCentresModel::interfaceAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).first : QString();
}

QString CostCentresModel::centreAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).second : QString();
}

int CostCentresModel::rowOf(const QString& interfaceId, const QString& centre) const {
    return static_cast<int>(m_rows.indexOf(Row{interfaceId, centre}));
}

int CostCentresModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CostCentresModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstMonthColumn + m_months;
}

QVariant CostCentresModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto& [api, centre] = m_rows.at(index.row());
    const Scenario& s = m_document->scenario();
    const CostCentreSplit split = s.costCentres.value(api);
    const bool volumes = split.byVolumes();
    const int column = index.column();
    if (role == InterfaceIdRole)
        return api;
    if (column == InterfaceColumn) {
        if (role == Qt::DisplayRole || role == SortRole) {
            const int i = m_document->catalog().interfaceIndex(api);
            return i < 0 ? api : Display::name(m_document->catalog().interfaces().at(i).name,
                                               m_document->catalog().interfaces().at(i).nameEn);
        }
        return {};
    }
    if (column == CentreColumn)
        return role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole ? QVariant(centre) : QVariant();
    if (column == ModeColumn)
        return role == Qt::DisplayRole ? QVariant(volumes ? tr("Calls") : tr("Share")) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (column == AllMonthsColumn) {
        if (volumes) {
            qint64 total = 0;
            for (qint64 c : split.volumes.value(centre))
                total += c;
            if (role == Qt::DisplayRole)
                return Display::calls(total);
            return role == CallsRole || role == SortRole ? QVariant(total) : QVariant();
        }
        const QList<qint64> row = split.shares.value(centre);
        const bool same = std::all_of(row.cbegin(), row.cend(), [&](qint64 x) { return x == row.constFirst(); });
        if (!same)
            return role == Qt::DisplayRole ? QVariant(tr("varies")) : QVariant();
        if (role == Qt::DisplayRole)
            return Display::percent(row.value(0));
        if (role == Qt::EditRole)
            return Display::percent(row.value(0));
        return role == SortRole ? QVariant(row.value(0)) : QVariant();
    }
    const int month = column - FirstMonthColumn;
    if (volumes) {
        const qint64 calls = split.volumes.value(centre).value(month);
        if (role == Qt::DisplayRole)
            return Display::calls(calls);
        if (role == Qt::EditRole || role == CallsRole || role == SortRole)
            return calls;
        if (role == ActualRole)
            return m_document->isActualMonth(month);
        return {};
    }
    const qint64 ppm = split.weightIn(centre, month);
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return Display::percent(ppm);
    return role == SortRole ? QVariant(ppm) : QVariant();
}

bool CostCentresModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const auto [api, centre] = m_rows.at(index.row());
    const bool volumes = m_document->scenario().costCentres.value(api).byVolumes();
    try {
        if (index.column() == CentreColumn) {
            m_document->renameCostCentre(centre, value.toString());
            return true;
        }
        QString reason;
        if (volumes) {
            const std::optional<qint64> calls = value.typeId() == QMetaType::QString
                                                    ? Display::parseCalls(value.toString(), &reason)
                                                    : std::optional<qint64>(value.toLongLong());
            if (!calls) {
                Q_EMIT inputRejected(tr("Not changed: %1").arg(reason));
                return false;
            }
            m_document->setCostCentreCalls(api, centre, index.column() - FirstMonthColumn, *calls);
            return true;
        }
        const std::optional<qint64> percent = Display::parseDecimalMillionths(value.toString(), &reason);
        if (!percent) {
            Q_EMIT inputRejected(tr("Not changed: %1").arg(reason));
            return false;
        }
        // Millionths of a percent; the split stores millionths of the whole.
        if (*percent % 100 != 0 || *percent < 0 || *percent > 100'000'000) {
            Q_EMIT inputRejected(tr("Not changed: a share must be 0% to 100% with at most four decimals"));
            return false;
        }
        const std::optional<int> month =
            index.column() == AllMonthsColumn ? std::nullopt : std::optional<int>(index.column() - FirstMonthColumn);
        m_document->setCostCentreShare(api, centre, month, *percent / 100);
    } catch (const InputError& e) {
        Q_EMIT inputRejected(tr("Not changed: %1").arg(e.message()));
        return false;
    }
    return true;
}

Qt::ItemFlags CostCentresModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = TableModelBase::flags(index);
    if (!index.isValid() || index.row() >= m_rows.size())
        return f;
    const bool volumes = m_document->scenario().costCentres.value(m_rows.at(index.row()).first).byVolumes();
    const int column = index.column();
    bool editable = column == CentreColumn || column >= FirstMonthColumn;
    if (column == AllMonthsColumn)
        editable = !volumes;
    // Calls of actual months happened: locked like the volume table's cells.
    if (volumes && column >= FirstMonthColumn && m_document->isActualMonth(column - FirstMonthColumn))
        editable = false;
    return editable ? f | Qt::ItemIsEditable : f;
}

TableModelBase::ColumnHeader CostCentresModel::columnHeader(int column) const {
    switch (column) {
    case InterfaceColumn:
        return {tr("Interface")};
    case CentreColumn:
        return {tr("Cost centre"), tr("The department or project that uses the calls; edit to rename it everywhere")};
    case ModeColumn:
        return {tr("Split by"), tr("Share: a percentage of the interface's calls; Calls: calls per month")};
    case AllMonthsColumn:
        return {tr("All months"), tr("A share for every month (type it here), or a centre's calls over the plan")};
    default:
        return {m_document->scenario().monthAt(column - FirstMonthColumn).toString()};
    }
}

QVariant CostCentresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeaderData(section, orientation, role);
}

} // namespace ocp
