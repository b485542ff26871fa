#pragma once

#include <QWidget>

class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QSlider;
class QValueAxis;

namespace ocp {

class CancelledNote;
class CategoryCostModel;
class CostCharts;
class MonthlyCostModel;
class PlanDocument;
class SensitivityModel;

// What if the volumes differ from the plan? A slider scales every volume of the current
// scenario (−50 % … +100 %) and shows the totals and charts of the plan under those volumes,
// live, without touching the document: the scaled scenario lives in a private document. A
// second chart draws total cost against the volume factor for the plan and for postpaid only
// (and for a re-optimised plan once the optimizer is installed in the model).
class SensitivityPane : public QWidget {
    Q_OBJECT

public:
    explicit SensitivityPane(PlanDocument* document, QWidget* parent = nullptr);

    QSlider* slider() const { return m_slider; }
    QLabel* totalsLabel() const { return m_totals; }
    // "Re-optimising …", or cancelled with Recalculate.
    CancelledNote* reoptimizedNote() const { return m_reoptimizedNote; }
    SensitivityModel* model() const { return m_model; }
    // The scaled scenario and its results (never the user's document).
    PlanDocument* whatIfDocument() const { return m_whatIf; }
    CostCharts* charts() const { return m_charts; }
    QChartView* curveView() const { return m_curveView; }
    QLineSeries* planSeries() const { return m_planSeries; }
    QLineSeries* postpaidSeries() const { return m_postpaidSeries; }
    QLineSeries* reoptimizedSeries() const { return m_reoptimizedSeries; }
    // The factor the slider stands at, in ppm (1,000,000 = the plan's volumes).
    qint64 factorPpm() const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateWhatIf();
    void updateTotals();
    void rebuildCurve();

    PlanDocument* m_document;
    PlanDocument* m_whatIf;
    MonthlyCostModel* m_monthly;
    CategoryCostModel* m_categories;
    SensitivityModel* m_model;
    QSlider* m_slider;
    QLabel* m_factorLabel;
    QLabel* m_totals;
    CancelledNote* m_reoptimizedNote;
    CostCharts* m_charts;
    QChartView* m_curveView;
    QLineSeries* m_planSeries;
    QLineSeries* m_postpaidSeries;
    QLineSeries* m_reoptimizedSeries;
    QScatterSeries* m_marker;
    QValueAxis* m_axisX;
    QValueAxis* m_axisY;
    bool m_stale = true;
};

} // namespace ocp
