#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QLabel;
class QStackedBarSeries;
class QTableView;
class QValueAxis;

namespace ocp {

class AccrualModel;
class PlanDocument;

// The plan's cost by budget year (accrual): a table of what each month and calendar year
// costs when a pack's price is spread over the calls it serves, and a chart of packs used,
// expired and postpaid per month. The balance still valid after the plan is shown apart.
class BudgetYearPane : public QWidget {
    Q_OBJECT

public:
    explicit BudgetYearPane(PlanDocument* document, QWidget* parent = nullptr);

    AccrualModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QChartView* chartView() const { return m_chartView; }
    QStackedBarSeries* series() const { return m_series; }
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    AccrualModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QChartView* m_chartView;
    QStackedBarSeries* m_series;
    QBarSet* m_usage;
    QBarSet* m_expired;
    QBarSet* m_postpaid;
    QBarCategoryAxis* m_axisX;
    QValueAxis* m_axisY;
    bool m_stale = true;
};

} // namespace ocp
