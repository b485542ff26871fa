#include "ComparisonPane.h"

#include "CancelledNote.h"
#include "ChartPalette.h"
#include "ChartSupport.h"
#include "DeltaDelegate.h"
#include "PlainText.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/io/PlanWording.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/RobustPlanModel.h"
#include "model/itemmodels/ScenarioComparisonModel.h"
#include "model/itemmodels/ScenarioPackComparisonModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QResizeEvent>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace ocp {
namespace {

void setUpTable(QTableView* view) {
    view->setItemDelegate(new DeltaDelegate(view));
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    // Sized by the delegate, which adds the difference to each figure; the tables hold a few
    // rows, so measuring every cell costs nothing noticeable.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace

ComparisonPane::ComparisonPane(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new ScenarioComparisonModel(document, this))
    , m_packs(new ScenarioPackComparisonModel(document, this))
    , m_summaryView(new QTableView(this))
    , m_packView(new QTableView(this))
    , m_series(new QBarSeries(this))
    , m_robust(new RobustPlanModel(document, this))
    , m_robustView(new QTableView(this))
    , m_method(new QComboBox(this))
    , m_robustSummary(new QLabel(this))
    , m_robustGap(new QLabel(this))
    , m_robustNote(new CancelledNote(m_robust,
                                     tr("The plan for all scenarios was cancelled: the figures below are "
                                        "not those of the current plan."),
                                     this))
    , m_zeroWeightNote(new QLabel(this))
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisY(new QValueAxis(this)) {
    m_summaryView->setObjectName(QStringLiteral("comparisonTable"));
    m_summaryView->setModel(m_summary);
    setUpTable(m_summaryView);
    m_packView->setObjectName(QStringLiteral("comparisonPackTable"));
    m_packView->setModel(m_packs);
    setUpTable(m_packView);
    m_robustView->setObjectName(QStringLiteral("robustMatrixTable"));
    m_robustView->setModel(m_robust);
    setUpTable(m_robustView);

    // One plan for all scenarios: how it is chosen (an undoable edit of the plan) and what it buys.
    m_method->setObjectName(QStringLiteral("robustMethodBox"));
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_method->setMinimumContentsLength(22);
    m_method->addItem(tr("Lowest weighted average cost"), static_cast<int>(RobustMethod::ExpectedCost));
    m_method->addItem(tr("Smallest largest regret"), static_cast<int>(RobustMethod::MinMaxRegret));
    m_method->setToolTip(
        tr("Weighted average: the scenarios' weights count (edit them in the Weight column). "
           "Largest regret: the plan that costs least above any scenario's own cheapest plan."));
    connect(m_method, &QComboBox::activated, this, [this, document](int index) {
        document->setRobustMethod(static_cast<RobustMethod>(m_method->itemData(index).toInt()));
    });
    m_robustSummary->setObjectName(QStringLiteral("robustSummary"));
    m_robustSummary->setWordWrap(true);
    m_robustSummary->setTextFormat(Qt::PlainText); // pack names and errors from files
    m_robustSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_robustGap->setObjectName(QStringLiteral("robustGap"));
    m_robustGap->setWordWrap(true);
    m_robustGap->setTextFormat(Qt::PlainText);
    m_robustGap->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_robustGap->hide();
    auto showMethod = [this, document] {
        m_method->setCurrentIndex(m_method->findData(static_cast<int>(document->plan().robustMethod)));
    };
    showMethod();
    connect(document, &PlanDocument::planChanged, this, showMethod);
    m_zeroWeightNote->setObjectName(QStringLiteral("zeroWeightNote"));
    m_zeroWeightNote->setWordWrap(true);
    m_zeroWeightNote->setTextFormat(Qt::PlainText);
    m_zeroWeightNote->setStyleSheet(ChartPalette::textStyleSheet(ChartPalette::warningText()));
    connect(document, &PlanDocument::planChanged, this, &ComparisonPane::updateZeroWeightNote);
    connect(document, &PlanDocument::scenarioReplaced, this, &ComparisonPane::updateZeroWeightNote);
    connect(m_robust, &RobustPlanModel::stateChanged, this, [this](AsyncTableModel::State state) {
        if (state != AsyncTableModel::State::Computing) // the plan shown until then stands
            robustChanged();
    });
    robustChanged();
    // The matrix is calculated while the pane is shown (3 optimisations and a search per edit).
    m_robust->setLive(false);

    auto* chart =
        ChartSupport::makeChart(tr("Cost per scenario"), m_series, m_axisX, m_axisY, tr("元 (CNY)"));
    m_chartView = ChartSupport::makeView(chart, QStringLiteral("comparisonChart"), this);
    // Scenario names are never cut ("New …" twice told nothing): they lean when they do not fit.
    ChartSupport::keepLabelsWhole(m_axisX, chart, -30);
    m_axisY->setTruncateLabels(false);
    connect(m_series, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet* set) {
        if (!status || index < 0 || index >= m_summary->rowCount()) {
            QToolTip::hideText();
            return;
        }
        const int column = set->property("column").toInt();
        const QModelIndex cell = m_summary->index(
            index, m_summary->columnOf(static_cast<ScenarioComparisonModel::Column>(column)));
        QToolTip::showText(
            QCursor::pos(),
            PlainText::toolTip(
                tr("%1 · %2: %3 元")
                    .arg(m_summary->index(index, ScenarioComparisonModel::ScenarioColumn).data().toString(),
                         set->label(), Display::money(cell.data(MoneyRole).value<Money>()))),
            m_chartView);
    });

    auto* note = new QLabel(tr("Differences are against the current scenario (bold); green is less cost or "
                               "more saving, red the opposite."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* robust = new QWidget(this);
    auto* methodRow = new QHBoxLayout;
    auto* methodLabel =
        new QLabel(tr("One plan for all scenarios, bought in the first month, chosen by:"), robust);
    methodLabel->setWordWrap(true); // wraps in a narrow window instead of widening it
    methodRow->addWidget(methodLabel, 1);
    methodRow->addWidget(m_method);
    auto* robustLayout = new QVBoxLayout(robust);
    robustLayout->setContentsMargins(0, 0, 0, 0);
    robustLayout->addLayout(methodRow);
    // A plan for many packs is a long list: it scrolls rather than being cut off.
    auto* summaryScroll = new QScrollArea(robust);
    summaryScroll->setObjectName(QStringLiteral("robustSummaryScroll"));
    summaryScroll->setWidget(m_robustSummary);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summaryScroll->setMinimumHeight(3 * fontMetrics().lineSpacing());
    robustLayout->addWidget(summaryScroll);
    robustLayout->addWidget(m_robustGap);
    robustLayout->addWidget(m_robustNote);
    robustLayout->addWidget(m_zeroWeightNote);
    robustLayout->addWidget(m_robustView, 1);

    // One summary row per scenario, usually three: all of them stay visible however the
    // splitter is dragged (at most six before it scrolls).
    auto fitSummary = [this] {
        const int rows = std::clamp(m_summary->rowCount(), 1, 6);
        m_summaryView->setMinimumHeight(m_summaryView->horizontalHeader()->sizeHint().height() +
                                        rows * m_summaryView->verticalHeader()->defaultSectionSize() +
                                        m_summaryView->horizontalScrollBar()->sizeHint().height() +
                                        2 * m_summaryView->frameWidth());
    };
    // The other tables may shrink to a row or two in a short window (they scroll).
    for (QTableView* view : {m_packView, m_robustView})
        view->setMinimumHeight(view->horizontalHeader()->sizeHint().height() +
                               view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth());
    connect(m_summary, &QAbstractItemModel::modelReset, this, fitSummary);
    connect(m_summary, &QAbstractItemModel::rowsInserted, this, fitSummary);
    connect(m_summary, &QAbstractItemModel::rowsRemoved, this, fitSummary);
    fitSummary();

    auto* tables = new QSplitter(Qt::Vertical, this);
    tables->addWidget(m_summaryView);
    tables->addWidget(m_packView);
    tables->addWidget(robust);
    tables->setStretchFactor(0, 0);
    tables->setStretchFactor(1, 1);
    tables->setStretchFactor(2, 2);
    // The plan for all scenarios, with its text and matrix, gets the larger share: on a laptop
    // screen it kept less than one row of its matrix.
    tables->setSizes({m_summaryView->minimumHeight(), 85, 400});
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("comparisonSplitter"));
    split->addWidget(tables);
    split->addWidget(m_chartView);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 1000}); // half each: a narrower chart cut its legend short
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(note);
    layout->addWidget(split, 1);

