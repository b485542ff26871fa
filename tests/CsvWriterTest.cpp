#include "model/CsvWriter.h"

#include <gtest/gtest.h>

using namespace ocp;

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace

TEST(CsvWriter, PlainFieldsAreWrittenAsTheyAre) {
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("15000.00")), QStringLiteral("15000.00"));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral(" padded ")), QStringLiteral(" padded "));
    EXPECT_EQ(CsvWriter::escape(QString()), QString());
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("身份证识别")), QStringLiteral("身份证识别"));
}

TEST(CsvWriter, QuotesFieldsWithCommaQuoteCrOrLf) {
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("1,000")), QStringLiteral("\"1,000\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("\"")), QStringLiteral("\"\"\"\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("carriage\rreturn")), QStringLiteral("\"carriage\rreturn\""));
}

TEST(CsvWriter, DocumentHasBomAndCrlfLineEnds) {
    CsvWriter csv;
    csv.addRow({QStringLiteral("pack"), QStringLiteral("pack name"), QStringLiteral("cost")});
    csv.addRow({QStringLiteral("id-card"), QStringLiteral("身份证识别, 二代"), QStringLiteral("15000.00")});
    EXPECT_EQ(csv.rowCount(), 2);
    const QByteArray bytes = csv.toUtf8();
    ASSERT_TRUE(bytes.startsWith(kBom));
    const QByteArray expected = kBom + QStringLiteral("pack,pack name,cost\r\n"
                                                      "id-card,\"身份证识别, 二代\",15000.00\r\n")
                                           .toUtf8();
    EXPECT_EQ(bytes, expected);
    // No bare LF anywhere: every line end is CRLF.
    EXPECT_EQ(bytes.count('\n'), bytes.count("\r\n"));
}

TEST(CsvWriter, EmptyFieldsKeepTheirPlace) {
    CsvWriter csv;
    csv.addRow({QString(), QStringLiteral("b"), QString()});
    csv.addRow({QString()});
    EXPECT_EQ(csv.toUtf8(), kBom + QByteArrayLiteral(",b,\r\n\"\"\r\n"));
}

TEST(CsvWriter, EmptyDocumentIsJustTheBom) {
    EXPECT_EQ(CsvWriter().toUtf8(), kBom);
}
