#include "model/itemmodels/ScenarioTableModel.h"

#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/InterfaceDrag.h"
#include "model/itemmodels/ModelRoles.h"

#include <QMimeData>
#include <QSet>
#include <algorithm>
#include <limits>
#include <map>

namespace ocp {

ScenarioTableModel::ScenarioTableModel(PlanDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document)
    , m_rows(orderedInterfaces())
    , m_months(document->scenario().months) {
    findUnusualRows();
    connect(document, &PlanDocument::volumesChanged, this, &ScenarioTableModel::onVolumesChanged);
    connect(document, &PlanDocument::scenarioReplaced, this, &ScenarioTableModel::onScenarioReplaced);
}

QStringList ScenarioTableModel::orderedInterfaces() const {
    const Catalog& catalog = m_document->catalog();
    QStringList ids = m_document->scenario().volumes.keys();
    std::sort(ids.begin(), ids.end(), [&](const QString& a, const QString& b) {
        return catalog.interfaceIndex(a) < catalog.interfaceIndex(b);
    });
    return ids;
}

void ScenarioTableModel::onScenarioReplaced() {
    const int months = m_document->scenario().months;
    const QStringList target = orderedInterfaces();
    if (months != m_months) {
        beginResetModel();
        m_rows = target;
        m_months = months;
        endResetModel();
        findUnusualRows();
        return;
    }
    syncRows(m_rows, target);
    findUnusualRows();
    allDataChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_months);
    Q_EMIT headerDataChanged(Qt::Vertical, 0, static_cast<int>(m_rows.size()));
}

void ScenarioTableModel::onVolumesChanged(const QList<VolumeChange>& changes) {
    // Exactly the cells that changed, their row totals, and the month totals below them:
    // views then redo only what can have moved.
    std::map<int, std::pair<int, int>> monthsByRow;
    int firstMonth = m_months;
    int lastMonth = -1;
    for (const VolumeChange& c : changes) {
        const int row = rowOf(c.interfaceId);
        if (row < 0 || c.month < 0 || c.month >= m_months)
            continue;
        auto [it, inserted] = monthsByRow.try_emplace(row, c.month, c.month);
        if (!inserted) {
            it->second.first = std::min(it->second.first, c.month);
            it->second.second = std::max(it->second.second, c.month);
        }
        firstMonth = std::min(firstMonth, c.month);
        lastMonth = std::max(lastMonth, c.month);
    }
    if (lastMonth < 0)
        return;
    for (const auto& [row, months] : monthsByRow) {
        Q_EMIT dataChanged(index(row, months.first), index(row, months.second));
        Q_EMIT dataChanged(index(row, m_months), index(row, m_months));
    }
    // A mark for an unusual month can come or go on the row's other months too.
    for (const auto& [row, months] : monthsByRow) {
        const bool unusual = rowHasUnusual(row);
        if (unusual || m_unusualRows.contains(m_rows.at(row)))
            Q_EMIT dataChanged(index(row, 0), index(row, m_months - 1), {UnusualRole});
        if (unusual)
            m_unusualRows.insert(m_rows.at(row));
        else
            m_unusualRows.remove(m_rows.at(row));
    }
    const int total = static_cast<int>(m_rows.size());
    Q_EMIT dataChanged(index(total, firstMonth), index(total, lastMonth));
    Q_EMIT dataChanged(index(total, m_months), index(total, m_months));
}

qint64 ScenarioTableModel::largestOtherMonth(int row, int month) const {
    const QList<qint64> v = m_document->scenario().volumes.value(m_rows.value(row));
    qint64 largest = 0;
    for (int m = 0; m < v.size(); ++m) {
        if (m != month)
            largest = std::max(largest, v.at(m));
    }
    return largest;
}

