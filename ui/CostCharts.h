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
class QScatterSeries;
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
    Chart currentChart() const;
    // What a chart shows, in a few words ("Monthly cost"): for file names.
    static QString chartName(Chart chart);
    QChartView* chartView(Chart chart) const;
    QStackedBarSeries* monthlySeries() const { return m_monthlySeries; }
    QLineSeries* cumulativePlanSeries() const { return m_cumulativePlan; }
    QLineSeries* cumulativePostpaidSeries() const { return m_cumulativePostpaid; }
    QPieSeries* categorySeries() const { return m_categorySeries; }

    // The break-even analysis (BreakEvenModel): column 0 holds the volume, as a factor in
    // percent (FactorPercentRole) or else as calls (CallsRole); every other column a cost
    // (MoneyRole) named by its header, drawn as a line. Cells with BreakEvenRole are marked as
    // points. Tooltips show the cell's ToolTipRole. While the model has no rows the tab shows
    // `note` (set with setBreakEvenText) instead.
    void setBreakEvenModel(QAbstractItemModel* model);
    void setBreakEvenText(const QString& title, const QString& note);
    // The break-even points drawn (empty without any).
    QScatterSeries* breakEvenPoints() const { return m_breakEvenPoints; }
    // Under the break-even chart: why its lines can fall as the volume rises.
    QLabel* breakEvenExplanation() const { return m_breakEvenExplanation; }

    // The chart of the current tab as a PNG or SVG file, by the suffix of `path` (the window
    // writes it). Throws InputError.
    QByteArray currentChartFile(const QString& path);
    // A PNG of the whole view, `ratio` image pixels per logical pixel.
    static QByteArray renderPng(QChartView* view, qreal ratio = 2.0);
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
    void showBreakEvenTip(int row, int column);

    MonthlyCostModel* m_monthly;
    CategoryCostModel* m_categories;
    QPointer<QAbstractItemModel> m_breakEven;
    QTabWidget* m_tabs;
    QChartView* m_monthlyView;
    QChartView* m_cumulativeView;
    QChartView* m_categoryView;
    QChartView* m_breakEvenView;
    QLabel* m_breakEvenPlaceholder;
    QLabel* m_breakEvenExplanation;
    QScatterSeries* m_breakEvenPoints = nullptr;
    QString m_breakEvenTitle;
    QString m_breakEvenNote;
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
