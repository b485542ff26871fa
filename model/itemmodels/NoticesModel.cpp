#include "model/itemmodels/NoticesModel.h"

#include "model/billing/Catalog.h"
#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

NoticesModel::NoticesModel(PlanDocument* document, QObject* parent)
    : ResultModelBase(document, parent)
    , m_packs(packsOf(snapshot())) {}

QList<int> NoticesModel::packsOf(const PlanSnapshot& s) const {
    // Notices concern paid packs only: the packs the scenario buys, plus any with a notice.
    QList<bool> used(catalog().packs().size(), false);
    for (const Purchase& p : s.scenario.purchases) {
        const int pack = catalog().packIndex(p.packId);
        if (pack >= 0)
            used[pack] = true;
    }
    for (const LowBalanceNotice& n : s.result.notices)
        used[n.pack] = true;
    QList<int> packs;
    for (int p = 0; p < used.size(); ++p) {
        if (used.at(p) && s.isValid())
            packs.append(p);
    }
    return packs;
}

void NoticesModel::onResultChanged(std::shared_ptr<const PlanSnapshot> next) {
    QList<int> packs = packsOf(*next);
    const bool reshape = packs != m_packs || next->result.months != snapshot().result.months;
    showSnapshot(std::move(next), reshape, [this, &packs] { m_packs = std::move(packs); });
}

const LowBalanceNotice* NoticesModel::notice(int row, int month) const {
    // A month can hold both notices of a pack; the later one (depleted) is the one that matters.
    const LowBalanceNotice* found = nullptr;
    for (const LowBalanceNotice& n : snapshot().result.notices) {
        if (n.pack == m_packs.at(row) && n.month == month)
            found = &n;
    }
    return found;
}

NoticesModel::Mark NoticesModel::mark(int row, int month) const {
    const LowBalanceNotice* n = notice(row, month);
    if (!n)
        return NoNotice;
    return n->kind == NoticeKind::Depleted ? Depleted : BelowTwentyPercent;
}

int NoticesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_packs.size());
}

int NoticesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : snapshot().result.months + 1;
}

QVariant NoticesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const int pack = m_packs.at(index.row());
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == SortRole)
            return packName(pack);
        if (role == PackIndexRole)
            return pack;
        return {};
    }
    const int month = index.column() - 1;
    const Mark m = mark(index.row(), month);
    switch (role) {
    case NoticeKindRole:
        return static_cast<int>(m);
    case Qt::DisplayRole:
        if (m == NoNotice)
            return {};
        return m == Depleted ? tr("used up") : tr("< 20%");
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case Qt::ToolTipRole: {
        if (m == NoNotice)
            return {};
        const LowBalanceNotice* n = notice(index.row(), month);
        const QString when = snapshot().scenario.monthAt(month).toString();
        return m == Depleted
                   ? tr("%1: the last pack of %2 is used up").arg(when, packName(pack))
                   : tr("%1: the last pack of %2 fell below 20% (%3 calls left at the end of the month)")
                         .arg(when, packName(pack), Display::calls(n->balance));
    }
    default:
        return {};
    }
}

QVariant NoticesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    if (section == 0)
        return tr("Resource pack");
    return snapshot().scenario.monthAt(section - 1).toString();
}

} // namespace ocp
