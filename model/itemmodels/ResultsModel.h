#pragma once

#include "model/itemmodels/ResultModelBase.h"

#include <QList>

namespace ocp {

// The plan per resource pack: calls, what postpaid alone would cost, the purchases and their
// cost, the saving, calls that expire unused and low-balance notices, with a total row.
// When the snapshot carries an optimized plan, the recommended plan, its cost and saving are
// shown in extra columns next to the scenario's own purchases.
class ResultsModel : public ResultModelBase {
    Q_OBJECT

public:
    enum Column {
        PackColumn,
        CallsColumn,
        PostpaidOnlyColumn,
        PlanColumn,
        PackCostColumn,
        PostpaidCostColumn,
        TotalColumn,
        SavingColumn,
        RecommendedPlanColumn,
        RecommendedCostColumn,
        RecommendedSavingColumn,
        ExpiringColumn,
        NoticesColumn,
    };

    explicit ResultsModel(PlanDocument* document, QObject* parent = nullptr);

    // Columns as shown now (recommended columns only with an optimized plan).
    const QList<Column>& columns() const { return m_columns; }
    int columnOf(Column column) const { return static_cast<int>(m_columns.indexOf(column)); }
    // Pack index of a row; -1 for the total row.
    int packAt(int row) const { return row >= 0 && row < m_packs.size() ? m_packs.at(row) : -1; }
    int rowOfPack(int pack) const { return static_cast<int>(m_packs.indexOf(pack)); }
    bool isTotalRow(int row) const { return row == m_packs.size(); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void onResultChanged(std::shared_ptr<const PlanSnapshot> next) override;

private:
    ColumnHeader columnHeader(int column) const override;
    static QList<int> activePacks(const PlanSnapshot& snapshot);
    static QList<Column> columnsFor(const PlanSnapshot& snapshot);
    QString noticesText(int pack) const;

    QList<int> m_packs;
    QList<Column> m_columns;
};

} // namespace ocp