bool ScenarioTableModel::isUnusual(int row, int month) const {
    if (row < 0 || row >= m_rows.size() || month < 0 || month >= m_months)
        return false;
    const qint64 largest = largestOtherMonth(row, month);
    return largest > 0 && volume(row, month) / kUnusualFactor > largest;
}

void ScenarioTableModel::findUnusualRows() {
    m_unusualRows.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (rowHasUnusual(row))
            m_unusualRows.insert(m_rows.at(row));
    }
}

bool ScenarioTableModel::rowHasUnusual(int row) const {
    for (int m = 0; m < m_months; ++m) {
        if (isUnusual(row, m))
            return true;
    }
    return false;
}

bool ScenarioTableModel::isVolumeCell(const QModelIndex& index) const {
    return index.isValid() && index.model() == this && index.row() < m_rows.size() &&
           index.column() < m_months;
}

int ScenarioTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size()) + 1;
}

int ScenarioTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_months + 1;
}

qint64 ScenarioTableModel::volume(int row, int month) const {
    return m_document->scenario().callsIn(m_rows.value(row), month);
}

qint64 ScenarioTableModel::rowTotal(int row) const {
    const QList<qint64> v = m_document->scenario().volumes.value(m_rows.value(row));
    qint64 sum = 0;
    for (qint64 x : v)
        sum += x;
    return sum;
}

qint64 ScenarioTableModel::monthTotal(int month) const {
    qint64 sum = 0;
    for (const QString& id : m_rows)
        sum += m_document->scenario().callsIn(id, month);
    return sum;
}

QVariant ScenarioTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this)
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool totalRow = isTotalRow(row);
    const bool totalColumn = isTotalColumn(column);
    qint64 calls = 0;
    if (totalRow && totalColumn) {
        for (int r = 0; r < m_rows.size(); ++r)
            calls += rowTotal(r);
    } else if (totalRow) {
        calls = monthTotal(column);
    } else if (totalColumn) {
        calls = rowTotal(row);
    } else {
        calls = volume(row, column);
    }
    switch (role) {
    case Qt::DisplayRole:
        return Display::calls(calls);
    case Qt::EditRole:
    case CallsRole:
    case SortRole:
        return calls;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case IsTotalRole:
        return totalRow || totalColumn;
    case InterfaceIdRole:
        return totalRow ? QString() : m_rows.at(row);
    case UnusualRole:
        return !totalRow && !totalColumn && isUnusual(row, column);
    case ActualRole:
        return !totalColumn && m_document->isActualMonth(column);
    case Qt::ToolTipRole: {
        if (totalRow || totalColumn)
            return {};
        if (m_document->isActualMonth(column))
            return tr("Actual calls of %1: the month has happened and is locked (Edit → Unlock actual months)")
                .arg(m_document->scenario().monthAt(column).toString());
        if (isUnusual(row, column))
            return tr("More than %1 times the largest other month of this interface (%2 calls): a typo?")
                .arg(kUnusualFactor)
                .arg(Display::calls(largestOtherMonth(row, column)));
        const qint64 share = m_document->scenario().shareOf(m_rows.at(row));
        if (share == Scenario::kFullShare)
            return {};
        return tr("%1 of the calls are billed (billable share)").arg(Display::percent(share));
    }
    default:
        return {};
    }
}

