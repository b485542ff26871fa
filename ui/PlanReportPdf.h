#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QChartView;
class QPainter;
class QPdfWriter;

namespace ocp {

class PlanDocument;

// The plan as a PDF for an approval workflow, in the language of the window: a summary page
// (plan, date, price catalog, the scenarios' totals, settings, caveats and signature lines),
// the current scenario's plan per resource pack, the scenarios compared, and the charts; with
// cost centres, the cost per centre and the accounting schedule of the packs.
// Tables are drawn from the same item models as the window, charts rendered from the same
// chart widgets, so the report shows exactly what the window shows.
class PlanReportPdf {
    Q_DECLARE_TR_FUNCTIONS(ocp::PlanReportPdf)

public:
    explicit PlanReportPdf(PlanDocument* document);

    // The PDF document; throws InputError when the current scenario cannot be billed.
    QByteArray render();
    // Pages of the last render().
    int pageCount() const { return m_pages; }
    // The font family the report asks for first: CJK text needs a font that has it.
    static QString fontFamily();
    // A chart laid out at `size` and drawn at twice that resolution, whether or not its view
    // is shown.
    static QImage chartImage(QChartView* view, QSize size);

private:
    struct Page;
    void newPage(Page& page);
    void drawTitle(Page& page, const QString& title, const QString& subtitle = QString());
    void drawParagraph(Page& page, const QString& text, bool bold = false);
    void drawModel(Page& page, const QAbstractItemModel& model, const QList<int>& columns = {});
    void drawChart(Page& page, QChartView* view, int height);
    // Who pays for what, when the scenario has cost centres: the cost per centre and month, per
    // centre and pack, and the packs in the ledger (AccountingSchedule).
    void drawCostCentrePages(Page& page);

    PlanDocument* m_document;
    int m_pages = 0;
};

} // namespace ocp
