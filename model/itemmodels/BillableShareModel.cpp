#include "model/itemmodels/BillableShareModel.h"

#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"

#include <algorithm>

namespace ocp {

BillableShareModel::BillableShareModel(PlanDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document)
    , m_rows(orderedInterfaces()) {
    connect(document, &PlanDocument::scenarioReplaced, this, [this] {
        syncRows(m_rows, orderedInterfaces());
        allDataChanged();
    });
}

QStringList BillableShareModel::orderedInterfaces() const {
    const Catalog& catalog = m_document->catalog();
    QStringList ids = m_document->scenario().volumes.keys();
    std::sort(ids.begin(), ids.end(), [&](const QString& a, const QString& b) {
        return catalog.interfaceIndex(a) < catalog.interfaceIndex(b);
    });
    return ids;
}

int BillableShareModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BillableShareModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillableShareModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const QString& id = m_rows.at(index.row());
    const qint64 share = m_document->scenario().shareOf(id);
    if (index.column() == InterfaceColumn) {
        const int api = m_document->catalog().interfaceIndex(id);
        const OcrInterface& i = m_document->catalog().interfaces().at(api);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return Display::name(i.name, i.nameEn);
        case Qt::ToolTipRole:
            return i.id;
        case InterfaceIdRole:
            return i.id;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return Display::percent(share);
    case Qt::EditRole:
        return Display::percent(share).chopped(1);
    case SortRole:
        return share;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return tr("Share of calls that are billed; 100% unless only successful recognitions are charged");
    case InterfaceIdRole:
        return id;
    default:
        return {};
    }
}

bool BillableShareModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.column() != ShareColumn ||
        index.row() >= m_rows.size())
        return false;
    QString reason;
    const std::optional<qint64> percent = Display::parseDecimalMillionths(value.toString(), &reason);
    if (!percent) {
        Q_EMIT inputRejected(tr("Not changed: %1").arg(reason));
        return false;
    }
    // percent is in millionths of a percent; the scenario stores millionths of the whole.
    if (*percent % 100 != 0 || *percent < 0 || *percent > 100'000'000) {
        Q_EMIT inputRejected(
            tr("Not changed: the billable share must be 0% to 100% with at most four decimals"));
        return false;
    }
    try {
        if (*percent / 100 != m_document->scenario().shareOf(m_rows.at(index.row())))
            m_document->setBillableShare(m_rows.at(index.row()), *percent / 100);
    } catch (const InputError& e) {
        Q_EMIT inputRejected(tr("Not changed: %1").arg(e.message()));
        return false;
    }
    return true;
}

QVariant BillableShareModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InterfaceColumn:
        return tr("Interface");
    case ShareColumn:
        return tr("Billable share");
    default:
        return {};
    }
}

Qt::ItemFlags BillableShareModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ShareColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace ocp
