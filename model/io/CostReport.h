#pragma once

#include "model/billing/BillingResult.h"
#include "model/billing/CsvWriter.h"
#include "model/billing/PriceBook.h"
#include "model/billing/Purchase.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ocp {

class Catalog;
struct Scenario;

// What a scenario's purchases cost, in the three forms a user takes away: the month-by-month
// ledger (CSV for a spreadsheet), a JSON document for scripts and a plain-text summary for a
// terminal. The column names and JSON fields are a public contract: see docs/cli.md.
// The catalog, scenario and result must outlive the report.
class CostReport {
public:
    CostReport(const Catalog& catalog, const Scenario& scenario, const BillingResult& result);

    // Resource packs (indices) with calls or purchases, in catalog order: the packs a report shows.
    QList<int> packsInUse() const;

    static QStringList ledgerColumns();
    // One row per month per pack in use, then a total row per pack, then the grand total.
    QList<CsvWriter::Row> ledgerRows() const;
    // The header and the ledger rows as RFC 4180 CSV, UTF-8 with BOM.
    QByteArray toCsv() const;

    QJsonObject toJsonObject() const;
    QByteArray toJson() const;

    // Aligned summary for a terminal: per pack, the total, purchases, notices and caveats.
    QString toText() const;

    // The postpaid tier as a user reads it: "1", "2", "3", "above 1,000,000", or empty
    // when the pack had no postpaid calls that month.
    QString tierLabel(int pack, int tier) const;

private:
    QJsonObject packJson(int pack) const;
    QJsonObject monthJson(int pack, int month) const;
    CsvWriter::Row totalRow(int pack) const;
    // A purchase of a month up to the scenario's actualThrough: an order already placed.
    bool isMade(const Purchase& purchase) const;
    // The packs held at the start and the run-out/expiry forecast are shown for a year in
    // progress only, so that the reports of a plan made in a vacuum stay as they were.
    bool showsLifetimes() const;
    QJsonArray holdingsJson() const;
    QJsonArray packLinesJson() const;
    QString holdingsText() const;
    QString packLinesText() const;

    const Catalog& m_catalog;
    const Scenario& m_scenario;
    const BillingResult& m_result;
    PriceBook m_prices;
};

} // namespace ocp
