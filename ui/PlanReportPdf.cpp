#include "PlanReportPdf.h"

#include "BudgetVariancePane.h"
#include "BudgetYearPane.h"
#include "CashFlowChart.h"
#include "ChartPalette.h"
#include "ComparisonPane.h"
#include "CostCharts.h"
#include "model/billing/AccountingSchedule.h"
#include "model/billing/Catalog.h"
#include "model/billing/CostAllocation.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/io/PlanWording.h"
#include "model/itemmodels/CashFlowModel.h"
#include "model/itemmodels/CategoryCostModel.h"
#include "model/itemmodels/HoldingsModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/MonthlyCostModel.h"
#include "model/itemmodels/PackLifetimeModel.h"
#include "model/itemmodels/ResultsModel.h"
#include "model/itemmodels/RobustPlanModel.h"
#include "model/itemmodels/ScenarioComparisonModel.h"
#include "model/itemmodels/ScenarioPackComparisonModel.h"
#include "model/itemmodels/VarianceModel.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QFontDatabase>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardItemModel>
#include <numeric>

namespace ocp {
namespace {

constexpr int kResolution = 144;  // dots per inch of the page coordinates
constexpr int kChartWidth = 1100; // logical size charts are laid out at before scaling
constexpr int kChartHeight = 480;
// Cost centres side by side in one table of the months: more would not fit the page width.
constexpr int kCentresPerTable = 8;

// A table of figures drawn like the window's models: text in the first `textColumns` columns,
// amounts right-aligned, total rows marked.
class FigureTable : public QStandardItemModel {
public:
    FigureTable(const QStringList& header, int textColumns)
        : m_textColumns(textColumns) {
        setHorizontalHeaderLabels(header);
    }
    void addRow(const QStringList& cells, bool total = false) {
        QList<QStandardItem*> items;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            auto* item = new QStandardItem(cells.at(c));
            if (c >= m_textColumns)
                item->setData(QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)),
                              Qt::TextAlignmentRole);
            item->setData(total, IsTotalRole);
            items.append(item);
        }
        appendRow(items);
    }

private:
    int m_textColumns;
};

CentreCost sumOf(const QList<CentreCost>& costs) {
    CentreCost sum;
    for (const CentreCost& c : costs)
        sum.add(c);
    return sum;
}


} // namespace

struct PlanReportPdf::Page {
    QPdfWriter* writer = nullptr;
    QPainter* painter = nullptr;
    QRect area; // printable area in device pixels
    int y = 0;  // next free line
    QString footer;
};

PlanReportPdf::PlanReportPdf(PlanDocument* document)
    : m_document(document) {}

