#pragma once

#include "model/billing/Money.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ocp {

// Builds an RFC 4180 CSV document: CRLF line ends, fields quoted only when they hold a comma,
// a quote, CR or LF, quotes doubled. The bytes are UTF-8 with a byte order mark, because
// Excel otherwise reads the file in the local code page and garbles the Chinese pack names.
//
// Names in a report come from files colleagues send (scenario, plan and catalog names), so a
// text field is never left to start a formula: Excel and LibreOffice evaluate "=…", "+…",
// "-…", "@…" (CSV formula injection, CWE-1236). Every report goes through this writer.
class CsvWriter {
public:
    // One field of a row. Text is shown as it is: when it begins with = + - @, a tab or a
    // carriage return, an apostrophe goes in front (OWASP), which spreadsheets show as text.
    // Numbers are made from an amount or a count only, never from text, so a negative
    // amount stays a number and no name can pass itself off as one.
    class Field {
    public:
        Field() = default;
        Field(QString text) // NOLINT(google-explicit-constructor): text is the common case
            : m_text(std::move(text)) {}
        static Field number(Money amount) { return Field(amount.toDecimalString(), true); }
        static Field number(qint64 count) { return Field(QString::number(count), true); }

        const QString& text() const { return m_text; }
        bool isNumber() const { return m_number; }

    private:
        Field(QString text, bool number)
            : m_text(std::move(text))
            , m_number(number) {}

        QString m_text;
        bool m_number = false;
    };
    using Row = QList<Field>;

    void addRow(const Row& fields);
    // A row of text fields, such as the column names.
    void addTextRow(const QStringList& texts);
    int rowCount() const { return m_rows; }

    // The document as UTF-8 with the BOM in front.
    QByteArray toUtf8() const;

    // One field as it appears in the file (quoting only).
    static QString escape(const QString& field);
    // Text a spreadsheet would take for a formula, with an apostrophe in front; other text as is.
    static QString neutralise(const QString& text);

private:
    QString m_text;
    int m_rows = 0;
};

} // namespace ocp
