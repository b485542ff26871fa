#include "CsvWriter.h"

namespace ocp {

QString CsvWriter::escape(const QString& field) {
    const bool needsQuotes =
        field.contains(u',') || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

void CsvWriter::addRow(const QStringList& fields) {
    // A lone empty field would make an empty line, which readers take for no field at all.
    if (fields.size() == 1 && fields.constFirst().isEmpty()) {
        m_text += QStringLiteral("\"\"\r\n");
        ++m_rows;
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += u',';
        m_text += escape(fields.at(i));
    }
    m_text += QStringLiteral("\r\n");
    ++m_rows;
}

QByteArray CsvWriter::toUtf8() const {
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8();
}

} // namespace ocp
