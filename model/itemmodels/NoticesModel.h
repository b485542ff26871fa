#pragma once

#include "model/itemmodels/ResultModelBase.h"

namespace ocp {

// When the low-balance notices (R6) fire: one row per resource pack the scenario buys, one
// column per month, a mark where a notice is sent (NoticeKindRole) with the balance left.
class NoticesModel : public ResultModelBase {
    Q_OBJECT

public:
    enum Mark { NoNotice, BelowTwentyPercent, Depleted };

    explicit NoticesModel(PlanDocument* document, QObject* parent = nullptr);

    // Row of a resource pack (catalog index), -1 when it has no row.
    int rowOfPack(int pack) const { return static_cast<int>(m_packs.indexOf(pack)); }
    Mark mark(int row, int month) const;
    int noticeCount() const { return static_cast<int>(snapshot().result.notices.size()); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void onResultChanged(std::shared_ptr<const PlanSnapshot> next) override;

private:
    QList<int> packsOf(const PlanSnapshot& snapshot) const;
    const LowBalanceNotice* notice(int row, int month) const;

    QList<int> m_packs;
};

} // namespace ocp
