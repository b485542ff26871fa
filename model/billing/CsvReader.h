#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ocp {

// One record of a CSV file with the line it starts on (for messages a user can act on).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// Splits RFC 4180 text into records: quoted fields may hold the delimiter, quotes ("") and
// line breaks; CRLF, LF and CR all end a record. Lenient where spreadsheets are: a stray quote
// inside an unquoted field is kept as text, and a missing closing quote ends at the text's end.
class CsvReader {
public:
    static QList<CsvRecord> parse(const QString& text, QChar delimiter = u',');
    // Guesses the delimiter of a sheet from its first line: tab, semicolon or comma.
    static QChar detectDelimiter(const QString& text);
};

} // namespace ocp
