#include "model/itemmodels/UsagePreviewModel.h"

#include "model/billing/Catalog.h"
#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

UsagePreviewModel::UsagePreviewModel(const Catalog& catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(&catalog) {}

void UsagePreviewModel::setHistory(const UsageHistory& history) {
    beginResetModel();
    m_history = history;
    m_rows.clear();
    for (const OcrInterface& api : m_catalog->interfaces()) {
        if (m_history.calls.contains(api.id))
            m_rows.append(api.id);
    }
    if (m_history.isEmpty()) {
        m_months = 0;
    } else {
        m_first = m_history.firstMonth();
        m_months = m_first.monthsTo(m_history.lastMonth()) + 1;
    }
    endResetModel();
}

int UsagePreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UsagePreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || m_rows.isEmpty() ? 0 : m_months + 1;
}

QVariant UsagePreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& id = m_rows.at(index.row());
    const QMap<YearMonth, qint64>& months = m_history.calls.value(id);
    const bool total = index.column() == m_months;
    std::optional<qint64> calls;
    if (total) {
        qint64 sum = 0;
        for (qint64 c : months)
            sum += c;
        calls = sum;
    } else if (const auto it = months.constFind(m_first.addMonths(index.column())); it != months.constEnd()) {
        calls = *it;
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return calls ? QVariant(Display::calls(*calls)) : QVariant();
    case CallsRole:
    case SortRole:
        return calls ? QVariant(*calls) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case IsTotalRole:
        return total;
    case ActualRole:
        return !total && becomesActual(index.column());
    case InterfaceIdRole:
        return id;
    default:
        return {};
    }
}

void UsagePreviewModel::setBecomingActual(std::optional<YearMonth> first, std::optional<YearMonth> last) {
    if (first == m_actualFirst && last == m_actualLast)
        return;
    m_actualFirst = first;
    m_actualLast = last;
    if (m_months > 0) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_months - 1);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_months - 1), {ActualRole});
    }
}

bool UsagePreviewModel::becomesActual(int column) const {
    if (!m_actualFirst || !m_actualLast || column < 0 || column >= m_months)
        return false;
    const YearMonth month = m_first.addMonths(column);
    return *m_actualFirst <= month && month <= *m_actualLast;
}

QVariant UsagePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section < m_months && becomesActual(section))
        return tr("%1 becomes an actual month: its calls are locked after the import")
            .arg(m_first.addMonths(section).toString());
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section > m_months)
            return {};
        if (section == m_months)
            return tr("Total");
        const QString month = m_first.addMonths(section).toString();
        return becomesActual(section) ? tr("%1 ✓", "a month that becomes actual, in the import preview").arg(month)
                                      : month;
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const int api = m_catalog->interfaceIndex(m_rows.at(section));
    if (api < 0)
        return m_rows.at(section);
    const OcrInterface& i = m_catalog->interfaces().at(api);
    return Display::name(i.name, i.nameEn);
}

} // namespace ocp
