#pragma once

#include "model/itemmodels/TableModelBase.h"
#include "model/optimizer/ScenarioComparison.h"

namespace ocp {

class PlanDocument;

// The cost of each resource pack (rows, with a total row) in each scenario (columns), with
// the difference to the current scenario in DeltaRole and the current scenario's column
// marked with IsCurrentRole.
class ScenarioPackComparisonModel : public TableModelBase {
    Q_OBJECT

public:
    explicit ScenarioPackComparisonModel(PlanDocument* document, QObject* parent = nullptr);

    const ScenarioComparison& comparison() const { return m_comparison; }
    // Row of a resource pack (catalog index), -1 when no scenario uses it; the total is last.
    int rowOfPack(int pack) const { return static_cast<int>(m_comparison.packs.indexOf(pack)); }
    int totalRow() const { return static_cast<int>(m_comparison.packs.size()); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();
    Money amount(int row, int scenario) const;

    PlanDocument* m_document;
    ScenarioComparison m_comparison;
};

} // namespace ocp
