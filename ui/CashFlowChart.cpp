#include "CashFlowChart.h"

#include "ChartPalette.h"
#include "ChartSupport.h"
#include "model/io/Display.h"
#include "model/itemmodels/CashFlowModel.h"
#include "model/itemmodels/ModelRoles.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLineSeries>
#include <QShowEvent>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ocp {

CashFlowChart::CashFlowChart(CashFlowModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_bars(new QStackedBarSeries(this))
    , m_purchases(new QBarSet(tr("Pack purchases")))
    , m_bills(new QBarSet(tr("Bill paid")))
    , m_funds(new QLineSeries(this))
    , m_frozen(new QLineSeries(this))
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisY(new QValueAxis(this)) {
    m_purchases->setColor(ChartPalette::blue());
    m_bills->setColor(ChartPalette::orange());
    m_bars->append(m_purchases);
    m_bars->append(m_bills);
    m_funds->setName(tr("Funds required"));
    m_frozen->setName(tr("Frozen"));
    QPen fundsPen(ChartPalette::green());
    fundsPen.setWidthF(2.5);
    m_funds->setPen(fundsPen);
    m_funds->setPointsVisible(true);
    QPen frozenPen(ChartPalette::purple());
    frozenPen.setWidthF(2.0);
    frozenPen.setStyle(Qt::DashLine);
    m_frozen->setPen(frozenPen);
    auto* chart = new QChart;
    chart->setTitle(tr("Cash flow: payments and funds the account must hold"));
    chart->addSeries(m_bars);
    chart->addSeries(m_funds);
    chart->addSeries(m_frozen);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{m_bars, m_funds, m_frozen}) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    m_axisY->setTitleText(tr("元 (CNY)"));
    m_view = ChartSupport::makeView(chart, QStringLiteral("cashFlowChart"), this);
    ChartSupport::keepLabelsWhole(m_axisX, chart);
    connect(m_bars, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet* set) {
        if (!status || index < 0 || index >= m_model->rowCount()) {
            QToolTip::hideText();
            return;
        }
        const int column =
            set == m_purchases ? CashFlowModel::PackPurchasesColumn : CashFlowModel::BillPaidColumn;
        QToolTip::showText(
            QCursor::pos(),
            tr("%1 · %2: %3 元")
                .arg(m_model->index(index, CashFlowModel::MonthColumn).data().toString(), set->label(),
                     Display::money(m_model->index(index, column).data(MoneyRole).value<Money>())),
            m_view);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    ChartSupport::watch(m_model, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
}

void CashFlowChart::showEvent(QShowEvent* event) {
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void CashFlowChart::refresh() {
    m_stale = false;
    const int rows = m_model->rowCount();
    QStringList months;
    QList<qreal> purchases;
    QList<qreal> bills;
    QList<QPointF> funds;
    QList<QPointF> frozen;
    double max = 0;
    auto amount = [this](int row, int column) {
        return m_model->index(row, column).data(MoneyRole).value<Money>().toDoubleForDisplay();
    };
    for (int row = 0; row < rows; ++row) {
        months.append(m_model->index(row, CashFlowModel::MonthColumn).data().toString());
        purchases.append(amount(row, CashFlowModel::PackPurchasesColumn));
        bills.append(amount(row, CashFlowModel::BillPaidColumn));
        funds.append(QPointF(row, amount(row, CashFlowModel::FundsRequiredColumn)));
        frozen.append(QPointF(row, amount(row, CashFlowModel::FrozenColumn)));
        max = std::max({max, purchases.last() + bills.last(), funds.last().y(), frozen.last().y()});
    }
    m_purchases->remove(0, m_purchases->count());
    m_purchases->append(purchases);
    m_bills->remove(0, m_bills->count());
    m_bills->append(bills);
    m_funds->replace(funds);
    m_frozen->replace(frozen);
    m_axisX->clear();
    m_axisX->append(months);
    ChartSupport::setYuanRange(m_axisY, max);
}

} // namespace ocp
