#include "ComparisonPane.h"

#include "ChartSupport.h"
#include "DeltaDelegate.h"
#include "model/Display.h"
#include "model/ModelRoles.h"
#include "model/PlanDocument.h"
#include "model/ScenarioComparisonModel.h"
#include "model/ScenarioPackComparisonModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHeaderView>
#include <QLabel>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

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
    , m_summary(new ScenarioComparisonModel(document, this))
    , m_packs(new ScenarioPackComparisonModel(document, this))
    , m_summaryView(new QTableView(this))
    , m_packView(new QTableView(this))
    , m_series(new QBarSeries(this))
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisY(new QValueAxis(this)) {
    m_summaryView->setObjectName(QStringLiteral("comparisonTable"));
    m_summaryView->setModel(m_summary);
    setUpTable(m_summaryView);
    m_packView->setObjectName(QStringLiteral("comparisonPackTable"));
    m_packView->setModel(m_packs);
    setUpTable(m_packView);

    auto* chart = new QChart;
    chart->setTitle(tr("Cost per scenario"));
    chart->addSeries(m_series);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_axisY->setTitleText(tr("元 (CNY)"));
    m_chartView = ChartSupport::makeView(chart, QStringLiteral("comparisonChart"), this);
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
            tr("%1 · %2: %3 元")
                .arg(m_summary->index(index, ScenarioComparisonModel::ScenarioColumn).data().toString(),
                     set->label(), Display::money(cell.data(MoneyRole).value<Money>())),
            m_chartView);
    });

    auto* note = new QLabel(tr("Differences are against the current scenario (bold); green is less cost or "
                               "more saving, red the opposite."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* tables = new QSplitter(Qt::Vertical, this);
    tables->addWidget(m_summaryView);
    tables->addWidget(m_packView);
    tables->setStretchFactor(0, 1);
    tables->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("comparisonSplitter"));
    split->addWidget(tables);
    split->addWidget(m_chartView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(note);
    layout->addWidget(split, 1);

    ChartSupport::watch(m_summary, this, [this] { modelChanged(); });
}

void ComparisonPane::modelChanged() {
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    refresh();
}

void ComparisonPane::showEvent(QShowEvent* event) {
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void ComparisonPane::refresh() {
    m_stale = false;
    rebuildChart();
}

void ComparisonPane::rebuildChart() {
    m_series->clear();
    QStringList names;
    for (int row = 0; row < m_summary->rowCount(); ++row)
        names.append(m_summary->index(row, ScenarioComparisonModel::ScenarioColumn).data().toString());
    using Column = ScenarioComparisonModel::Column;
    struct Bar {
        Column column;
        QString label;
        QColor colour;
    };
    const QList<Bar> bars{{Column::TotalColumn, tr("Plan cost"), QColor(0x2E, 0x6F, 0xB7)},
                          {Column::PostpaidOnlyColumn, tr("Postpaid only"), QColor(0xC0, 0x39, 0x2B)},
                          {Column::OptimumColumn, tr("Recommended plan"), QColor(0x1E, 0x84, 0x49)},
                          {Column::RobustColumn, tr("One plan for all"), QColor(0x8E, 0x44, 0xAD)}};
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
