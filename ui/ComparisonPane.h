#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QComboBox;
class QLabel;
class QBarSeries;
class QChartView;
class QTableView;
class QValueAxis;

namespace ocp {

class CancelledNote;
class PlanDocument;
class ScenarioComparisonModel;
class RobustPlanModel;
class ScenarioPackComparisonModel;

// The scenarios side by side: totals per scenario and cost per resource pack per scenario,
// each figure with its difference to the current scenario, and a grouped bar chart of plan
// cost, postpaid only and (with the optimizer) the recommended plan per scenario. Below, one
// set of first-month purchases for all scenarios (the robust plan): how it is chosen, what it
// buys, and the plan × scenario matrix of costs and regrets; its cost per scenario also
// appears in the comparison table and the chart.
class ComparisonPane : public QWidget {
    Q_OBJECT

public:
    explicit ComparisonPane(PlanDocument* document, QWidget* parent = nullptr);

    ScenarioComparisonModel* summaryModel() const { return m_summary; }
    ScenarioPackComparisonModel* packModel() const { return m_packs; }
    QTableView* summaryView() const { return m_summaryView; }
    QTableView* packView() const { return m_packView; }
    QChartView* chartView() const { return m_chartView; }
    RobustPlanModel* robustModel() const { return m_robust; }
    QTableView* robustView() const { return m_robustView; }
    QComboBox* methodBox() const { return m_method; }
    QLabel* robustSummary() const { return m_robustSummary; }
    // How far from the best the plan for all scenarios can be; hidden when it is proven best.
    QLabel* robustGap() const { return m_robustGap; }
    // "Calculating the plan for all scenarios…", or cancelled with Recalculate.
    CancelledNote* robustNote() const { return m_robustNote; }
    // Names the scenarios weighted 0 %, which the weighted plan for all leaves out (hidden when none).
    QLabel* zeroWeightNote() const { return m_zeroWeightNote; }
    QBarSeries* series() const { return m_series; }

    // Brings the chart and the plan for all up to date now (they follow lazily while hidden).
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void modelChanged();
    void rebuildChart();
    void robustChanged();
    void updateZeroWeightNote();
    void fitGap();

    PlanDocument* m_document;
    ScenarioComparisonModel* m_summary;
    ScenarioPackComparisonModel* m_packs;
    QTableView* m_summaryView;
    QTableView* m_packView;
    QChartView* m_chartView;
    QBarSeries* m_series;
    RobustPlanModel* m_robust;
    QTableView* m_robustView;
    QComboBox* m_method;
    QLabel* m_robustSummary;
    QLabel* m_robustGap;
    CancelledNote* m_robustNote;
    QLabel* m_zeroWeightNote;
    QBarCategoryAxis* m_axisX;
    QValueAxis* m_axisY;
    bool m_stale = true;
};

} // namespace ocp
