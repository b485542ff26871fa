#include "model/io/TextTable.h"

#include <algorithm>

namespace ocp {
namespace {

bool isWide(char32_t c) {
    // East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt that a
    // price list can contain: CJK ideographs and punctuation, kana, Hangul, full-width forms.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString spaces(int count) {
    return QString(std::max(count, 0), u' ');
}

} // namespace

TextTable::TextTable(QList<Align> alignments)
    : m_alignments(std::move(alignments)) {}

void TextTable::addRow(const QStringList& cells) {
    m_rows.append(cells.isEmpty() ? QStringList{QString()} : cells);
}

void TextTable::addRule() {
    m_rows.append(QStringList());
}

int TextTable::displayWidth(const QString& text) {
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Other_Format)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TextTable::toString(int indent) const {
    QList<int> widths(m_alignments.size(), 0);
    for (const QStringList& row : m_rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths.at(c), displayWidth(row.at(c)));
    }
    constexpr int kGap = 2;
    int total = 0;
    for (int w : std::as_const(widths))
        total += w;
    total += kGap * static_cast<int>(std::max<qsizetype>(widths.size() - 1, 0));

    QString out;
    for (const QStringList& row : m_rows) {
        QString line = spaces(indent);
        if (row.isEmpty()) {
            line += QString(total, u'-');
        } else {
            for (qsizetype c = 0; c < widths.size(); ++c) {
                const QString cell = row.value(c);
                const int pad = widths.at(c) - displayWidth(cell);
                if (c > 0)
                    line += spaces(kGap);
                if (m_alignments.at(c) == Align::Right)
                    line += spaces(pad) + cell;
                else
                    line += cell + spaces(pad);
            }
        }
        // Trailing blanks only make copied text harder to diff.
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    return out;
}

const QLocale& TextTable::reportLocale() {
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString TextTable::grouped(qint64 value) {
    return reportLocale().toString(value);
}

} // namespace ocp
