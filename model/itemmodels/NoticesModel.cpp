#include "model/itemmodels/NoticesModel.h"

#include "model/billing/Catalog.h"
#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/PackLifetimeModel.h"

#include <algorithm>

namespace ocp {

NoticesModel::NoticesModel(PlanDocument* document, QObject* parent)
    : ResultModelBase(document, parent)
    , m_lines(linesOf(snapshot()))
    , m_rows(rowsOf(snapshot(), m_lines)) {}

QList<PackLifetime> NoticesModel::linesOf(const PlanSnapshot& s) const {
    if (!s.isValid())
        return {};
    return PackLifetime::forecast(catalog(), s.scenario, s.result);
}

QList<NoticesModel::Row> NoticesModel::rowsOf(const PlanSnapshot& s, const QList<PackLifetime>& lines) const {
    // Notices concern paid packs only: the packs the scenario buys or holds, plus any with a
    // notice.
    QList<bool> used(catalog().packs().size(), false);
    for (const PackLifetime& line : lines) {
        if (line.pack >= 0)
            used[line.pack] = true;
    }
    for (const LowBalanceNotice& n : s.result.notices)
        used[n.pack] = true;
    QList<Row> rows;
    if (!s.isValid())
        return rows;
    for (int p = 0; p < used.size(); ++p) {
        if (!used.at(p))
            continue;
        rows.append({p, -1});
        // The pack's lines that run out or expire unused inside the plan, by that month
        // (a holding with nothing left has nothing to announce).
        QList<int> events;
        for (int i = 0; i < lines.size(); ++i) {
            const PackLifetime& line = lines.at(i);
            if (line.pack == p && line.calls > 0 && line.outcome != PackLifetime::Outcome::UnusedAtEnd)
                events.append(i);
        }
        std::stable_sort(events.begin(), events.end(), [&lines, &s](int a, int b) {
            return lines.at(a).eventMonth(s.scenario) < lines.at(b).eventMonth(s.scenario);
        });
        for (int i : std::as_const(events))
            rows.append({p, i});
    }
    return rows;
}

void NoticesModel::onResultChanged(std::shared_ptr<const PlanSnapshot> next) {
    QList<PackLifetime> lines = linesOf(*next);
    QList<Row> rows = rowsOf(*next, lines);
    const bool reshape = rows != m_rows || next->result.months != snapshot().result.months;
    showSnapshot(std::move(next), reshape, [this, &rows, &lines] {
        m_rows = std::move(rows);
        m_lines = std::move(lines);
    });
}

int NoticesModel::rowOfPack(int pack) const {
    return static_cast<int>(m_rows.indexOf(Row{pack, -1}));
}

const PackLifetime* NoticesModel::lineOfRow(int row) const {
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).line < 0)
        return nullptr;
    return &m_lines.at(m_rows.at(row).line);
}

const LowBalanceNotice* NoticesModel::notice(int row, int month) const {
    // A month can hold both notices of a pack; the later one (depleted) is the one that matters.
    const LowBalanceNotice* found = nullptr;
    if (m_rows.at(row).line >= 0)
        return found;
    for (const LowBalanceNotice& n : snapshot().result.notices) {
        if (n.pack == m_rows.at(row).pack && n.month == month)
            found = &n;
    }
    return found;
}

NoticesModel::Mark NoticesModel::mark(int row, int month) const {
    if (const PackLifetime* line = lineOfRow(row)) {
        if (snapshot().scenario.monthAt(month) != line->eventMonth(snapshot().scenario))
            return NoNotice;
        return line->outcome == PackLifetime::Outcome::RunsOut ? RunsOut : ExpiresUnused;
    }
    const LowBalanceNotice* n = notice(row, month);
    if (!n)
        return NoNotice;
    return n->kind == NoticeKind::Depleted ? Depleted : BelowTwentyPercent;
}

int NoticesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NoticesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : snapshot().result.months + 1;
}

QVariant NoticesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const int pack = m_rows.at(index.row()).pack;
    const PackLifetime* line = lineOfRow(index.row());
    if (index.column() == 0) {
        if (line && (role == Qt::DisplayRole || role == SortRole))
            return QStringLiteral("    %1 · %2").arg(PackLifetimeModel::sourceText(*line),
                                                     PackLifetimeModel::packsText(*line, snapshot().scenario));
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
        switch (m) {
        case NoNotice:
            return {};
        case RunsOut:
            return tr("runs out");
        case ExpiresUnused:
            return tr("%1 calls expire unused").arg(Display::calls(line->unused));
        case Depleted:
            return tr("used up");
        case BelowTwentyPercent:
            break;
        }
        return tr("< 20%");
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case Qt::ToolTipRole: {
        if (m == NoNotice)
            return {};
        const QString when = snapshot().scenario.monthAt(month).toString();
        if (m == RunsOut)
            return tr("%1: %2 of %3 (%4) run out: all %5 calls are used")
                .arg(when, PackLifetimeModel::packsText(*line, snapshot().scenario), packName(pack),
                     PackLifetimeModel::sourceText(*line), Display::calls(line->calls));
        if (m == ExpiresUnused)
            return tr("%1: %2 calls of %3 of %4 (%5) expire unused")
                .arg(when, Display::calls(line->unused), PackLifetimeModel::packsText(*line, snapshot().scenario),
                     packName(pack), PackLifetimeModel::sourceText(*line));
        const LowBalanceNotice* n = notice(index.row(), month);
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
