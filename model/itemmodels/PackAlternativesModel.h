#pragma once

#include "model/itemmodels/SelectedPackModel.h"
#include "model/optimizer/PurchaseOptimizer.h"

#include <QList>
#include <QString>

namespace ocp {

class PlanDocument;

// The ranked purchase plans of one resource pack (the optimizer's alternatives): rank, the
// plan in words, pack and postpaid cost, total and the gap to the cheapest plan; postpaid
// only is always listed with its rank. Ranking takes tens of milliseconds per pack, so it is
// computed for the selected pack only, on a worker thread; until the result for the current
// scenario arrives the table is empty, never showing the figures of an older state.
// adopt() replaces the pack's purchases by an alternative in one undoable edit. Idle: no pack.
class PackAlternativesModel : public SelectedPackModel {
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        PlanColumn,
        PackCostColumn,
        PostpaidCostColumn,
        TotalColumn,
        GapColumn,
        ColumnCount
    };
    static constexpr int kAlternatives = 10;

    explicit PackAlternativesModel(PlanDocument* document, QObject* parent = nullptr);

    // One line for the user about the table: what it shows, or why it is empty.
    QString statusText() const;
    const PackAlternative& alternative(int row) const { return m_alternatives.at(row); }
    // The cheapest plan's cost, when Ready.
    Money optimum() const { return m_optimum; }

    // Makes the alternative in `row` the pack's purchases (one step of Undo). Returns false and
    // sets `message` when there is nothing to adopt or the document refuses.
    bool adopt(int row, QString* message = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ColumnHeader columnHeader(int column) const override;
    void computeFor(const Catalog& catalog, const Scenario& wanted) override;
    void rankingUnchanged() override;
    void clearResults() override;
    bool isUsersPlan(int row) const;

    QList<PackAlternative> m_alternatives;
    Money m_optimum;
};

} // namespace ocp