    ChartSupport::watch(m_summary, this, [this] { modelChanged(); });
    updateZeroWeightNote();
}

void ComparisonPane::updateZeroWeightNote() {
    const Plan& plan = m_document->plan();
    QStringList ignored;
    if (plan.scenarios.size() > 1 && plan.robustMethod == RobustMethod::ExpectedCost) {
        for (int i = 0; i < plan.scenarios.size(); ++i) {
            if (plan.weightOf(i) == 0)
                ignored.append(tr("“%1”").arg(plan.scenarios.at(i).name));
        }
    }
    m_zeroWeightNote->setText(
        (ignored.size() == 1 ? tr("%1 weighs 0 %, so the plan for all scenarios leaves it out: give it a "
                                  "weight in the Weight column of the table above.")
                             : tr("%1 weigh 0 %, so the plan for all scenarios leaves them out: give them a "
                                  "weight in the Weight column of the table above."))
            .arg(QLocale().createSeparatedList(ignored)));
    m_zeroWeightNote->setVisible(!ignored.isEmpty());
}

void ComparisonPane::modelChanged() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    refresh();
}

// The gap's figures are never cut off: the label keeps the height its text needs at its width.
void ComparisonPane::fitGap() {
    if (m_robustGap->isVisibleTo(this))
        m_robustGap->setMinimumHeight(m_robustGap->heightForWidth(m_robustGap->width()));
}

