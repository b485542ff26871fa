#include "SensitivityPane.h"

#include "CancelledNote.h"
#include "ChartPalette.h"
#include "ChartSupport.h"
#include "CostCharts.h"
#include "model/billing/ScenarioDerivation.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/CategoryCostModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/MonthlyCostModel.h"
#include "model/itemmodels/SensitivityModel.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSlider>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ocp {

SensitivityPane::SensitivityPane(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_whatIf(new PlanDocument(document->catalog(), this))
    , m_monthly(new MonthlyCostModel(m_whatIf, this))
    , m_categories(new CategoryCostModel(m_whatIf, this))
    , m_model(new SensitivityModel(document, this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_factorLabel(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_reoptimizedNote(new CancelledNote(m_model,
                                          tr("The re-optimised line was cancelled: it is not drawn for "
                                             "the current plan."),
                                          this))
    , m_charts(new CostCharts(m_monthly, m_categories, this))
    , m_planSeries(new QLineSeries(this))
    , m_postpaidSeries(new QLineSeries(this))
    , m_reoptimizedSeries(new QLineSeries(this))
    , m_marker(new QScatterSeries(this))
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this)) {
    m_slider->setObjectName(QStringLiteral("volumeSlider"));
    m_slider->setRange(-50, 100);
    m_slider->setValue(0);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(10);
    m_slider->setToolTip(
        tr("Scale every monthly volume of the current scenario; the plan itself is not changed"));
    m_factorLabel->setMinimumWidth(m_factorLabel->fontMetrics().horizontalAdvance(QStringLiteral("+100 %")) +
                                   8);
    m_totals->setObjectName(QStringLiteral("sensitivityTotals"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setWordWrap(true); // a narrow window wraps it instead of growing
    auto* reset = new QPushButton(tr("As planned"), this);
    reset->setToolTip(tr("Back to the scenario's own volumes"));
    connect(reset, &QPushButton::clicked, this, [this] { m_slider->setValue(0); });

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Volume:"), this));
    row->addWidget(new QLabel(QStringLiteral("−50 %"), this));
    row->addWidget(m_slider, 1);
    row->addWidget(new QLabel(QStringLiteral("+100 %"), this));
    row->addWidget(m_factorLabel);
    row->addWidget(reset);

    // Cost against volume: the plan's purchases stay fixed while the volumes move.
    m_planSeries->setName(tr("Plan"));
    m_postpaidSeries->setName(tr("Postpaid only"));
    m_reoptimizedSeries->setName(tr("Re-optimised"));
    m_planSeries->setPen(ChartPalette::planLine());
    m_postpaidSeries->setPen(ChartPalette::postpaidOnlyLine());
    QPen reoptimizedPen(ChartPalette::green());
    reoptimizedPen.setWidthF(2.0);
    m_reoptimizedSeries->setPen(reoptimizedPen);
    m_marker->setName(tr("Slider"));
    m_marker->setMarkerSize(11);
    m_marker->setColor(ChartPalette::blue());
    auto* chart = new QChart;
    chart->setTitle(tr("Total cost by volume"));
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{m_planSeries, m_postpaidSeries,
                                                                      m_reoptimizedSeries, m_marker})
        chart->addSeries(s);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    m_axisX->setTitleText(tr("Volume (% of the scenario)"));
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTitleText(tr("元 (CNY)"));
    m_curveView = ChartSupport::makeView(chart, QStringLiteral("sensitivityChart"), this);
    m_reoptimizedSeries->setVisible(false);

    m_charts->tabs()->removeTab(CostCharts::BreakEvenChart);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("sensitivityTabs"));
    tabs->addTab(m_curveView, tr("Cost by volume"));
    tabs->addTab(m_charts, tr("At this volume"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_totals);
    layout->addWidget(m_reoptimizedNote);
    layout->addWidget(tabs, 1);

    connect(m_slider, &QSlider::valueChanged, this, &SensitivityPane::updateWhatIf);
    connect(document, &PlanDocument::resultChanged, this, [this] {
        if (isVisible())
            updateWhatIf();
        else
            m_stale = true;
    });
    ChartSupport::watch(m_model, this, [this] { rebuildCurve(); });
    updateWhatIf();
}

qint64 SensitivityPane::factorPpm() const {
    return 1'000'000 + static_cast<qint64>(m_slider->value()) * 10'000;
}

void SensitivityPane::showEvent(QShowEvent* event) {
    if (m_stale)
        updateWhatIf();
    m_model->setLive(true);
    rebuildCurve();
    QWidget::showEvent(event);
}

void SensitivityPane::hideEvent(QHideEvent* event) {
    m_model->setLive(false);
    QWidget::hideEvent(event);
}

void SensitivityPane::updateWhatIf() {
    m_stale = false;
    const int value = m_slider->value();
    m_factorLabel->setText(
        value == 0 ? QStringLiteral("±0 %")
                   : QStringLiteral("%1%2 %").arg(value > 0 ? QStringLiteral("+") : QString()).arg(value));
    // A private document: loading it is not an edit of the user's plan and has no history.
    m_whatIf->load(ScenarioDerivation::scaled(m_document->scenario(), factorPpm()));
    updateTotals();
    rebuildCurve();
}

void SensitivityPane::updateTotals() {
    const auto snapshot = m_whatIf->snapshot();
    const auto planned = m_document->snapshot();
    if (!snapshot->isValid() || !planned->isValid()) {
        m_totals->setText(
            tr("Not calculated: %1").arg((snapshot->isValid() ? planned : snapshot)->error).toHtmlEscaped());
        return;
    }
    const BillingResult& r = snapshot->result;
    const Money change = r.total() - planned->result.total();
    const QString mark = r.overall.estimate ? QStringLiteral("≈ ") : QString();
    m_totals->setText(
        tr("At %1 of the volumes of “%2”: plan cost <b>%3</b> (%4 against the plan) · "
           "Postpaid only %5 · Saving <b>%6</b>")
            .arg(Display::percent(factorPpm()), m_document->scenario().name.toHtmlEscaped(),
                 (mark + Display::yuan(r.total())).toHtmlEscaped(),
                 ((change.isNegative() ? QString() : QStringLiteral("+")) + Display::money(change))
                     .toHtmlEscaped(),
                 (mark + Display::yuan(r.postpaidOnlyTotal())).toHtmlEscaped(),
                 (mark + Display::yuan(r.saving())).toHtmlEscaped()));
}

void SensitivityPane::rebuildCurve() {
    if (m_model->isStale())
        return; // catches up when shown
    QList<QPointF> plan;
    QList<QPointF> postpaid;
    QList<QPointF> reoptimized;
    double max = 0;
    for (const SensitivityPoint& p : m_model->points()) {
        if (!p.valid)
            continue;
        const double x = static_cast<double>(p.factorPpm) / 10'000.0;
        plan.append(QPointF(x, p.total.toDoubleForDisplay()));
        postpaid.append(QPointF(x, p.postpaidOnly.toDoubleForDisplay()));
        max = std::max({max, plan.last().y(), postpaid.last().y()});
        if (p.reoptimized)
            reoptimized.append(QPointF(x, p.reoptimized->toDoubleForDisplay()));
    }
    m_planSeries->replace(plan);
    m_postpaidSeries->replace(postpaid);
    m_reoptimizedSeries->replace(reoptimized);
    m_reoptimizedSeries->setVisible(!reoptimized.isEmpty());
    const auto snapshot = m_whatIf->snapshot();
    const double x = static_cast<double>(factorPpm()) / 10'000.0;
    m_marker->replace(snapshot->isValid()
                          ? QList<QPointF>{QPointF(x, snapshot->result.total().toDoubleForDisplay())}
                          : QList<QPointF>{});
    m_axisX->setRange(50, 200);
    m_axisX->setTickCount(7);
    ChartSupport::setYuanRange(m_axisY, max);
}

} // namespace ocp
