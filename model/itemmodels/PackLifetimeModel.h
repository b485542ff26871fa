#pragma once

#include "model/billing/PackLifetime.h"
#include "model/itemmodels/ResultModelBase.h"

namespace ocp {

// The run-out and expiry forecast: one row per line of packs held or bought (holdings first,
// then purchases, as in the scenario), with the month its balance runs out, or the calls it
// loses unused when it expires (R2), or the calls still unused when the plan ends.
class PackLifetimeModel : public ResultModelBase {
    Q_OBJECT

public:
    enum Column {
        SourceColumn,
        PackColumn,
        CallsColumn,
        RunsOutColumn,
        ExpiresColumn,
        ExpiringUnusedColumn,
        UnusedAtEndColumn,
        ColumnCount
    };

    explicit PackLifetimeModel(PlanDocument* document, QObject* parent = nullptr);

    const QList<PackLifetime>& lines() const { return m_lines; }

    // Where a line comes from, in the user's words: "Held" or "Bought 2027-03".
    static QString sourceText(const PackLifetime& line);
    // The packs of a line: "100,000 calls × 2" or "100,000 calls".
    static QString packsText(const PackLifetime& line, const Scenario& scenario);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void onResultChanged(std::shared_ptr<const PlanSnapshot> next) override;

private:
    ColumnHeader columnHeader(int column) const override;
    QList<PackLifetime> linesOf(const PlanSnapshot& s) const;

    QList<PackLifetime> m_lines;
};

} // namespace ocp
