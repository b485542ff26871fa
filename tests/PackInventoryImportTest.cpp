// The console's resource-pack list read into holdings (PackInventoryImport): headers in either
// language, pasted tab-separated rows, counts as the console prints them, statuses, and the
// row errors a user can act on.
#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/io/PackInventoryImport.h"
#include "tests/support/Amounts.h"

#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::catalog;
using Outcome = InventoryRow::Outcome;

namespace {

Holding held(const char* pack, qint64 size, qint64 remaining, YearMonth expires, qint64 count = 1) {
    return Holding{QString::fromUtf8(pack), size, remaining, expires, count};
}

} // namespace

// The console's CSV export (UTF-8 with a BOM) of a plan starting 2027-01: the latest expiry a
// pack bought before it can have is 2027-01 + 12 - 2 = 2027-11 (R2).
TEST(PackInventoryImport, ChineseHeadersFromTheConsole) {
    const QByteArray csv = QByteArray("\xEF\xBB\xBF") +
                           QStringLiteral("资源包ID,资源包名称,规格,剩余量,生效时间,到期时间,状态\n"
                                          "pkg-1,身份证识别资源包,10万次,\"60,000\",2026-07-01 00:00:00,2027-06-30 23:59:59,有效\n"
                                          "pkg-2,身份证识别资源包,100000次,60000,2026-07-01 00:00:00,2027-06-30 23:59:59,使用中\n"
                                          "pkg-3,通用印刷体识别（高精度版）资源包,1万次,\"2,500\",2026-04-01,2027-03-31,正常\n"
                                          "pkg-4,银行卡识别,1000次,0,2025-12-01,2026-12-31,已过期\n"
                                          "pkg-5,银行卡识别,1000次,0,2026-06-01,2027-05-31,已用完\n"
                                          "pkg-6,营业执照识别,50000次,20000,2026-06-01,2027-05-31,有效\n"
                                          "pkg-7,人脸核身资源包,1000次,500,2026-06-01,2027-05-31,有效\n"
                                          "pkg-8,车牌识别,10000次,5000,2025-12-01,2026-12-31,有效\n"
                                          "pkg-9,行驶证识别,10000次,5000,2026-12-15,2027-12-14,有效\n"
                                          "pkg-10,驾驶证识别,10000次,12000,2026-12-15,2027-10-14,有效\n"
                                          "pkg-11,驾驶证识别,10000次,1000,2026-12-15,2027-13-14,有效\n")
                               .toUtf8();
    const PackInventory inv = PackInventoryImport::parse(csv, catalog(), YearMonth(2027, 1));
    EXPECT_EQ(inv.encoding, QStringLiteral("UTF-8"));
    // Two ID card rows alike (10万次 = 100000次, 60,000 = 60000) are one holding of 2 packs.
    ASSERT_EQ(inv.holdings.size(), 2);
    EXPECT_EQ(inv.holdings.at(0), held("id-card", 100'000, 60'000, YearMonth(2027, 6), 2));
    EXPECT_EQ(inv.holdings.at(1), held("general-accurate", 10'000, 2'500, YearMonth(2027, 3)));
    EXPECT_EQ(inv.heldPacks(), 3);
    ASSERT_EQ(inv.rows.size(), 11);
    EXPECT_EQ(inv.rows.at(0).line, 2);
    EXPECT_EQ(inv.rows.at(1).outcome, Outcome::Held);
    EXPECT_EQ(inv.rows.at(1).holding, 0);
    EXPECT_EQ(inv.rows.at(2).holding, 1);
    EXPECT_EQ(inv.count(Outcome::Held), 3);
    EXPECT_EQ(inv.count(Outcome::Skipped), 2);
    EXPECT_EQ(inv.count(Outcome::Error), 6);
    EXPECT_EQ(inv.rows.at(3).outcome, Outcome::Skipped);
    EXPECT_EQ(inv.rows.at(3).reason, QStringLiteral("status \"已过期\": the pack can no longer be used"));
    EXPECT_EQ(inv.rows.at(4).reason, QStringLiteral("status \"已用完\": the pack can no longer be used"));
    EXPECT_EQ(inv.rows.at(5).reason,
              QStringLiteral("line 7, 规格: Business license is not sold with 50,000 calls; its sizes are "
                             "1,000, 10,000, 100,000, 1,000,000, 10,000,000"));
    EXPECT_EQ(inv.rows.at(6).reason,
              QStringLiteral("line 8, 资源包名称: \"人脸核身资源包\" is not a resource pack of the catalog"));
    EXPECT_EQ(inv.rows.at(7).reason, QStringLiteral("line 9, 到期时间: 2026-12 is before the plan starts (2027-01)"));
    EXPECT_EQ(inv.rows.at(8).reason,
              QStringLiteral("line 10, 到期时间: 2027-12 is too late: a pack bought before 2027-01 is usable at "
                             "most through 2027-11"));
    EXPECT_EQ(inv.rows.at(9).reason, QStringLiteral("line 11, 剩余量: 12,000 calls left, more than the pack's 10,000"));
    EXPECT_EQ(inv.rows.at(10).reason,
              QStringLiteral("line 12, 到期时间: \"2027-13-14\" is not a date (2027-06-30 or 2027-06)"));
    EXPECT_EQ(inv.rows.at(6).pack, QStringLiteral("人脸核身资源包"));
    EXPECT_EQ(inv.rows.at(0).packId, QStringLiteral("id-card"));

    // Without a plan to check against, the expiry bounds are not applied.
    const PackInventory unchecked = PackInventoryImport::parse(csv, catalog());
    EXPECT_EQ(unchecked.count(Outcome::Held), 5);
    EXPECT_EQ(unchecked.holdings.at(2), held("license-plate", 10'000, 5'000, YearMonth(2026, 12)));
    EXPECT_EQ(unchecked.holdings.at(3), held("vehicle-license", 10'000, 5'000, YearMonth(2027, 12)));
}

