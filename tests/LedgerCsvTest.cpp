#include "model/LedgerCsv.h"

#include "model/BillingEngine.h"
#include "model/Catalog.h"
#include "model/ScenarioFile.h"

#include "TestPrinters.h"

#include <gtest/gtest.h>

using namespace ocp;

namespace {

// A small RFC 4180 reader: enough to check what spreadsheet programs will see.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

TEST(LedgerCsv, OneRowPerMonthPerPackWithTotalsThatAddUp) {
    const Catalog& catalog = Catalog::defaultCatalog();
    const Scenario scenario = ScenarioFile::sample(catalog);
    const BillingResult result = BillingEngine::run(catalog, scenario);
    const QByteArray csv = ledgerCsv(catalog, scenario, result);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF")) << "UTF-8 byte order mark";
    ASSERT_TRUE(csv.endsWith("\r\n"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
    ASSERT_FALSE(rows.isEmpty());
    const QStringList header = rows.constFirst();
    ASSERT_EQ(header.size(), 17);
    for (const QStringList& row : rows)
        ASSERT_EQ(row.size(), header.size()) << row.join(u',').toStdString();
    const auto col = [&](const char* name) {
        return static_cast<int>(header.indexOf(QString::fromLatin1(name)));
    };

    // 8 packs in use × (12 months + their total) + the grand total.
    EXPECT_EQ(rows.size(), 1 + 8 * 13 + 1);
    Money monthsSum;
    qint64 callsSum = 0;
    Money packTotalsSum;
    for (const QStringList& row : rows.mid(1, rows.size() - 2)) {
        const Money cost = *Money::parse(row.at(col("total_cost")));
        if (row.at(col("month")) == QStringLiteral("total")) {
            packTotalsSum += cost;
        } else {
            monthsSum += cost;
            callsSum += row.at(col("calls")).toLongLong();
            EXPECT_EQ(*Money::parse(row.at(col("postpaid_cost"))) +
                          *Money::parse(row.at(col("purchase_cost"))),
                      cost);
        }
    }
    const QStringList grand = rows.constLast();
    EXPECT_EQ(grand.at(col("month")), QStringLiteral("total"));
    EXPECT_EQ(grand.at(col("pack_name")), QStringLiteral("合计"));
    EXPECT_EQ(*Money::parse(grand.at(col("total_cost"))), result.total());
    EXPECT_EQ(monthsSum, result.total());
    EXPECT_EQ(packTotalsSum, result.total());
    EXPECT_EQ(grand.at(col("calls")).toLongLong(), callsSum);
    EXPECT_EQ(grand.at(col("calls")).toLongLong(), result.overall.calls);

    // The ID-card pack's first month: 25,000 calls, 1,000 free, 24,000 from the packs bought then.
    const auto first = std::find_if(rows.cbegin(), rows.cend(), [&](const QStringList& r) {
        return r.at(col("pack_id")) == QStringLiteral("id-card") &&
               r.at(col("month")) == QStringLiteral("2027-01");
    });
    ASSERT_NE(first, rows.cend());
    EXPECT_EQ(first->at(col("pack_name")), QStringLiteral("身份证识别"));
    EXPECT_EQ(first->at(col("free_calls")), QStringLiteral("1000"));
    EXPECT_EQ(first->at(col("pack_calls")), QStringLiteral("24000"));
    EXPECT_EQ(first->at(col("purchase_cost")), QStringLiteral("15000.00"));
    EXPECT_EQ(first->at(col("tier")), QString());
}

TEST(LedgerCsv, QuotesFieldsThatNeedIt) {
    // English names with commas or quotes must survive a round trip.
    const QByteArray json = R"({
      "format": "ocr-cost-planner/catalog", "version": 1, "currency": "CNY",
      "freeCallsPerMonth": 1000, "packValidityMonths": 12,
      "categories": [{"id": "c", "name": "类", "nameEn": "C"}],
      "resourcePacks": [{"id": "p", "name": "包", "nameEn": "Pack \"A\", large", "category": "c",
                         "sizes": [{"calls": 1000, "price": "10"}]}],
      "postpaidGroups": [{"id": "p", "name": "包", "tiers": [{"upTo": 10000, "unitPrice": "0.1"}], "aboveTopTier": "contact-sales"}],
      "interfaces": [{"id": "A", "name": "甲", "category": "c", "pack": "p", "postpaidGroup": "p"}]
    })";
    const Catalog catalog = Catalog::fromJson(json);
    Scenario s;
    s.months = 1;
    s.volumes.insert(QStringLiteral("A"), {3000});
    const QByteArray csv = ledgerCsv(catalog, s, BillingEngine::run(catalog, s));
    EXPECT_TRUE(csv.contains("\"Pack \"\"A\"\", large\"")) << csv.toStdString();
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
    EXPECT_EQ(rows.at(1).at(3), QStringLiteral("Pack \"A\", large"));
    EXPECT_EQ(rows.at(1).at(10), QStringLiteral("200.00")); // 2,000 postpaid calls at 0.1
}
