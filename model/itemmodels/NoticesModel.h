#pragma once

#include "model/billing/PackLifetime.h"
#include "model/itemmodels/ResultModelBase.h"

namespace ocp {

// When the low-balance notices (R6) fire: one row per resource pack the scenario buys or
// holds, one column per month, a mark where a notice is sent (NoticeKindRole) with the
// balance left. Under each pack, one row per line of its packs (held or bought) that runs
// out or expires with calls unused inside the plan, in the order of those months, marked
// in that month.
class NoticesModel : public ResultModelBase {
    Q_OBJECT

public:
    enum Mark { NoNotice, BelowTwentyPercent, Depleted, RunsOut, ExpiresUnused };

    explicit NoticesModel(PlanDocument* document, QObject* parent = nullptr);

    // Row of a resource pack (catalog index), -1 when it has no row.
    int rowOfPack(int pack) const;
    // The line of packs a row forecasts (PackLifetime), nullptr for a resource pack's row.
    const PackLifetime* lineOfRow(int row) const;
    Mark mark(int row, int month) const;
    int noticeCount() const { return static_cast<int>(snapshot().result.notices.size()); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void onResultChanged(std::shared_ptr<const PlanSnapshot> next) override;

private:
    // A resource pack's row (line -1) or the row of one of its lines (index into m_lines).
    struct Row {
        int pack = -1;
        int line = -1;
        friend bool operator==(const Row&, const Row&) = default;
    };

    QList<Row> rowsOf(const PlanSnapshot& snapshot, const QList<PackLifetime>& lines) const;
    QList<PackLifetime> linesOf(const PlanSnapshot& snapshot) const;
    const LowBalanceNotice* notice(int row, int month) const;

    QList<PackLifetime> m_lines; // before m_rows, which are built from them
    QList<Row> m_rows;
};

} // namespace ocp
