// Names from files colleagues send are shown as written in the window, never as HTML.
#include "model/billing/InputError.h"
#include "model/billing/JsonReader.h"
#include "model/document/PlanDocument.h"
#include "ui/ComparisonPane.h"
#include "ui/MainWindow.h"
#include "ui/PlainText.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

// Bold and an image if taken for HTML; "zq7" marks where it went.
const QString kHtmlName = QStringLiteral("<b>zq7</b><img src=y>");

// Every label showing the name raw shows it as plain text; a rich-text label holds it escaped.
void expectLabelsPlain(const QWidget& root) {
    int shown = 0;
    for (const QLabel* label : root.findChildren<QLabel*>()) {
        if (!label->text().contains(QStringLiteral("zq7")))
            continue;
        ++shown;
        if (label->text().contains(kHtmlName)) {
            EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->objectName().toStdString();
        } else {
            EXPECT_TRUE(label->text().contains(kHtmlName.toHtmlEscaped()))
                << label->objectName().toStdString() << ": " << label->text().toStdString();
        }
    }
    EXPECT_GT(shown, 0) << "the name is shown in no label";
}

// Charts draw their texts as HTML: a text that holds the name shows its angle brackets. A
// long label is cut ("<b..."), so the opening bracket is what shows the name went in escaped.
int expectChartTextPlain(const QChartView* view) {
    int shown = 0;
    for (const QGraphicsItem* item : view->scene()->items()) {
        const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
        if (text == nullptr)
            continue;
        const QString plain = text->toPlainText();
        if (plain.startsWith(QStringLiteral("<b")))
            ++shown;
        if (plain.contains(QStringLiteral("zq7"))) {
            EXPECT_TRUE(plain.contains(QStringLiteral("<b>zq7</b>"))) << plain.toStdString();
        }
    }
    return shown;
}

} // namespace

TEST(PlainTextNames, TooltipsThatLookLikeHtmlShowAsWritten) {
    EXPECT_EQ(PlainText::toolTip(QStringLiteral("身份证识别 · 3 packs")), QStringLiteral("身份证识别 · 3 packs"));
    const QString tip = PlainText::toolTip(kHtmlName);
    ASSERT_TRUE(Qt::mightBeRichText(tip));
    QTextDocument shown;
    shown.setHtml(tip);
    EXPECT_EQ(shown.toPlainText(), kHtmlName);
    EXPECT_EQ(PlainText::chart(kHtmlName), kHtmlName.toHtmlEscaped());
}

TEST(PlainTextNames, ScenarioAndPlanNamesShowAsWrittenInLabelsChartsAndQuestions) {
    MainWindow window;
    window.setErrorReporter([](const QString& title, const QString& message) {
        ADD_FAILURE() << title.toStdString() << ": " << message.toStdString();
    });
    ASSERT_TRUE(window.openSample());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    PlanDocument& doc = *window.document();
    doc.setPlanName(kHtmlName);
    const int renamed = doc.plan().current;
    doc.renameScenario(renamed, kHtmlName);
    // The toolbar's Undo names the last edit, the renaming.
    int undoActions = 0;
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (action->iconText() != QLatin1String("Undo"))
            continue;
        ++undoActions;
        QTextDocument tip;
        tip.setHtml(action->toolTip());
        EXPECT_TRUE(tip.toPlainText().contains(kHtmlName)) << action->toolTip().toStdString();
    }
    EXPECT_EQ(undoActions, 1);
    doc.addScenario(QStringLiteral("基准"));
    doc.setCurrentScenario(renamed);
    // The totals in the status bar follow the recalculation, which runs on a worker thread.
    EXPECT_TRUE(QTest::qWaitFor([&] {
        const auto* totals = window.findChild<QLabel*>(QStringLiteral("totals"));
        return totals != nullptr && totals->text().contains(QStringLiteral("zq7"));
    }));
    window.resultTabs()->setCurrentWidget(window.comparisonPane());
    window.comparisonPane()->refresh();
    QApplication::processEvents();

    expectLabelsPlain(window);
    EXPECT_GT(expectChartTextPlain(window.comparisonPane()->chartView()), 0)
        << "the comparison chart names the scenarios";

    // The unsaved-changes question names the plan.
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        EXPECT_TRUE(box->text().contains(kHtmlName)) << box->text().toStdString();
        EXPECT_EQ(box->textFormat(), Qt::PlainText);
        for (const QLabel* label : box->findChildren<QLabel*>()) {
            if (label->objectName().startsWith(QLatin1String("qt_msgbox_")) && !label->text().isEmpty()) {
                EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->objectName().toStdString();
            }
        }
        box->button(QMessageBox::Discard)->click();
    });
    EXPECT_TRUE(window.close());
}

TEST(PlainTextNames, NamesLongerThanAFileAcceptsAreRefusedInTheWindow) {
    MainWindow window;
    ASSERT_TRUE(window.openSample());
    PlanDocument& doc = *window.document();
    const QString longest(JsonReader::kMaxTextLength, u'名');
    doc.renameScenario(doc.plan().current, longest);
    EXPECT_EQ(doc.scenario().name, longest);
    EXPECT_THROW(doc.renameScenario(doc.plan().current, longest + u'x'), InputError);
    EXPECT_THROW(doc.setPlanName(longest + u'x'), InputError);
    for (const QLineEdit* edit : window.findChildren<QLineEdit*>()) {
        if (edit->objectName() == QLatin1String("planName") || edit->objectName() == QLatin1String("planTitle")) {
            EXPECT_EQ(edit->maxLength(), JsonReader::kMaxTextLength) << edit->objectName().toStdString();
        }
    }
    window.setSavePrompt([](const QString&) { return MainWindow::SaveChoice::Discard; });
}
