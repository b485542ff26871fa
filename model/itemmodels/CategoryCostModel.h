#pragma once

#include "model/itemmodels/ResultModelBase.h"

namespace ocp {

// Cost per service category: the data behind the share-of-cost chart.
class CategoryCostModel : public ResultModelBase {
    Q_OBJECT

public:
    enum Column {
        CategoryColumn,
        TotalColumn,
        PackCostColumn,
        PostpaidCostColumn,
        PostpaidOnlyColumn,
        ShareColumn,
        ColumnCount
    };

    explicit CategoryCostModel(PlanDocument* document, QObject* parent = nullptr);

    Money amount(int category, Column column) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void onResultChanged(std::shared_ptr<const PlanSnapshot> next) override;
};

} // namespace ocp
