#include "model/billing/Catalog.h"
#include "model/billing/Money.h"
#include "model/document/PlanDocument.h"
#include "model/io/ScenarioFile.h"
#include "model/itemmodels/BillableShareModel.h"
#include "model/itemmodels/CashFlowModel.h"
#include "model/itemmodels/CatalogTreeModel.h"
#include "model/itemmodels/CategoryCostModel.h"
#include "model/itemmodels/LedgerModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "model/itemmodels/MonthlyCostModel.h"
#include "model/itemmodels/PackDetailsModel.h"
#include "model/itemmodels/PriceOverridesModel.h"
#include "model/itemmodels/PurchasesModel.h"
#include "model/itemmodels/ResultsModel.h"
#include "model/itemmodels/ScenarioSettingsModel.h"
#include "model/itemmodels/ScenarioTableModel.h"
#include "tests/support/Amounts.h"
#include "tests/support/ModelTester.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <gtest/gtest.h>
#include <memory>

using namespace ocp;
using ocp::test::watch;
using ocp::test::yuan;

namespace {

class ItemModels : public ::testing::Test {
protected:
    void SetUp() override { doc.load(ScenarioFile::sample(Catalog::defaultCatalog())); }

    // Undo-like history without QtGui: edits are recorded and applied by hand.
    void recordEdits() {
        doc.setEditHandler([this](const ScenarioEdit& e) {
            history.append(e);
            doc.apply(e, true);
        });
    }
    void undoAll() {
        while (!history.isEmpty())
            doc.apply(history.takeLast(), false);
    }

    PlanDocument doc{Catalog::defaultCatalog()};
    QList<ScenarioEdit> history;
};

QModelIndex findPack(const QAbstractItemModel& model, const QString& packId, const QModelIndex& parent = {}) {
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (i.data(KindRole).toInt() == CatalogTreeModel::PackItem && i.data(PackIdRole).toString() == packId)
            return i;
        const QModelIndex inner = findPack(model, packId, i);
        if (inner.isValid())
            return inner;
    }
    return {};
}

} // namespace

TEST_F(ItemModels, CatalogTreeListsSharedPacksUnderEachCategory) {
    const Catalog& catalog = Catalog::defaultCatalog();
    CatalogTreeModel model(catalog);
    auto tester = watch(&model);
    ASSERT_EQ(model.rowCount(), catalog.categories().size());
    int interfaces = 0;
    int certificatePlaces = 0;
    for (int c = 0; c < model.rowCount(); ++c) {
        const QModelIndex category = model.index(c, 0);
        for (int p = 0; p < model.rowCount(category); ++p) {
            const QModelIndex pack = model.index(p, 0, category);
            if (pack.data(PackIdRole).toString() == QStringLiteral("general-certificate"))
                ++certificatePlaces;
            interfaces += model.rowCount(pack);
        }
    }
    EXPECT_EQ(interfaces, 46);
    EXPECT_EQ(certificatePlaces, 2) << "通用证照识别 serves a card and a vehicle interface";

    const QModelIndex pack = findPack(model, QStringLiteral("image-text-basic"));
    ASSERT_TRUE(pack.isValid());
    std::unique_ptr<QMimeData> mime(model.mimeData({pack}));
    ASSERT_TRUE(mime);
    EXPECT_EQ(QString::fromUtf8(mime->data(CatalogTreeModel::kInterfaceMimeType)),
              QStringLiteral("QrcodeOCR\nTextDetect"));
    model.refreshNames();
}

