#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QChartView;
class QTableView;
class QValueAxis;

namespace ocp {

class PlanDocument;
class ScenarioComparisonModel;
class ScenarioPackComparisonModel;

// The scenarios side by side: totals per scenario and cost per resource pack per scenario,
// each figure with its difference to the current scenario, and a grouped bar chart of plan
// cost, postpaid only and (with the optimizer) the recommended plan per scenario.
class ComparisonPane : public QWidget {
    Q_OBJECT

public:
    explicit ComparisonPane(PlanDocument* document, QWidget* parent = nullptr);

    ScenarioComparisonModel* summaryModel() const { return m_summary; }
    ScenarioPackComparisonModel* packModel() const { return m_packs; }
    QTableView* summaryView() const { return m_summaryView; }
    QTableView* packView() const { return m_packView; }
    QChartView* chartView() const { return m_chartView; }
    QBarSeries* series() const { return m_series; }

    // Brings the chart up to date now (it follows the model lazily while hidden).
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void modelChanged();
    void rebuildChart();

    ScenarioComparisonModel* m_summary;
    ScenarioPackComparisonModel* m_packs;
    QTableView* m_summaryView;
    QTableView* m_packView;
    QChartView* m_chartView;
    QBarSeries* m_series;
    QBarCategoryAxis* m_axisX;
    QValueAxis* m_axisY;
    bool m_stale = true;
};

} // namespace ocp
