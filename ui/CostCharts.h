#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QPieSeries;
class QStackedBarSeries;
class QTabWidget;
class QValueAxis;

namespace ocp {

class CategoryCostModel;
class MonthlyCostModel;

// The charts of a plan (Qt Charts), fed only by the cost models' signals: monthly cost as
// stacked bars (pack purchases, postpaid), cumulative cost of the plan against postpaid
// only, and the share of cost per service category. Amounts are converted to double here and
// nowhere else; tooltips show the exact figures from the models.
class CostCharts : public QWidget {
    Q_OBJECT

public:
    enum Chart { MonthlyChart, CumulativeChart, CategoryChart, BreakEvenChart };

    CostCharts(MonthlyCostModel* monthly, CategoryCostModel* categories, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QChartView* chartView(Chart chart) const;
    QStackedBarSeries* monthlySeries() const { return m_monthlySeries; }
    QLineSeries* cumulativePlanSeries() const { return m_cumulativePlan; }
    QLineSeries* cumulativePostpaidSeries() const { return m_cumulativePostpaid; }
    QPieSeries* categorySeries() const { return m_categorySeries; }

    // Hook for the optimizer's break-even analysis: column 0 holds a monthly volume
    // (CallsRole), every other column a cost (MoneyRole) named by its header. Until a model
    // is set the tab explains that the optimizer provides it.
    void setBreakEvenModel(QAbstractItemModel* model);

    // Writes the chart of the current tab as PNG or SVG (by the file suffix), atomically.
    // Throws InputError.
    void exportCurrentChart(const QString& path);
    static QByteArray renderPng(QChartView* view);
    static QByteArray renderSvg(QChartView* view, const QString& title);

    // Brings the series up to date now (they follow the models lazily while hidden).
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void modelChanged();
    void rebuildMonthly();
    void rebuildCategories();
    void rebuildBreakEven();
    void showMonthTip(int month, const QString& what, int column);
    QChartView* makeView(QChart* chart, const QString& objectName);

    MonthlyCostModel* m_monthly;
    CategoryCostModel* m_categories;
    QPointer<QAbstractItemModel> m_breakEven;
    QTabWidget* m_tabs;
    QChartView* m_monthlyView;
    QChartView* m_cumulativeView;
    QChartView* m_categoryView;
    QChartView* m_breakEvenView;
    QLabel* m_breakEvenPlaceholder;
    QStackedBarSeries* m_monthlySeries;
    QBarSet* m_purchasesSet;
    QBarSet* m_postpaidSet;
    QBarCategoryAxis* m_monthlyAxisX;
    QValueAxis* m_monthlyAxisY;
    QLineSeries* m_cumulativePlan;
    QLineSeries* m_cumulativePostpaid;
    QBarCategoryAxis* m_cumulativeAxisX;
    QValueAxis* m_cumulativeAxisY;
    QPieSeries* m_categorySeries;
    bool m_stale = false;
};

} // namespace ocp
