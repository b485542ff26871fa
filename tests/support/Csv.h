#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ocp::test {

// A small, strict RFC 4180 reader (quoted fields, doubled quotes, rows ended by CRLF). It is
// deliberately not model/billing/CsvReader: that reader is lenient (LF or CR end a row, blank
// rows and a lone "" row are dropped, a missing closing quote is forgiven), so it would let
// through the very writer faults these tests look for, and a writer checked by the reader of
// the same code base proves less than one checked by a second implementation.
QList<QStringList> parseCsv(const QString& text);

// The rows of a CSV document the planner wrote: UTF-8 behind a byte order mark, every row
// ended by CRLF. Fails the test when either is missing.
QList<QStringList> csvRows(const QByteArray& document);

} // namespace ocp::test