TEST_F(ItemModels, CatalogFilterMatchesIdsAndBothLanguages) {
    CatalogTreeModel model(Catalog::defaultCatalog());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setAutoAcceptChildRows(true);
    proxy.setFilterRole(SearchTextRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto tester = watch(&model);
    auto proxyTester = watch(&proxy);

    auto interfacesShown = [&] {
        int n = 0;
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < proxy.rowCount(parent); ++r) {
                const QModelIndex i = proxy.index(r, 0, parent);
                if (i.data(KindRole).toInt() == CatalogTreeModel::InterfaceItem)
                    ++n;
                walk(i);
            }
        };
        walk({});
        return n;
    };
    proxy.setFilterFixedString(QStringLiteral("idcard"));
    EXPECT_EQ(interfacesShown(), 1);
    proxy.setFilterFixedString(QStringLiteral("护照"));
    EXPECT_EQ(interfacesShown(), 1);
    proxy.setFilterFixedString(QStringLiteral("passport"));
    EXPECT_EQ(interfacesShown(), 1);
    proxy.setFilterFixedString(QStringLiteral("通用证照识别")); // the pack: all 9 interfaces shown
    EXPECT_EQ(interfacesShown(), 9);
    proxy.setFilterFixedString(QString());
    EXPECT_EQ(interfacesShown(), 46);
}