bool ScenarioTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !isVolumeCell(index))
        return false;
    if (m_document->isActualMonth(index.column())) {
        Q_EMIT inputRejected(tr("Not changed: %1 is an actual month and is locked (Edit → Unlock actual months)")
                                 .arg(m_document->scenario().monthAt(index.column()).toString()));
        return false;
    }
    qint64 calls = 0;
    if (value.typeId() == QMetaType::QString) {
        QString reason;
        const std::optional<qint64> parsed = Display::parseCalls(value.toString(), &reason);
        if (!parsed) {
            Q_EMIT inputRejected(tr("Not changed: %1").arg(reason));
            return false;
        }
        calls = *parsed;
    } else {
        bool ok = false;
        calls = value.toLongLong(&ok);
        if (!ok) {
            Q_EMIT inputRejected(tr("Not changed: “%1” is not a number of calls").arg(value.toString()));
            return false;
        }
    }
    try {
        m_document->setVolume(m_rows.at(index.row()), index.column(), calls);
    } catch (const InputError& e) {
        Q_EMIT inputRejected(tr("Not changed: %1").arg(e.message()));
        return false;
    }
    if (isUnusual(index.row(), index.column())) {
        Q_EMIT inputQuestioned(
            tr("%1 calls in %2 is more than %3 times any other month of this interface: "
               "a typo? Undo (Ctrl+Z) takes it back")
                .arg(Display::calls(calls), m_document->scenario().monthAt(index.column()).toString())
                .arg(kUnusualFactor));
    }
    return true;
}

QVariant ScenarioTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section > m_months)
            return {};
        const bool actual = section < m_months && m_document->isActualMonth(section);
        if (role == Qt::DisplayRole) {
            if (section == m_months)
                return tr("Total");
            // A tick marks the months that have happened, the cells below them are shaded.
            const QString month = m_document->scenario().monthAt(section).toString();
            return actual ? tr("%1 ✓", "an actual month in the volume table's header").arg(month) : month;
        }
        if (role == Qt::ToolTipRole && actual)
            return tr("%1: actual month, the calls that happened (locked)")
                .arg(m_document->scenario().monthAt(section).toString());
        if (role == ActualRole)
            return actual;
        return {};
    }
    if (section < 0 || section > m_rows.size())
        return {};
    if (section == m_rows.size())
        return role == Qt::DisplayRole ? QVariant(tr("Total")) : QVariant();
    const Catalog& catalog = m_document->catalog();
    const int api = catalog.interfaceIndex(m_rows.at(section));
    if (api < 0)
        return role == Qt::DisplayRole ? QVariant(m_rows.at(section)) : QVariant();
    const OcrInterface& i = catalog.interfaces().at(api);
    const ResourcePack& pack = catalog.packs().at(i.pack);
    switch (role) {
    case Qt::DisplayRole:
        return Display::name(i.name, i.nameEn);
    case Qt::ToolTipRole:
        return tr("%1 (%2), resource pack %3")
            .arg(Display::name(i.name, i.nameEn), i.id, Display::name(pack.name, pack.nameEn));
    case InterfaceIdRole:
        return i.id;
    default:
        return {};
    }
}

Qt::ItemFlags ScenarioTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
    if (isVolumeCell(index) && !m_document->isActualMonth(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QStringList ScenarioTableModel::mimeTypes() const {
    return {InterfaceDrag::kMimeType};
}

bool ScenarioTableModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                         const QModelIndex&) const {
    return data && action == Qt::CopyAction && data->hasFormat(InterfaceDrag::kMimeType);
}

bool ScenarioTableModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                      const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList ids = InterfaceDrag::ids(*data);
    try {
        m_document->addInterfaces(ids);
    } catch (const InputError& e) {
        Q_EMIT inputRejected(e.message());
        return false;
    }
    return true;
}

QString ScenarioTableModel::actualRefusal() const {
    return tr("Nothing changed: the months through %1 are actual and locked (Edit → Unlock actual months)")
        .arg(m_document->scenario().actualThrough ? m_document->scenario().actualThrough->toString() : QString());
}

bool ScenarioTableModel::submitChanges(QList<VolumeChange> changes, const QString& description, QString* message) {
    try {
        m_document->setVolumes(std::move(changes), description);
    } catch (const InputError& e) {
        if (message)
            *message = e.message();
        return false;
    }
    return true;
}

