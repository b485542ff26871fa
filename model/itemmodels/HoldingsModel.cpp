#include "model/itemmodels/HoldingsModel.h"

#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"

#include <QVariantMap>

namespace ocp {
namespace {

QVariantMap choice(const QVariant& value, const QString& label) {
    return QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("label"), label}};
}

QVariant callsData(qint64 calls, int role) {
    switch (role) {
    case Qt::DisplayRole:
        return Display::calls(calls);
    case Qt::EditRole:
    case SortRole:
    case CallsRole:
        return calls;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

// A number typed into a cell ("60,000", "60000") or given by a program.
std::optional<qint64> number(const QVariant& value, QString* reason) {
    if (value.typeId() == QMetaType::QString)
        return Display::parseCalls(value.toString(), reason);
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok) {
        *reason = HoldingsModel::tr("“%1” is not a number").arg(value.toString());
        return std::nullopt;
    }
    return n;
}

} // namespace

HoldingsModel::HoldingsModel(PlanDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document)
    , m_rows(static_cast<int>(document->scenario().holdings.size())) {
    connect(document, &PlanDocument::scenarioReplaced, this, &HoldingsModel::onScenarioReplaced);
    connect(document, &PlanDocument::resultChanged, this, &HoldingsModel::onResultChanged);
}

void HoldingsModel::onScenarioReplaced() {
    const auto rows = static_cast<int>(m_document->scenario().holdings.size());
    if (rows > m_rows) {
        // New holdings are appended; earlier rows keep their place.
        beginInsertRows(QModelIndex(), m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    allDataChanged();
}

void HoldingsModel::onResultChanged() {
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, AtStartColumn), index(m_rows - 1, UnusedColumn));
}

bool HoldingsModel::addHolding(const QString& packId, QString* message) {
    const Catalog& catalog = m_document->catalog();
    const int pack = catalog.packIndex(packId);
    if (pack < 0) {
        if (message)
            *message = tr("Choose a resource pack first");
        return false;
    }
    const ResourcePack& rp = catalog.packs().at(pack);
    Holding h;
    h.packId = rp.id;
    h.size = rp.sizes.constFirst().calls;
    h.remaining = h.size;
    // R2: bought in the month before the start at the latest, usable through start + 10.
    h.expires = m_document->scenario().start.addMonths(rp.validityMonths - 2);
    h.count = 1;
    try {
        m_document->addHolding(h);
    } catch (const InputError& e) {
        if (message)
            *message = tr("Not added: %1").arg(e.message());
        return false;
    }
    return true;
}

bool HoldingsModel::removeHoldings(const QList<int>& rows, QString* message) {
    try {
        m_document->removeHoldings(rows);
    } catch (const InputError& e) {
        if (message)
            *message = e.message();
        return false;
    }
    return true;
}

int HoldingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int HoldingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldingsModel::resultData(int row, int column, int role) const {
    const auto snapshot = m_document->snapshot();
    if (!snapshot->isValid() || row >= snapshot->result.holdings.size() ||
        snapshot->scenario.holdings != m_document->scenario().holdings)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("–")) : QVariant();
    const HoldingUse& use = snapshot->result.holdings.at(row);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case UsedColumn:
            return tr("Calls these packs serve within the plan");
        case ExpiredColumn:
            return tr("Calls lost when these packs expire inside the plan");
        case UnusedColumn:
            return tr("Calls still usable on these packs when the plan ends");
        default:
            return {};
        }
    }
    switch (column) {
    case UsedColumn:
        return callsData(use.used, role);
    case ExpiredColumn:
        return callsData(use.expired, role);
    case UnusedColumn:
        return callsData(use.unusedAtEnd, role);
    default:
        return {};
    }
}

