#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QBarCategoryAxis;
class QChartView;
class QLabel;
class QStackedBarSeries;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QValueAxis;

namespace ocp {

class AccountingScheduleModel;
class CentreMonthModel;
class CentrePackModel;
class PlanDocument;

// Who pays for what: the current scenario's cost charged to its cost centres per month (a
// table and a stacked bar chart), per pack, and its packs in the ledger (the accounting
// schedule), each with an export as CSV. Without cost centres the first two explain how to
// get them; the schedule is shown for every plan. Figures come from the document's results,
// worked out on a worker (PlanResults::accounting).
class CostAllocationPane : public QWidget {
    Q_OBJECT

public:
    // The tables, and the journal of the schedule (exported only).
    enum Table { MonthsTable, PacksTable, ScheduleTable, JournalTable, TableCount };

    explicit CostAllocationPane(PlanDocument* document, QWidget* parent = nullptr);

    CentreMonthModel* monthModel() const { return m_months; }
    CentrePackModel* packModel() const { return m_packs; }
    AccountingScheduleModel* scheduleModel() const { return m_schedule; }
    QAbstractItemModel* model(Table table) const;
    QTableView* view(Table table) const { return table == JournalTable ? nullptr : m_views[table]; }
    // "Export CSV…" of each table and "Export journal…"; the window connects them to a file dialog.
    QAction* exportAction(Table table) const { return m_exports[table]; }
    // The per month / per pack / schedule switch.
    QTabWidget* tabs() const { return m_tabs; }
    QStackedBarSeries* series() const { return m_series; }
    QChartView* chartView() const { return m_chartView; }
    QLabel* summary() const { return m_summary; }
    QLabel* emptyText() const { return m_emptyText; }
    // Whether the per-centre tables give way to the explanation (no cost centres, or no figures).
    bool isEmptyStateShown() const;
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* centrePage(Table table, QWidget* content);
    QWidget* exportRow(const QList<Table>& tables, QWidget* parent);
    void refreshChart();

    PlanDocument* m_document;
    CentreMonthModel* m_months;
    CentrePackModel* m_packs;
    AccountingScheduleModel* m_schedule;
    QTabWidget* m_tabs;
    QLabel* m_summary;
    QLabel* m_emptyText = nullptr;
    QList<QStackedWidget*> m_centrePages;
    QList<QLabel*> m_emptyTexts;
    QTableView* m_views[TableCount] = {};
    QAction* m_exports[TableCount] = {};
    QLabel* m_scheduleNote;
    QStackedBarSeries* m_series;
    QBarCategoryAxis* m_axisX;
    QValueAxis* m_axisY;
    QChartView* m_chartView;
    bool m_stale = true;
};

} // namespace ocp
