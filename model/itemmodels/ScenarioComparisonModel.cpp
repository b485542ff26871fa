#include "model/itemmodels/ScenarioComparisonModel.h"

#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {
namespace {

QList<std::shared_ptr<const PlanSnapshot>> allSnapshots(const PlanDocument& document) {
    QList<std::shared_ptr<const PlanSnapshot>> snapshots;
    for (int i = 0; i < document.scenarioCount(); ++i)
        snapshots.append(document.snapshotOf(i));
    return snapshots;
}

QString signedMoney(Money amount) {
    return amount.isNegative() ? Display::money(amount) : QStringLiteral("+") + Display::money(amount);
}

} // namespace

ScenarioComparisonModel::ScenarioComparisonModel(PlanDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document) {
    refresh();
    connect(document, &PlanDocument::planChanged, this, &ScenarioComparisonModel::refresh);
    connect(document, &PlanDocument::resultChanged, this, &ScenarioComparisonModel::refresh);
}

void ScenarioComparisonModel::setRobustPurchases(std::optional<QList<Purchase>> purchases) {
    // After an edit the plan for all mostly buys what it bought: the figures of those purchases
    // under the edited scenarios were billed with the edit's results already (refresh()).
    if (purchases == m_robust)
        return;
    m_robust = std::move(purchases);
    refresh();
}

void ScenarioComparisonModel::refresh() {
    ScenarioComparison next = ScenarioComparison::build(m_document->catalog(), m_document->plan(),
                                                        allSnapshots(*m_document), m_robust);
    QList<Column> columns{ScenarioColumn, WeightColumn,   TotalColumn,     PostpaidOnlyColumn,
                          SavingColumn,   ExpiringColumn, DifferenceColumn};
    if (next.hasOptimum)
        columns += {OptimumColumn, OptimumSavingColumn};
    if (next.hasRobust)
        columns += RobustColumn;
    if (columns != m_columns || next.scenarios.size() != m_comparison.scenarios.size()) {
        beginResetModel();
        m_comparison = std::move(next);
        m_columns = columns;
        endResetModel();
        return;
    }
    m_comparison = std::move(next);
    allDataChanged();
}

int ScenarioComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_comparison.scenarios.size());
}

int ScenarioComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ScenarioComparisonModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const ScenarioFigures& f = m_comparison.scenarios.at(index.row());
    const ScenarioFigures& current = m_comparison.currentFigures();
    const bool isCurrent = index.row() == m_comparison.current;
    if (role == IsCurrentRole)
        return isCurrent;
    const Column column = m_columns.at(index.column());
    if (column == ScenarioColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return f.name;
        if (role == Qt::ToolTipRole)
            return f.valid ? (isCurrent ? tr("The scenario shown in the other views") : QString())
                           : tr("Not calculated: %1").arg(f.error);
        return {};
    }
    if (column == WeightColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return Display::percent(f.weightPpm);
        if (role == Qt::ToolTipRole)
            return tr("The scenario's weight in the weighted average cost of the plan for all scenarios; "
                      "double-click to change it");
        if (role == SortRole)
            return f.weightPpm;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (!f.valid)
        return role == Qt::DisplayRole && column == TotalColumn ? tr("not calculated") : QVariant();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (column == ExpiringColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return Display::calls(f.expiringCalls);
        case CallsRole:
        case SortRole:
            return f.expiringCalls;
        case DeltaRole:
            return isCurrent || !current.valid ? QVariant()
                                               : QVariant(f.expiringCalls - current.expiringCalls);
        default:
            return {};
        }
    }
    std::optional<Money> amount;
    std::optional<Money> reference;
    switch (column) {
    case TotalColumn:
        amount = f.total;
        reference = current.total;
        break;
    case PostpaidOnlyColumn:
        amount = f.postpaidOnly;
        reference = current.postpaidOnly;
        break;
    case SavingColumn:
        amount = f.saving();
        reference = current.saving();
        break;
    case DifferenceColumn:
        amount = f.total - current.total;
        break;
    case OptimumColumn:
        amount = f.optimumTotal;
        reference = current.optimumTotal;
        break;
    case OptimumSavingColumn:
        amount = f.optimumSaving();
        reference = current.optimumSaving();
        break;
    case RobustColumn:
        amount = f.robustTotal;
        reference = current.robustTotal;
        break;
    default:
        break;
    }
    if (!amount)
        return {};
    const bool estimate = f.estimate && column != DifferenceColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (column == DifferenceColumn)
            return isCurrent ? QStringLiteral("—") : signedMoney(*amount);
        break;
    case HigherIsBetterRole:
        // Only where a difference is shown: the deltas, and the difference column itself.
        if (isCurrent || !current.valid || (!reference && column != DifferenceColumn))
            return {};
        return column == SavingColumn || column == OptimumSavingColumn;
    case DeltaRole:
        if (isCurrent || !reference || !current.valid || column == DifferenceColumn)
            return {};
        return QVariant::fromValue(*amount - *reference);
    case Qt::ToolTipRole:
        if (isCurrent || !reference || !current.valid || column == DifferenceColumn)
            return {};
        return tr("%1 against %2 in “%3”")
            .arg(signedMoney(*amount - *reference), Display::money(*reference), current.name);
    default:
        break;
    }
    // Alignment was answered above, for every figure column.
    return FigureCell::moneyData(*amount, role, estimate);
}

QString ScenarioComparisonModel::title(Column column) {
    switch (column) {
    case ScenarioColumn:
        return tr("Scenario");
    case WeightColumn:
        return tr("Weight");
    case TotalColumn:
        return tr("Plan cost (元)");
    case PostpaidOnlyColumn:
        return tr("Postpaid only (元)");
    case SavingColumn:
        return tr("Saving (元)");
    case ExpiringColumn:
        return tr("Calls expiring unused");
    case DifferenceColumn:
        return tr("Difference to current (元)");
    case OptimumColumn:
        return tr("Recommended plan (元)");
    case OptimumSavingColumn:
        return tr("Recommended saving (元)");
    case RobustColumn:
        return tr("One plan for all (元)");
    }
    return {};
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return title(m_columns.at(section));
    if (role == Qt::ToolTipRole && m_columns.at(section) == RobustColumn)
        return tr("Each scenario billed with the same purchases, chosen for all scenarios together");
    return {};
}

Qt::ItemFlags ScenarioComparisonModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return m_columns.at(index.column()) == WeightColumn ? flags | Qt::ItemIsEditable : flags;
}

bool ScenarioComparisonModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.model() != this || role != Qt::EditRole ||
        m_columns.at(index.column()) != WeightColumn)
        return false;
    const std::optional<qint64> millionths = Display::parseDecimalMillionths(value.toString().trimmed());
    // Percent in millionths: 25 % is 25,000,000, a weight of 250,000 ppm.
    if (!millionths || *millionths < 0 || *millionths > 100 * Scenario::kFullShare || *millionths % 100 != 0)
        return false;
    const qint64 ppm = *millionths / 100;
    if (ppm == m_comparison.scenarios.at(index.row()).weightPpm)
        return false;
    try {
        m_document->setScenarioWeight(index.row(), ppm);
    } catch (const InputError&) {
        return false;
    }
    return true;
}

} // namespace ocp