QVariant HoldingsModel::data(const QModelIndex& index, int role) const {
    const Scenario& s = m_document->scenario();
    if (!index.isValid() || index.model() != this || index.row() >= s.holdings.size())
        return {};
    const Holding& h = s.holdings.at(index.row());
    const Catalog& catalog = m_document->catalog();
    const int pack = catalog.packIndex(h.packId);
    if (role == PackIdRole)
        return h.packId;
    if (role == PackIndexRole)
        return pack;
    switch (index.column()) {
    case PackColumn:
        switch (role) {
        case Qt::DisplayRole:
            return pack < 0 ? h.packId
                            : Display::name(catalog.packs().at(pack).name, catalog.packs().at(pack).nameEn);
        case Qt::EditRole:
            return h.packId;
        case SortRole:
            return pack;
        case ChoicesRole: {
            QVariantList list;
            for (const ResourcePack& other : catalog.packs())
                list.append(choice(other.id, Display::name(other.name, other.nameEn)));
            return list;
        }
        default:
            return {};
        }
    case SizeColumn:
        if (role == ChoicesRole) {
            QVariantList list;
            if (pack >= 0) {
                for (const PackSize& size : catalog.packs().at(pack).sizes)
                    list.append(choice(size.calls, Display::calls(size.calls)));
            }
            return list;
        }
        return callsData(h.size, role);
    case RemainingColumn:
        if (role == Qt::ToolTipRole)
            return tr("Calls left on each pack when the plan starts, at most its size");
        return callsData(h.remaining, role);
    case ExpiresColumn:
        switch (role) {
        case Qt::DisplayRole:
            return h.expires.toString();
        case Qt::EditRole:
            return h.expires.toString();
        case SortRole:
            return s.start.monthsTo(h.expires);
        case Qt::ToolTipRole:
            return tr("The last month the balance can be used");
        case ChoicesRole: {
            // From the start to the last month a pack bought before it can be used (R2).
            const int validity = pack < 0 ? 12 : catalog.packs().at(pack).validityMonths;
            QVariantList list;
            for (int m = 0; m <= validity - 2; ++m)
                list.append(choice(s.start.addMonths(m).toString(), s.start.addMonths(m).toString()));
            return list;
        }
        default:
            return {};
        }
    case CountColumn:
        return callsData(h.count, role);
    case AtStartColumn:
        // remaining × count, known without the results.
        return callsData(h.remaining * h.count, role);
    case UsedColumn:
    case ExpiredColumn:
    case UnusedColumn:
        return resultData(index.row(), index.column(), role);
    default:
        return {};
    }
}

bool HoldingsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const Scenario& s = m_document->scenario();
    if (role != Qt::EditRole || !index.isValid() || index.row() >= s.holdings.size())
        return false;
    Holding h = s.holdings.at(index.row());
    const Catalog& catalog = m_document->catalog();
    QString reason;
    switch (index.column()) {
    case PackColumn: {
        const int pack = catalog.packIndex(value.toString());
        if (pack < 0) {
            reason = tr("“%1” is not a resource pack of the catalog").arg(value.toString());
            break;
        }
        const ResourcePack& rp = catalog.packs().at(pack);
        h.packId = rp.id;
        // Another pack keeps the size only when it is sold in it; the calls left follow.
        if (!rp.size(h.size)) {
            h.size = rp.sizes.constFirst().calls;
            h.remaining = std::min(h.remaining, h.size);
        }
        break;
    }
    case SizeColumn: {
        const std::optional<qint64> size = number(value, &reason);
        if (size)
            h.size = *size;
        break;
    }
    case RemainingColumn: {
        const std::optional<qint64> remaining = number(value, &reason);
        if (remaining)
            h.remaining = *remaining;
        break;
    }
    case ExpiresColumn: {
        const std::optional<YearMonth> month = YearMonth::parse(value.toString().trimmed());
        if (month)
            h.expires = *month;
        else
            reason = tr("“%1” is not a month in the form YYYY-MM").arg(value.toString());
        break;
    }
    case CountColumn: {
        const std::optional<qint64> count = number(value, &reason);
        if (count)
            h.count = *count;
        break;
    }
    default:
        return false;
    }
    if (!reason.isEmpty()) {
        Q_EMIT inputRejected(tr("Not changed: %1").arg(reason));
        return false;
    }
    if (h == s.holdings.at(index.row()))
        return true;
    try {
        m_document->setHolding(index.row(), h);
    } catch (const InputError& e) {
        Q_EMIT inputRejected(tr("Not changed: %1").arg(e.message()));
        return false;
    }
    return true;
}

TableModelBase::ColumnHeader HoldingsModel::columnHeader(int column) const {
    switch (column) {
    case PackColumn:
        return {tr("Resource pack")};
    case SizeColumn:
        return {tr("Size"), tr("The calls of one pack when it was new")};
    case RemainingColumn:
        return {tr("Left per pack"), tr("Calls left on each pack when the plan starts")};
    case ExpiresColumn:
        return {tr("Usable through"), tr("The last month the balance can be used")};
    case CountColumn:
        return {tr("Count"), tr("How many such packs the account holds")};
    case AtStartColumn:
        return {tr("At start"), tr("Calls held when the plan starts: left per pack × count")};
    case UsedColumn:
        return {tr("Used"), tr("Calls these packs serve within the plan (from the results)")};
    case ExpiredColumn:
        return {tr("Expired"), tr("Calls lost when these packs expire inside the plan (from the results)")};
    case UnusedColumn:
        return {tr("Left at end"), tr("Calls still usable when the plan ends (from the results)")};
    default:
        return {};
    }
}

QVariant HoldingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeaderData(section, orientation, role);
}

Qt::ItemFlags HoldingsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() <= CountColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace ocp