QString PlanReportPdf::fontFamily() {
    const QStringList families = QFontDatabase::families();
    // English text in a Latin font: a CJK font sets “ ” and ’ full width, with gaps around the
    // quoted name. Chinese names in English text still show, through the font fallback.
    if (!Display::chineseNames()) {
        for (const QString& wanted : {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                                      QStringLiteral("Liberation Sans"), QStringLiteral("Arial")}) {
            if (families.contains(wanted))
                return wanted;
        }
    }
    for (const QString& wanted :
         {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
          QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Source Han Sans SC")}) {
        if (families.contains(wanted))
            return wanted;
    }
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

void PlanReportPdf::newPage(Page& page) {
    // The footer of the finished page: what this is and where it stands.
    QFont small(fontFamily(), 7);
    page.painter->setFont(small);
    page.painter->setPen(ChartPalette::reportFooter());
    page.painter->drawText(QRect(page.area.left(), page.area.bottom() + 8, page.area.width(), 30),
                           Qt::AlignLeft | Qt::AlignTop, page.footer);
    page.painter->drawText(QRect(page.area.left(), page.area.bottom() + 8, page.area.width(), 30),
                           Qt::AlignRight | Qt::AlignTop, tr("Page %1").arg(m_pages));
    page.writer->newPage();
    ++m_pages;
    page.y = page.area.top();
}

void PlanReportPdf::drawTitle(Page& page, const QString& title, const QString& subtitle) {
    QPainter& p = *page.painter;
    p.setPen(ChartPalette::reportTitle());
    p.setFont(QFont(fontFamily(), 16, QFont::Bold));
    const int h = p.fontMetrics().height();
    p.drawText(QRect(page.area.left(), page.y, page.area.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
               title);
    page.y += h + 4;
    if (!subtitle.isEmpty()) {
        p.setFont(QFont(fontFamily(), 9));
        p.setPen(ChartPalette::reportSubtitle());
        const QRect box = p.boundingRect(QRect(page.area.left(), page.y, page.area.width(), 1000),
                                         Qt::AlignLeft | Qt::TextWordWrap, subtitle);
        p.drawText(box, Qt::AlignLeft | Qt::TextWordWrap, subtitle);
        page.y += box.height();
    }
    p.setPen(QPen(ChartPalette::reportTitle(), 2));
    p.drawLine(page.area.left(), page.y + 6, page.area.right(), page.y + 6);
    page.y += 20;
}

void PlanReportPdf::drawParagraph(Page& page, const QString& text, bool bold) {
    QPainter& p = *page.painter;
    p.setFont(QFont(fontFamily(), 9, bold ? QFont::Bold : QFont::Normal));
    p.setPen(Qt::black);
    const QRect box = p.boundingRect(QRect(page.area.left(), page.y, page.area.width(), 2000),
                                     Qt::AlignLeft | Qt::TextWordWrap, text);
    if (page.y + box.height() > page.area.bottom()) {
        newPage(page);
        // The footer of the page just finished set its own font and colour.
        p.setFont(QFont(fontFamily(), 9, bold ? QFont::Bold : QFont::Normal));
        p.setPen(Qt::black);
    }
    p.drawText(QRect(page.area.left(), page.y, page.area.width(), box.height()),
               Qt::AlignLeft | Qt::TextWordWrap, text);
    page.y += box.height() + 6;
}

void PlanReportPdf::drawModel(Page& page, const QAbstractItemModel& model, const QList<int>& wanted) {
    QList<int> columns = wanted;
    if (columns.isEmpty()) {
        for (int c = 0; c < model.columnCount(); ++c)
            columns.append(c);
    }
    QPainter& p = *page.painter;
    // The largest font at which every column fits the page width.
    QFont font(fontFamily(), 8);
    QList<int> widths;
    for (double size = 8.0; size >= 5.0; size -= 0.5) {
        font.setPointSizeF(size);
        QFont bold = font;
        bold.setBold(true);
        const QFontMetrics fm(font, page.writer);
        const QFontMetrics fmBold(bold, page.writer);
        widths.clear();
        int total = 0;
        for (const int c : columns) {
            int w = fmBold.horizontalAdvance(model.headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < model.rowCount(); ++r)
                w = std::max(w, fmBold.horizontalAdvance(model.index(r, c).data().toString()));
            widths.append(w + 16);
            total += w + 16;
        }
        if (total <= page.area.width())
            break;
    }
    const QFontMetrics fm(font, page.writer);
    const int rowHeight = fm.height() + 10;
    auto drawHeader = [&] {
        QFont bold = font;
        bold.setBold(true);
        p.setFont(bold);
        int x = page.area.left();
        p.fillRect(QRect(x, page.y, std::accumulate(widths.cbegin(), widths.cend(), 0), rowHeight),
                   ChartPalette::reportHeaderBackground());
        p.setPen(Qt::black);
        for (qsizetype i = 0; i < columns.size(); ++i) {
            p.drawText(QRect(x + 8, page.y, widths.at(i) - 16, rowHeight), Qt::AlignCenter,
                       model.headerData(columns.at(i), Qt::Horizontal).toString());
            x += widths.at(i);
        }
        page.y += rowHeight;
    };
    if (page.y + 2 * rowHeight > page.area.bottom())
        newPage(page);
    drawHeader();
    for (int r = 0; r < model.rowCount(); ++r) {
        if (page.y + rowHeight > page.area.bottom()) {
            newPage(page);
            drawHeader();
        }
        const bool total = model.index(r, 0).data(IsTotalRole).toBool();
        const bool current = model.index(r, 0).data(IsCurrentRole).toBool();
        QFont rowFont = font;
        rowFont.setBold(total || current);
        p.setFont(rowFont);
        int x = page.area.left();
        if (total)
            p.fillRect(QRect(x, page.y, std::accumulate(widths.cbegin(), widths.cend(), 0), rowHeight),
                       ChartPalette::reportTotalBackground());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QModelIndex index = model.index(r, columns.at(i));
            const QVariant align = index.data(Qt::TextAlignmentRole);
            const Qt::Alignment alignment = align.isValid() ? align.value<Qt::Alignment>()
                                                            : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter);
            const QVariant money = index.data(MoneyRole);
            p.setPen(money.isValid() && money.value<Money>().isNegative() ? ChartPalette::errorText()
                                                                          : Qt::black);
            p.drawText(QRect(x + 8, page.y, widths.at(i) - 16, rowHeight), int(alignment | Qt::AlignVCenter),
                       index.data().toString());
            x += widths.at(i);
        }
        p.setPen(QPen(ChartPalette::reportRowRule(), 1));
        p.drawLine(page.area.left(), page.y + rowHeight, x, page.y + rowHeight);
        page.y += rowHeight;
    }
    page.y += 16;
}

QImage PlanReportPdf::chartImage(QChartView* view, QSize size) {
    // The views are never shown, so the chart is laid out here and its scene drawn directly,
    // at twice the size so it stays sharp when scaled onto the page.
    QChart* chart = view->chart();
    chart->resize(size);
    view->scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    QCoreApplication::sendPostedEvents();
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    return image;
}

void PlanReportPdf::drawChart(Page& page, QChartView* view, int height) {
    if (page.y + height > page.area.bottom())
        newPage(page);
    // Rendered at twice the layout size and scaled into place: the chart keeps its on-screen
    // proportions and fonts whatever the resolution of the page.
    const QImage image = chartImage(view, QSize(kChartWidth, kChartHeight));
    const double scale = std::min(static_cast<double>(page.area.width()) / kChartWidth,
                                  static_cast<double>(height) / kChartHeight);
    const QSize size(static_cast<int>(kChartWidth * scale), static_cast<int>(kChartHeight * scale));
    const QRect target(page.area.left() + (page.area.width() - size.width()) / 2, page.y, size.width(),
                       size.height());
    page.painter->drawImage(target, image);
    page.y += size.height() + 16;
}

QByteArray PlanReportPdf::render() {
    const auto snapshot = m_document->calculatedSnapshot();
    const Catalog& catalog = m_document->catalog();
    const Plan& plan = m_document->plan();
    const Scenario& scenario = m_document->scenario();
    const BillingResult& result = snapshot->result;

    // The same models and charts as the window, on the same document, never shown.
    ResultsModel results(m_document);
    ScenarioComparisonModel comparison(m_document);
    ScenarioPackComparisonModel packs(m_document);
    MonthlyCostModel monthly(m_document);
    CategoryCostModel categories(m_document);
    CashFlowModel cashFlowModel(m_document);
    CostCharts costCharts(&monthly, &categories);
    costCharts.refresh();
    ComparisonPane comparisonPane(m_document);
    comparisonPane.refresh();
    // One plan for all scenarios: its cost per scenario beside each scenario's own plan.
    RobustPlanModel* robust = comparisonPane.robustModel();
    if (robust->robustPlan())
        comparison.setRobustPurchases(robust->robustPlan()->robust().purchases);
    CashFlowChart cashFlow(&cashFlowModel);
    cashFlow.refresh();
    BudgetYearPane budgetYear(m_document);
    budgetYear.refresh();

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(15, 15, 15, 18), QPageLayout::Millimeter));
    const QString planName = plan.name.isEmpty() ? m_document->displayName() : plan.name;
    writer.setTitle(tr("OCR cost plan: %1").arg(planName));
    writer.setCreator(tr("OCR Cost Planner"));
    QPainter painter(&writer);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    Page page;
    page.writer = &writer;
    page.painter = &painter;
    page.area = writer.pageLayout()
                    .paintRectPixels(kResolution)
                    .translated(-writer.pageLayout().paintRectPixels(kResolution).topLeft());
    page.area.setBottom(page.area.bottom() - 24); // room for the footer
    page.y = page.area.top();
    const QString today = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    page.footer = tr("%1 · prepared %2 with OCR Cost Planner").arg(planName, today);
    m_pages = 1;

    // 1. Summary for the approver.
    drawTitle(page, tr("OCR cost plan: %1").arg(planName),
              tr("Prepared on %1. Prices from %2, as read on %3. Amounts in 元 (CNY), rounded to the fen.")
                  .arg(today, catalog.source(), catalog.pricesReadOn()));
    drawParagraph(page, tr("Scenarios of the plan"), true);
    drawModel(page, comparison,
              {comparison.columnOf(ScenarioComparisonModel::ScenarioColumn),
               comparison.columnOf(ScenarioComparisonModel::WeightColumn),
               comparison.columnOf(ScenarioComparisonModel::TotalColumn),
               comparison.columnOf(ScenarioComparisonModel::PostpaidOnlyColumn),
               comparison.columnOf(ScenarioComparisonModel::SavingColumn)});
    drawParagraph(page,
                  tr("Scenario shown in detail: %1, %2 from %3 to %4.")
                      .arg(scenario.name, tr("%n month(s)", nullptr, scenario.months),
                           scenario.start.toString(), scenario.monthAt(scenario.months - 1).toString()));
    drawParagraph(page, tr("Its plan costs %1 against %2 with postpaid billing only: a saving of %3.")
                            .arg(Display::yuan(result.total()), Display::yuan(result.postpaidOnlyTotal()),
                                 Display::yuan(result.saving())));
    drawParagraph(page, tr("Postpaid tier selected by: %1. Packs bought: %2.")
                            .arg(scenario.settings.tierBasis == TierBasis::AllCalls
                                     ? tr("all calls of the month, free and pack-covered ones included")
                                     : tr("the calls billed postpaid only"),
                                 scenario.settings.purchasePolicy == PurchasePolicy::Start
                                     ? tr("in the first month only")
                                     : tr("in any month")));
    if (result.overall.estimate) {
        drawParagraph(page,
                      tr("Estimate: some calls are above the top published tier, which is priced by sales "
                         "(联系商务); these figures use %1 and are marked ≈.")
                          .arg(scenario.settings.aboveTopTierPrice
                                   ? tr("the negotiated price of %1 元 a call")
                                         .arg(Display::unitPrice(*scenario.settings.aboveTopTierPrice))
                                   : tr("the top tier's price")),
                      true);
    }
    if (!result.overriddenPrices.isEmpty()) {
        drawParagraph(page, tr("Prices that differ from the catalog (negotiated):"), true);
        for (const QString& line : result.overriddenPrices)
            drawParagraph(page, QStringLiteral("• ") + line);
    }
    page.y += 30;
    drawParagraph(page, tr("Prepared by: ______________________    Reviewed by: ______________________    "
                           "Approved by: ______________________    Date: ____________"));

    // 2. The current scenario's plan per resource pack.
    newPage(page);
    drawTitle(page, tr("Plan per resource pack — %1").arg(scenario.name),
              tr("Calls, the packs to buy, what they and the remaining postpaid calls cost, and the saving "
                 "against postpaid billing only."));
    QList<int> resultColumns;
    for (const ResultsModel::Column c : results.columns()) {
        if (c != ResultsModel::NoticesColumn)
            resultColumns.append(results.columnOf(c));
    }
    drawModel(page, results, resultColumns);
    // A year in progress: what the packs already held give, and when each line of packs runs
    // out or loses calls at expiry (R2). Absent for a plan made in a vacuum, as in the window.
    if (!scenario.holdings.isEmpty()) {
        HoldingsModel holdings(m_document);
        drawParagraph(page, tr("Packs held at the start (already paid: they cost the plan nothing)"), true);
        drawModel(page, holdings);
    }
    if (!scenario.holdings.isEmpty() || scenario.actualThrough) {
        PackLifetimeModel lifetimes(m_document);
        drawParagraph(page, tr("When each line of packs runs out or expires"), true);
        drawModel(page, lifetimes);
    }

    // 3. The scenarios compared.
    newPage(page);
    drawTitle(page, tr("Scenarios compared"),
              tr("Differences are against “%1”, the scenario shown in detail.").arg(scenario.name));
    drawModel(page, comparison);
    drawParagraph(page, tr("Cost per resource pack and scenario (元)"), true);
    drawModel(page, packs);
    drawParagraph(page, tr("One plan for all scenarios, bought in the first month"), true);
    if (const auto& forAll = robust->robustPlan()) {
        const RobustCandidate& r = forAll->robust();
        drawParagraph(
            page,
            tr("Chosen by %1. Buy %2. Weighted average cost %3; largest regret %4 (the most it costs "
               "above a scenario's own cheapest plan).")
                .arg(plan.robustMethod == RobustMethod::ExpectedCost ? tr("the lowest weighted average cost")
                                                                     : tr("the smallest largest regret"),
                     robust->purchasesText(static_cast<int>(forAll->candidates.size()) - 1),
                     Display::yuan(r.expectedCost), Display::yuan(r.maxRegret)) +
                (forAll->proven ? QString() : QLatin1Char(' ') + PlanWording::robustGap(*forAll)));
        // The figures in the table; each plan's purchases below it, where a long list fits.
        QList<int> figures;
        for (int c = 0; c < robust->purchasesColumn(); ++c)
            figures.append(c);
        drawModel(page, *robust, figures);
        for (int row = 0; row < robust->rowCount(); ++row)
            drawParagraph(page, tr("%1: %2").arg(robust->index(row, 0).data().toString(), robust->purchasesText(row)));
    } else {
        drawParagraph(page, tr("No plan for all scenarios: %1").arg(robust->error()));
    }

    // 4. Charts, two to a page.
    const int chartHeight = (page.area.height() - 120) / 2;
    newPage(page);
    drawTitle(page, tr("Charts — %1").arg(scenario.name));
    drawChart(page, costCharts.chartView(CostCharts::MonthlyChart), chartHeight);
    drawChart(page, costCharts.chartView(CostCharts::CumulativeChart), chartHeight);
    newPage(page);
    drawTitle(page, tr("Charts — scenarios and cash flow"));
    drawChart(page, comparisonPane.chartView(), chartHeight);
    drawChart(page, cashFlow.chartView(), chartHeight);
    newPage(page);
    drawTitle(page, tr("Charts — budget years and categories"));
    drawChart(page, budgetYear.chartView(), chartHeight);
    drawChart(page, costCharts.chartView(CostCharts::CategoryChart), chartHeight);

    // 5. The approved budget against actual + forecast, when the plan has one.
    if (plan.budget) {
        BudgetVariancePane variance(m_document);
        variance.refresh();
        newPage(page);
        drawTitle(page, tr("Budget against actual — %1").arg(scenario.name),
                  tr("The budget approved on %1 from “%2”; actual months are those that have happened, the others "
                     "the scenario's forecast.")
                      .arg(QLocale().toString(plan.budget->approvedOn, QLocale::LongFormat),
                           plan.budget->scenario.name));
        drawParagraph(page, variance.projectionText(), true);
        drawParagraph(page, variance.splitText());
        drawModel(page, *variance.model());
        // The chart shares the page with the table when at least half its usual height is left.
        const int room = page.area.bottom() - page.y - 16;
        drawChart(page, variance.chartView(), room >= chartHeight / 2 ? std::min(room, chartHeight) : chartHeight);
    }

    // 6. Who pays for what, when the scenario splits its calls between cost centres.
    if (!scenario.costCentres.isEmpty())
        drawCostCentrePages(page);

    // The last page's footer.
    painter.setFont(QFont(fontFamily(), 7));
    painter.setPen(ChartPalette::reportFooter());
    painter.drawText(QRect(page.area.left(), page.area.bottom() + 8, page.area.width(), 30),
                     Qt::AlignLeft | Qt::AlignTop, page.footer);
    painter.drawText(QRect(page.area.left(), page.area.bottom() + 8, page.area.width(), 30),
                     Qt::AlignRight | Qt::AlignTop, tr("Page %1").arg(m_pages));
    painter.end();
    return buffer.data();
}

