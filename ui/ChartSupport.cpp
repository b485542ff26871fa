#include "ChartSupport.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

namespace ocp::ChartSupport {

QChartView* makeView(QChart* chart, const QString& objectName, QWidget* parent) {
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

void setYuanRange(QValueAxis* axis, double max, double min) {
    axis->setRange(min < 0 ? min * 1.05 : 0, max > 0 ? max * 1.05 : 1.0);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
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
