#include "model/itemmodels/PackLifetimeModel.h"

#include "model/billing/Catalog.h"
#include "model/io/Display.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

PackLifetimeModel::PackLifetimeModel(PlanDocument* document, QObject* parent)
    : ResultModelBase(document, parent)
    , m_lines(linesOf(snapshot())) {}

QList<PackLifetime> PackLifetimeModel::linesOf(const PlanSnapshot& s) const {
    if (!s.isValid())
        return {};
    return PackLifetime::forecast(catalog(), s.scenario, s.result);
}

void PackLifetimeModel::onResultChanged(std::shared_ptr<const PlanSnapshot> next) {
    QList<PackLifetime> lines = linesOf(*next);
    const bool reshape = lines.size() != m_lines.size();
    showSnapshot(std::move(next), reshape, [this, &lines] { m_lines = std::move(lines); });
}

QString PackLifetimeModel::sourceText(const PackLifetime& line) {
    if (line.holding >= 0)
        return tr("Held");
    return tr("Bought %1").arg(line.bought.toString());
}

QString PackLifetimeModel::packsText(const PackLifetime& line, const Scenario& scenario) {
    qint64 size = 0;
    qint64 count = 1;
    if (line.holding >= 0 && line.holding < scenario.holdings.size()) {
        size = scenario.holdings.at(line.holding).size;
        count = scenario.holdings.at(line.holding).count;
    } else if (line.purchase >= 0 && line.purchase < scenario.purchases.size()) {
        size = scenario.purchases.at(line.purchase).size;
        count = scenario.purchases.at(line.purchase).count;
    }
    if (count == 1)
        return tr("%1 calls").arg(Display::calls(size));
    return tr("%1 calls × %2").arg(Display::calls(size)).arg(count);
}

int PackLifetimeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int PackLifetimeModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackLifetimeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const PackLifetime& line = m_lines.at(index.row());
    const Scenario& scenario = snapshot().scenario;
    FigureCell cell;
    switch (static_cast<Column>(index.column())) {
    case SourceColumn:
        cell.text = sourceText(line);
        if (line.holding >= 0)
            cell.toolTip = tr("Held at the start, bought before the plan: %1 left").arg(packsText(line, scenario));
        break;
    case PackColumn:
        if (role == PackIndexRole)
            return line.pack;
        cell.text = line.pack >= 0 ? packName(line.pack) : QString();
        cell.toolTip = packsText(line, scenario);
        break;
    case CallsColumn:
        cell.calls = line.calls;
        cell.formatFigure();
        cell.toolTip = line.holding >= 0 ? tr("Calls left at the start") : tr("Calls bought");
        break;
    case RunsOutColumn:
        if (line.outcome == PackLifetime::Outcome::RunsOut)
            cell.text = line.runsOut.toString();
        else
            cell.toolTip = tr("The balance lasts beyond its use in the plan");
        break;
    case ExpiresColumn:
        cell.text = line.expires.toString();
        cell.toolTip = tr("The last month the balance can be used");
        break;
    case ExpiringUnusedColumn:
        if (line.outcome != PackLifetime::Outcome::ExpiresUnused)
            break;
        cell.calls = line.unused;
        cell.formatFigure();
        cell.toolTip = tr("%1 calls expire unused at the end of %2").arg(Display::calls(line.unused), line.expires.toString());
        break;
    case UnusedAtEndColumn:
        if (line.outcome != PackLifetime::Outcome::UnusedAtEnd)
            break;
        cell.calls = line.unused;
        cell.formatFigure();
        cell.toolTip = tr("%1 calls are still unused when the plan ends; usable through %2")
                           .arg(Display::calls(line.unused), line.expires.toString());
        break;
    case ColumnCount:
        return {};
    }
    if (role == SortRole) {
        if (index.column() == SourceColumn)
            return line.holding >= 0 ? QString() : line.bought.toString();
        return cell.sortKey();
    }
    if (role == CallsRole && !cell.calls)
        return {};
    return cell.commonData(role).value_or(QVariant());
}

QVariant PackLifetimeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeaderData(section, orientation, role);
}

TableModelBase::ColumnHeader PackLifetimeModel::columnHeader(int column) const {
    switch (column) {
    case SourceColumn:
        return {tr("Source"), tr("Held at the start, or bought in the plan")};
    case PackColumn:
        return {tr("Resource pack")};
    case CallsColumn:
        return {tr("Calls"), tr("Calls bought, or left at the start on the packs held")};
    case RunsOutColumn:
        return {tr("Runs out in"), tr("The month the last call of these packs is used")};
    case ExpiresColumn:
        return {tr("Expires"), tr("The last month the packs can be used")};
    case ExpiringUnusedColumn:
        return {tr("Expiring unused"), tr("Calls lost when the packs expire inside the plan")};
    case UnusedAtEndColumn:
        return {tr("Unused at end"), tr("Calls still valid when the plan ends")};
    default:
        return {};
    }
}

} // namespace ocp
