#pragma once

#include <QString>
#include <functional>

class QAbstractAxis;
class QAbstractItemModel;
class QAbstractSeries;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QObject;
class QValueAxis;
class QWidget;

namespace ocp {

// What every chart of the planner shares: the look of a chart view, the 元 axis and
// following a model's change signals.
namespace ChartSupport {

// A chart titled `title` with `series` over `axisX` below and `axisY` at the left, titled
// `axisYTitle` (translated by the caller, in its own context).
QChart* makeChart(const QString& title, QAbstractSeries* series, QAbstractAxis* axisX, QValueAxis* axisY,
                  const QString& axisYTitle);
// A view on `chart` (taking ownership) without animations, numbers in the user's locale and
// the legend below.
QChartView* makeView(QChart* chart, const QString& objectName, QWidget* parent);
// A value axis in 元 from zero (or `min` when below zero) to a round maximum.
void setYuanRange(QValueAxis* axis, double max, double min = 0);
// The same from zero, but the axis stays while the data still fits in its upper half: a stable
// scale reads better while figures are being edited, and re-laying out a chart is costly.
void setSteadyYuanRange(QValueAxis* axis, double max);
// Keeps the category labels of `axis` whole: upright while they fit side by side on the plot,
// turned by `angle` degrees when they do not (instead of "2027…" or "…").
void keepLabelsWhole(QBarCategoryAxis* axis, QChart* chart, int angle = -90);
// Calls `rebuild` on every change signal of `model`.
void watch(QAbstractItemModel* model, QObject* receiver, const std::function<void()>& rebuild);

} // namespace ChartSupport
} // namespace ocp
