#include "model/itemmodels/UsagePreviewModel.h"

#include "model/billing/Catalog.h"
#include "model/io/UsageImport.h"
#include "model/itemmodels/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

using namespace ocp;

TEST(UsagePreviewModel, ShowsInterfacesByMonthWithTotalsAndPassesTheModelTester) {
    UsagePreviewModel model(Catalog::defaultCatalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), 0);

    const UsageHistory history = UsageImport::parse(QByteArray("month,interface,calls\n"
                                                               "2026-10,BankCardOCR,700\n"
                                                               "2026-12,IDCardOCR,1200\n"
                                                               "2026-10,IDCardOCR,1000\n"
                                                               "2026-11,Nonsense,5\n"),
                                                    Catalog::defaultCatalog());
    model.setHistory(history);
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), 4); // October to December, then the total
    // Catalog order: 身份证 before 银行卡.
    EXPECT_EQ(model.index(0, 0).data(InterfaceIdRole).toString(), QStringLiteral("IDCardOCR"));
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("ID card"));
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("1,000"));
    EXPECT_FALSE(model.index(0, 1).data().isValid()) << "no rows in November";
    EXPECT_EQ(model.index(0, 3).data(CallsRole).toLongLong(), 2200);
    EXPECT_TRUE(model.index(0, 3).data(IsTotalRole).toBool());
    EXPECT_EQ(model.index(1, 3).data(CallsRole).toLongLong(), 700);

    model.setHistory(UsageHistory());
    EXPECT_EQ(model.rowCount(), 0);
}
