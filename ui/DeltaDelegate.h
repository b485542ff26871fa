#pragma once

#include "PlannerDelegate.h"

namespace ocp {

// The comparison tables' delegate: the figure as PlannerDelegate shows it, and on the left
// of the cell its difference to the current scenario (DeltaRole), green when it is good news
// (less cost, more saving), red when it is bad news, grey when equal.
class DeltaDelegate : public PlannerDelegate {
    Q_OBJECT

public:
    using PlannerDelegate::PlannerDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The difference as shown: "+1,234.00", "−56.00", "±0".
    static QString deltaText(const QVariant& delta);
    // Whether the difference is good news for the reader; nullopt when it is zero.
    static std::optional<bool> isGood(const QModelIndex& index);

protected:
    // A figure that is itself a difference (HigherIsBetterRole without DeltaRole) is coloured
    // like a delta instead of red for every negative amount.
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace ocp
