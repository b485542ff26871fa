#include "model/itemmodels/VarianceModel.h"

#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/io/PlanWording.h"
#include "model/itemmodels/FigureCell.h"
#include "model/itemmodels/ModelRoles.h"

namespace ocp {

VarianceModel::VarianceModel(PlanDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document) {
    refresh();
    connect(document, &PlanDocument::planChanged, this, &VarianceModel::refresh);
    connect(document, &PlanDocument::resultChanged, this, &VarianceModel::refresh);
    connect(document, &PlanDocument::loaded, this, &VarianceModel::refresh);
}

void VarianceModel::refresh() {
    // Two engine runs of at most 60 months: quick enough to do as the signals arrive.
    std::optional<BudgetVariance> next;
    QString problem;
    const Plan& plan = m_document->plan();
    if (plan.budget) {
        try {
            next = BudgetVariance::compute(m_document->catalog(), *plan.budget, m_document->scenario());
        } catch (const InputError& e) {
            problem = PlanWording::message(e);
        }
    }
    beginResetModel();
    m_variance = std::move(next);
    m_problem = problem;
    if (m_variance && packIndex() < 0)
        m_pack.clear();
    endResetModel();
    Q_EMIT varianceChanged();
}

void VarianceModel::setPack(const QString& packId) {
    if (packId == m_pack)
        return;
    beginResetModel();
    m_pack = packId;
    endResetModel();
}

int VarianceModel::packIndex() const {
    if (!m_variance || m_pack.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_variance->packs.size(); ++i) {
        if (m_variance->packs.at(i).packId == m_pack)
            return static_cast<int>(i);
    }
    return -1;
}

bool VarianceModel::isActualMonth(int row) const {
    return m_variance && row >= 0 && row < m_variance->months.size() && m_variance->months.at(row).actual;
}

int VarianceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_variance ? 0 : static_cast<int>(m_variance->months.size()) + 1;
}

int VarianceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VarianceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const BudgetVariance& v = *m_variance;
    const bool total = index.row() == v.months.size();
    if (role == IsTotalRole)
        return total;
    const int pack = packIndex();
    Money budget;
    std::optional<Money> actual;
    std::optional<Money> forecast;
    QString month;
    bool isActual = false;
    if (total) {
        month = tr("Total");
        if (pack < 0) {
            budget = v.budgetTotal;
            actual = v.actualTotal;
            forecast = v.forecastTotal;
        } else {
            budget = v.packs.at(pack).budget;
            actual = v.packs.at(pack).actual;
            forecast = v.packs.at(pack).forecast;
        }
    } else {
        const VarianceMonth& m = v.months.at(index.row());
        const VarianceCell& cell = pack < 0 ? m.all : m.packs.at(pack);
        month = m.month.toString();
        isActual = m.actual;
        budget = cell.budget;
        (m.actual ? actual : forecast) = cell.cost;
    }
    const Money projected = actual.value_or(Money()) + forecast.value_or(Money());
    const Money variance = projected - budget;
    switch (index.column()) {
    case MonthColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return month;
        return {};
    case StatusColumn:
        if (total)
            return {};
        if (role == Qt::DisplayRole)
            return isActual ? tr("Actual") : tr("Forecast");
        if (role == Qt::ToolTipRole)
            return isActual ? tr("This month has happened: its calls and purchases are actual")
                            : tr("This month is still a forecast");
        return {};
    case BudgetColumn:
        return FigureCell::moneyData(budget, role, std::nullopt);
    case ActualColumn:
        return actual ? FigureCell::moneyData(*actual, role, std::nullopt) : QVariant();
    case ForecastColumn:
        return forecast ? FigureCell::moneyData(*forecast, role, std::nullopt) : QVariant();
    case VarianceColumn:
        if (role == Qt::ToolTipRole)
            return variance.isNegative() ? tr("Below the budget") : tr("Over the budget, or on it");
        return FigureCell::moneyData(variance, role, std::nullopt);
    case VariancePercentColumn: {
        const std::optional<qint64> tenths = BudgetVariance::percentTenths(variance, budget);
        switch (role) {
        case Qt::DisplayRole:
            return tenths ? Display::percent(*tenths * 1'000) : QStringLiteral("—");
        case SortRole:
            return tenths ? QVariant(*tenths) : QVariant();
        case Qt::ToolTipRole:
            return tenths ? QVariant() : QVariant(tr("No budget in this month"));
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

QVariant VarianceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return columnHeaderData(section, orientation, role);
}

QString VarianceModel::title(Column column) {
    switch (column) {
    case MonthColumn:
        return tr("Month");
    case StatusColumn:
        return tr("Status");
    case BudgetColumn:
        return tr("Budget (元)");
    case ActualColumn:
        return tr("Actual (元)");
    case ForecastColumn:
        return tr("Forecast (元)");
    case VarianceColumn:
        return tr("Variance (元)");
    case VariancePercentColumn:
        return tr("Variance %");
    case ColumnCount:
        break;
    }
    return {};
}

TableModelBase::ColumnHeader VarianceModel::columnHeader(int column) const {
    switch (column) {
    case ActualColumn:
        return {title(ActualColumn), tr("The cost of a month that has happened: packs bought in it plus its postpaid bill")};
    case ForecastColumn:
        return {title(ForecastColumn), tr("The scenario's cost of a month still to come, with its purchases as the plan")};
    case VarianceColumn:
        return {title(VarianceColumn), tr("Actual or forecast minus the budget")};
    default:
        return {title(static_cast<Column>(column))};
    }
}

} // namespace ocp