TEST_F(ItemModels, PackDetailsShowPricesTiersAndSharing) {
    PackDetailsModel model(&doc);
    auto tester = watch(&model);
    EXPECT_EQ(model.rowCount(), 0);
    const Catalog& catalog = doc.catalog();
    model.setPack(catalog.packIndex(QStringLiteral("driver-license")));
    ASSERT_EQ(model.rowCount(), 5);
    const QModelIndex prepaid = model.index(0, 0);
    ASSERT_EQ(model.rowCount(prepaid), 5);
    EXPECT_EQ(model.index(2, PackDetailsModel::ValueColumn, prepaid).data().toString(),
              QStringLiteral("5,000.00 元"));
    EXPECT_EQ(model.index(2, PackDetailsModel::PerCallColumn, prepaid).data().toString(),
              QStringLiteral("0.05"));
    const QModelIndex group = model.index(4, 0);
    EXPECT_EQ(model.rowCount(group), 2) << "行驶证 and 驾驶证 are billed in one postpaid group";

    recordEdits();
    doc.setPackPriceOverride(QStringLiteral("driver-license"), 100'000, yuan("4500"));
    EXPECT_EQ(model.index(2, PackDetailsModel::ValueColumn, prepaid).data().toString(),
              QStringLiteral("4,500.00 元"));
    EXPECT_TRUE(model.index(2, 0, prepaid).data(OverriddenRole).toBool());
    undoAll();
    EXPECT_FALSE(model.index(2, 0, prepaid).data(OverriddenRole).toBool());
    model.setPack(catalog.packIndex(QStringLiteral("general-certificate")));
    EXPECT_EQ(model.rowCount(model.index(3, 0)), 9);
    model.setPack(-1);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ItemModels, VolumeTableEditsPastesFillsAndFollowsStructuralChanges) {
    ScenarioTableModel model(&doc);
    auto tester = watch(&model);
    recordEdits();
    const int rows = model.interfaceCount();
    EXPECT_EQ(rows, 9);
    EXPECT_EQ(model.columnCount(), 13);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("2027-01"));
    EXPECT_EQ(model.headerData(12, Qt::Horizontal).toString(), QStringLiteral("Total"));
    const int idCard = model.rowOf(QStringLiteral("IDCardOCR"));
    ASSERT_GE(idCard, 0);
    EXPECT_EQ(model.index(idCard, 12).data(CallsRole).toLongLong(), 300'000);

    // Typed text goes through the parser; refusals leave the value and say why.
    QSignalSpy rejected(&model, &ScenarioTableModel::inputRejected);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_TRUE(model.setData(model.index(idCard, 0), QStringLiteral("30,000")));
    EXPECT_EQ(model.index(idCard, 0).data(CallsRole).toLongLong(), 30'000);
    EXPECT_EQ(model.index(idCard, 12).data(CallsRole).toLongLong(), 305'000);
    EXPECT_GE(changed.count(), 2);
    EXPECT_FALSE(model.setData(model.index(idCard, 0), QStringLiteral("-3")));
    EXPECT_FALSE(model.setData(model.index(idCard, 0), QStringLiteral("lots")));
    ASSERT_EQ(rejected.count(), 2);
    EXPECT_TRUE(rejected.at(1).at(0).toString().contains(QStringLiteral("lots")));
    EXPECT_EQ(model.index(idCard, 0).data(CallsRole).toLongLong(), 30'000);
    EXPECT_FALSE(model.flags(model.index(rows, 0)).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(model.setData(model.index(rows, 0), 5));

    // A pasted block is one edit; values beyond the table are reported.
    const int before = static_cast<int>(history.size());
    QString message;
    EXPECT_TRUE(model.pasteTsv(model.index(0, 10), QStringLiteral("1\t2\t3\r\n4\t5\t6\r\n"), {}, &message));
    EXPECT_EQ(history.size(), before + 1);
    EXPECT_EQ(model.index(0, 10).data(CallsRole).toLongLong(), 1);
    EXPECT_EQ(model.index(1, 11).data(CallsRole).toLongLong(), 5);
    EXPECT_TRUE(message.contains(QStringLiteral("2 value"))) << message.toStdString();
    EXPECT_FALSE(model.pasteTsv(model.index(0, 0), QStringLiteral("1\tx"), {}, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("x")));
    EXPECT_EQ(model.toTsv({model.index(0, 10), model.index(0, 11), model.index(1, 10)}),
              QStringLiteral("1\t2\n4\t"));

    // Fill tools.
    QModelIndexList year;
    for (int m = 0; m < 12; ++m)
        year.append(model.index(idCard, m));
    VolumeFill growth;
    growth.kind = VolumeFill::Kind::Growth;
    growth.percentMillionths = 10'000'000;
    ASSERT_TRUE(model.fill(year, growth, &message)) << message.toStdString();
    EXPECT_EQ(model.index(idCard, 2).data(CallsRole).toLongLong(), 36'300);
    VolumeFill clear;
    clear.kind = VolumeFill::Kind::Clear;
    ASSERT_TRUE(model.fill(year, clear, &message));
    EXPECT_EQ(model.index(idCard, 12).data(CallsRole).toLongLong(), 0);

    // Rows follow interfaces added (also by drop) and removed; months follow the horizon.
    QMimeData mime;
    mime.setData(CatalogTreeModel::kInterfaceMimeType, QByteArrayLiteral("PassportOCR\nTableOCR"));
    ASSERT_TRUE(model.canDropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
    ASSERT_TRUE(model.dropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
    EXPECT_EQ(model.interfaceCount(), rows + 2);
    doc.removeInterfaces({QStringLiteral("IDCardOCR"), QStringLiteral("TableOCR")});
    EXPECT_EQ(model.interfaceCount(), rows);
    EXPECT_EQ(model.rowOf(QStringLiteral("IDCardOCR")), -1);
    doc.setMonths(24);
    EXPECT_EQ(model.columnCount(), 25);
    doc.setStart(YearMonth(2028, 7));
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("2028-07"));

    undoAll();
    EXPECT_EQ(doc.scenario(), ScenarioFile::sample(Catalog::defaultCatalog()));
    EXPECT_EQ(model.interfaceCount(), rows);
    EXPECT_EQ(model.index(model.rowOf(QStringLiteral("IDCardOCR")), 12).data(CallsRole).toLongLong(),
              300'000);

    // Loading another plan resets the table.
    Scenario empty = PlanDocument::emptyScenario();
    doc.load(empty);
    EXPECT_EQ(model.interfaceCount(), 0);
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(ItemModels, SettingsModelEditsThePlanSettings) {
    ScenarioSettingsModel model(&doc);
    auto tester = watch(&model);
    recordEdits();
    EXPECT_EQ(model.index(0, ScenarioSettingsModel::StartColumn).data().toString(),
              QStringLiteral("2027-01"));
    EXPECT_TRUE(model.setData(model.index(0, ScenarioSettingsModel::StartColumn), QDate(2028, 3, 1)));
    EXPECT_EQ(doc.scenario().start, YearMonth(2028, 3));
    EXPECT_TRUE(model.setData(model.index(0, ScenarioSettingsModel::MonthsColumn), 36));
    EXPECT_EQ(doc.scenario().months, 36);
    EXPECT_TRUE(model.setData(model.index(0, ScenarioSettingsModel::TierBasisColumn), 1));
    EXPECT_EQ(doc.scenario().settings.tierBasis, TierBasis::PostpaidCalls);
    EXPECT_TRUE(model.setData(model.index(0, ScenarioSettingsModel::PolicyColumn), 1));
    EXPECT_EQ(doc.scenario().settings.purchasePolicy, PurchasePolicy::Any);
    EXPECT_TRUE(
        model.setData(model.index(0, ScenarioSettingsModel::AboveTopPriceColumn), QStringLiteral("0.045")));
    EXPECT_EQ(doc.scenario().settings.aboveTopTierPrice, yuan("0.045"));
    EXPECT_TRUE(
        model.setData(model.index(0, ScenarioSettingsModel::NameColumn), QStringLiteral("Budget 2028")));
    EXPECT_EQ(doc.scenario().name, QStringLiteral("Budget 2028"));
    QSignalSpy rejected(&model, &ScenarioSettingsModel::inputRejected);
    EXPECT_FALSE(model.setData(model.index(0, ScenarioSettingsModel::MonthsColumn), 0));
    EXPECT_FALSE(
        model.setData(model.index(0, ScenarioSettingsModel::AboveTopPriceColumn), QStringLiteral("cheap")));
    EXPECT_EQ(rejected.count(), 2);
    EXPECT_EQ(model.index(0, ScenarioSettingsModel::PolicyColumn).data(ChoicesRole).toList().size(), 2);
    undoAll();
    EXPECT_EQ(doc.scenario(), ScenarioFile::sample(Catalog::defaultCatalog()));
}

TEST_F(ItemModels, PriceOverridesAreEditedInTheTree) {
    PriceOverridesModel model(&doc);
    auto tester = watch(&model);
    recordEdits();
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex packs = model.index(0, 0);
    const int idCard = doc.catalog().packIndex(QStringLiteral("id-card"));
    const QModelIndex pack = model.index(idCard, 0, packs);
    const QModelIndex size100k = model.index(2, PriceOverridesModel::YourPriceColumn, pack);
    EXPECT_EQ(model.index(2, PriceOverridesModel::ListPriceColumn, pack).data().toString(),
              QStringLiteral("5,000.00"));
    EXPECT_TRUE(model.setData(size100k, QStringLiteral("4,200")));
    EXPECT_EQ(doc.snapshot()->result.packs.at(idCard).packCost, yuan("12600"));
    EXPECT_EQ(size100k.data().toString(), QStringLiteral("4,200.00"));
    EXPECT_EQ(model.index(idCard, PriceOverridesModel::YourPriceColumn, packs).data().toString(),
              QStringLiteral("1 changed"));

    const QModelIndex groups = model.index(1, 0);
    const int group = doc.catalog().groupIndex(QStringLiteral("bank-card"));
    const QModelIndex tier2 =
        model.index(1, PriceOverridesModel::YourPriceColumn, model.index(group, 0, groups));
    EXPECT_TRUE(model.setData(tier2, QStringLiteral("0.08")));
    EXPECT_EQ(doc.scenario().overrides.tierPrices.value(QStringLiteral("bank-card")).value(1), yuan("0.08"));
    EXPECT_FALSE(model.setData(tier2, QStringLiteral("-1")));
    EXPECT_TRUE(model.setData(size100k, QString()));
    EXPECT_FALSE(doc.scenario().overrides.packPrices.contains(QStringLiteral("id-card")));
    undoAll();
    EXPECT_TRUE(doc.scenario().overrides.isEmpty());
}

TEST_F(ItemModels, BillableShareFollowsThePlansInterfaces) {
    BillableShareModel model(&doc);
    auto tester = watch(&model);
    recordEdits();
    EXPECT_EQ(model.rowCount(), 9);
    EXPECT_EQ(model.index(0, BillableShareModel::ShareColumn).data().toString(), QStringLiteral("100%"));
    EXPECT_TRUE(model.setData(model.index(0, BillableShareModel::ShareColumn), QStringLiteral("92.5%")));
    EXPECT_EQ(doc.scenario().shareOf(model.index(0, 0).data(InterfaceIdRole).toString()), 925'000);
    EXPECT_FALSE(model.setData(model.index(0, BillableShareModel::ShareColumn), QStringLiteral("120")));
    doc.addInterfaces({QStringLiteral("GeneralAccurateOCR")});
    EXPECT_EQ(model.rowCount(), 10);
    undoAll();
    EXPECT_EQ(model.rowCount(), 9);
}

TEST_F(ItemModels, ResultsShowEachPackAndTotalAndFollowEdits) {
    ResultsModel model(&doc);
    auto tester = watch(&model);
    recordEdits();
    const auto& result = doc.snapshot()->result;
    const int idCard = doc.catalog().packIndex(QStringLiteral("id-card"));
    const int row = model.rowOfPack(idCard);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.rowCount(), 9); // 8 packs in use + total (two interfaces share a small-bill pack)
    EXPECT_EQ(model.index(row, model.columnOf(ResultsModel::PlanColumn)).data().toString(),
              QStringLiteral("3 × 100,000 in 2027-01"));
    EXPECT_EQ(model.index(row, model.columnOf(ResultsModel::TotalColumn)).data(MoneyRole).value<Money>(),
              yuan("15000"));
    EXPECT_EQ(model.index(row, model.columnOf(ResultsModel::SavingColumn)).data(MoneyRole).value<Money>(),
              yuan("13800"));
    const int total = model.rowCount() - 1;
    EXPECT_TRUE(model.index(total, 0).data(IsTotalRole).toBool());
    EXPECT_EQ(model.index(total, model.columnOf(ResultsModel::TotalColumn)).data(MoneyRole).value<Money>(),
              result.total());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    doc.addInterfaces({QStringLiteral("TableOCR")});
    EXPECT_EQ(model.rowCount(), 9) << "a pack with no calls is not listed";
    doc.setVolume(QStringLiteral("TableOCR"), 0, 5'000);
    EXPECT_EQ(model.rowCount(), 10);
    const int table = model.rowOfPack(doc.catalog().packIndex(QStringLiteral("table")));
    EXPECT_EQ(model.index(table, model.columnOf(ResultsModel::TotalColumn)).data(MoneyRole).value<Money>(),
              yuan("600"));
    EXPECT_GT(changed.count(), 0);

    // An optimized plan adds the recommended columns.
    doc.results()->recalculator().setOptimizer([](const Catalog& catalog, const Scenario& scenario) {
        OptimizedPlan plan;
        plan.scenario = scenario;
        plan.packs.resize(catalog.packs().size());
        PackPlan& idPlan = plan.packs[catalog.packIndex(QStringLiteral("id-card"))];
        idPlan.purchases = {Purchase{0, QStringLiteral("id-card"), 100'000, 3}};
        idPlan.packCost = *Money::parse(u"15000");
        idPlan.postpaidOnlyCost = *Money::parse(u"28800");
        idPlan.billableCalls = 288'000;
        idPlan.packCalls = 288'000;
        return plan;
    });
    doc.setVolume(QStringLiteral("TableOCR"), 1, 5'000);
    ASSERT_GE(model.columnOf(ResultsModel::RecommendedPlanColumn), 0);
    const int idRow = model.rowOfPack(idCard);
    EXPECT_EQ(model.index(idRow, model.columnOf(ResultsModel::RecommendedSavingColumn))
                  .data(MoneyRole)
                  .value<Money>(),
              yuan("13800"));
    EXPECT_EQ(model.index(idRow, model.columnOf(ResultsModel::RecommendedPlanColumn))
                  .data(Qt::ToolTipRole)
                  .toString(),
              QStringLiteral("3 × 100,000 in %1 covers 288,000 billable calls; postpaid only would cost "
                             "28,800.00 元, this plan 15,000.00 元, saving 13,800.00 元.")
                  .arg(doc.scenario().start.toString()));
    doc.results()->recalculator().setOptimizer({});
    undoAll();
    EXPECT_EQ(model.columnOf(ResultsModel::RecommendedPlanColumn), -1);
    EXPECT_EQ(model.rowCount(), 9);
}

TEST_F(ItemModels, LedgerShowsAPackMonthByMonth) {
    LedgerModel model(&doc);
    auto tester = watch(&model);
    recordEdits();
    const int idCard = doc.catalog().packIndex(QStringLiteral("id-card"));
    model.setPack(idCard);
    ASSERT_EQ(model.rowCount(), 13);
    EXPECT_EQ(model.index(0, LedgerModel::FreeColumn).data(CallsRole).toLongLong(), 1'000);
    EXPECT_EQ(model.index(0, LedgerModel::FromPacksColumn).data(CallsRole).toLongLong(), 24'000);
    EXPECT_EQ(model.index(0, LedgerModel::BoughtColumn).data(CallsRole).toLongLong(), 300'000);
    EXPECT_EQ(model.index(0, LedgerModel::PurchaseCostColumn).data(MoneyRole).value<Money>(), yuan("15000"));
    EXPECT_EQ(model.index(10, LedgerModel::BalanceColumn).data(CallsRole).toLongLong(), 36'000);
    EXPECT_EQ(model.index(11, LedgerModel::ExpiredColumn).data(CallsRole).toLongLong(), 12'000);
    EXPECT_EQ(model.index(12, LedgerModel::ExpiredColumn).data(CallsRole).toLongLong(), 12'000);
    EXPECT_EQ(model.index(12, LedgerModel::BalanceColumn).data(CallsRole).toLongLong(), 0);
    EXPECT_EQ(model.index(12, LedgerModel::MonthTotalColumn).data(MoneyRole).value<Money>(), yuan("15000"));

    doc.setVolume(QStringLiteral("IDCardOCR"), 11, 60'000);
    EXPECT_EQ(model.index(11, LedgerModel::PostpaidCallsColumn).data(CallsRole).toLongLong(), 23'000);
    EXPECT_EQ(model.index(11, LedgerModel::TierColumn).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(model.index(11, LedgerModel::UnitPriceColumn).data().toString(), QStringLiteral("0.10"));

    model.setPack(-1); // all packs together
    EXPECT_EQ(model.index(12, LedgerModel::MonthTotalColumn).data(MoneyRole).value<Money>(),
              doc.snapshot()->result.total());
    doc.setMonths(3);
    EXPECT_EQ(model.rowCount(), 4);
    undoAll();
    EXPECT_EQ(model.rowCount(), 13);
}

TEST_F(ItemModels, PurchasesAreAddedEditedAndRemoved) {
    PurchasesModel model(&doc);
    auto tester = watch(&model);
    recordEdits();
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, PurchasesModel::CostColumn).data(MoneyRole).value<Money>(), yuan("15000"));
    QString message;
    ASSERT_TRUE(model.addPurchase(QStringLiteral("bank-card"), &message)) << message.toStdString();
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(1, PurchasesModel::SizeColumn).data(CallsRole).toLongLong(), 100'000)
        << "139,000 bank-card calls in the year: the largest size not above it";
    EXPECT_TRUE(model.setData(model.index(1, PurchasesModel::CountColumn), 2));
    EXPECT_TRUE(model.setData(model.index(1, PurchasesModel::MonthColumn), 3));
    EXPECT_TRUE(model.setData(model.index(1, PurchasesModel::SizeColumn), 10'000));
    EXPECT_EQ(doc.scenario().purchases.at(1), (Purchase{3, QStringLiteral("bank-card"), 10'000, 2}));
    EXPECT_EQ(model.index(1, PurchasesModel::CostColumn).data(MoneyRole).value<Money>(), yuan("1600"));
    EXPECT_FALSE(model.setData(model.index(1, PurchasesModel::SizeColumn), 12'345));
    EXPECT_FALSE(model.setData(model.index(1, PurchasesModel::CountColumn), 0));
    EXPECT_FALSE(model.setData(model.index(1, PurchasesModel::MonthColumn), 12));
    EXPECT_EQ(model.index(1, PurchasesModel::MonthColumn).data(ChoicesRole).toList().size(), 12);
    EXPECT_TRUE(model.setData(model.index(1, PurchasesModel::PackColumn), QStringLiteral("vin")));
    EXPECT_EQ(model.index(1, PurchasesModel::PackColumn).data(PackIdRole).toString(), QStringLiteral("vin"));
    ASSERT_TRUE(model.removePurchases({0}, &message));
    EXPECT_EQ(model.rowCount(), 1);
    undoAll();
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(doc.scenario().purchases, ScenarioFile::sample(Catalog::defaultCatalog()).purchases);
}

TEST_F(ItemModels, ChartModelsAddUpToTheResult) {
    MonthlyCostModel monthly(&doc);
    CategoryCostModel categories(&doc);
    CashFlowModel cash(&doc);
    auto t1 = watch(&monthly);
    auto t2 = watch(&categories);
    auto t3 = watch(&cash);
    recordEdits();
    const auto check = [&] {
        const BillingResult& r = doc.snapshot()->result;
        ASSERT_EQ(monthly.rowCount(), r.months);
        const int last = r.months - 1;
        EXPECT_EQ(monthly.amount(last, MonthlyCostModel::CumulativeColumn), r.total());
        EXPECT_EQ(monthly.amount(last, MonthlyCostModel::CumulativePostpaidOnlyColumn),
                  r.postpaidOnlyTotal());
        Money sum;
        for (int c = 0; c < categories.rowCount(); ++c)
            sum += categories.amount(c, CategoryCostModel::TotalColumn);
        EXPECT_EQ(sum, r.total());
        EXPECT_EQ(cash.rowCount(), r.months + 1);
    };
    check();
    EXPECT_EQ(monthly.amount(0, MonthlyCostModel::PackPurchasesColumn), yuan("15000"));
    doc.setVolume(QStringLiteral("QrcodeOCR"), 5, 2'000'000);
    check();
    EXPECT_TRUE(monthly.index(5, MonthlyCostModel::PostpaidColumn).data(EstimateRole).toBool())
        << "above 1,000,000 calls has no published price";
    doc.setMonths(30);
    check();
    undoAll();
    check();
}

TEST_F(ItemModels, AScenarioThatCannotBeBilledEmptiesTheResultsWithoutCrashing) {
    ResultsModel results(&doc);
    LedgerModel ledger(&doc);
    MonthlyCostModel monthly(&doc);
    CategoryCostModel categories(&doc);
    CashFlowModel cash(&doc);
    auto t1 = watch(&results);
    auto t2 = watch(&ledger);
    auto t3 = watch(&monthly);
    auto t4 = watch(&categories);
    auto t5 = watch(&cash);
    ledger.setPack(doc.catalog().packIndex(QStringLiteral("id-card")));
    Scenario broken = ScenarioFile::sample(Catalog::defaultCatalog());
    broken.purchases.append({0, QStringLiteral("no-such-pack"), 1000, 1});
    doc.load(broken); // load() trusts its caller; the recalculation reports the problem
    ASSERT_FALSE(doc.snapshot()->isValid());
    EXPECT_TRUE(doc.snapshot()->error.contains(QStringLiteral("no-such-pack")))
        << doc.snapshot()->error.toStdString();
    EXPECT_EQ(results.rowCount(), 1);
    EXPECT_EQ(results.index(0, 0).data().toString(), QStringLiteral("Total (not calculated)"));
    EXPECT_EQ(ledger.rowCount(), 0);
    EXPECT_EQ(monthly.rowCount(), 0);
    EXPECT_EQ(cash.rowCount(), 0);
    EXPECT_EQ(categories.amount(0, CategoryCostModel::TotalColumn), Money());
    doc.load(ScenarioFile::sample(Catalog::defaultCatalog()));
    EXPECT_TRUE(doc.snapshot()->isValid());
    EXPECT_EQ(ledger.rowCount(), 13);
    EXPECT_EQ(results.rowCount(), 9);
}
