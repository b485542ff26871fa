#include "model/itemmodels/ScenarioPackComparisonModel.h"

#include "model/billing/Catalog.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

ScenarioPackComparisonModel::ScenarioPackComparisonModel(PlanDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document) {
    refresh();
    connect(document, &PlanDocument::planChanged, this, &ScenarioPackComparisonModel::refresh);
    connect(document, &PlanDocument::resultChanged, this, &ScenarioPackComparisonModel::refresh);
}

void ScenarioPackComparisonModel::refresh() {
    QList<std::shared_ptr<const PlanSnapshot>> snapshots;
    for (int i = 0; i < m_document->scenarioCount(); ++i)
        snapshots.append(m_document->snapshotOf(i));
    ScenarioComparison next = ScenarioComparison::build(m_document->catalog(), m_document->plan(), snapshots);
    if (next.packs != m_comparison.packs || next.scenarios.size() != m_comparison.scenarios.size()) {
        beginResetModel();
        m_comparison = std::move(next);
        endResetModel();
        return;
    }
    bool renamed = false;
    for (qsizetype i = 0; i < next.scenarios.size(); ++i)
        renamed = renamed || next.scenarios.at(i).name != m_comparison.scenarios.at(i).name;
    m_comparison = std::move(next);
    allDataChanged();
    if (renamed)
        Q_EMIT headerDataChanged(Qt::Horizontal, 1, columnCount() - 1);
}

int ScenarioPackComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_comparison.packs.size()) + 1;
}

int ScenarioPackComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_comparison.scenarios.size()) + 1;
}

Money ScenarioPackComparisonModel::amount(int row, int scenario) const {
    const ScenarioFigures& f = m_comparison.scenarios.at(scenario);
    return row == totalRow() ? f.total : f.packTotals.at(m_comparison.packs.at(row));
}

QVariant ScenarioPackComparisonModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const int row = index.row();
    if (role == IsTotalRole)
        return row == totalRow();
    if (index.column() == 0) {
        if (role == PackIndexRole)
            return row == totalRow() ? -1 : m_comparison.packs.at(row);
        if (role != Qt::DisplayRole && role != SortRole)
            return {};
        if (row == totalRow())
            return tr("Total");
        const ResourcePack& pack = m_document->catalog().packs().at(m_comparison.packs.at(row));
        return Display::name(pack.name, pack.nameEn);
    }
    const int scenario = index.column() - 1;
    const bool isCurrent = scenario == m_comparison.current;
    if (role == IsCurrentRole)
        return isCurrent;
    const ScenarioFigures& f = m_comparison.scenarios.at(scenario);
    if (!f.valid)
        return role == Qt::DisplayRole ? tr("not calculated") : QVariant();
    const Money value = amount(row, scenario);
    const ScenarioFigures& current = m_comparison.currentFigures();
    if (role == DeltaRole) {
        if (isCurrent || !current.valid)
            return {};
        return QVariant::fromValue(value - amount(row, m_comparison.current));
    }
    return FigureCell::moneyData(value, role, std::nullopt);
}

QVariant ScenarioPackComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Resource pack")
                            : tr("%1 (元)").arg(m_comparison.scenarios.at(section - 1).name);
    if (role == IsCurrentRole)
        return section > 0 && section - 1 == m_comparison.current;
    return {};
}

} // namespace ocp
