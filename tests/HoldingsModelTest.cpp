#include "model/itemmodels/HoldingsModel.h"

#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/PurchasesModel.h"
#include "model/itemmodels/ScenarioTableModel.h"
#include "tests/support/ModelTester.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace ocp;
using ocp::test::watch;

namespace {

const QString kIdCard = QStringLiteral("IDCardOCR");

// Three months of 25,000 ID-card calls and two holdings of the ID-card pack:
//   0: 1 pack, 60,000 left, usable through 2027-02;
//   1: 2 packs, 40,000 left each, usable through 2027-06.
Scenario heldQuarter() {
    Scenario s;
    s.name = QStringLiteral("Q1");
    s.start = YearMonth(2027, 1);
    s.months = 3;
    s.volumes.insert(kIdCard, QList<qint64>(3, 25'000));
    s.holdings.append({QStringLiteral("id-card"), 100'000, 60'000, YearMonth(2027, 2), 1});
    s.holdings.append({QStringLiteral("id-card"), 100'000, 40'000, YearMonth(2027, 6), 2});
    return s;
}

qint64 calls(const HoldingsModel& m, int row, int column) {
    return m.index(row, column).data(CallsRole).toLongLong();
}

} // namespace

TEST(HoldingsModel, ShowsEachHoldingAndWhatThePlanDoesWithIt) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(heldQuarter());
    HoldingsModel model(&doc);
    auto tester = watch(&model);
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), HoldingsModel::ColumnCount);
    EXPECT_EQ(model.headerData(HoldingsModel::AtStartColumn, Qt::Horizontal).toString(), QStringLiteral("At start"));
    EXPECT_EQ(model.index(0, HoldingsModel::PackColumn).data(Qt::EditRole).toString(), QStringLiteral("id-card"));
    EXPECT_EQ(model.index(0, HoldingsModel::RemainingColumn).data().toString(), QStringLiteral("60,000"));
    EXPECT_EQ(model.index(1, HoldingsModel::ExpiresColumn).data().toString(), QStringLiteral("2027-06"));
    // At start = left per pack × count: 60,000 × 1 and 40,000 × 2.
    EXPECT_EQ(calls(model, 0, HoldingsModel::AtStartColumn), 60'000);
    EXPECT_EQ(calls(model, 1, HoldingsModel::AtStartColumn), 80'000);
    // 24,000 billable calls a month (1,000 of the 25,000 are free, R1). Earliest expiry first
    // (R3): holding 0 serves January and February (48,000) and loses its last 12,000 when it
    // expires after February; holding 1 serves March's 24,000 and keeps 80,000 − 24,000 =
    // 56,000 past the end of the plan (it is usable through June).
    EXPECT_EQ(calls(model, 0, HoldingsModel::UsedColumn), 48'000);
    EXPECT_EQ(calls(model, 0, HoldingsModel::ExpiredColumn), 12'000);
    EXPECT_EQ(calls(model, 0, HoldingsModel::UnusedColumn), 0);
    EXPECT_EQ(calls(model, 1, HoldingsModel::UsedColumn), 24'000);
    EXPECT_EQ(calls(model, 1, HoldingsModel::ExpiredColumn), 0);
    EXPECT_EQ(calls(model, 1, HoldingsModel::UnusedColumn), 56'000);
    // Sizes to choose are the pack's; months to choose run from the start to start + 10 (R2).
    const QVariantList sizes = model.index(0, HoldingsModel::SizeColumn).data(ChoicesRole).toList();
    const ResourcePack& idCard = doc.catalog().packs().at(doc.catalog().packIndex(QStringLiteral("id-card")));
    EXPECT_EQ(sizes.size(), idCard.sizes.size());
    const QVariantList months = model.index(0, HoldingsModel::ExpiresColumn).data(ChoicesRole).toList();
    ASSERT_EQ(months.size(), 11);
    EXPECT_EQ(months.constLast().toMap().value(QStringLiteral("value")).toString(), QStringLiteral("2027-11"));
    EXPECT_TRUE(model.flags(model.index(0, HoldingsModel::CountColumn)).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(model.flags(model.index(0, HoldingsModel::UsedColumn)).testFlag(Qt::ItemIsEditable));
}

TEST(HoldingsModel, EditsGoThroughTheDocumentAndRefusalsKeepTheOldValue) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(heldQuarter());
    HoldingsModel model(&doc);
    auto tester = watch(&model);
    QSignalSpy rejected(&model, &HoldingsModel::inputRejected);

    // 45,000 left on holding 0: January and February bill 48,000, so all 45,000 are used.
    EXPECT_TRUE(model.setData(model.index(0, HoldingsModel::RemainingColumn), QStringLiteral("45,000")));
    EXPECT_EQ(doc.scenario().holdings.at(0).remaining, 45'000);
    EXPECT_EQ(calls(model, 0, HoldingsModel::UsedColumn), 45'000);
    EXPECT_EQ(calls(model, 0, HoldingsModel::ExpiredColumn), 0);

    const Scenario before = doc.scenario();
    // More calls left than the pack had.
    EXPECT_FALSE(model.setData(model.index(0, HoldingsModel::RemainingColumn), QStringLiteral("120,000")));
    ASSERT_EQ(rejected.count(), 1);
    const QString tooMany = rejected.takeFirst().at(0).toString();
    EXPECT_TRUE(tooMany.contains(QStringLiteral("held pack 1, remaining"))) << tooMany.toStdString();
    EXPECT_TRUE(tooMany.contains(QStringLiteral("120,000"))) << "the typed value is quoted";
    // Expired before the start, and later than start + 10 months (2027-11).
    EXPECT_FALSE(model.setData(model.index(1, HoldingsModel::ExpiresColumn), QStringLiteral("2026-12")));
    EXPECT_TRUE(rejected.takeFirst().at(0).toString().contains(QStringLiteral("held pack 2, expires: 2026-12")));
    EXPECT_FALSE(model.setData(model.index(1, HoldingsModel::ExpiresColumn), QStringLiteral("2027-12")));
    const QString late = rejected.takeFirst().at(0).toString();
    EXPECT_TRUE(late.contains(QStringLiteral("2027-11"))) << late.toStdString();
    EXPECT_FALSE(model.setData(model.index(1, HoldingsModel::CountColumn), QStringLiteral("0")));
    EXPECT_FALSE(model.setData(model.index(1, HoldingsModel::CountColumn), QStringLiteral("two")));
    EXPECT_EQ(rejected.count(), 2);
    EXPECT_EQ(doc.scenario(), before) << "nothing refused reached the plan";

    // The last usable month is accepted up to start + 10.
    EXPECT_TRUE(model.setData(model.index(1, HoldingsModel::ExpiresColumn), QStringLiteral("2027-11")));
    EXPECT_EQ(doc.scenario().holdings.at(1).expires, YearMonth(2027, 11));
    // Another pack: a size it does not sell becomes its smallest, and the calls left follow.
    EXPECT_TRUE(model.setData(model.index(1, HoldingsModel::PackColumn), QStringLiteral("bank-card")))
        << (rejected.isEmpty() ? std::string() : rejected.constLast().at(0).toString().toStdString());
    const Holding& changed = doc.scenario().holdings.at(1);
    const ResourcePack& basic = doc.catalog().packs().at(doc.catalog().packIndex(QStringLiteral("bank-card")));
    EXPECT_EQ(changed.packId, QStringLiteral("bank-card"));
    if (!basic.size(100'000)) {
        EXPECT_EQ(changed.size, basic.sizes.constFirst().calls);
        EXPECT_LE(changed.remaining, changed.size);
    }

    // Add and remove: rows follow.
    EXPECT_TRUE(model.addHolding(QStringLiteral("id-card")));
    ASSERT_EQ(model.rowCount(), 3);
    const Holding& added = doc.scenario().holdings.at(2);
    EXPECT_EQ(added.size, added.remaining) << "a full pack";
    EXPECT_EQ(added.expires, YearMonth(2027, 11));
    EXPECT_TRUE(model.removeHoldings({0, 2}));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(doc.scenario().holdings.constFirst().packId, QStringLiteral("bank-card"));
}

TEST(PlanDocumentHoldings, EachEditIsOneUndoableStepWithItsDescription) {
    PlanDocument doc(Catalog::defaultCatalog());
    doc.load(heldQuarter());
    QList<ScenarioEdit> edits;
    doc.setEditHandler([&](const ScenarioEdit& e) {
        edits.append(e);
        doc.apply(e, true);
    });
    const Scenario original = doc.scenario();
    doc.addHolding({QStringLiteral("id-card"), 100'000, 100'000, YearMonth(2027, 3), 1});
    Holding changed = doc.scenario().holdings.at(0);
    changed.count = 3;
    doc.setHolding(0, changed);
    doc.removeHoldings({1, 1, 7});
    doc.setActualThrough(YearMonth(2027, 2));
    doc.setActualThrough(std::nullopt);
    ASSERT_EQ(edits.size(), 5);
    for (const ScenarioEdit& e : edits)
        EXPECT_EQ(e.kind, ScenarioEdit::Kind::Scenario);
    EXPECT_TRUE(edits.at(0).description.startsWith(QStringLiteral("Add holding"))) << edits.at(0).description.toStdString();
    EXPECT_TRUE(edits.at(1).description.startsWith(QStringLiteral("Change holding 1"))) << edits.at(1).description.toStdString();
    EXPECT_TRUE(edits.at(2).description.startsWith(QStringLiteral("Remove holdings"))) << edits.at(2).description.toStdString();
    EXPECT_EQ(edits.at(3).description, QStringLiteral("Mark months as actual through 2027-02"));
    EXPECT_EQ(edits.at(4).description, QStringLiteral("Unlock actual months"));

    // The state after each step: 3 holdings, holding 0 ×3, holding 1 removed, locked, unlocked.
    EXPECT_EQ(edits.at(0).after.holdings.size(), 3);
    EXPECT_EQ(edits.at(1).after.holdings.at(0).count, 3);
    ASSERT_EQ(edits.at(2).after.holdings.size(), 2);
    EXPECT_EQ(edits.at(2).after.holdings.at(1).expires, YearMonth(2027, 3));
    EXPECT_EQ(edits.at(3).after.actualThrough, YearMonth(2027, 2));
    EXPECT_FALSE(doc.scenario().actualThrough.has_value());

    // Undo all, newest first, back to the start; redo all, back to the end.
    const Scenario last = doc.scenario();
    for (auto it = edits.crbegin(); it != edits.crend(); ++it)
        doc.apply(*it, false);
    EXPECT_EQ(doc.scenario(), original);
    for (const ScenarioEdit& e : std::as_const(edits))
        doc.apply(e, true);
    EXPECT_EQ(doc.scenario(), last);
}

TEST(PlanDocumentHoldings, StartAndHorizonKeepHoldingsAndActualMonthsValid) {
    PlanDocument doc(Catalog::defaultCatalog());
    Scenario s = heldQuarter();
    s.actualThrough = YearMonth(2027, 2);
    doc.load(s);
    // Two months cannot hold the actual months through February plus... they can: 2027-01..02.
    doc.setMonths(2);
    EXPECT_EQ(doc.scenario().months, 2);
    try {
        doc.setMonths(1); // would cut February, an actual month, off
        FAIL() << "a horizon shorter than the actual months was accepted";
    } catch (const InputError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("through 2027-02 are actual"))) << e.message().toStdString();
    }
    try {
        doc.setStart(YearMonth(2027, 3)); // February would lie before the start
        FAIL() << "a start after the actual months was accepted";
    } catch (const InputError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("unlock actual months first"))) << e.message().toStdString();
    }
    doc.setActualThrough(std::nullopt);
    try {
        doc.setStart(YearMonth(2027, 3)); // holding 0 expires in 2027-02, before that start
        FAIL() << "a start after a holding's expiry was accepted";
    } catch (const InputError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("held pack 1"))) << e.message().toStdString();
    }
    EXPECT_EQ(doc.scenario().start, YearMonth(2027, 1));
    EXPECT_THROW(doc.setActualThrough(YearMonth(2027, 3)), InputError) << "outside a two-month plan";
    EXPECT_THROW(doc.setActualThrough(YearMonth(2026, 12)), InputError);
}

TEST(ActualMonths, VolumeTableAndPurchasesLockThem) {
    PlanDocument doc(Catalog::defaultCatalog());
    Scenario s = heldQuarter();
    s.purchases.append({0, QStringLiteral("id-card"), 100'000, 1}); // made in January
    s.purchases.append({2, QStringLiteral("id-card"), 100'000, 1}); // planned for March
    s.actualThrough = YearMonth(2027, 2);
    doc.load(s);
    ScenarioTableModel table(&doc);
    PurchasesModel purchases(&doc);
    auto tableTester = watch(&table);
    auto purchasesTester = watch(&purchases);
    QSignalSpy rejected(&table, &ScenarioTableModel::inputRejected);
    const int row = table.rowOf(kIdCard);

    // January and February are actual: marked, not editable, refused; March is open.
    EXPECT_TRUE(table.index(row, 1).data(ActualRole).toBool());
    EXPECT_FALSE(table.index(row, 2).data(ActualRole).toBool());
    EXPECT_FALSE(table.flags(table.index(row, 0)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(table.flags(table.index(row, 2)).testFlag(Qt::ItemIsEditable));
    EXPECT_EQ(table.headerData(1, Qt::Horizontal).toString(), QStringLiteral("2027-02 ✓"));
    EXPECT_EQ(table.headerData(2, Qt::Horizontal).toString(), QStringLiteral("2027-03"));
    EXPECT_TRUE(table.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("actual")));
    EXPECT_FALSE(table.setData(table.index(row, 0), QStringLiteral("1")));
    EXPECT_EQ(rejected.count(), 1);
    EXPECT_THROW(doc.setVolume(kIdCard, 1, 1), InputError);

    // A paste over February and March is refused whole; a fill leaves February as it is.
    QString message;
    EXPECT_FALSE(table.pasteTsv(table.index(row, 1), QStringLiteral("7\t8"), {}, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("2027-02"))) << message.toStdString();
    VolumeFill fill;
    fill.kind = VolumeFill::Kind::SetValue;
    fill.value = 9;
    EXPECT_TRUE(table.fill({table.index(row, 1), table.index(row, 2)}, fill, &message));
    EXPECT_EQ(doc.scenario().volumes.value(kIdCard), (QList<qint64>{25'000, 25'000, 9}));
    EXPECT_TRUE(message.contains(QStringLiteral("in actual months were left as they are"))) << message.toStdString();

    // January's purchase was made: locked; March's can change; nothing moves into January.
    EXPECT_FALSE(purchases.flags(purchases.index(0, PurchasesModel::CountColumn)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(purchases.flags(purchases.index(1, PurchasesModel::CountColumn)).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(purchases.setData(purchases.index(0, PurchasesModel::CountColumn), 2));
    EXPECT_TRUE(purchases.setData(purchases.index(1, PurchasesModel::CountColumn), 2));
    EXPECT_FALSE(purchases.setData(purchases.index(1, PurchasesModel::MonthColumn), QStringLiteral("2027-01")));
    EXPECT_EQ(purchases.index(1, PurchasesModel::MonthColumn).data(ChoicesRole).toList().size(), 1) << "March only";
    EXPECT_THROW(doc.removePurchases({0}), InputError);
    EXPECT_TRUE(purchases.addPurchase(QStringLiteral("id-card")));
    EXPECT_EQ(doc.scenario().purchases.constLast().month, 2) << "added in the first open month";

    // An interface with actual calls cannot be removed while they are locked.
    EXPECT_THROW(doc.removeInterfaces({kIdCard}), InputError);

    // Unlocked, every month is editable again.
    doc.setActualThrough(std::nullopt);
    EXPECT_TRUE(table.flags(table.index(row, 0)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(table.setData(table.index(row, 0), QStringLiteral("1")));
    doc.removePurchases({0});
    EXPECT_EQ(doc.scenario().purchases.size(), 2);
}
