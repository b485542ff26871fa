#include "CostCharts.h"

#include "ChartPalette.h"
#include "ChartSupport.h"
#include "PlainText.h"
#include "model/billing/InputError.h"
#include "model/io/Display.h"
#include "model/itemmodels/CategoryCostModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/MonthlyCostModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QShowEvent>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace ocp {
namespace {

double displayAmount(const QAbstractItemModel* model, int row, int column) {
    return model->index(row, column).data(MoneyRole).value<Money>().toDoubleForDisplay();
}

} // namespace

CostCharts::CostCharts(MonthlyCostModel* monthly, CategoryCostModel* categories, QWidget* parent)
    : QWidget(parent)
    , m_monthly(monthly)
    , m_categories(categories)
    , m_tabs(new QTabWidget(this))
    , m_breakEvenPlaceholder(new QLabel(this))
    , m_breakEvenExplanation(new QLabel(this))
    , m_monthlySeries(new QStackedBarSeries(this))
    , m_purchasesSet(new QBarSet(tr("Pack purchases")))
    , m_postpaidSet(new QBarSet(tr("Postpaid")))
    , m_monthlyAxisX(new QBarCategoryAxis(this))
    , m_monthlyAxisY(new QValueAxis(this))
    , m_cumulativePlan(new QLineSeries(this))
    , m_cumulativePostpaid(new QLineSeries(this))
    , m_cumulativeAxisX(new QBarCategoryAxis(this))
    , m_cumulativeAxisY(new QValueAxis(this))
    , m_categorySeries(new QPieSeries(this)) {
    const QString yuan = tr("元 (CNY)");

    // Monthly cost: what is paid for packs and billed postpaid, stacked per month.
    m_purchasesSet->setColor(ChartPalette::blue());
    m_postpaidSet->setColor(ChartPalette::orange());
    m_monthlySeries->append(m_purchasesSet);
    m_monthlySeries->append(m_postpaidSet);
    auto* monthlyChart = new QChart;
    monthlyChart->setTitle(tr("Monthly cost of the plan"));
    monthlyChart->addSeries(m_monthlySeries);
    monthlyChart->addAxis(m_monthlyAxisX, Qt::AlignBottom);
    monthlyChart->addAxis(m_monthlyAxisY, Qt::AlignLeft);
    m_monthlySeries->attachAxis(m_monthlyAxisX);
    m_monthlySeries->attachAxis(m_monthlyAxisY);
    m_monthlyAxisY->setTitleText(yuan);
    m_monthlyView = ChartSupport::makeView(monthlyChart, QStringLiteral("monthlyChart"), this);
    ChartSupport::keepLabelsWhole(m_monthlyAxisX, monthlyChart);
    connect(m_monthlySeries, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet* set) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        showMonthTip(index, set->label(),
                     set == m_purchasesSet ? MonthlyCostModel::PackPurchasesColumn
                                           : MonthlyCostModel::PostpaidColumn);
    });

    // Cumulative cost: the plan against buying nothing.
    m_cumulativePlan->setName(tr("Plan"));
    m_cumulativePostpaid->setName(tr("Postpaid only"));
    m_cumulativePlan->setPointsVisible(true);
    m_cumulativePostpaid->setPointsVisible(true);
    m_cumulativePlan->setPen(ChartPalette::planLine());
    m_cumulativePostpaid->setPen(ChartPalette::postpaidOnlyLine());
    auto* cumulativeChart = new QChart;
    cumulativeChart->setTitle(tr("Cumulative cost: plan against postpaid only"));
    cumulativeChart->addSeries(m_cumulativePlan);
    cumulativeChart->addSeries(m_cumulativePostpaid);
    cumulativeChart->addAxis(m_cumulativeAxisX, Qt::AlignBottom);
    cumulativeChart->addAxis(m_cumulativeAxisY, Qt::AlignLeft);
    for (QLineSeries* s : {m_cumulativePlan, m_cumulativePostpaid}) {
        s->attachAxis(m_cumulativeAxisX);
        s->attachAxis(m_cumulativeAxisY);
    }
    m_cumulativeAxisY->setTitleText(yuan);
    m_cumulativeView = ChartSupport::makeView(cumulativeChart, QStringLiteral("cumulativeChart"), this);
    ChartSupport::keepLabelsWhole(m_cumulativeAxisX, cumulativeChart);
    connect(m_cumulativePlan, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (state)
            showMonthTip(qRound(point.x()), m_cumulativePlan->name(), MonthlyCostModel::CumulativeColumn);
        else
            QToolTip::hideText();
    });
    connect(m_cumulativePostpaid, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (state)
            showMonthTip(qRound(point.x()), m_cumulativePostpaid->name(),
                         MonthlyCostModel::CumulativePostpaidOnlyColumn);
        else
            QToolTip::hideText();
    });

    // Share of the plan's cost per service category.
    auto* categoryChart = new QChart;
    categoryChart->setTitle(tr("Share of cost by category"));
    categoryChart->addSeries(m_categorySeries);
    categoryChart->legend()->setAlignment(Qt::AlignRight);
    m_categorySeries->setPieSize(0.62);
    m_categoryView = ChartSupport::makeView(categoryChart, QStringLiteral("categoryChart"), this);
    connect(m_categorySeries, &QPieSeries::hovered, this, [this](QPieSlice* slice, bool state) {
        slice->setExploded(state);
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const int row = slice->property("category").toInt();
        QToolTip::showText(
            QCursor::pos(),
            PlainText::toolTip(
                tr("%1: %2 (%3 of the plan's cost)")
                    .arg(m_categories->index(row, CategoryCostModel::CategoryColumn).data().toString(),
                         Display::yuan(m_categories->amount(row, CategoryCostModel::TotalColumn)),
                         m_categories->index(row, CategoryCostModel::ShareColumn).data().toString())),
            m_categoryView);
    });

    // Break-even: filled by the optimizer through setBreakEvenModel().
    auto* breakEvenChart = new QChart;
    breakEvenChart->setTitle(tr("Break-even: cost by volume"));
    // One line per pack size, with long names: a column beside the plot keeps them whole.
    breakEvenChart->legend()->setAlignment(Qt::AlignRight);
    m_breakEvenView = ChartSupport::makeView(breakEvenChart, QStringLiteral("breakEvenChart"), this);
    m_breakEvenPlaceholder->setText(tr("Select a resource pack in the results to see where its pack sizes "
                                       "pay off against postpaid only."));
    m_breakEvenPlaceholder->setAlignment(Qt::AlignCenter);
    m_breakEvenPlaceholder->setWordWrap(true);
    m_breakEvenPlaceholder->setTextFormat(Qt::PlainText);
    auto* breakEvenPage = new QWidget(this);
    auto* breakEvenLayout = new QVBoxLayout(breakEvenPage);
    breakEvenLayout->addWidget(m_breakEvenPlaceholder);
    breakEvenLayout->addWidget(m_breakEvenView, 1);
    // Why a line can fall while the volume rises: nothing on the chart itself says so.
    m_breakEvenExplanation->setObjectName(QStringLiteral("breakEvenExplanation"));
    m_breakEvenExplanation->setWordWrap(true);
    m_breakEvenExplanation->setText(tr(
        "Postpaid tiers apply to all units: once a month's calls reach the next tier, every postpaid call "
        "of that month costs the lower price, so a line can dip as the volume rises. A pack line runs flat "
        "while its packs cover the calls and climbs once calls are billed postpaid beyond them."));
    breakEvenLayout->addWidget(m_breakEvenExplanation);
    m_breakEvenView->hide();
    m_breakEvenExplanation->hide();

    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->addTab(m_monthlyView, tr("Monthly cost"));
    m_tabs->addTab(m_cumulativeView, tr("Cumulative"));
    m_tabs->addTab(m_categoryView, tr("By category"));
    m_tabs->addTab(breakEvenPage, tr("Break-even"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    ChartSupport::watch(m_monthly, this, [this] { modelChanged(); });
    ChartSupport::watch(m_categories, this, [this] { modelChanged(); });
    refresh();
}

void CostCharts::modelChanged() {
    // Charts on a hidden tab catch up when shown: laying out a chart costs more than the
    // whole recalculation of an edit.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    refresh();
}

void CostCharts::refresh() {
    m_stale = false;
    rebuildMonthly();
    rebuildCategories();
}

void CostCharts::showEvent(QShowEvent* event) {
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

CostCharts::Chart CostCharts::currentChart() const {
    return static_cast<Chart>(std::clamp(m_tabs->currentIndex(), 0, int(BreakEvenChart)));
}

QString CostCharts::chartName(Chart chart) {
    switch (chart) {
    case MonthlyChart:
        return tr("Monthly cost");
    case CumulativeChart:
        return tr("Cumulative cost");
    case CategoryChart:
        return tr("Cost by category");
    case BreakEvenChart:
        return tr("Break-even");
    }
    return {};
}

QChartView* CostCharts::chartView(Chart chart) const {
    switch (chart) {
    case MonthlyChart:
        return m_monthlyView;
    case CumulativeChart:
        return m_cumulativeView;
    case CategoryChart:
        return m_categoryView;
    case BreakEvenChart:
        return m_breakEvenView;
    }
    return nullptr;
}

void CostCharts::showMonthTip(int month, const QString& what, int column) {
    if (month < 0 || month >= m_monthly->rowCount())
        return;
    const QString monthText = m_monthly->index(month, MonthlyCostModel::MonthColumn).data().toString();
    const Money amount = m_monthly->amount(month, static_cast<MonthlyCostModel::Column>(column));
    const Money total = m_monthly->amount(month, MonthlyCostModel::TotalColumn);
    QString text = tr("%1 · %2: %3").arg(monthText, what, Display::yuan(amount));
    if (column == MonthlyCostModel::PackPurchasesColumn || column == MonthlyCostModel::PostpaidColumn)
        text += QLatin1Char('\n') + tr("Month total: %1").arg(Display::yuan(total));
    QToolTip::showText(QCursor::pos(), PlainText::toolTip(text), this);
}

void CostCharts::rebuildMonthly() {
    const int months = m_monthly->rowCount();
    QStringList categories;
    QList<qreal> purchases;
    QList<qreal> postpaid;
    QList<QPointF> plan;
    QList<QPointF> postpaidOnly;
    double maxMonth = 0;
    double maxCumulative = 0;
    for (int m = 0; m < months; ++m) {
        categories.append(m_monthly->index(m, MonthlyCostModel::MonthColumn).data().toString());
        const double bought = displayAmount(m_monthly, m, MonthlyCostModel::PackPurchasesColumn);
        const double billed = displayAmount(m_monthly, m, MonthlyCostModel::PostpaidColumn);
        purchases.append(bought);
        postpaid.append(billed);
        maxMonth = std::max(maxMonth, bought + billed);
        const double cumulative = displayAmount(m_monthly, m, MonthlyCostModel::CumulativeColumn);
        const double cumulativePostpaid =
            displayAmount(m_monthly, m, MonthlyCostModel::CumulativePostpaidOnlyColumn);
        plan.append(QPointF(m, cumulative));
        postpaidOnly.append(QPointF(m, cumulativePostpaid));
        maxCumulative = std::max({maxCumulative, cumulative, cumulativePostpaid});
    }
    if (m_monthlyAxisX->categories() != categories) {
        // Every month stays readable: labels turn upright when they do not fit side by side.
        m_monthlyAxisX->setCategories(categories);
        m_cumulativeAxisX->setCategories(categories);
    }
    // Same months: change bar values in place, which keeps the bars' graphics items.
    for (QBarSet* set : {m_purchasesSet, m_postpaidSet}) {
        const QList<qreal>& values = set == m_purchasesSet ? purchases : postpaid;
        if (set->count() == values.size()) {
            for (int m = 0; m < values.size(); ++m) {
                if (set->at(m) != values.at(m))
                    set->replace(m, values.at(m));
            }
        } else {
            set->remove(0, set->count());
            set->append(values);
        }
    }
    m_cumulativePlan->replace(plan);
    m_cumulativePostpaid->replace(postpaidOnly);
    ChartSupport::setSteadyYuanRange(m_monthlyAxisY, maxMonth);
    ChartSupport::setSteadyYuanRange(m_cumulativeAxisY, maxCumulative);
}

void CostCharts::rebuildCategories() {
    // One distinct colour per category, stable across edits.
    static const QList<QColor> palette{ChartPalette::blue(),     ChartPalette::orange(),
                                       QColor(0x3A, 0x9D, 0x5D), ChartPalette::red(),
                                       QColor(0x8E, 0x5E, 0xA8), QColor(0x7F, 0x8C, 0x8D)};
    QList<int> shown;
    for (int c = 0; c < m_categories->rowCount(); ++c) {
        if (!m_categories->amount(c, CategoryCostModel::TotalColumn).isZero())
            shown.append(c);
    }
    const QList<QPieSlice*> slices = m_categorySeries->slices();
    QList<int> current;
    for (const QPieSlice* slice : slices)
        current.append(slice->property("category").toInt());
    auto label = [this](int c) {
        return PlainText::chart(
            tr("%1 %2").arg(m_categories->index(c, CategoryCostModel::CategoryColumn).data().toString(),
                            m_categories->index(c, CategoryCostModel::ShareColumn).data().toString()));
    };
    if (current == shown) {
        // Same categories: update the slices in place (no new legend entries to lay out).
        for (int i = 0; i < slices.size(); ++i) {
            slices.at(i)->setValue(
                m_categories->amount(shown.at(i), CategoryCostModel::TotalColumn).toDoubleForDisplay());
            slices.at(i)->setLabel(label(shown.at(i)));
        }
        return;
    }
    m_categorySeries->clear();
    for (int c : std::as_const(shown)) {
        const Money cost = m_categories->amount(c, CategoryCostModel::TotalColumn);
        QPieSlice* slice = m_categorySeries->append(label(c), cost.toDoubleForDisplay());
        slice->setProperty("category", c);
        slice->setLabelVisible(true);
        slice->setColor(palette.at(c % palette.size()));
        slice->setBorderColor(Qt::white);
    }
}

void CostCharts::setBreakEvenModel(QAbstractItemModel* model) {
    if (m_breakEven)
        disconnect(m_breakEven, nullptr, this, nullptr);
    m_breakEven = model;
    if (model)
        ChartSupport::watch(model, this, [this] { rebuildBreakEven(); });
    rebuildBreakEven();
}

void CostCharts::setBreakEvenText(const QString& title, const QString& note) {
    m_breakEvenTitle = title;
    m_breakEvenNote = note;
    // The title and note name a pack of the catalog, which may come from a file.
    if (!title.isEmpty())
        m_breakEvenView->chart()->setTitle(PlainText::chart(title));
    if (!note.isEmpty())
        m_breakEvenPlaceholder->setText(note);
    m_breakEvenView->setToolTip(PlainText::toolTip(note));
}

void CostCharts::showBreakEvenTip(int row, int column) {
    if (!m_breakEven || row < 0 || row >= m_breakEven->rowCount())
        return;
    const QModelIndex cell = m_breakEven->index(row, column);
    QString text = cell.data(Qt::ToolTipRole).toString();
    if (text.isEmpty()) {
        text = tr("%1 · %2: %3")
                   .arg(m_breakEven->index(row, 0).data().toString(),
                        m_breakEven->headerData(column, Qt::Horizontal).toString(),
                        Display::yuan(cell.data(MoneyRole).value<Money>()));
    }
    QToolTip::showText(QCursor::pos(), PlainText::toolTip(text), m_breakEvenView);
}

void CostCharts::rebuildBreakEven() {
    QChart* chart = m_breakEvenView->chart();
    chart->removeAllSeries();
    m_breakEvenPoints = nullptr;
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    const bool empty = !m_breakEven || m_breakEven->rowCount() == 0;
    m_breakEvenPlaceholder->setVisible(empty);
    m_breakEvenExplanation->setVisible(!empty);
    m_breakEvenView->setVisible(!empty);
    if (empty)
        return;
    const bool byFactor = m_breakEven->index(0, 0).data(FactorPercentRole).isValid();
    auto xOf = [this, byFactor](int row) {
        const QModelIndex key = m_breakEven->index(row, 0);
        return byFactor ? key.data(FactorPercentRole).toDouble()
                        : static_cast<double>(key.data(CallsRole).toLongLong());
    };
    auto* x = new QValueAxis;
    x->setTitleText(byFactor ? tr("Volume (% of the plan's calls for this pack)") : tr("Calls per month"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto* y = new QValueAxis;
    y->setTitleText(tr("元 (CNY)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    static const QList<QColor> palette{ChartPalette::red(),      QColor(0x8E, 0x5E, 0xA8),
                                       QColor(0x3A, 0x9D, 0x5D), ChartPalette::orange(),
                                       QColor(0x7F, 0x8C, 0x8D), QColor(0x16, 0xA0, 0x85)};
    double maxX = 0;
    double maxY = 0;
    QList<QPair<QPointF, QPoint>> marks; // where drawn, (row, column) of the cell
    const int columns = m_breakEven->columnCount();
    for (int column = 1; column < columns; ++column) {
        auto* series = new QLineSeries;
        series->setName(PlainText::chart(m_breakEven->headerData(column, Qt::Horizontal).toString()));
        for (int row = 0; row < m_breakEven->rowCount(); ++row) {
            const double at = xOf(row);
            const double cost = displayAmount(m_breakEven, row, column);
            series->append(at, cost);
            maxX = std::max(maxX, at);
            maxY = std::max(maxY, cost);
            const QModelIndex cell = m_breakEven->index(row, column);
            if (cell.data(BreakEvenRole).toBool()) {
                // The exact break-even may lie between two samples: the mark goes there, on the
                // line between them.
                QPointF mark(at, cost);
                const QVariant exact = cell.data(FactorPercentRole);
                if (byFactor && exact.isValid() && row > 0 && exact.toDouble() < at) {
                    const double x0 = xOf(row - 1);
                    const double y0 = displayAmount(m_breakEven, row - 1, column);
                    mark = QPointF(exact.toDouble(), y0 + (exact.toDouble() - x0) / (at - x0) * (cost - y0));
                }
                marks.append({mark, QPoint(row, column)});
            }
        }
        // Postpaid only wide and dashed, the re-optimised plan bold, every pack size a colour and
        // a dash pattern of its own: a line that runs on top of another still lets it show.
        static const QList<Qt::PenStyle> dashes{Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine,
                                                Qt::SolidLine};
        QPen pen(column == 1 ? palette.at(0) : palette.at(1 + (column - 2) % (palette.size() - 1)));
        pen.setWidthF(2.0);
        if (column == 1) {
            pen.setWidthF(4.0);
            pen.setStyle(Qt::DashLine);
        } else if (byFactor && column == columns - 1) {
            pen.setColor(ChartPalette::blue());
            pen.setWidthF(3.0);
        } else {
            pen.setStyle(dashes.at((column - 2) % dashes.size()));
        }
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QLineSeries::hovered, this, [this, column, xOf](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            int nearest = 0; // the sample nearest to the mouse
            for (int row = 1; row < m_breakEven->rowCount(); ++row) {
                if (std::abs(xOf(row) - point.x()) < std::abs(xOf(nearest) - point.x()))
                    nearest = row;
            }
            showBreakEvenTip(nearest, column);
        });
    }
    if (!marks.isEmpty()) {
        m_breakEvenPoints = new QScatterSeries;
        m_breakEvenPoints->setName(tr("Break-even points"));
        m_breakEvenPoints->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        m_breakEvenPoints->setMarkerSize(11);
        m_breakEvenPoints->setColor(Qt::black);
        m_breakEvenPoints->setBorderColor(Qt::white);
        for (const auto& mark : std::as_const(marks))
            m_breakEvenPoints->append(mark.first);
        chart->addSeries(m_breakEvenPoints);
        m_breakEvenPoints->attachAxis(x);
        m_breakEvenPoints->attachAxis(y);
        connect(m_breakEvenPoints, &QScatterSeries::hovered, this,
                [this, marks](const QPointF& point, bool state) {
                    if (!state) {
                        QToolTip::hideText();
                        return;
                    }
                    for (const auto& mark : marks) {
                        if (mark.first == point) {
                            showBreakEvenTip(mark.second.x(), mark.second.y());
                            return;
                        }
                    }
                });
    }
    x->setRange(0, maxX > 0 ? maxX : 1.0);
    if (byFactor) {
        x->setTickCount(7);
        // Sizes far too large for these volumes would flatten the lines that matter: the scale
        // follows postpaid only and the re-optimised plan; the legend still names every size.
        double reference = 0;
        for (int row = 0; row < m_breakEven->rowCount(); ++row) {
            reference = std::max({reference, displayAmount(m_breakEven, row, 1),
                                  displayAmount(m_breakEven, row, columns - 1)});
        }
        maxY = std::min(maxY, reference * 1.25);
    }
    // Headroom above the highest line drawn, so none lies on the top edge: a line that would
    // lie between the highest one and the round top of the scale is taken in as well. Sizes
    // that stay above the whole scale say so in the legend.
    const auto drawn = chart->series();
    for (double shown = maxY;;) {
        ChartSupport::setSteadyYuanRange(y, shown * 1.12);
        double next = shown;
        for (QAbstractSeries* s : drawn) {
            if (auto* line = qobject_cast<QXYSeries*>(s)) {
                const auto points = line->points();
                for (const QPointF& p : points) {
                    if (p.y() > shown && p.y() <= y->max())
                        next = std::max(next, p.y());
                }
            }
        }
        if (next == shown)
            break;
        shown = next;
    }
    for (QAbstractSeries* s : drawn) {
        auto* line = qobject_cast<QLineSeries*>(s);
        if (!line || line->count() == 0)
            continue;
        const auto points = line->points();
        const bool above =
            std::all_of(points.cbegin(), points.cend(), [y](const QPointF& p) { return p.y() > y->max(); });
        if (above)
            line->setName(tr("%1 (above the scale)").arg(line->name()));
    }
}

QByteArray CostCharts::renderPng(QChartView* view, qreal ratio) {
    // The view's own size in logical pixels, drawn `ratio` times as dense (twice by default,
    // so the picture stays sharp in documents and slides). The target must be given in
    // logical pixels: without it QGraphicsView::render fills the image's pixel size, which the
    // painter scales once more by the ratio, and only the top-left part of the chart fits.
    const QSize size = view->viewport()->size();
    QImage image(QSize(qCeil(size.width() * ratio), qCeil(size.height() * ratio)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view->viewport()->rect(),
                 Qt::IgnoreAspectRatio);
    painter.end();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

QByteArray CostCharts::renderSvg(QChartView* view, const QString& title) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(view->size());
    generator.setViewBox(QRect(QPoint(0, 0), view->size()));
    generator.setTitle(title);
    QPainter painter(&generator);
    view->render(&painter);
    painter.end();
    return buffer.data();
}

QByteArray CostCharts::currentChartFile(const QString& path) {
    if (m_stale)
        refresh();
    QChartView* view = chartView(static_cast<Chart>(m_tabs->currentIndex()));
    if (!view || !view->isVisibleTo(m_tabs) || view->chart()->series().isEmpty())
        throw InputError(tr("This chart has nothing to export yet"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return renderSvg(view, view->chart()->title());
    if (suffix == QLatin1String("png"))
        return renderPng(view);
    throw InputError(tr("%1: charts are exported as .png or .svg").arg(path));
}

} // namespace ocp
