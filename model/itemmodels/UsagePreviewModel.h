#pragma once

#include "model/io/UsageImport.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace ocp {

class Catalog;

// The calls a usage file holds, summed per interface and month, before they go into a plan:
// one row per interface (catalog order), one column per month from the first to the last
// month of the file, then the interface's total. A month without rows stays blank, so the
// user sees which months an import leaves untouched, and which become actual months.
class UsagePreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit UsagePreviewModel(const Catalog& catalog, QObject* parent = nullptr);

    void setHistory(const UsageHistory& history);
    // The months from `first` through `last` become actual when the import is done: their
    // columns are marked (a tick, ActualRole). nullopt marks none.
    void setBecomingActual(std::optional<YearMonth> first, std::optional<YearMonth> last);
    bool becomesActual(int column) const;
    const UsageHistory& history() const { return m_history; }
    int monthCount() const { return m_months; }
    YearMonth firstMonth() const { return m_first; }
    int rowOf(const QString& interfaceId) const { return static_cast<int>(m_rows.indexOf(interfaceId)); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Catalog* m_catalog;
    UsageHistory m_history;
    QStringList m_rows; // interface ids
    YearMonth m_first;
    int m_months = 0;
    std::optional<YearMonth> m_actualFirst;
    std::optional<YearMonth> m_actualLast;
};

} // namespace ocp
