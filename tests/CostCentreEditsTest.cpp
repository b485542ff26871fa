#include "model/billing/Catalog.h"
#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/itemmodels/CostCentresModel.h"
#include "model/itemmodels/ModelRoles.h"
#include "tests/support/ModelTester.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace ocp;

namespace {

const QString kId = QStringLiteral("IDCardOCR");
const QString kSales = QStringLiteral("销售部");
const QString kRisk = QStringLiteral("风控部");

// Three months, IDCardOCR 10,000 calls a month and GeneralBasicOCR 3,000.
Scenario quarter() {
    Scenario s;
    s.name = QStringLiteral("Q1");
    s.start = YearMonth(2027, 1);
    s.months = 3;
    s.volumes.insert(kId, {10'000, 10'000, 10'000});
    s.volumes.insert(QStringLiteral("GeneralBasicOCR"), {3'000, 3'000, 3'000});
    return s;
}

// A document whose edits are recorded and applied, as the window's undo stack does.
struct Recorded {
    PlanDocument doc{Catalog::defaultCatalog()};
    QList<ScenarioEdit> edits;
    Recorded() {
        doc.load(quarter());
        doc.setEditHandler([this](const ScenarioEdit& e) {
            edits.append(e);
            doc.apply(e, true);
        });
    }
    void undoLast() { doc.apply(edits.takeLast(), false); }
};

std::string refusal(const std::function<void()>& edit) {
    try {
        edit();
    } catch (const InputError& e) {
        return e.message().toStdString();
    }
    return "accepted";
}

} // namespace

TEST(CostCentreEdits, SharesEditRebalancesTheOthersInOneUndoStep) {
    Recorded r;
    r.doc.splitEvenly(kId, {kSales, kRisk, QStringLiteral("法务部")}, false);
    // 1,000,000 ppm in thirds: 333,334 (the first in name order takes the odd ppm: 法 U+6CD5),
    // 333,333, 333,333.
    const CostCentreSplit even = r.doc.scenario().costCentres.value(kId);
    EXPECT_EQ(even.shares.value(QStringLiteral("法务部")), QList<qint64>{333'334});
    EXPECT_EQ(even.shares.value(kSales), QList<qint64>{333'333});
    r.doc.setCostCentreShare(kId, kSales, std::nullopt, 600'000);
    // The rest, 400,000, to 法务部 and 风控部 in 333,334 : 333,333 -> 200,000.3 / 199,999.7:
    // floors 200,000 + 199,999, the ppm left to the larger remainder (风控部, .7).
    const CostCentreSplit after = r.doc.scenario().costCentres.value(kId);
    EXPECT_EQ(after.shares.value(kSales), QList<qint64>{600'000});
    EXPECT_EQ(after.shares.value(QStringLiteral("法务部")), QList<qint64>{200'000});
    EXPECT_EQ(after.shares.value(kRisk), QList<qint64>{200'000});
    ASSERT_EQ(r.edits.size(), 2);
    EXPECT_EQ(r.edits.at(1).kind, ScenarioEdit::Kind::Scenario);
    r.undoLast();
    EXPECT_EQ(r.doc.scenario().costCentres.value(kId), even);
}

TEST(CostCentreEdits, AShareInOneMonthMakesTheRowsMonthly) {
    Recorded r;
    r.doc.splitEvenly(kId, {kSales, kRisk}, false);
    r.doc.setCostCentreShare(kId, kSales, 2, 700'000);
    const CostCentreSplit split = r.doc.scenario().costCentres.value(kId);
    EXPECT_EQ(split.shares.value(kSales), (QList<qint64>{500'000, 500'000, 700'000}));
    EXPECT_EQ(split.shares.value(kRisk), (QList<qint64>{500'000, 500'000, 300'000}));
    EXPECT_EQ(refusal([&] { r.doc.setCostCentreShare(kId, kSales, std::nullopt, 1'200'000); }),
              "a share must be between 0 % and 100 %");
}

TEST(CostCentreEdits, VolumeSplitsSetTheInterfaceTotalAndFollowItsEdits) {
    Recorded r;
    r.doc.splitEvenly(kId, {kSales, kRisk}, true);
    // 10,000 evenly: 5,000 each month.
    EXPECT_EQ(r.doc.scenario().costCentres.value(kId).volumes.value(kSales), (QList<qint64>{5'000, 5'000, 5'000}));
    r.doc.setCostCentreCalls(kId, kSales, 0, 2'000);
    // The interface's January is now 2,000 + 5,000.
    EXPECT_EQ(r.doc.scenario().volumes.value(kId), (QList<qint64>{7'000, 10'000, 10'000}));
    // The volume table: January to 7,001 in 2,000 : 5,000 = 2,000.29 / 5,000.71 -> 2,000 and
    // 5,001 (the call left to the larger remainder).
    r.doc.setVolume(kId, 0, 7'001);
    ASSERT_EQ(r.edits.size(), 3);
    EXPECT_EQ(r.edits.last().kind, ScenarioEdit::Kind::Scenario);
    EXPECT_EQ(r.doc.scenario().costCentres.value(kId).volumes.value(kSales).at(0), 2'000);
    EXPECT_EQ(r.doc.scenario().costCentres.value(kId).volumes.value(kRisk).at(0), 5'001);
    r.undoLast();
    EXPECT_EQ(r.doc.scenario().volumes.value(kId).at(0), 7'000);
    EXPECT_EQ(r.doc.scenario().costCentres.value(kId).volumes.value(kRisk).at(0), 5'000);
}

TEST(CostCentreEdits, ModeSwitchKeepsWhatEachCentreGets) {
    Recorded r;
    r.doc.setCostCentreSplit(kId, CostCentreSplit{{{kSales, {600'000}}, {kRisk, {400'000}}}, {}});
    r.doc.setCostCentreMode(kId, true);
    // 60 % of 10,000 = 6,000 each month.
    EXPECT_EQ(r.doc.scenario().costCentres.value(kId).volumes.value(kSales), (QList<qint64>{6'000, 6'000, 6'000}));
    r.doc.setCostCentreMode(kId, false);
    EXPECT_EQ(r.doc.scenario().costCentres.value(kId).shares.value(kSales), QList<qint64>{600'000});
}

TEST(CostCentreEdits, RenameAndRemoveWorkAcrossInterfaces) {
    Recorded r;
    r.doc.splitEvenly(kId, {kSales, kRisk}, false);
    r.doc.splitEvenly(QStringLiteral("GeneralBasicOCR"), {kSales, kRisk}, true);
    r.doc.renameCostCentre(kSales, QStringLiteral("销售一部"));
    EXPECT_EQ(r.doc.costCentres(), (QStringList{QStringLiteral("销售一部"), kRisk}));
    r.doc.removeCostCentre(kRisk);
    // 风控部's half goes to the one centre left: 100 % and all 3,000 calls; volumes unchanged.
    EXPECT_EQ(r.doc.scenario().costCentres.value(kId).shares.value(QStringLiteral("销售一部")), QList<qint64>{1'000'000});
    EXPECT_EQ(r.doc.scenario().costCentres.value(QStringLiteral("GeneralBasicOCR")).volumes.value(QStringLiteral("销售一部")),
              (QList<qint64>{3'000, 3'000, 3'000}));
    EXPECT_EQ(r.doc.scenario().volumes.value(QStringLiteral("GeneralBasicOCR")), (QList<qint64>{3'000, 3'000, 3'000}));
    EXPECT_EQ(refusal([&] { r.doc.removeCostCentre(QStringLiteral("nobody")); }), "there is no cost centre “nobody”");
    EXPECT_EQ(refusal([&] { r.doc.renameCostCentre(QStringLiteral("销售一部"), QStringLiteral("未分配")); }),
              "costCentres.GeneralBasicOCR.未分配: is the name of the line for calls without a split; leave those "
              "calls out of the split instead");
    EXPECT_EQ(r.doc.costCentres(), QStringList{QStringLiteral("销售一部")}) << "a refusal keeps the old name";
}

TEST(CostCentreEdits, ActualMonthsKeepTheirCalls) {
    Recorded r;
    r.doc.splitEvenly(kId, {kSales, kRisk}, true);
    r.doc.setActualThrough(YearMonth(2027, 1));
    EXPECT_EQ(refusal([&] { r.doc.setCostCentreCalls(kId, kSales, 0, 1); }),
              "2027-01 is an actual month: the calls of ID card are locked; use “Unlock actual months” to change them");
    EXPECT_EQ(r.doc.scenario().costCentres.value(kId).volumes.value(kSales).at(0), 5'000);
}

TEST(CostCentreEdits, AccountingSettingsAreOnePlanEdit) {
    Recorded r;
    AccountingSettings a;
    a.method = AccountingMethod::StraightLine;
    a.accounts.bank = QStringLiteral("  1002 银行存款 ");
    r.doc.setAccounting(a);
    ASSERT_EQ(r.edits.size(), 1);
    EXPECT_EQ(r.edits.at(0).kind, ScenarioEdit::Kind::Plan);
    EXPECT_EQ(r.doc.plan().accounting.method, AccountingMethod::StraightLine);
    EXPECT_EQ(r.doc.plan().accounting.accounts.bank, QStringLiteral("1002 银行存款"));
    r.undoLast();
    EXPECT_TRUE(r.doc.plan().accounting.isDefault());
}

TEST(CostCentresModel, RowsCellsAndEditsThroughTheDocument) {
    Recorded r;
    CostCentresModel model(&r.doc);
    auto tester = test::watch(&model);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), CostCentresModel::FirstMonthColumn + 3);
    r.doc.splitEvenly(kId, {kSales, kRisk}, false);
    ASSERT_EQ(model.rowCount(), 2);
    const int sales = model.rowOf(kId, kSales);
    ASSERT_GE(sales, 0);
    EXPECT_EQ(model.index(sales, CostCentresModel::AllMonthsColumn).data().toString(), QStringLiteral("50%"));
    EXPECT_TRUE(model.setData(model.index(sales, CostCentresModel::AllMonthsColumn), QStringLiteral("60 %")));
    EXPECT_EQ(model.index(model.rowOf(kId, kRisk), CostCentresModel::FirstMonthColumn + 1).data().toString(),
              QStringLiteral("40%"));
    QSignalSpy rejected(&model, &CostCentresModel::inputRejected);
    EXPECT_FALSE(model.setData(model.index(sales, CostCentresModel::AllMonthsColumn), QStringLiteral("60x")));
    ASSERT_EQ(rejected.size(), 1);
    EXPECT_EQ(r.doc.scenario().costCentres.value(kId).shares.value(kSales), QList<qint64>{600'000});

    r.doc.setCostCentreMode(kId, true);
    EXPECT_EQ(model.index(sales, CostCentresModel::FirstMonthColumn).data(Qt::EditRole).toLongLong(), 6'000);
    // 6,000 a month over three months.
    EXPECT_EQ(model.index(sales, CostCentresModel::AllMonthsColumn).data(CallsRole).toLongLong(), 18'000);
    EXPECT_TRUE(model.setData(model.index(sales, CostCentresModel::FirstMonthColumn + 2), QStringLiteral("1,000")));
    EXPECT_EQ(r.doc.scenario().volumes.value(kId).at(2), 5'000);
    r.doc.setMonths(4);
    EXPECT_EQ(model.columnCount(), CostCentresModel::FirstMonthColumn + 4);
    r.doc.clearCostCentreSplit(kId);
    EXPECT_EQ(model.rowCount(), 0);
}
