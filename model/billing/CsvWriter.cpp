#include "model/billing/CsvWriter.h"

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

QString CsvWriter::neutralise(const QString& text) {
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + text;
    default:
        return text;
    }
}

void CsvWriter::addRow(const Row& fields) {
    // A lone empty field would make an empty line, which readers take for no field at all.
    if (fields.size() == 1 && fields.constFirst().text().isEmpty()) {
        m_text += QStringLiteral("\"\"\r\n");
        ++m_rows;
        return;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += u',';
        const Field& field = fields.at(i);
        m_text += escape(field.isNumber() ? field.text() : neutralise(field.text()));
    }
    m_text += QStringLiteral("\r\n");
    ++m_rows;
}

void CsvWriter::addTextRow(const QStringList& texts) {
    addRow(Row(texts.cbegin(), texts.cend()));
}

QByteArray CsvWriter::toUtf8() const {
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8();
}

} // namespace ocp