// The English console page: header case and spacing do not matter, nor a unit in brackets;
// English statuses; console names holding an English pack or interface name as whole words.
TEST(PackInventoryImport, EnglishHeadersAndStatuses) {
    const QString text = QStringLiteral(
        "Resource Pack ID,  PACK NAME ,Size (calls),Remaining,Expires,Status\n"
        "p1,ID Card OCR resource pack,\"100,000\",\"45,000\",2027-05,Valid\n"
        "p2,Bank card,\"1,000\",\"1,000\",2027-04-30,Active\n"
        "p3,Bank card,\"1,000\",200,2027-04-30,In use\n"
        "p4,Vehicle VIN pack,\"1,000\",300,2027-04-30,Expired\n"
        "p5,Driving license pack,\"1,000\",300,2027-04-30,Valid\n"
        "p6,GeneralBasicOCR,\"10,000\",10000,2027-04-30,Isolated\n"
        "p7,General print,\"10,000\",0,2027-04-30,Valid\n");
    const PackInventory inv = PackInventoryImport::parseText(text, catalog(), YearMonth(2027, 1));
    EXPECT_TRUE(inv.encoding.isEmpty());
    ASSERT_EQ(inv.holdings.size(), 3);
    EXPECT_EQ(inv.holdings.at(0), held("id-card", 100'000, 45'000, YearMonth(2027, 5)));
    EXPECT_EQ(inv.holdings.at(1), held("bank-card", 1'000, 1'000, YearMonth(2027, 4)));
    EXPECT_EQ(inv.holdings.at(2), held("bank-card", 1'000, 200, YearMonth(2027, 4)));
    EXPECT_EQ(inv.rows.at(3).outcome, Outcome::Skipped);
    EXPECT_EQ(inv.rows.at(3).reason, QStringLiteral("status \"Expired\": the pack can no longer be used"));
    // "vin" is the VIN pack's id, but not a word of "Driving": no pack matches.
    EXPECT_EQ(inv.rows.at(4).outcome, Outcome::Error);
    EXPECT_EQ(inv.rows.at(4).reason,
              QStringLiteral("line 6, PACK NAME: \"Driving license pack\" is not a resource pack of the catalog"));
    EXPECT_EQ(inv.rows.at(5).reason, QStringLiteral("status \"Isolated\": the pack can no longer be used"));
    EXPECT_EQ(inv.rows.at(6).outcome, Outcome::Skipped);
    EXPECT_EQ(inv.rows.at(6).reason, QStringLiteral("no calls left"));
}

// Rows copied from the console's web table are tab separated, often with spaces around the
// header names and a blank line at the end; sizes in 万; no status column: every row is taken.
TEST(PackInventoryImport, PastedTabSeparatedRows) {
    const QString pasted = QStringLiteral(
        " 资源包名称 \t 规格 \t剩余量（次）\t到期时间\n"
        "身份证识别\t100万次\t1,000,000\t2027-09-30 23:59:59\n"
        "通用印刷体识别\t10万\t99,999\t2027/8/31\n"
        "\n");
    const PackInventory inv = PackInventoryImport::parseText(pasted, catalog(), YearMonth(2027, 1));
    ASSERT_EQ(inv.rows.size(), 2);
    ASSERT_EQ(inv.holdings.size(), 2);
    EXPECT_EQ(inv.holdings.at(0), held("id-card", 1'000'000, 1'000'000, YearMonth(2027, 9)));
    EXPECT_EQ(inv.holdings.at(1), held("general-print", 100'000, 99'999, YearMonth(2027, 8)));
    EXPECT_EQ(inv.rows.at(1).line, 3);
}

// A Chinese Excel saves CSV in GBK.
TEST(PackInventoryImport, ReadsGbkFiles) {
    QStringEncoder gbk("GBK");
    ASSERT_TRUE(gbk.isValid());
    const QByteArray csv = gbk.encode(QStringLiteral("资源包名称,规格,剩余量,到期时间,状态\n银行卡识别,1000次,800,2027-02-28,有效\n"));
    const PackInventory inv = PackInventoryImport::parse(csv, catalog(), YearMonth(2027, 1));
    EXPECT_EQ(inv.encoding, QStringLiteral("GBK"));
    ASSERT_EQ(inv.holdings.size(), 1);
    EXPECT_EQ(inv.holdings.at(0), held("bank-card", 1'000, 800, YearMonth(2027, 2)));
}

TEST(PackInventoryImport, RefusesAListWithoutTheColumnsItNeeds) {
    try {
        PackInventoryImport::parseText(QStringLiteral("资源包名称,剩余量\n身份证识别,100\n"), catalog());
        FAIL() << "accepted a list without size and expiry";
    } catch (const InputError& e) {
        EXPECT_EQ(e.message(), QStringLiteral("line 1: the header has no column for size (规格), expires (到期时间)"));
    }
    EXPECT_THROW(PackInventoryImport::parseText(QStringLiteral("\n\n"), catalog()), InputError);
}
