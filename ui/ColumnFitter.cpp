#include "ColumnFitter.h"

#include "model/itemmodels/ModelRoles.h"

#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace ocp {

ColumnFitter::ColumnFitter(QTableView* view, int maxWidth)
    : QObject(view)
    , m_view(view)
    , m_maxWidth(maxWidth) {
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::schedule);
    fit();
}

void ColumnFitter::schedule() {
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &ColumnFitter::fit);
}

void ColumnFitter::fit() {
    m_pending = false;
    const QAbstractItemModel* model = m_view->model();
    if (!model)
        return;
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics plain(m_view->font());
    const QFontMetrics strong(bold);
    const QFontMetrics header(m_view->horizontalHeader()->font());
    const int rows = model->rowCount();
    for (int c = 0; c < model->columnCount(); ++c) {
        // The header as the style draws it (its margins and font), so no title is cut.
        int width = std::max(header.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + 26,
                             m_view->horizontalHeader()->sectionSizeHint(c));
        for (int r = 0; r < rows; ++r) {
            const QModelIndex cell = model->index(r, c);
            // Bold as the delegate draws them: totals and the current row (e.g. the plan adopted).
            const bool isBold = cell.data(IsTotalRole).toBool() || cell.data(IsCurrentRole).toBool();
            const QFontMetrics& metrics = isBold ? strong : plain;
            width = std::max(width, metrics.horizontalAdvance(cell.data().toString()) + 12);
        }
        width = std::min(width, m_maxWidth);
        if (width != m_view->columnWidth(c))
            m_view->setColumnWidth(c, width);
    }
}

} // namespace ocp
