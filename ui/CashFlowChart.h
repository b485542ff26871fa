#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

namespace ocp {

class CashFlowModel;

// When money leaves the account (R5): pack purchases and postpaid bills as stacked bars per
// month, with lines for the funds the account must hold and the amount frozen.
class CashFlowChart : public QWidget {
    Q_OBJECT

public:
    explicit CashFlowChart(CashFlowModel* model, QWidget* parent = nullptr);

    QChartView* chartView() const { return m_view; }
    QStackedBarSeries* bars() const { return m_bars; }
    QLineSeries* fundsSeries() const { return m_funds; }
    QLineSeries* frozenSeries() const { return m_frozen; }
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    CashFlowModel* m_model;
    QChartView* m_view;
    QStackedBarSeries* m_bars;
    QBarSet* m_purchases;
    QBarSet* m_bills;
    QLineSeries* m_funds;
    QLineSeries* m_frozen;
    QBarCategoryAxis* m_axisX;
    QValueAxis* m_axisY;
    bool m_stale = true;
};

} // namespace ocp
