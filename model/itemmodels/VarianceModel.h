#pragma once

#include "model/billing/BudgetVariance.h"
#include "model/itemmodels/TableModelBase.h"

#include <optional>

namespace ocp {

class PlanDocument;

// The approved budget against the current scenario, one row per calendar month and a total
// row: budget, actual (actual months), forecast (open months) and the variance in 元 and %.
// It shows all packs together or one pack (setPack). Follows the document's signals.
class VarianceModel : public TableModelBase {
    Q_OBJECT

public:
    enum Column {
        MonthColumn,
        StatusColumn,
        BudgetColumn,
        ActualColumn,
        ForecastColumn,
        VarianceColumn,
        VariancePercentColumn,
        ColumnCount
    };

    explicit VarianceModel(PlanDocument* document, QObject* parent = nullptr);

    // The comparison, when the plan has a budget and both sides could be billed.
    const std::optional<BudgetVariance>& variance() const { return m_variance; }
    // Why there is no comparison: no budget (empty), or the billing's refusal.
    const QString& problem() const { return m_problem; }
    // One pack's rows (its id), or all packs (empty).
    void setPack(const QString& packId);
    const QString& pack() const { return m_pack; }
    // Whether `row` is a month that has happened (on or before the scenario's actualThrough).
    bool isActualMonth(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString title(Column column);

Q_SIGNALS:
    // The comparison was worked out again (or went away).
    void varianceChanged();

private:
    void refresh();
    ColumnHeader columnHeader(int column) const override;
    // The cell of `row` for the pack shown (row == months: the total).
    int packIndex() const;

    PlanDocument* m_document;
    std::optional<BudgetVariance> m_variance;
    QString m_problem;
    QString m_pack;
};

} // namespace ocp
