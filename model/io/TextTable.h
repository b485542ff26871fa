#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace ocp {

// Lays out rows of text in aligned columns for a terminal. Chinese characters take two
// columns on a terminal, so widths are counted in display columns, not in characters.
class TextTable {
public:
    enum class Align { Left, Right };

    explicit TextTable(QList<Align> alignments);

    void addRow(const QStringList& cells);
    // A line of dashes under the previous row, as wide as the table.
    void addRule();

    // The table, each line prefixed by `indent` spaces and ended by '\n'.
    QString toString(int indent = 0) const;

    // Terminal columns the text occupies: 2 for East Asian wide and full-width characters,
    // 0 for combining marks, 1 otherwise.
    static int displayWidth(const QString& text);

    // Reports read the same in every environment: grouping with commas, a dot for decimals.
    static const QLocale& reportLocale();
    // A count as reports print it: "1,200,000".
    static QString grouped(qint64 value);

private:
    QList<Align> m_alignments;
    QList<QStringList> m_rows; // an empty row is a rule
};

} // namespace ocp
