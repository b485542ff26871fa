#include "tests/support/Csv.h"

#include <gtest/gtest.h>

namespace ocp::test {

QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    EXPECT_TRUE(field.isEmpty() && row.isEmpty()) << "the last row must end with CRLF";
    return rows;
}

QList<QStringList> csvRows(const QByteArray& document) {
    const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    EXPECT_TRUE(document.startsWith(bom)) << "UTF-8 byte order mark";
    return parseCsv(QString::fromUtf8(document.startsWith(bom) ? document.mid(bom.size()) : document));
}

} // namespace ocp::test
