#include "model/io/TextTable.h"

#include <gtest/gtest.h>

using namespace ocp;

TEST(TextTable, ChineseCharactersTakeTwoColumns) {
    EXPECT_EQ(TextTable::displayWidth(QStringLiteral("abc")), 3);
    EXPECT_EQ(TextTable::displayWidth(QStringLiteral("身份证识别")), 10);
    EXPECT_EQ(TextTable::displayWidth(QStringLiteral("（小票）")), 8); // full-width parentheses
    EXPECT_EQ(TextTable::displayWidth(QStringLiteral("3 × 100")), 7);  // × is narrow
    EXPECT_EQ(TextTable::displayWidth(QString()), 0);
}

TEST(TextTable, AlignsColumnsByDisplayWidth) {
    using A = TextTable::Align;
    TextTable table({A::Left, A::Right});
    table.addRow({QStringLiteral("Pack"), QStringLiteral("Total")});
    table.addRule();
    table.addRow({QStringLiteral("身份证识别"), QStringLiteral("15,000.00")});
    table.addRow({QStringLiteral("id"), QStringLiteral("0.00")});
    const QStringList lines = table.toString(2).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines.at(0), QStringLiteral("  Pack            Total"));
    EXPECT_EQ(lines.at(1), QStringLiteral("  ---------------------"));
    EXPECT_EQ(lines.at(2), QStringLiteral("  身份证识别  15,000.00"));
    EXPECT_EQ(lines.at(3), QStringLiteral("  id               0.00"));
    // Every line ends at the same terminal column.
    for (const QString& line : lines)
        EXPECT_EQ(TextTable::displayWidth(line), 23) << line.toStdString();
}

TEST(TextTable, NoTrailingBlanks) {
    TextTable table({TextTable::Align::Left, TextTable::Align::Left});
    table.addRow({QStringLiteral("long first cell"), QString()});
    table.addRow({QStringLiteral("x"), QStringLiteral("y")});
    for (const QString& line : table.toString().split(u'\n', Qt::SkipEmptyParts))
        EXPECT_FALSE(line.endsWith(u' ')) << line.toStdString();
}
