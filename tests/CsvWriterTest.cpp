#include "model/billing/CsvWriter.h"

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

// CSV formula injection (CWE-1236): names come from files colleagues send.
TEST(CsvWriter, TextThatASpreadsheetWouldEvaluateGetsAnApostrophe) {
    const QStringList dangerous = {QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
                                   QStringLiteral("+1+2"),
                                   QStringLiteral("-1+cmd|' /C calc'!A0"),
                                   QStringLiteral("@SUM(A1)"),
                                   QStringLiteral("\t=1+1"),
                                   QStringLiteral("\r=1+1"),
                                   QStringLiteral("-12.34"),
                                   QStringLiteral("=")};
    for (const QString& text : dangerous) {
        EXPECT_EQ(CsvWriter::neutralise(text), u'\'' + text) << text.toStdString();
        CsvWriter csv;
        csv.addRow({text, QStringLiteral("b")});
        // The apostrophe comes first, in front of the quoted field's contents.
        const QString expected = CsvWriter::escape(u'\'' + text) + QStringLiteral(",b\r\n");
        EXPECT_EQ(csv.toUtf8(), kBom + expected.toUtf8()) << text.toStdString();
    }
}

TEST(CsvWriter, OtherTextIsLeftAlone) {
    for (const QString& text : {QString(), QStringLiteral("基准"), QStringLiteral("id-card"),
                                QStringLiteral(" =1"), QStringLiteral("a=b"), QStringLiteral("2027-01"),
                                QStringLiteral("'quoted"), QStringLiteral("optimum of =x")})
        EXPECT_EQ(CsvWriter::neutralise(text), text) << text.toStdString();
}

TEST(CsvWriter, NumbersStayNumbersEvenWhenNegative) {
    CsvWriter csv;
    csv.addRow({CsvWriter::Field::number(Money::fromMicros(-12'340'000)),
                CsvWriter::Field::number(Money::fromMicros(-1'234'000'000)),
                CsvWriter::Field::number(Money::fromMicros(6'000)), CsvWriter::Field::number(qint64{-5}),
                CsvWriter::Field::number(qint64{25'000}), QStringLiteral("-5")});
    EXPECT_EQ(csv.toUtf8(), kBom + QByteArrayLiteral("-12.34,-1234.00,0.006,-5,25000,'-5\r\n"));
}

TEST(CsvWriter, TextRowsAreNeutralisedToo) {
    CsvWriter csv;
    csv.addTextRow({QStringLiteral("scenario"), QStringLiteral("@cost")});
    EXPECT_EQ(csv.toUtf8(), kBom + QByteArrayLiteral("scenario,'@cost\r\n"));
}
