#include "model/billing/CsvReader.h"

namespace ocp {

QList<CsvRecord> CsvReader::parse(const QString& text, QChar delimiter) {
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false; // something (even "") was read for the current field
    int line = 1;
    record.line = 1;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(record.fields.size() == 1 && record.fields.constFirst().isEmpty()))
            records.append(record);
        record = CsvRecord();
        record.line = line;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            field += c;
        }
    }
    if (fieldStarted || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

QChar CsvReader::detectDelimiter(const QString& text) {
    const qsizetype end = text.indexOf(u'\n');
    const QStringView first = end < 0 ? QStringView(text) : QStringView(text).left(end);
    const qsizetype tabs = first.count(u'\t');
    const qsizetype semicolons = first.count(u';');
    const qsizetype commas = first.count(u',');
    if (tabs > 0 && tabs >= commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas)
        return u';';
    return u',';
}

} // namespace ocp
