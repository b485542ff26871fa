#pragma once

#include "model/billing/CostAllocation.h"
#include "model/billing/CsvWriter.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ocp {

class Catalog;
struct Scenario;

// Who pays for what (CostAllocation), as the CLI writes it: a table for people, JSON for
// scripts and CSV for spreadsheets, per cost centre and month or per cost centre and pack.
// Amounts are exact decimals in 元 (docs/cli.md); the centres add up to the plan's total.
// The catalog and scenario must outlive the report.
class AllocationReport {
public:
    AllocationReport(const Catalog& catalog, const Scenario& scenario, CostAllocation allocation);

    const CostAllocation& allocation() const { return m_allocation; }

    // The packs any centre was charged for, as catalog indices in catalog order.
    QList<int> packsCharged() const;

    QJsonObject toJsonObject() const;
    QByteArray toJson() const;
    // The centres' totals, then the months with the centres as columns (in blocks that fit
    // 100 terminal columns); with `byPack`, the centres' totals per pack as well.
    QString toText(bool byPack = false) const;
    // One row per centre and month, a total row per centre, and the rows of all centres.
    QByteArray toCsv() const;
    // One row per centre and pack charged, a total row per centre and one for all centres.
    QByteArray toPackCsv() const;

    static constexpr int kTextWidth = 100;

private:
    QString packId(int pack) const;
    QString packName(int pack) const;

    const Catalog& m_catalog;
    const Scenario& m_scenario;
    CostAllocation m_allocation;
};

} // namespace ocp