namespace {

// Splits clipboard text into rows of cells. Spreadsheets end the block with a newline and
// quote cells that contain tabs or newlines; numbers never need that, but quotes are removed.
QList<QStringList> parseTsv(const QString& text) {
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(u'\r', u'\n');
    if (normalised.endsWith(u'\n'))
        normalised.chop(1);
    QList<QStringList> rows;
    for (const QString& line : normalised.split(u'\n')) {
        QStringList cells = line.split(u'\t');
        for (QString& cell : cells) {
            cell = cell.trimmed();
            if (cell.size() >= 2 && cell.startsWith(u'"') && cell.endsWith(u'"'))
                cell = cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        }
        rows.append(cells);
    }
    return rows;
}

} // namespace

bool ScenarioTableModel::pasteTsv(const QModelIndex& topLeft, const QString& text,
                                  const QModelIndexList& selection, QString* message) {
    auto refuse = [&](const QString& reason) {
        if (message)
            *message = reason;
        return false;
    };
    const QList<QStringList> block = parseTsv(text);
    if (text.trimmed().isEmpty() || block.isEmpty())
        return refuse(tr("Nothing pasted: the clipboard holds no numbers"));
    if (!isVolumeCell(topLeft) && !(block.size() == 1 && block.constFirst().size() == 1))
        return refuse(tr("Nothing pasted: select a cell of an interface's month first"));

    QList<VolumeChange> changes;
    // One value on a selection of several cells fills them all, as spreadsheets do.
    QModelIndexList targets;
    for (const QModelIndex& i : selection) {
        if (isVolumeCell(i))
            targets.append(i);
    }
    if (block.size() == 1 && block.constFirst().size() == 1 && targets.size() > 1) {
        for (const QModelIndex& i : std::as_const(targets)) {
            if (m_document->isActualMonth(i.column()))
                return refuse(actualRefusal());
        }
        QString reason;
        const std::optional<qint64> calls = Display::parseCalls(block.constFirst().constFirst(), &reason);
        if (!calls)
            return refuse(tr("Nothing pasted: %1").arg(reason));
        for (const QModelIndex& i : std::as_const(targets))
            changes.append({m_rows.at(i.row()), i.column(), 0, *calls});
        if (!submitChanges(changes, tr("Paste into %n cell(s)", nullptr, static_cast<int>(changes.size())), message))
            return false;
        if (message)
            *message = tr("Pasted %1 into %n cell(s)", nullptr, static_cast<int>(changes.size()))
                           .arg(Display::calls(*calls));
        return true;
    }
    if (!isVolumeCell(topLeft))
        return refuse(tr("Nothing pasted: select a cell of an interface's month first"));

    int outside = 0;
    for (int r = 0; r < block.size(); ++r) {
        const QStringList& cells = block.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            const int row = topLeft.row() + r;
            const int month = topLeft.column() + c;
            if (row >= m_rows.size() || month >= m_months) {
                if (!cells.at(c).isEmpty())
                    ++outside;
                continue;
            }
            QString reason;
            const std::optional<qint64> calls = Display::parseCalls(cells.at(c), &reason);
            if (!calls) {
                return refuse(tr("Nothing pasted: row %1, column %2 of the clipboard: %3")
                                  .arg(r + 1)
                                  .arg(c + 1)
                                  .arg(reason));
            }
            if (m_document->isActualMonth(month))
                return refuse(actualRefusal());
            changes.append({m_rows.at(row), month, 0, *calls});
        }
    }
    const auto pasted = static_cast<int>(changes.size());
    if (!submitChanges(changes, tr("Paste %n cell(s)", nullptr, pasted), message))
        return false;
    if (message) {
        *message = tr("Pasted %n cell(s)", nullptr, pasted);
        if (outside > 0)
            *message +=
                tr("; %n value(s) beyond the last interface or month were not pasted", nullptr, outside);
    }
    return true;
}

