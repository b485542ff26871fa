#pragma once

#include "model/itemmodels/TableModelBase.h"
#include "model/optimizer/ScenarioComparison.h"

#include <optional>

namespace ocp {

class PlanDocument;

// The scenarios of the plan side by side: plan cost, postpaid only, saving and calls expiring
// unused, each with its difference to the current scenario (DeltaRole) for the delegate to
// show. Columns for the optimizer's recommended cost and for a plan-wide (robust) set of
// purchases appear when those figures exist.
class ScenarioComparisonModel : public TableModelBase {
    Q_OBJECT

public:
    enum Column {
        ScenarioColumn,
        WeightColumn,
        TotalColumn,
        PostpaidOnlyColumn,
        SavingColumn,
        ExpiringColumn,
        DifferenceColumn, // plan cost minus the current scenario's
        OptimumColumn,    // only with an optimizer
        OptimumSavingColumn,
        RobustColumn, // only with robust purchases
    };

    explicit ScenarioComparisonModel(PlanDocument* document, QObject* parent = nullptr);

    const ScenarioComparison& comparison() const { return m_comparison; }
    // The column showing `column`, or -1 when it is not shown.
    int columnOf(Column column) const { return static_cast<int>(m_columns.indexOf(column)); }
    Column columnAt(int section) const { return m_columns.at(section); }

    // Hook for the robust-plan solver: one set of purchases for every scenario, billed in each.
    void setRobustPurchases(std::optional<QList<Purchase>> purchases);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // The weight is editable: a percentage ("25", "25 %", "12.5%"), through the document.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Column titles for reports, in the current language.
    static QString title(Column column);

private:
    void refresh();

    PlanDocument* m_document;
    ScenarioComparison m_comparison;
    QList<Column> m_columns;
    std::optional<QList<Purchase>> m_robust;
};

} // namespace ocp
