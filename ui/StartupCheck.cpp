#include "StartupCheck.h"

#include "CostCharts.h"
#include "MainWindow.h"
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QImage>
#include <QLibraryInfo>
#include <QPainter>
#include <QTimer>
#include <QTabWidget>
#include <QTranslator>
#include <cstdio>
#include <cstring>

namespace ocp {
namespace {

// Text every Chinese window shows: the service, resource pack, postpaid.
const QString kChineseSample = QStringLiteral("文字识别资源包后付费元");

// The first font family that can draw every character of kChineseSample, or empty.
QString chineseFont() {
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString& family : families) {
        const QFontMetrics metrics{QFont(family)};
        bool all = true;
        for (const QChar c : kChineseSample)
            all = all && metrics.inFont(c);
        if (all)
            return family;
    }
    return {};
}

// True when the rendered chart is more than a blank background: axes, bars and labels.
bool paintsSomething(QChartView* view) {
    QImage image(view->size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    view->render(&painter);
    painter.end();
    qsizetype coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            coloured += qGray(line[x]) < 200 ? 1 : 0;
    }
    return coloured > 100;
}

bool planTranslationLoads(const QString& suffix) {
    QTranslator translator;
    return translator.load(QStringLiteral(":/i18n/ocr-cost-planner_%1.qm").arg(suffix)) &&
           !translator.isEmpty();
}

} // namespace

StartupCheck::StartupCheck(MainWindow* window, int timeoutMs)
    : QObject(window)
    , m_window(window) {
    window->installEventFilter(this);
    QTimer::singleShot(timeoutMs, this, [] {
        std::fprintf(stderr, "smoke test: FAILED, the window was not painted in time\n");
        QCoreApplication::exit(2);
    });
}

bool StartupCheck::requested(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (argv[i] && std::strcmp(argv[i], "--smoke-test") == 0)
            return true;
    }
    return false;
}

void StartupCheck::recordError(const QString& title, const QString& message) {
    m_reportedErrors.append(title + QStringLiteral(": ") + message);
}

bool StartupCheck::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Paint && !m_started) {
        m_started = true;
        // After this paint has finished, and after the events it queued.
        QTimer::singleShot(0, this, [this] { QCoreApplication::exit(runChecks()); });
    }
    return QObject::eventFilter(watched, event);
}

void StartupCheck::check(bool passed, const QString& what, const QString& detail) {
    if (!passed)
        ++m_failures;
    const QString line = QStringLiteral("smoke test: %1 %2%3\n")
                             .arg(passed ? QStringLiteral("ok    ") : QStringLiteral("FAILED"), what,
                                  detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail));
    std::fputs(line.toUtf8().constData(), stderr);
}

int StartupCheck::runChecks() {
    m_failures = 0;
    check(true, QStringLiteral("platform"), QGuiApplication::platformName());

    const Catalog& catalog = m_window->document()->catalog();
    check(!catalog.packs().isEmpty() && !catalog.interfaces().isEmpty(), QStringLiteral("catalog"),
          QStringLiteral("%1 interfaces, %2 resource packs")
              .arg(catalog.interfaces().size())
              .arg(catalog.packs().size()));

    const Scenario& scenario = m_window->document()->scenario();
    check(!scenario.volumes.isEmpty(), QStringLiteral("sample plan"),
          QStringLiteral("\"%1\", %2 interfaces").arg(scenario.name).arg(scenario.volumes.size()));
    try {
        const auto snapshot = m_window->document()->calculatedSnapshot();
        check(snapshot->result.total() > Money(), QStringLiteral("plan results"),
              QStringLiteral("total %1 yuan").arg(snapshot->result.total().toFenString()));
    } catch (const InputError& e) {
        check(false, QStringLiteral("plan results"), e.message());
    }

    check(planTranslationLoads(QStringLiteral("zh_CN")), QStringLiteral("Chinese translation"));
    check(planTranslationLoads(QStringLiteral("en")), QStringLiteral("English translation"));
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QTranslator qtChinese;
    check(qtChinese.load(QStringLiteral("qtbase_zh_CN"), qtTranslations),
          QStringLiteral("Qt's Chinese translation"), qtTranslations);

    const QString font = chineseFont();
    check(!font.isEmpty(), QStringLiteral("font for Chinese text"),
          font.isEmpty() ? QStringLiteral("none of the installed fonts shows %1").arg(kChineseSample) : font);

    CostCharts* charts = m_window->charts();
    QChartView* view = charts ? charts->chartView(CostCharts::MonthlyChart) : nullptr;
    if (view) {
        // Shown as the user would see it: a chart on a hidden tab is not laid out.
        m_window->resultTabs()->setCurrentWidget(charts);
        charts->tabs()->setCurrentIndex(CostCharts::MonthlyChart);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        check(!view->chart()->series().isEmpty() && paintsSomething(view), QStringLiteral("chart module"),
              QStringLiteral("monthly cost chart drawn at %1×%2").arg(view->width()).arg(view->height()));
        const QByteArray svg = CostCharts::renderSvg(view, QStringLiteral("smoke test"));
        check(svg.contains("<svg"), QStringLiteral("SVG module"));
    } else {
        check(false, QStringLiteral("chart module"), QStringLiteral("no chart in the window"));
    }

    check(m_reportedErrors.isEmpty(), QStringLiteral("no errors while starting"),
          m_reportedErrors.join(QStringLiteral("; ")));

    std::fprintf(stderr, "smoke test: %s\n", m_failures == 0 ? "passed" : "FAILED");
    return m_failures == 0 ? 0 : 1;
}

} // namespace ocp