QString ScenarioTableModel::toTsv(const QModelIndexList& cells) const {
    if (cells.isEmpty())
        return QString();
    int top = std::numeric_limits<int>::max();
    int left = top;
    int bottom = -1;
    int right = -1;
    QSet<QPair<int, int>> selected;
    for (const QModelIndex& i : cells) {
        if (!i.isValid() || i.model() != this)
            continue;
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
        selected.insert({i.row(), i.column()});
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList line;
        for (int c = left; c <= right; ++c)
            line.append(selected.contains({r, c}) ? QString::number(data(index(r, c), CallsRole).toLongLong())
                                                  : QString());
        lines.append(line.join(u'\t'));
    }
    return lines.join(u'\n');
}

bool ScenarioTableModel::fill(const QModelIndexList& cells, const VolumeFill& fill, QString* message) {
    // Cells per row, in month order, so growth starts from each row's first selected month.
    std::map<int, QList<int>> byRow;
    int locked = 0;
    for (const QModelIndex& i : cells) {
        if (isVolumeCell(i) && m_document->isActualMonth(i.column()))
            ++locked; // actual calls are left as they are
        else if (isVolumeCell(i))
            byRow[i.row()].append(i.column());
    }
    if (byRow.empty()) {
        if (message)
            *message = locked > 0 ? actualRefusal() : tr("Select the cells of interfaces and months to fill first");
        return false;
    }
    QList<VolumeChange> changes;
    for (auto& [row, months] : byRow) {
        std::sort(months.begin(), months.end());
        months.erase(std::unique(months.begin(), months.end()), months.end());
        const qint64 base = volume(row, months.constFirst());
        for (int month : std::as_const(months)) {
            const qint64 current = volume(row, month);
            std::optional<qint64> next;
            switch (fill.kind) {
            case VolumeFill::Kind::SetValue:
                next = fill.value;
                break;
            case VolumeFill::Kind::Clear:
                next = 0;
                break;
            case VolumeFill::Kind::Growth:
                next = VolumeFill::grown(base, fill.percentMillionths, month - months.constFirst());
                break;
            case VolumeFill::Kind::Scale:
                next = VolumeFill::scaled(current, fill.percentMillionths);
                break;
            case VolumeFill::Kind::Seasonality: {
                const int calendarMonth = m_document->scenario().monthAt(month).month() - 1;
                next = VolumeFill::multiplied(current, fill.factorMillionths.value(calendarMonth, 1'000'000));
                break;
            }
            }
            if (!next) {
                if (message) {
                    *message = tr("Nothing changed: %1 in %2 would leave the range of 0 to %3 calls")
                                   .arg(headerData(row, Qt::Vertical).toString(),
                                        m_document->scenario().monthAt(month).toString(),
                                        Display::calls(Scenario::kMaxMonthlyCalls));
                }
                return false;
            }
            changes.append({m_rows.at(row), month, 0, *next});
        }
    }
    const auto n = static_cast<int>(changes.size());
    QString description;
    switch (fill.kind) {
    case VolumeFill::Kind::SetValue:
        description = tr("Fill %n cell(s) with %1", nullptr, n).arg(Display::calls(fill.value));
        break;
    case VolumeFill::Kind::Clear:
        description = tr("Clear %n cell(s)", nullptr, n);
        break;
    case VolumeFill::Kind::Growth:
        description = tr("Grow %n cell(s) by %1 per month", nullptr, n)
                          .arg(Display::percent(fill.percentMillionths / 100));
        break;
    case VolumeFill::Kind::Scale:
        description =
            tr("Scale %n cell(s) by %1", nullptr, n).arg(Display::percent(fill.percentMillionths / 100));
        break;
    case VolumeFill::Kind::Seasonality:
        description = tr("Apply the seasonality profile to %n cell(s)", nullptr, n);
        break;
    }
    if (!submitChanges(changes, description, message))
        return false;
    if (message) {
        *message = description;
        if (locked > 0)
            *message += tr("; %n cell(s) in actual months were left as they are", nullptr, locked);
    }
    return true;
}

} // namespace ocp
