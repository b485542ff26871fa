#include "model/itemmodels/ScenarioListModel.h"

#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

ScenarioListModel::ScenarioListModel(PlanDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document)
    , m_rows(document->scenarioCount()) {
    connect(document, &PlanDocument::planChanged, this, &ScenarioListModel::onPlanChanged);
    connect(document, &PlanDocument::currentScenarioChanged, this, [this] { allDataChanged(); });
}

void ScenarioListModel::onPlanChanged() {
    const int count = m_document->scenarioCount();
    if (count != m_rows) {
        beginResetModel();
        m_rows = count;
        endResetModel();
        return;
    }
    allDataChanged();
}

int ScenarioListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int ScenarioListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= m_rows)
        return {};
    const Plan& plan = m_document->plan();
    const Scenario& s = plan.scenarios.at(index.row());
    if (role == IsCurrentRole)
        return index.row() == plan.current;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return s.name;
        if (role == Qt::ToolTipRole)
            return tr("%1: %2 from %3").arg(s.name, tr("%n month(s)", nullptr, s.months), s.start.toString());
        return {};
    case WeightColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return Display::percent(plan.weightOf(index.row()));
        if (role == SortRole)
            return plan.weightOf(index.row());
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        if (role == Qt::ToolTipRole)
            return tr("How much this scenario counts when one plan is chosen for all of them "
                      "(weighted average cost)");
        return {};
    default:
        return {};
    }
}

bool ScenarioListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows)
        return false;
    m_lastError.clear();
    try {
        if (index.column() == NameColumn) {
            if (value.toString().trimmed() == m_document->plan().scenarios.at(index.row()).name)
                return false;
            m_document->renameScenario(index.row(), value.toString());
            return true;
        }
        if (index.column() == WeightColumn) {
            QString error;
            QString text = value.toString().trimmed();
            if (text.endsWith(u'%'))
                text.chop(1);
            // Weights are typed in percent: "25" and "25%" are both a quarter.
            const auto percentMillionths = Display::parseDecimalMillionths(text, &error);
            if (!percentMillionths)
                throw InputError(error);
            if (*percentMillionths % 100 != 0)
                throw InputError(tr("a weight has at most four decimals in percent"));
            m_document->setScenarioWeight(index.row(), *percentMillionths / 100);
            return true;
        }
    } catch (const InputError& e) {
        m_lastError = e.message();
        Q_EMIT editRefused(m_lastError);
    }
    return false;
}

QVariant ScenarioListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Scenario");
    case WeightColumn:
        return tr("Weight");
    default:
        return {};
    }
}

Qt::ItemFlags ScenarioListModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

} // namespace ocp
