#pragma once

#include <QObject>

class QTableView;

namespace ocp {

// Keeps a table's columns as wide as their widest text. QHeaderView::ResizeToContents asks the
// delegate for every cell's size hint on each change, which made every edit slower than the
// whole recalculation; this measures display texts once per event-loop turn instead, and caps
// long text columns so a plan description cannot push the figures out of sight.
class ColumnFitter : public QObject {
    Q_OBJECT

public:
    explicit ColumnFitter(QTableView* view, int maxWidth = 420);

    // Fits the columns now (also called, coalesced, after model changes).
    void fit();

private:
    void schedule();

    QTableView* m_view;
    int m_maxWidth;
    bool m_pending = false;
};

} // namespace ocp
