#include "PlainText.h"

#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>

namespace ocp::PlainText {

QString toolTip(const QString& text) {
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

QString chart(const QString& text) {
    return text.toHtmlEscaped();
}

void apply(QMessageBox& box) {
    box.setTextFormat(Qt::PlainText);
    // QMessageBox gives the format to its informative text only when that exists already.
    for (QLabel* label : box.findChildren<QLabel*>()) {
        if (label->objectName().startsWith(QLatin1String("qt_msgbox_")))
            label->setTextFormat(Qt::PlainText);
    }
}

} // namespace ocp::PlainText
