#include "model/itemmodels/PurchasesModel.h"

#include "model/billing/BillingEngine.h"
#include "model/billing/InputError.h"
#include "model/billing/PriceBook.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

#include <QVariantMap>
#include <algorithm>

namespace ocp {
namespace {

QVariantMap choice(const QVariant& value, const QString& label) {
    return QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("label"), label}};
}

} // namespace

PurchasesModel::PurchasesModel(PlanDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document)
    , m_rows(static_cast<int>(document->scenario().purchases.size())) {
    connect(document, &PlanDocument::scenarioReplaced, this, &PurchasesModel::onScenarioReplaced);
}

void PurchasesModel::onScenarioReplaced() {
    const auto rows = static_cast<int>(m_document->scenario().purchases.size());
    if (rows > m_rows) {
        // New purchases are appended by the editor; earlier rows keep their place.
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

bool PurchasesModel::addPurchase(const QString& packId, QString* message) {
    const Catalog& catalog = m_document->catalog();
    const int pack = catalog.packIndex(packId);
    if (pack < 0) {
        if (message)
            *message = tr("Select a resource pack first");
        return false;
    }
    const ResourcePack& rp = catalog.packs().at(pack);
    qint64 calls = 0;
    try {
        // Keep the table alive: a range-for over .at() of a temporary reads freed memory.
        const QList<QList<qint64>> billable = BillingEngine::billableCalls(catalog, m_document->scenario());
        for (qint64 c : billable.at(pack))
            calls += c;
    } catch (const InputError&) {
        calls = 0;
    }
    qint64 size = rp.sizes.constFirst().calls;
    for (const PackSize& s : rp.sizes) {
        if (s.calls <= calls)
            size = s.calls;
    }
    try {
        // In the first open month: the purchases of actual months were made already.
        const int month = std::min(PlanDocument::actualMonthCount(m_document->scenario()),
                                   m_document->scenario().months - 1);
        m_document->addPurchase(Purchase{month, rp.id, size, 1});
    } catch (const InputError& e) {
        if (message)
            *message = e.message();
        return false;
    }
    return true;
}

bool PurchasesModel::removePurchases(const QList<int>& rows, QString* message) {
    try {
        m_document->removePurchases(rows);
    } catch (const InputError& e) {
        if (message)
            *message = e.message();
        return false;
    }
    return true;
}

int PurchasesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int PurchasesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchasesModel::data(const QModelIndex& index, int role) const {
    const Scenario& s = m_document->scenario();
    if (!index.isValid() || index.model() != this || index.row() >= s.purchases.size())
        return {};
    const Purchase& p = s.purchases.at(index.row());
    const Catalog& catalog = m_document->catalog();
    const int pack = catalog.packIndex(p.packId);
    if (pack < 0)
        return {};
    const ResourcePack& rp = catalog.packs().at(pack);
    if (role == PackIdRole)
        return rp.id;
    if (role == PackIndexRole)
        return pack;
    const bool made = m_document->isActualMonth(p.month);
    if (role == ActualRole)
        return made;
    if (made && role == Qt::ToolTipRole)
        return tr("Bought in %1, an actual month: the purchase was made and is locked "
                  "(Edit → Unlock actual months)")
            .arg(s.monthAt(p.month).toString());
    switch (index.column()) {
    case MonthColumn:
        switch (role) {
        case Qt::DisplayRole:
            return s.monthAt(p.month).toString();
        case Qt::EditRole:
        case SortRole:
            return p.month;
        case ChoicesRole: {
            QVariantList list;
            // Purchases move only within the open months; actual months are settled.
            for (int m = PlanDocument::actualMonthCount(s); m < s.months; ++m)
                list.append(choice(m, s.monthAt(m).toString()));
            return list;
        }
        case Qt::ToolTipRole:
            return tr("Usable from %1 through %2")
                .arg(s.monthAt(p.month).toString(), s.monthAt(p.month + rp.validityMonths - 1).toString());
        default:
            return {};
        }
    case PackColumn:
        switch (role) {
        case Qt::DisplayRole:
            return Display::name(rp.name, rp.nameEn);
        case Qt::EditRole:
            return rp.id;
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
        switch (role) {
        case Qt::DisplayRole:
            return Display::calls(p.size);
        case Qt::EditRole:
        case SortRole:
        case CallsRole:
            return p.size;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        case ChoicesRole: {
            const PriceBook prices(catalog, s);
            QVariantList list;
            for (int i = 0; i < rp.sizes.size(); ++i) {
                list.append(choice(rp.sizes.at(i).calls, tr("%1 calls (%2)")
                                                             .arg(Display::calls(rp.sizes.at(i).calls),
                                                                  Display::yuan(prices.packPrice(pack, i)))));
            }
            return list;
        }
        default:
            return {};
        }
    case CountColumn:
        switch (role) {
        case Qt::DisplayRole:
            return Display::calls(p.count);
        case Qt::EditRole:
        case SortRole:
            return p.count;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    case CostColumn: {
        Money cost;
        try {
            cost = PriceBook(catalog, s).packPriceForCalls(pack, p.size) * p.count;
        } catch (const InputError&) {
            return {};
        }
        return FigureCell::moneyData(cost, role, std::nullopt);
    }
    default:
        return {};
    }
}

bool PurchasesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const Scenario& s = m_document->scenario();
    if (role != Qt::EditRole || !index.isValid() || index.row() >= s.purchases.size())
        return false;
    if (m_document->isActualMonth(s.purchases.at(index.row()).month)) {
        Q_EMIT inputRejected(tr("Not changed: this purchase was made in %1, an actual month, and is locked "
                                "(Edit → Unlock actual months)")
                                 .arg(s.monthAt(s.purchases.at(index.row()).month).toString()));
        return false;
    }
    Purchase p = s.purchases.at(index.row());
    const Catalog& catalog = m_document->catalog();
    bool ok = true;
    switch (index.column()) {
    case MonthColumn:
        if (value.typeId() == QMetaType::QString) {
            const std::optional<YearMonth> ym = YearMonth::parse(value.toString().trimmed());
            ok = ym.has_value();
            if (ym)
                p.month = s.start.monthsTo(*ym);
        } else {
            p.month = value.toInt(&ok);
        }
        if (ok && (p.month < 0 || p.month >= s.months)) {
            Q_EMIT inputRejected(tr("Not changed: the month must be inside the plan (%1 to %2)")
                                     .arg(s.start.toString(), s.monthAt(s.months - 1).toString()));
            return false;
        }
        break;
    case PackColumn: {
        const int pack = catalog.packIndex(value.toString());
        ok = pack >= 0;
        if (ok) {
            const ResourcePack& rp = catalog.packs().at(pack);
            p.packId = rp.id;
            if (!rp.size(p.size))
                p.size = rp.sizes.constFirst().calls;
        }
        break;
    }
    case SizeColumn: {
        std::optional<qint64> size;
        if (value.typeId() == QMetaType::QString)
            size = Display::parseCalls(value.toString());
        else
            size = value.toLongLong(&ok);
        ok = ok && size.has_value();
        if (ok) {
            const ResourcePack& rp = catalog.packs().at(catalog.packIndex(p.packId));
            if (!rp.size(*size)) {
                Q_EMIT inputRejected(tr("Not changed: %1 is not sold in a size of %2 calls")
                                         .arg(Display::name(rp.name, rp.nameEn), Display::calls(*size)));
                return false;
            }
            p.size = *size;
        }
        break;
    }
    case CountColumn: {
        std::optional<qint64> count;
        if (value.typeId() == QMetaType::QString)
            count = Display::parseCalls(value.toString());
        else
            count = value.toLongLong(&ok);
        ok = ok && count.has_value();
        if (ok && (*count < 1 || *count > 1'000'000'000)) {
            Q_EMIT inputRejected(tr("Not changed: buy at least one pack (remove the purchase to buy none)"));
            return false;
        }
        if (ok)
            p.count = *count;
        break;
    }
    default:
        return false;
    }
    if (!ok) {
        Q_EMIT inputRejected(tr("Not changed: “%1” is not valid here").arg(value.toString()));
        return false;
    }
    if (p == s.purchases.at(index.row()))
        return true;
    try {
        m_document->setPurchase(index.row(), p);
    } catch (const InputError& e) {
        Q_EMIT inputRejected(tr("Not changed: %1").arg(e.message()));
        return false;
    }
    return true;
}

QVariant PurchasesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case PackColumn:
        return tr("Resource pack");
    case SizeColumn:
        return tr("Size (calls)");
    case CountColumn:
        return tr("Count");
    case CostColumn:
        return tr("Cost (元)");
    default:
        return {};
    }
}

Qt::ItemFlags PurchasesModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const Scenario& s = m_document->scenario();
    const bool made = index.row() < s.purchases.size() && m_document->isActualMonth(s.purchases.at(index.row()).month);
    if (index.column() != CostColumn && !made)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace ocp
