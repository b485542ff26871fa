#pragma once

#include "model/billing/Scenario.h"
#include "model/billing/YearMonth.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace ocp {

class Catalog;

enum class TextEncoding { Auto, Utf8, Gbk };

// A row of the usage file that was not used, and why.
struct SkippedRow {
    int line = 0;
    QString reason;
};

// Actual calls per interface and month, read from a usage CSV (the console's export or a
// hand-made sheet).
struct UsageHistory {
    QMap<QString, QMap<YearMonth, qint64>> calls; // interface id -> month -> calls
    // When the file has a cost-centre column: interface id -> month -> centre -> calls. The
    // centres of a month add up to `calls` of that month.
    QMap<QString, QMap<YearMonth, QMap<QString, qint64>>> centreCalls;
    QList<SkippedRow> skipped;
    int rowsRead = 0;  // data rows, header excluded
    int rowsUsed = 0;
    QString encoding;  // what the file was decoded as: "UTF-8" or "GBK"
    bool dailyRows = false;
    // The last day of each month the file has rows for (a monthly row covers its month).
    QMap<YearMonth, int> lastDay;

    bool isEmpty() const { return calls.isEmpty(); }
    bool hasCostCentres() const { return !centreCalls.isEmpty(); }
    YearMonth firstMonth() const;
    YearMonth lastMonth() const;
    // The last month the file covers to its end: lastMonth() unless daily rows stop before its
    // last day, then the month before (nullopt when that is before the file's first month).
    std::optional<YearMonth> lastCompleteMonth() const;
};

// Reads usage CSV files: columns date (YYYY-MM-DD, YYYY/M/D, YYYYMMDD, with or without a
// time) or month (YYYY-MM, YYYY年M月), interface (API id or Chinese name) and calls, found by
// their header names in English or Chinese, or in that order when the file has no header.
// An optional cost-centre column (cost centre, department, project, 成本中心, 部门, 项目; only
// found by its header) says who made the calls. Daily rows are summed into months. Every row that is not used is reported with its line.
class UsageImport {
public:
    // A year of daily usage rows for every interface is a few megabytes; a larger file is
    // refused before it is read.
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

    // Throws InputError when the file as a whole cannot be read (encoding, no columns).
    static UsageHistory parse(const QByteArray& bytes, const Catalog& catalog,
                              TextEncoding encoding = TextEncoding::Auto);
    // Refuses files larger than kMaxFileBytes before reading them.
    static UsageHistory parseFile(const QString& path, const Catalog& catalog,
                                  TextEncoding encoding = TextEncoding::Auto);
    static std::optional<TextEncoding> encodingFromString(const QString& text);
    // Decodes a CSV file's bytes as the usage import does (a BOM or valid UTF-8, else GBK, the
    // encoding of a Chinese Excel); `used` receives "UTF-8" or "GBK". Throws InputError.
    static QString decodeText(const QByteArray& bytes, TextEncoding encoding, QString* used);

    // Writes the history into the scenario's months (replacing those months' volumes of the
    // interfaces it has); rows outside the horizon are added to history.skipped.
    // An interface with cost centres in the file becomes a split by volumes: the imported
    // months exactly as the file has them per centre; the months the file does not cover keep
    // the interface's volume, split in the proportions of the centres in the latest imported
    // month (largest remainder on whole calls).
    // Returns the number of (interface, month) cells set.
    static int applyTo(UsageHistory& history, Scenario& scenario);
    // Scenario::actualThrough once the history is imported: the last complete month of the
    // file (at most the scenario's last month), never earlier than the months already actual;
    // unchanged when the file has no complete month inside the scenario.
    static std::optional<YearMonth> actualThroughAfter(const UsageHistory& history, const Scenario& scenario);

    // A scenario that starts the month after the history ends: each interface starts from
    // the average of its last three months (fewer if the history is shorter) and grows by
    // `monthlyGrowthPpm` parts per million per month (50,000 = 5 %; may be negative).
    static Scenario projectFrom(const UsageHistory& history, int months, qint64 monthlyGrowthPpm);
};

} // namespace ocp
