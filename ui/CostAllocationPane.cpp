#include "CostAllocationPane.h"

#include "ChartPalette.h"
#include "ChartSupport.h"
#include "ColumnFitter.h"
#include "PlannerDelegate.h"
#include "model/billing/CostAllocation.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/AccountingScheduleModel.h"
#include "model/itemmodels/CentreMonthModel.h"
#include "model/itemmodels/CentrePackModel.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ocp {
namespace {

// A colour per centre, in the planner's palette first; the Unallocated line is grey, apart.
QColor centreColour(int centre, bool unallocated) {
    if (unallocated)
        return QColor(0x95, 0x9C, 0xA3);
    static const QList<QColor> extra{QColor(0x16, 0xA0, 0x85), QColor(0xD4, 0xAC, 0x0D), QColor(0x6C, 0x5C, 0xE7),
                                     QColor(0xA0, 0x52, 0x2D), QColor(0x2C, 0x3E, 0x50)};
    const QList<QColor> colours{ChartPalette::blue(), ChartPalette::orange(), ChartPalette::green(),
                                ChartPalette::purple(), ChartPalette::red()};
    if (centre < colours.size())
        return colours.at(centre);
    return extra.at((centre - colours.size()) % extra.size());
}

QTableView* figureTable(QAbstractItemModel* model, const QString& name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setItemDelegate(new PlannerDelegate(view));
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    new ColumnFitter(view);
    return view;
}

} // namespace