void PlanReportPdf::drawCostCentrePages(Page& page) {
    const auto snapshot = m_document->calculatedSnapshot();
    const Catalog& catalog = m_document->catalog();
    const Plan& plan = m_document->plan();
    const Scenario& scenario = m_document->scenario();
    const CostAllocation allocation =
        CostAllocation::build(catalog, scenario, snapshot->result, plan.accounting.unusedBalance);
    const auto centreName = [](const QString& name) {
        return name == CostAllocation::kUnallocated ? tr("Unallocated") : name;
    };
    const auto packName = [&catalog](int pack) {
        const ResourcePack& p = catalog.packs().at(pack);
        return Display::name(p.name, p.nameEn);
    };

    // Per centre over the horizon, then the months with the centres side by side.
    newPage(page);
    drawTitle(page, tr("Cost per cost centre — %1").arg(scenario.name),
              tr("Each month's cost shared by the centres' calls: packs at the unit cost of the purchase that "
                 "served them, postpaid calls at the month's price. Balance never used goes %1. The centres add "
                 "up to the plan's total.")
                  .arg(allocation.unusedBalance == UnusedBalanceRule::ByUse
                           ? tr("to the centres that used the pack, in proportion to their use")
                           : tr("to the Unallocated line")));
    FigureTable summary({tr("Cost centre"), tr("Calls"), tr("Pack usage"), tr("Postpaid"), tr("Expired unused"),
                         tr("Unused at the end"), tr("Total")},
                        1);
    CentreCost all;
    Money allAtEnd;
    for (const CentreAllocation& c : allocation.centres) {
        const CentreCost sum = sumOf(c.months);
        all.add(sum);
        allAtEnd += c.balanceAtEnd;
        summary.addRow({centreName(c.name), Display::calls(sum.calls), Display::money(sum.packUsage),
                        Display::money(sum.postpaid), Display::money(sum.expired), Display::money(c.balanceAtEnd),
                        Display::money(c.total)});
    }
    summary.addRow({tr("Total"), Display::calls(all.calls), Display::money(all.packUsage), Display::money(all.postpaid),
                    Display::money(all.expired), Display::money(allAtEnd), Display::money(allocation.total)},
                   true);
    drawModel(page, summary);

    drawParagraph(page, tr("Cost per cost centre and month (元)"), true);
    for (qsizetype first = 0; first < allocation.centres.size(); first += kCentresPerTable) {
        const qsizetype last = std::min<qsizetype>(first + kCentresPerTable, allocation.centres.size());
        const bool withTotal = last == allocation.centres.size();
        QStringList header{tr("Month")};
        for (qsizetype i = first; i < last; ++i)
            header.append(centreName(allocation.centres.at(i).name));
        if (withTotal)
            header.append(tr("Total"));
        FigureTable months(header, 1);
        for (int m = 0; m < allocation.months; ++m) {
            QStringList row{allocation.start.addMonths(m).toString()};
            for (qsizetype i = first; i < last; ++i)
                row.append(Display::money(allocation.centres.at(i).months.value(m).total()));
            if (withTotal) {
                Money month;
                for (const CentreAllocation& c : allocation.centres)
                    month += c.months.value(m).total();
                row.append(Display::money(month));
            }
            months.addRow(row);
        }
        QStringList atEnd{tr("Unused at the end")};
        QStringList total{tr("Total")};
        for (qsizetype i = first; i < last; ++i) {
            atEnd.append(Display::money(allocation.centres.at(i).balanceAtEnd));
            total.append(Display::money(allocation.centres.at(i).total));
        }
        if (withTotal) {
            atEnd.append(Display::money(allAtEnd));
            total.append(Display::money(allocation.total));
        }
        months.addRow(atEnd);
        months.addRow(total, true);
        drawModel(page, months);
    }

    // Per centre and resource pack.
    newPage(page);
    drawTitle(page, tr("Cost per cost centre and resource pack — %1").arg(scenario.name));
    FigureTable packs({tr("Cost centre"), tr("Resource pack"), tr("Calls"), tr("Pack usage"), tr("Postpaid"),
                       tr("Expired unused"), tr("Total")},
                      2);
    for (const CentreAllocation& c : allocation.centres) {
        for (int p = 0; p < c.packMonths.size(); ++p) {
            const CentreCost sum = sumOf(c.packMonths.at(p));
            if (sum.calls == 0 && sum.total().micros() == 0)
                continue;
            packs.addRow({centreName(c.name), packName(p), Display::calls(sum.calls), Display::money(sum.packUsage),
                          Display::money(sum.postpaid), Display::money(sum.expired), Display::money(sum.total())});
        }
        if (c.balanceAtEnd.micros() != 0) {
            packs.addRow({centreName(c.name), tr("Unused at the end"), QString(), QString(), QString(), QString(),
                          Display::money(c.balanceAtEnd)});
        }
    }
    packs.addRow({tr("Total"), QString(), Display::calls(all.calls), Display::money(all.packUsage),
                  Display::money(all.postpaid), Display::money(all.expired), Display::money(allocation.total)},
                 true);
    drawModel(page, packs);

    // The packs in the ledger.
    const AccountingSchedule schedule =
        AccountingSchedule::build(catalog, scenario, snapshot->result, allocation, plan.accounting.method);
    newPage(page);
    drawTitle(page, tr("Accounting schedule — %1").arg(scenario.name),
              plan.accounting.method == AccountingMethod::ByUsage
                  ? tr("Packs are a prepaid asset when bought and become an expense as their calls are used; "
                       "balance that expires unused is expensed at expiry. Postpaid calls are accrued to their month.")
                  : tr("Packs are a prepaid asset when bought and are expensed in equal parts over their validity "
                       "months. Postpaid calls are accrued to their month."));
    FigureTable ledger({tr("Month"), tr("Packs bought"), tr("Pack expense"), tr("Expired unused"), tr("Postpaid"),
                        tr("Total expense"), tr("Prepaid at month end")},
                       1);
    AccountingMonth sum;
    for (const AccountingMonth& m : schedule.months) {
        sum.purchases += m.purchases;
        sum.packExpense += m.packExpense;
        sum.expiredExpense += m.expiredExpense;
        sum.postpaid += m.postpaid;
        ledger.addRow({m.month.toString(), Display::money(m.purchases), Display::money(m.packExpense),
                       Display::money(m.expiredExpense), Display::money(m.postpaid), Display::money(m.expense()),
                       Display::money(m.prepaidBalance)});
    }
    ledger.addRow({tr("Total"), Display::money(sum.purchases), Display::money(sum.packExpense),
                   Display::money(sum.expiredExpense), Display::money(sum.postpaid), Display::money(sum.expense()),
                   Display::money(schedule.prepaidAtEnd)},
                  true);
    drawModel(page, ledger);
    drawParagraph(page, tr("Expensed in the horizon %1 + still prepaid at the end %2 = the plan's total %3.")
                            .arg(Display::yuan(sum.expense()), Display::yuan(schedule.prepaidAtEnd),
                                 Display::yuan(sum.expense() + schedule.prepaidAtEnd)));
}

} // namespace ocp
