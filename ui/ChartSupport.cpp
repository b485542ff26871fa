#include "ChartSupport.h"

#include <QAbstractAxis>
#include <QAbstractItemModel>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

namespace ocp::ChartSupport {

QChart* makeChart(const QString& title, QAbstractSeries* series, QAbstractAxis* axisX, QValueAxis* axisY,
                  const QString& axisYTitle) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    axisY->setTitleText(axisYTitle);
    return chart;
}

QChartView* makeView(QChart* chart, const QString& objectName, QWidget* parent) {
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setVisible(true);
    chart->legend()->setShowToolTips(true); // a label cut short shows in full on hover
    if (chart->legend()->alignment() != Qt::AlignRight)
        chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    // Small enough for a laptop screen with the docks open; the window gives more when it can.
    view->setMinimumSize(240, 160);
    return view;
}

void setYuanRange(QValueAxis* axis, double max, double min) {
    axis->setTruncateLabels(false); // "50…" says nothing: a narrow chart keeps whole figures
    axis->setRange(min < 0 ? min * 1.05 : 0, max > 0 ? max * 1.05 : 1.0);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

void setSteadyYuanRange(QValueAxis* axis, double max) {
    axis->setTruncateLabels(false);
    const double top = max > 0 ? max * 1.05 : 1.0;
    if (axis->min() == 0 && top <= axis->max() && top > axis->max() / 2)
        return;
    setYuanRange(axis, max);
}

void keepLabelsWhole(QBarCategoryAxis* axis, QChart* chart, int angle) {
    axis->setTruncateLabels(false);
    auto fit = [axis, chart, angle] {
        const QStringList labels = axis->categories();
        if (labels.isEmpty())
            return;
        const QFontMetrics metrics(axis->labelsFont());
        int widest = 0;
        for (const QString& label : labels)
            widest = std::max(widest, metrics.horizontalAdvance(label));
        const double room = chart->plotArea().width() / double(labels.size());
        const int wanted = widest + 6 > room ? angle : 0;
        if (axis->labelsAngle() != wanted)
            axis->setLabelsAngle(wanted);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
    QObject::connect(axis, &QBarCategoryAxis::categoriesChanged, axis, fit);
    fit();
}

void watch(QAbstractItemModel* model, QObject* receiver, const std::function<void()>& rebuild) {
    QObject::connect(model, &QAbstractItemModel::modelReset, receiver, rebuild);
    QObject::connect(model, &QAbstractItemModel::dataChanged, receiver, rebuild);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, receiver, rebuild);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, receiver, rebuild);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, receiver, rebuild);
    QObject::connect(model, &QAbstractItemModel::headerDataChanged, receiver, rebuild);
}

} // namespace ocp::ChartSupport