void ComparisonPane::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitGap();
}

void ComparisonPane::showEvent(QShowEvent* event) {
    m_robust->setLive(true);
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void ComparisonPane::hideEvent(QHideEvent* event) {
    m_robust->setLive(false);
    QWidget::hideEvent(event);
}

void ComparisonPane::refresh() {
    if (m_robust->isStale())
        m_robust->refresh(); // rebuilds the chart through the comparison model
    m_stale = false;
    rebuildChart();
}

void ComparisonPane::robustChanged() {
    const auto& plan = m_robust->robustPlan();
    if (!plan) {
        m_summary->setRobustPurchases(std::nullopt);
        m_robustSummary->setText(tr("No plan for all scenarios: %1").arg(m_robust->error()));
        m_robustGap->hide();
        return;
    }
    m_summary->setRobustPurchases(plan->robust().purchases);
    const RobustCandidate& r = plan->robust();
    m_robustSummary->setText(
        tr("Buy %1. Weighted average cost %2 元; largest regret %3 元 (the most it costs "
           "above a scenario's own cheapest plan).")
            .arg(m_robust->purchasesText(static_cast<int>(plan->candidates.size()) - 1),
                 Display::money(r.expectedCost), Display::money(r.maxRegret)));
    const QString gap = PlanWording::robustGap(*plan);
    m_robustGap->setText(gap);
    m_robustGap->setVisible(!gap.isEmpty());
    fitGap();
}

void ComparisonPane::rebuildChart() {
    m_series->clear();
    QStringList names;
    for (int row = 0; row < m_summary->rowCount(); ++row)
        names.append(
            PlainText::chart(m_summary->index(row, ScenarioComparisonModel::ScenarioColumn).data().toString()));
    using Column = ScenarioComparisonModel::Column;
    struct Bar {
        Column column;
        QString label;
        QColor colour;
    };
    // Short names: the legend below the chart has room for four of them side by side.
    const QList<Bar> bars{{Column::TotalColumn, tr("Plan"), ChartPalette::blue()},
                          {Column::PostpaidOnlyColumn, tr("Postpaid only"), ChartPalette::red()},
                          {Column::OptimumColumn, tr("Recommended"), ChartPalette::green()},
                          {Column::RobustColumn, tr("One plan for all"), ChartPalette::purple()}};
    double max = 0;
    for (const auto& [column, label, colour] : bars) {
        const int section = m_summary->columnOf(column);
        if (section < 0)
            continue;
        auto* set = new QBarSet(label);
        set->setColor(colour);
        set->setProperty("column", static_cast<int>(column));
        for (int row = 0; row < m_summary->rowCount(); ++row) {
            const double value =
                m_summary->index(row, section).data(MoneyRole).value<Money>().toDoubleForDisplay();
            set->append(value);
            max = std::max(max, value);
        }
        m_series->append(set);
    }
    m_axisX->clear();
    m_axisX->append(names);
    ChartSupport::setYuanRange(m_axisY, max);
}

} // namespace ocp