CostAllocationPane::CostAllocationPane(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_months(new CentreMonthModel(document, this))
    , m_packs(new CentrePackModel(document, this))
    , m_schedule(new AccountingScheduleModel(document, this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_scheduleNote(new QLabel(this))
    , m_series(new QStackedBarSeries(this))
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisY(new QValueAxis(this)) {
    const QString tableNames[] = {QStringLiteral("centreMonthTable"), QStringLiteral("centrePackTable"),
                                  QStringLiteral("accountingScheduleTable")};
    QAbstractItemModel* models[] = {m_months, m_packs, m_schedule};
    for (int t = 0; t < TableCount; ++t) {
        if (t != JournalTable)
            m_views[t] = figureTable(models[t], tableNames[t], this);
        m_exports[t] = new QAction(tr("Export CSV…"), this);
        m_exports[t]->setToolTip(tr("Save this table as a CSV file for a spreadsheet"));
    }
    m_exports[JournalTable]->setText(tr("Export journal…"));
    m_exports[JournalTable]->setToolTip(
        tr("Save the journal as CSV: date, account, cost centre, debit, credit and memo of every posting"));
    m_exports[MonthsTable]->setObjectName(QStringLiteral("exportCentreMonths"));
    m_exports[PacksTable]->setObjectName(QStringLiteral("exportCentrePacks"));
    m_exports[ScheduleTable]->setObjectName(QStringLiteral("exportAccountingSchedule"));
    m_exports[JournalTable]->setObjectName(QStringLiteral("exportJournal"));

    m_summary->setObjectName(QStringLiteral("costCentresSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    // Per month: the table at the left, the stacked chart of the same figures at the right.
    auto* chart = ChartSupport::makeChart(tr("Cost per cost centre and month"), m_series, m_axisX, m_axisY,
                                          tr("元 (CNY)"));
    m_chartView = ChartSupport::makeView(chart, QStringLiteral("costCentresChart"), this);
    ChartSupport::keepLabelsWhole(m_axisX, chart);
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool status, int month, QBarSet* set) {
        const int centre = static_cast<int>(m_series->barSets().indexOf(set));
        if (!status || month < 0 || month >= m_months->months() || centre < 0) {
            QToolTip::hideText();
            return;
        }
        const int column = CentreMonthModel::kFirstMonthColumn + month;
        QToolTip::showText(QCursor::pos(),
                           tr("%1 · %2: %3 元")
                               .arg(m_months->headerData(column, Qt::Horizontal).toString(), set->label(),
                                    Display::money(m_months->amount(centre, column))),
                           m_chartView);
    });
    auto* monthSplit = new QSplitter(Qt::Horizontal, this);
    monthSplit->setObjectName(QStringLiteral("costCentresSplitter"));
    monthSplit->addWidget(m_views[MonthsTable]);
    monthSplit->addWidget(m_chartView);
    monthSplit->setStretchFactor(0, 4);
    monthSplit->setStretchFactor(1, 5);
    // The table scrolls through its months; the chart needs the width for a legend whose
    // centre names are not cut short.
    monthSplit->setSizes({440, 560});
    monthSplit->setChildrenCollapsible(false);

    m_tabs->setObjectName(QStringLiteral("costCentresTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(centrePage(MonthsTable, monthSplit), tr("Per month"));
    m_tabs->addTab(centrePage(PacksTable, m_views[PacksTable]), tr("Per pack"));

    // The schedule: the method in words above, for every plan (with or without centres).
    m_scheduleNote->setObjectName(QStringLiteral("accountingScheduleNote"));
    m_scheduleNote->setWordWrap(true);
    auto* schedulePage = new QWidget(this);
    auto* scheduleLayout = new QVBoxLayout(schedulePage);
    scheduleLayout->setContentsMargins(0, 4, 0, 0);
    scheduleLayout->addWidget(m_scheduleNote);
    scheduleLayout->addWidget(m_views[ScheduleTable], 1);
    scheduleLayout->addWidget(exportRow({JournalTable, ScheduleTable}, schedulePage));
    m_tabs->addTab(schedulePage, tr("Accounting schedule"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_months, &CentreMonthModel::accountingChanged, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    // Settings changed without new figures yet: the note says what the figures will follow.
    connect(document, &PlanDocument::planChanged, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    refresh();
}

QWidget* CostAllocationPane::exportRow(const QList<Table>& tables, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    for (Table table : tables) {
        auto* button = new QPushButton(m_exports[table]->text(), row);
        button->setObjectName(m_exports[table]->objectName() + QStringLiteral("Button"));
        button->setToolTip(m_exports[table]->toolTip());
        connect(button, &QPushButton::clicked, m_exports[table], &QAction::trigger);
        connect(m_exports[table], &QAction::enabledChanged, button, &QWidget::setEnabled);
        layout->addWidget(button);
    }
    return row;
}

QWidget* CostAllocationPane::centrePage(Table table, QWidget* content) {
    auto* pages = new QStackedWidget(this);
    // Without cost centres: what they are for and where to set them.
    auto* empty = new QWidget(pages);
    auto* emptyLayout = new QVBoxLayout(empty);
    auto* text = new QLabel(empty);
    text->setObjectName(table == MonthsTable ? QStringLiteral("costCentresEmpty")
                                             : QStringLiteral("costCentresEmptyPacks"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(text);
    emptyLayout->addStretch(2);
    m_emptyTexts.append(text);
    if (!m_emptyText)
        m_emptyText = text;

    auto* filled = new QWidget(pages);
    auto* filledLayout = new QVBoxLayout(filled);
    filledLayout->setContentsMargins(0, 4, 0, 0);
    filledLayout->addWidget(content, 1);
    filledLayout->addWidget(exportRow({table}, filled));
    pages->addWidget(empty);
    pages->addWidget(filled);
    m_centrePages.append(pages);
    return pages;
}

QAbstractItemModel* CostAllocationPane::model(Table table) const {
    switch (table) {
    case MonthsTable:
        return m_months;
    case PacksTable:
        return m_packs;
    case ScheduleTable:
        return m_schedule;
    case JournalTable:
    case TableCount:
        break;
    }
    return nullptr;
}

bool CostAllocationPane::isEmptyStateShown() const {
    return m_centrePages.constFirst()->currentIndex() == 0;
}

void CostAllocationPane::showEvent(QShowEvent* event) {
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void CostAllocationPane::refresh() {
    m_stale = false;
    const PlanAccounting* a = m_months->accounting();
    const bool centres = a && m_months->hasCostCentres();
    QString empty;
    if (!m_months->problem().isEmpty())
        empty = tr("Who pays for what cannot be worked out: %1").arg(m_months->problem());
    else if (!m_document->results()->accounting())
        empty = tr("Working out who pays for what…");
    else
        empty = tr("Split an interface's calls between cost centres to see who pays for what.") +
                QStringLiteral("\n\n") +
                tr("Departments or projects that share the account each get their part of every month's cost: "
                   "the packs that served their calls, the free quota, postpaid calls and pack balance that "
                   "expires unused. Split an interface in the Cost centres panel beside the catalog (View → Cost "
                   "centres): shares that add up to 100 %, or calls per centre; or import usage with a "
                   "cost-centre column (File → Import usage…). Scenario → Accounting settings… chooses who "
                   "bears pack balance never used and how packs are expensed.");
    for (QLabel* text : std::as_const(m_emptyTexts))
        text->setText(empty);
    for (QStackedWidget* pages : std::as_const(m_centrePages))
        pages->setCurrentIndex(centres ? 1 : 0);
    m_exports[MonthsTable]->setEnabled(centres);
    m_exports[PacksTable]->setEnabled(centres);
    m_exports[ScheduleTable]->setEnabled(a != nullptr);
    m_exports[JournalTable]->setEnabled(a != nullptr);

    const AccountingSettings& settings = m_document->plan().accounting;
    const QString rule = settings.unusedBalance == UnusedBalanceRule::ByUse
                             ? tr("pack balance never used is charged to the centres that used the pack")
                             : tr("pack balance never used is charged to the Unallocated line");
    if (centres) {
        int named = 0;
        for (const CentreAllocation& c : a->allocation.centres)
            named += c.name == CostAllocation::kUnallocated ? 0 : 1;
        m_summary->setText(tr("%1 charged to %n cost centre(s); %2.", nullptr, named)
                               .arg(Display::yuan(a->allocation.total), rule));
    } else {
        m_summary->clear();
    }
    m_summary->setVisible(centres);
    m_scheduleNote->setText(
        settings.method == AccountingMethod::ByUsage
            ? tr("Packs are booked as prepaid when bought and expensed as their calls are used; balance that "
                 "expires unused is expensed when it expires. Postpaid calls are accrued to their month.")
            : tr("Packs are booked as prepaid when bought and expensed evenly over their validity months, from "
                 "the month they are bought. Postpaid calls are accrued to their month."));
    refreshChart();
}

void CostAllocationPane::refreshChart() {
    m_series->clear();
    QStringList months;
    double max = 0;
    const int centres = m_months->centreCount();
    if (centres > 0) {
        for (int column = CentreMonthModel::kFirstMonthColumn; column < m_months->afterPlanColumn(); ++column) {
            months.append(m_months->headerData(column, Qt::Horizontal).toString());
            max = std::max(max, m_months->amount(centres, column).toDoubleForDisplay());
        }
        const auto& allocation = m_months->accounting()->allocation;
        for (int centre = 0; centre < centres; ++centre) {
            const QString name = allocation.centres.at(centre).name;
            auto* set = new QBarSet(CentreMonthModel::centreName(name));
            set->setColor(centreColour(centre, name == CostAllocation::kUnallocated));
            set->setBorderColor(set->color());
            QList<qreal> values;
            for (int column = CentreMonthModel::kFirstMonthColumn; column < m_months->afterPlanColumn(); ++column)
                values.append(m_months->amount(centre, column).toDoubleForDisplay());
            set->append(values);
            m_series->append(set);
        }
    }
    m_axisX->clear();
    m_axisX->append(months);
    ChartSupport::setYuanRange(m_axisY, max);
}

} // namespace ocp
