#pragma once

#include <QByteArray>

namespace ocp {

class Catalog;
struct BillingResult;
struct Scenario;

// The cost report the GUI exports: one row per month per resource pack in use (calls, free,
// from packs, postpaid calls, tier, unit price, postpaid cost, purchases, expired calls,
// balance), a total row per pack and a grand total. RFC 4180 (CRLF, quoted when needed),
// UTF-8 with a byte order mark so spreadsheet programs read the Chinese names. Amounts are
// exact decimals in 元. Self-contained until it is merged with the CLI's cost report.
QByteArray ledgerCsv(const Catalog& catalog, const Scenario& scenario, const BillingResult& result);

} // namespace ocp
