#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ocp {

// Builds an RFC 4180 CSV document: CRLF line ends, fields quoted only when they hold a comma,
// a quote, CR or LF, quotes doubled. The bytes are UTF-8 with a byte order mark, because
// Excel otherwise reads the file in the local code page and garbles the Chinese pack names.
class CsvWriter {
public:
    void addRow(const QStringList& fields);
    int rowCount() const { return m_rows; }

    // The document as UTF-8 with the BOM in front.
    QByteArray toUtf8() const;

    // One field as it appears in the file.
    static QString escape(const QString& field);

private:
    QString m_text;
    int m_rows = 0;
};

} // namespace ocp
