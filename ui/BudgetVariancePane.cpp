#include "BudgetVariancePane.h"

#include "ChartPalette.h"
#include "ChartSupport.h"
#include "ColumnFitter.h"
#include "PlannerDelegate.h"
#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/io/PlanWording.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/VarianceModel.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ocp {
namespace {

// Months that have happened are tinted, so actual and forecast rows tell apart at a glance.
class VarianceDelegate : public PlannerDelegate {
public:
    using PlannerDelegate::PlannerDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        PlannerDelegate::initStyleOption(option, index);
        const auto* model = qobject_cast<const VarianceModel*>(index.model());
        if (model && model->isActualMonth(index.row())) {
            QColor tint = ChartPalette::blue();
            tint.setAlpha(40);
            option->backgroundBrush = tint;
        }
    }
};

QString signedYuan(Money amount) {
    return amount.isNegative() ? Display::yuan(amount) : QStringLiteral("+") + Display::yuan(amount);
}

} // namespace

BudgetVariancePane::BudgetVariancePane(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new VarianceModel(document, this))
    , m_approve(new QAction(tr("&Approve as budget…"), this))
    , m_pages(new QStackedWidget(this))
    , m_emptyText(new QLabel(this))
    , m_header(new QLabel(this))
    , m_packs(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_budgetLine(new QLineSeries(this))
    , m_projectedLine(new QLineSeries(this))
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisY(new QValueAxis(this)) {
    m_approve->setObjectName(QStringLiteral("approveBudgetAction"));
    m_approve->setToolTip(tr("Freeze the current scenario and what it costs today as the approved budget"));
    connect(m_approve, &QAction::triggered, this, &BudgetVariancePane::approve);

    // Without a budget: what it is, and the one step that makes one.
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    m_emptyText->setObjectName(QStringLiteral("budgetVarianceEmpty"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setText(
        tr("No approved budget yet. Approving the current scenario as the budget keeps its volumes, purchases and "
           "costs as they are today; as the year goes on, this tab compares the actual months and the forecast "
           "of the rest with it, month by month and pack by pack."));
    auto* approveButton = new QPushButton(tr("Approve the current scenario as budget"), empty);
    approveButton->setObjectName(QStringLiteral("approveBudgetButton"));
    connect(approveButton, &QPushButton::clicked, m_approve, &QAction::trigger);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(approveButton, 0, Qt::AlignLeft);
    emptyLayout->addStretch(2);

    // With a budget: the table and its summary at the left, the chart at the right.
    m_header->setObjectName(QStringLiteral("budgetVarianceHeader"));
    m_header->setWordWrap(true);
    m_packs->setObjectName(QStringLiteral("budgetVariancePack"));
    m_packs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_packs, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setPack(m_packs->currentData().toString());
        refresh();
    });
    m_view->setObjectName(QStringLiteral("budgetVarianceTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new VarianceDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    new ColumnFitter(m_view);
    m_summary->setObjectName(QStringLiteral("budgetVarianceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_budgetLine->setName(tr("Budget"));
    QPen budgetPen(ChartPalette::purple());
    budgetPen.setWidthF(2.0);
    budgetPen.setStyle(Qt::DashLine);
    m_budgetLine->setPen(budgetPen);
    m_projectedLine->setName(tr("Actual + forecast"));
    m_projectedLine->setPen(ChartPalette::planLine());
    m_projectedLine->setPointsVisible(true);
    auto* chart = ChartSupport::makeChart(tr("Cumulative cost"), m_budgetLine, m_axisX, m_axisY,
                                          tr("元 (CNY)"));
    chart->addSeries(m_projectedLine);
    m_projectedLine->attachAxis(m_axisX);
    m_projectedLine->attachAxis(m_axisY);
    m_chartView = ChartSupport::makeView(chart, QStringLiteral("budgetVarianceChart"), this);
    ChartSupport::keepLabelsWhole(m_axisX, chart);

    // The header and the pack choice above, the table and the chart side by side, and the
    // projection with its split across the whole width below, where two lines hold it.
    auto* withBudget = new QWidget(this);
    auto* withLayout = new QVBoxLayout(withBudget);
    withLayout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(new QLabel(tr("Pack:"), withBudget));
    top->addWidget(m_packs);
    withLayout->addLayout(top);
    auto* splitter = new QSplitter(Qt::Horizontal, withBudget);
    splitter->setObjectName(QStringLiteral("budgetVarianceSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The table's seven columns need about two thirds of the width, the chart the rest.
    splitter->setSizes({690, 310});
    splitter->setChildrenCollapsible(false);
    withLayout->addWidget(splitter, 1);
    withLayout->addWidget(m_summary);

    m_pages->addWidget(empty);
    m_pages->addWidget(withBudget);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pages);

    connect(m_model, &VarianceModel::varianceChanged, this, &BudgetVariancePane::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BudgetVariancePane::refreshChart);
    refresh();
}

bool BudgetVariancePane::isEmptyStateShown() const {
    return m_pages->currentIndex() == 0;
}

void BudgetVariancePane::approve() {
    const Plan& plan = m_document->plan();
    if (plan.budget) {
        const auto answer = QMessageBox::question(
            this, tr("Replace the approved budget?"),
            tr("The plan already has a budget, approved on %1 from the scenario “%2”. Replace it with the current "
               "scenario “%3” as it costs today? (Undo brings the old budget back.)")
                .arg(plan.budget->approvedOn.toString(Qt::ISODate), plan.budget->scenario.name,
                     m_document->scenario().name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    try {
        m_document->approveBudget(QDate::currentDate());
    } catch (const InputError& e) {
        QMessageBox::warning(this, tr("Cannot approve the budget"), PlanWording::message(e));
    }
}

const VariancePack* BudgetVariancePane::chosenPack() const {
    const auto& variance = m_model->variance();
    if (!variance || m_model->pack().isEmpty())
        return nullptr;
    for (const VariancePack& p : variance->packs) {
        if (p.packId == m_model->pack())
            return &p;
    }
    return nullptr;
}

void BudgetVariancePane::refresh() {
    refreshChart();
    const Plan& plan = m_document->plan();
    const auto& variance = m_model->variance();
    m_pages->setCurrentIndex(plan.budget ? 1 : 0);
    if (!plan.budget)
        return;
    if (!variance) {
        m_header->setText(tr("The budget cannot be compared: %1").arg(m_model->problem()));
        m_summary->clear();
        return;
    }
    const BudgetVariance& v = *variance;
    m_header->setText(
        tr("Budget approved on %1 from “%2”, against “%3”; %4.")
            .arg(v.approvedOn.toString(Qt::ISODate), plan.budget->scenario.name, v.scenarioName,
                 v.actualThrough ? tr("actual through %1").arg(v.actualThrough->toString())
                                 : tr("no actual months yet")));

    // The pack choice: all packs, then each pack of the comparison by its name.
    const QString chosen = m_model->pack();
    m_packs->blockSignals(true);
    m_packs->clear();
    m_packs->addItem(tr("All packs"), QString());
    const Catalog& catalog = m_document->catalog();
    for (const VariancePack& p : v.packs) {
        const int pack = catalog.packIndex(p.packId);
        m_packs->addItem(pack < 0 ? p.packId : Display::name(catalog.packs().at(pack).name, catalog.packs().at(pack).nameEn),
                         p.packId);
    }
    m_packs->setCurrentIndex(std::max(0, m_packs->findData(chosen)));
    m_packs->blockSignals(false);

    m_summary->setText(QStringLiteral("<b>%1</b><br>%2").arg(projectionText().toHtmlEscaped(), splitText().toHtmlEscaped()));
}

QString BudgetVariancePane::projectionText() const {
    const auto& variance = m_model->variance();
    if (!variance)
        return m_model->problem();
    const BudgetVariance& v = *variance;
    // All packs, or the pack chosen above the table.
    Money budget = v.budgetTotal;
    Money actual = v.actualTotal;
    Money forecast = v.forecastTotal;
    if (const VariancePack* p = chosenPack()) {
        budget = p->budget;
        actual = p->actual;
        forecast = p->forecast;
    }
    const Money difference = actual + forecast - budget;
    const std::optional<qint64> tenths = BudgetVariance::percentTenths(difference, budget);
    return tr("Year-end projection: %1 (actual %2 + forecast %3) against the budget of %4: %5%6.")
        .arg(Display::yuan(actual + forecast), Display::yuan(actual), Display::yuan(forecast), Display::yuan(budget),
             signedYuan(difference), tenths ? QStringLiteral(" (%1)").arg(Display::percent(*tenths * 1'000)) : QString());
}

QString BudgetVariancePane::splitText() const {
    const auto& variance = m_model->variance();
    if (!variance)
        return QString();
    const BudgetVariance& v = *variance;
    if (!v.splitAvailable) {
        return tr("The variance cannot be split: the budget scenario cannot be priced with this catalog (%1).")
            .arg(v.splitUnavailableReason);
    }
    const VariancePack* p = chosenPack();
    const VarianceSplit& s = p ? p->split : v.split;
    return tr("Where it comes from: prices changed since approval %1 · packs bought %2 · calls expiring unused "
              "%3 · call volume %4 · calls served by free quota and packs %5 · postpaid tier price %6.")
        .arg(signedYuan(s.restatedPrices), signedYuan(s.packsBought), signedYuan(s.expiringUnused),
             signedYuan(s.volume), signedYuan(s.coverage), signedYuan(s.tierPrice));
}


void BudgetVariancePane::refreshChart() {
    const auto& variance = m_model->variance();
    QStringList months;
    QList<QPointF> budget;
    QList<QPointF> projected;
    double max = 0;
    double min = 0;
    if (variance) {
        Money budgetSum;
        Money projectedSum;
        const int rows = m_model->rowCount() - 1; // without the total row
        for (int row = 0; row < rows; ++row) {
            months.append(m_model->index(row, VarianceModel::MonthColumn).data().toString());
            budgetSum += m_model->index(row, VarianceModel::BudgetColumn).data(MoneyRole).value<Money>();
            const QModelIndex actual = m_model->index(row, VarianceModel::ActualColumn);
            const QModelIndex forecast = m_model->index(row, VarianceModel::ForecastColumn);
            projectedSum += (actual.data(MoneyRole).isValid() ? actual : forecast).data(MoneyRole).value<Money>();
            budget.append(QPointF(row, budgetSum.toDoubleForDisplay()));
            projected.append(QPointF(row, projectedSum.toDoubleForDisplay()));
            max = std::max({max, budget.last().y(), projected.last().y()});
            min = std::min({min, budget.last().y(), projected.last().y()});
        }
    }
    m_budgetLine->replace(budget);
    m_projectedLine->replace(projected);
    m_axisX->clear();
    m_axisX->append(months);
    ChartSupport::setYuanRange(m_axisY, max, min);
}

} // namespace ocp
