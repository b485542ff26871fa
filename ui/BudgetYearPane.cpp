#include "BudgetYearPane.h"

#include "ChartPalette.h"
#include "ChartSupport.h"
#include "ColumnFitter.h"
#include "PlannerDelegate.h"
#include "model/io/Display.h"
#include "model/itemmodels/AccrualModel.h"
#include "model/itemmodels/ModelRoles.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHeaderView>
#include <QLabel>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ocp {

BudgetYearPane::BudgetYearPane(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_model(new AccrualModel(document, this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_series(new QStackedBarSeries(this))
    , m_usage(new QBarSet(tr("Packs used")))
    , m_expired(new QBarSet(tr("Expired")))
    , m_postpaid(new QBarSet(tr("Postpaid")))
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisY(new QValueAxis(this)) {
    m_view->setObjectName(QStringLiteral("budgetYearTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlannerDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    new ColumnFitter(m_view);
    m_summary->setObjectName(QStringLiteral("budgetYearSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_usage->setColor(ChartPalette::blue());
    m_expired->setColor(ChartPalette::red());
    m_postpaid->setColor(ChartPalette::orange());
    m_series->append(m_usage);
    m_series->append(m_expired);
    m_series->append(m_postpaid);
    auto* chart = ChartSupport::makeChart(tr("Cost by budget month (accrual)"), m_series, m_axisX, m_axisY,
                                          tr("元 (CNY)"));
    m_chartView = ChartSupport::makeView(chart, QStringLiteral("budgetYearChart"), this);
    ChartSupport::keepLabelsWhole(m_axisX, chart);
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet* set) {
        if (!status || index < 0 || index >= m_model->schedule().months.size()) {
            QToolTip::hideText();
            return;
        }
        const auto column = set == m_usage     ? AccrualModel::PackUsageColumn
                            : set == m_expired ? AccrualModel::ExpiryLossColumn
                                               : AccrualModel::PostpaidColumn;
        QToolTip::showText(QCursor::pos(),
                           tr("%1 · %2: %3 元")
                               .arg(m_model->schedule().months.at(index).month.toString(), set->label(),
                                    Display::money(m_model->amount(index, column))),
                           m_chartView);
    });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_view, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_chartView);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    ChartSupport::watch(m_model, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
}

void BudgetYearPane::showEvent(QShowEvent* event) {
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void BudgetYearPane::refresh() {
    m_stale = false;
    const AccrualSchedule& a = m_model->schedule();
    QStringList months;
    QList<qreal> usage;
    QList<qreal> expired;
    QList<qreal> postpaid;
    double max = 0;
    for (const AccrualMonth& m : a.months) {
        months.append(m.month.toString());
        usage.append(m.packUsage.toDoubleForDisplay());
        expired.append(m.expiryLoss.toDoubleForDisplay());
        postpaid.append(m.postpaid.toDoubleForDisplay());
        max = std::max(max, m.total().toDoubleForDisplay());
    }
    for (auto [set, values] :
         {std::pair{m_usage, usage}, std::pair{m_expired, expired}, std::pair{m_postpaid, postpaid}}) {
        set->remove(0, set->count());
        set->append(values);
    }
    m_axisX->clear();
    m_axisX->append(months);
    ChartSupport::setYuanRange(m_axisY, max);

    QStringList years;
    for (auto it = a.byYear.cbegin(); it != a.byYear.cend(); ++it)
        years.append(tr("%1: <b>%2</b>").arg(it.key()).arg(Display::yuan(it.value()).toHtmlEscaped()));
    m_summary->setText(
        a.months.isEmpty()
            ? QString()
            : tr("Cost by budget year — %1 · prepaid balance carried beyond the plan: <b>%2</b>")
                  .arg(years.join(QStringLiteral(" · ")), Display::yuan(a.prepaidAtEnd).toHtmlEscaped()));
}

} // namespace ocp
