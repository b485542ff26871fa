#pragma once

#include "model/itemmodels/SelectedPackModel.h"
#include "model/optimizer/PurchaseOptimizer.h"

#include <QString>

namespace ocp {

class PlanDocument;

// Break-even analysis of the selected resource pack (PurchaseOptimizer::breakEven): one row
// per volume factor (0 % to 300 % of the plan's calls for this pack), columns for postpaid
// only, each pack size bought alone and the re-optimised plan. The first factor at which a
// size beats postpaid only carries BreakEvenRole. Computed on a worker thread for the current
// scenario; rows of an older state are never shown. Idle: no pack selected.
class BreakEvenModel : public SelectedPackModel {
    Q_OBJECT

public:
    static constexpr int kSteps = 30;
    static constexpr int kMaxFactorPercent = 300;

    explicit BreakEvenModel(PlanDocument* document, QObject* parent = nullptr);

    QString statusText() const;
    // "Break-even: 增值税发票识别"; empty without a pack.
    QString title() const;
    const BreakEvenAnalysis& analysis() const { return m_analysis; }

    // Columns: factor, postpaid only, one per size, optimised.
    static constexpr int kFactorColumn = 0;
    static constexpr int kPostpaidOnlyColumn = 1;
    int sizeColumn(int size) const { return 2 + size; }
    int optimizedColumn() const { return 2 + static_cast<int>(m_analysis.sizes.size()); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void computeFor(const Catalog& catalog, const Scenario& wanted) override;
    void clearResults() override;
    QString sizeName(int size) const;

    BreakEvenAnalysis m_analysis;
};

} // namespace ocp
