#include "model/io/UsageImport.h"

#include "model/billing/AtomicFile.h"
#include "model/billing/CallApportion.h"
#include "model/billing/Catalog.h"
#include "model/billing/CsvReader.h"
#include "model/billing/InputError.h"
#include "model/billing/JsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

namespace ocp {
namespace {

enum class Column { Date, Interface, Calls, Centre };

// Header names seen in console exports and hand-made sheets, compared case-insensitively
// after removing spaces.
const QStringList& headerNames(Column column) {
    static const QStringList date = {
        QStringLiteral("date"),     QStringLiteral("day"),      QStringLiteral("time"),
        QStringLiteral("month"),    QStringLiteral("period"),   QStringLiteral("日期"),
        QStringLiteral("时间"),     QStringLiteral("统计时间"), QStringLiteral("月份"),
        QStringLiteral("账单月份"), QStringLiteral("使用时间"), QStringLiteral("调用时间")};
    static const QStringList api = {
        QStringLiteral("interface"), QStringLiteral("api"),           QStringLiteral("action"),
        QStringLiteral("apiname"),   QStringLiteral("interfacename"), QStringLiteral("接口"),
        QStringLiteral("接口名称"),  QStringLiteral("接口名"),        QStringLiteral("api名称"),
        QStringLiteral("服务名称"),  QStringLiteral("子产品"),        QStringLiteral("子产品名称")};
    static const QStringList calls = {
        QStringLiteral("calls"),    QStringLiteral("count"),    QStringLiteral("usage"),
        QStringLiteral("volume"),   QStringLiteral("quantity"), QStringLiteral("调用量"),
        QStringLiteral("调用次数"), QStringLiteral("计费次数"), QStringLiteral("用量"),
        QStringLiteral("使用量"),   QStringLiteral("次数"),     QStringLiteral("计费调用量")};
    static const QStringList centre = {
        QStringLiteral("costcentre"), QStringLiteral("costcenter"), QStringLiteral("cost_centre"),
        QStringLiteral("cost_center"), QStringLiteral("department"), QStringLiteral("dept"),
        QStringLiteral("project"),    QStringLiteral("team"),       QStringLiteral("成本中心"),
        QStringLiteral("部门"),       QStringLiteral("项目"),       QStringLiteral("使用部门")};
    switch (column) {
    case Column::Centre:
        return centre;
    case Column::Date:
        return date;
    case Column::Interface:
        return api;
    case Column::Calls:
        break;
    }
    return calls;
}

QString normalised(const QString& header) {
    QString h = header.trimmed().toLower();
    h.remove(u' ');
    // "调用量(次)" and "calls (count)" name the same column as without the unit.
    const qsizetype paren = h.indexOf(QRegularExpression(QStringLiteral("[（(]")));
    if (paren > 0)
        h.truncate(paren);
    return h;
}

int findColumn(const QStringList& header, Column column) {
    for (int i = 0; i < header.size(); ++i) {
        if (headerNames(column).contains(normalised(header.at(i))))
            return i;
    }
    return -1;
}

struct ParsedDate {
    YearMonth month;
    bool daily = false;
    int day = 0; // the day of a daily row; a monthly row covers the whole month
};

std::optional<ParsedDate> parseDate(const QString& text) {
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T].*)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})月?$"));
    static const QRegularExpression compactMonth(QStringLiteral("^(\\d{4})(\\d{2})$"));
    const QString t = text.trimmed();
    auto make = [](const QRegularExpressionMatch& m, bool daily) -> std::optional<ParsedDate> {
        const YearMonth month(m.captured(1).toInt(), m.captured(2).toInt());
        if (!month.isValid())
            return std::nullopt;
        int day = month.daysInMonth();
        if (daily) {
            day = m.captured(3).toInt();
            if (day < 1 || day > month.daysInMonth())
                return std::nullopt;
        }
        return ParsedDate{month, daily, day};
    };
    if (auto m = ymd.match(t); m.hasMatch())
        return make(m, true);
    if (auto m = compact.match(t); m.hasMatch())
        return make(m, true);
    if (auto m = ym.match(t); m.hasMatch())
        return make(m, false);
    if (auto m = compactMonth.match(t); m.hasMatch())
        return make(m, false);
    return std::nullopt;
}

// A cell quoted in a reason, cut to the length of a name: a file may hold a huge cell.
QString shown(const QString& cell) {
    const QString cut = JsonReader::clipped(cell);
    return cut.size() < cell.size() ? cut + u'…' : cell;
}

std::optional<qint64> parseCalls(const QString& text, QString* reason) {
    QString t = text.trimmed();
    t.remove(u',');
    t.remove(u' ');
    t.remove(u'\u00a0');
    if (t.endsWith(QStringLiteral(".0")))
        t.chop(2);
    if (t.isEmpty()) {
        *reason = QCoreApplication::translate("ocp::UsageImport", "the calls cell is empty");
        return std::nullopt;
    }
    bool ok = false;
    const qint64 calls = t.toLongLong(&ok);
    if (!ok) {
        *reason = QCoreApplication::translate("ocp::UsageImport", "\"%1\" is not a whole number of calls")
                      .arg(shown(text.trimmed()));
        return std::nullopt;
    }
    if (calls < 0) {
        *reason = QCoreApplication::translate("ocp::UsageImport", "%1 calls is negative").arg(calls);
        return std::nullopt;
    }
    if (calls > Scenario::kMaxMonthlyCalls) {
        *reason = QCoreApplication::translate("ocp::UsageImport", "%1 calls is more than %2")
                      .arg(calls)
                      .arg(Scenario::kMaxMonthlyCalls);
        return std::nullopt;
    }
    return calls;
}

QString decode(const QByteArray& bytes, TextEncoding encoding, QString* used) {
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF")) {
        body.remove(0, 3);
        encoding = TextEncoding::Utf8;
    }
    if (encoding != TextEncoding::Gbk) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(body);
        if (!utf8.hasError()) {
            *used = QStringLiteral("UTF-8");
            return text;
        }
        if (encoding == TextEncoding::Utf8)
            throw InputError(QCoreApplication::translate(
                "ocp::UsageImport",
                "the file is not valid UTF-8; choose GBK if it came from a Chinese Excel"));
    }
    // Chinese Excel saves CSV in GBK (code page 936) unless told otherwise.
    QStringDecoder gbk("GBK");
    if (!gbk.isValid())
        throw InputError(QCoreApplication::translate(
            "ocp::UsageImport",
            "the file is not UTF-8, and this system cannot decode GBK; save it as UTF-8"));
    QString text = gbk.decode(body);
    if (gbk.hasError())
        throw InputError(QCoreApplication::translate("ocp::UsageImport",
                                                     "the file is neither valid UTF-8 nor valid GBK text"));
    *used = QStringLiteral("GBK");
    return text;
}

} // namespace

YearMonth UsageHistory::firstMonth() const {
    YearMonth first(9999, 12);
    for (const auto& months : calls) {
        if (!months.isEmpty())
            first = std::min(first, months.firstKey());
    }
    return first;
}

YearMonth UsageHistory::lastMonth() const {
    YearMonth last(1900, 1);
    for (const auto& months : calls) {
        if (!months.isEmpty())
            last = std::max(last, months.lastKey());
    }
    return last;
}

QString UsageImport::decodeText(const QByteArray& bytes, TextEncoding encoding, QString* used) {
    return decode(bytes, encoding, used);
}

std::optional<YearMonth> UsageHistory::lastCompleteMonth() const {
    if (isEmpty())
        return std::nullopt;
    const YearMonth last = lastMonth();
    if (lastDay.value(last, 0) >= last.daysInMonth())
        return last;
    // Daily rows that stop before the month's last day: that month is still running.
    const YearMonth before = last.addMonths(-1);
    if (before < firstMonth())
        return std::nullopt;
    return before;
}

std::optional<TextEncoding> UsageImport::encodingFromString(const QString& text) {
    const QString t = text.toLower();
    if (t == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (t == QLatin1String("utf-8") || t == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (t == QLatin1String("gbk") || t == QLatin1String("gb18030") || t == QLatin1String("cp936"))
        return TextEncoding::Gbk;
    return std::nullopt;
}

UsageHistory UsageImport::parse(const QByteArray& bytes, const Catalog& catalog, TextEncoding encoding) {
    UsageHistory history;
    const QString text = decode(bytes, encoding, &history.encoding);
    const QList<CsvRecord> records = CsvReader::parse(text, CsvReader::detectDelimiter(text));
    if (records.isEmpty())
        throw InputError(QCoreApplication::translate("ocp::UsageImport", "the usage file has no rows"));

    int dateColumn = 0;
    int apiColumn = 1;
    int callsColumn = 2;
    qsizetype firstData = 0;
    const QStringList& header = records.constFirst().fields;
    const int headerDate = findColumn(header, Column::Date);
    const int headerApi = findColumn(header, Column::Interface);
    const int headerCalls = findColumn(header, Column::Calls);
    const int centreColumn = findColumn(header, Column::Centre);
    if (headerDate >= 0 || headerApi >= 0 || headerCalls >= 0) {
        QStringList missing;
        if (headerDate < 0)
            missing.append(QCoreApplication::translate("ocp::UsageImport", "date or month (日期/月份)"));
        if (headerApi < 0)
            missing.append(QCoreApplication::translate("ocp::UsageImport", "interface (接口名称)"));
        if (headerCalls < 0)
            missing.append(QCoreApplication::translate("ocp::UsageImport", "calls (调用量)"));
        if (!missing.isEmpty()) {
            throw InputError(
                QCoreApplication::translate("ocp::UsageImport", "line 1: the header has no column for %1")
                    .arg(missing.join(QStringLiteral(", "))));
        }
        dateColumn = headerDate;
        apiColumn = headerApi;
        callsColumn = headerCalls;
        firstData = 1;
    } else if (header.size() < 3) {
        throw InputError(QCoreApplication::translate(
            "ocp::UsageImport", "line 1: expected the columns date, interface and calls"));
    }

    const int needed = std::max({dateColumn, apiColumn, callsColumn, centreColumn}) + 1;
    for (qsizetype r = firstData; r < records.size(); ++r) {
        const CsvRecord& record = records.at(r);
        ++history.rowsRead;
        auto skip = [&](const QString& reason) {
            history.skipped.append({record.line, reason});
        };
        if (record.fields.size() < needed) {
            skip(QCoreApplication::translate("ocp::UsageImport", "has %1 columns, expected at least %2")
                     .arg(record.fields.size())
                     .arg(needed));
            continue;
        }
        const QString dateText = record.fields.at(dateColumn).trimmed();
        const std::optional<ParsedDate> date = parseDate(dateText);
        if (!date) {
            // Console exports end with a total line; say so rather than calling it an error.
            if (dateText.contains(QStringLiteral("合计")) ||
                dateText.compare(QStringLiteral("total"), Qt::CaseInsensitive) == 0)
                skip(QCoreApplication::translate("ocp::UsageImport", "a total line"));
            else
                skip(QCoreApplication::translate("ocp::UsageImport", "\"%1\" is not a date or month")
                         .arg(shown(dateText)));
            continue;
        }
        const QString apiText = record.fields.at(apiColumn).trimmed();
        const int api = catalog.interfaceIndex(apiText);
        if (api < 0) {
            skip(QCoreApplication::translate("ocp::UsageImport", "\"%1\" is not an interface of the catalog")
                     .arg(shown(apiText)));
            continue;
        }
        QString reason;
        const std::optional<qint64> calls = parseCalls(record.fields.at(callsColumn), &reason);
        if (!calls) {
            skip(reason);
            continue;
        }
        QString centre;
        if (centreColumn >= 0) {
            centre = record.fields.at(centreColumn).trimmed();
            // A row without its centre cannot be charged to anyone: skipped, not guessed.
            if (centre.isEmpty()) {
                skip(QCoreApplication::translate("ocp::UsageImport", "the cost centre cell is empty"));
                continue;
            }
            if (centre.compare(QLatin1String("Unallocated"), Qt::CaseInsensitive) == 0 ||
                centre == QStringLiteral("未分配")) {
                skip(QCoreApplication::translate("ocp::UsageImport",
                                                 "\"%1\" is the name of the line for calls without a cost centre")
                         .arg(centre));
                continue;
            }
            if (centre.size() > 200) {
                skip(QCoreApplication::translate("ocp::UsageImport", "the cost centre's name is longer than 200 characters"));
                continue;
            }
        }
        qint64& cell = history.calls[catalog.interfaces().at(api).id][date->month];
        if (cell > Scenario::kMaxMonthlyCalls - *calls) {
            skip(QCoreApplication::translate("ocp::UsageImport", "the month's total would exceed %1 calls")
                     .arg(Scenario::kMaxMonthlyCalls));
            continue;
        }
        cell += *calls;
        if (!centre.isEmpty())
            history.centreCalls[catalog.interfaces().at(api).id][date->month][centre] += *calls;
        history.dailyRows = history.dailyRows || date->daily;
        int& lastDay = history.lastDay[date->month];
        lastDay = std::max(lastDay, date->day);
        ++history.rowsUsed;
    }
    return history;
}

UsageHistory UsageImport::parseFile(const QString& path, const Catalog& catalog, TextEncoding encoding) {
    const QByteArray bytes = AtomicFile::read(path, QStringLiteral("usage file"), kMaxFileBytes);
    return readingFile(path, [&] { return parse(bytes, catalog, encoding); });
}

int UsageImport::applyTo(UsageHistory& history, Scenario& scenario) {
    int cells = 0;
    for (auto api = history.calls.constBegin(); api != history.calls.constEnd(); ++api) {
        for (auto month = api->constBegin(); month != api->constEnd(); ++month) {
            const int index = scenario.start.monthsTo(month.key());
            if (index < 0 || index >= scenario.months) {
                history.skipped.append(
                    {0,
                     QCoreApplication::translate("ocp::UsageImport", "%1 %2: outside the scenario (%3 to %4)")
                         .arg(api.key(), month.key().toString(), scenario.start.toString(),
                              scenario.start.addMonths(scenario.months - 1).toString())});
                continue;
            }
            QList<qint64>& volumes = scenario.volumes[api.key()];
            if (volumes.size() != scenario.months)
                volumes = QList<qint64>(scenario.months, 0);
            volumes[index] = month.value();
            // A split by volumes must keep adding up: without centres in the file, the month's
            // new total is shared as the centres shared the old one.
            const auto split = scenario.costCentres.find(api.key());
            if (split != scenario.costCentres.end() && split->byVolumes() && !history.centreCalls.contains(api.key())) {
                QList<qint64> weights;
                for (const QList<qint64>& row : std::as_const(split->volumes))
                    weights.append(row.value(index, 0));
                const QList<qint64> parts = apportionCalls(month.value(), weights);
                qsizetype k = 0;
                for (QList<qint64>& row : split->volumes) {
                    if (row.size() == scenario.months)
                        row[index] = parts.at(k);
                    ++k;
                }
            }
            ++cells;
        }
    }
    for (auto api = history.centreCalls.constBegin(); api != history.centreCalls.constEnd(); ++api) {
        // The months of the file inside the horizon, and every centre named in them.
        QMap<int, QMap<QString, qint64>> imported;
        QStringList centres;
        for (auto month = api->constBegin(); month != api->constEnd(); ++month) {
            const int index = scenario.start.monthsTo(month.key());
            if (index < 0 || index >= scenario.months)
                continue;
            imported.insert(index, *month);
            for (auto c = month->constBegin(); c != month->constEnd(); ++c) {
                if (!centres.contains(c.key()))
                    centres.append(c.key());
            }
        }
        if (imported.isEmpty())
            continue;
        centres.sort();
        const QMap<QString, qint64>& latest = imported.last();
        QList<qint64> weights;
        for (const QString& c : centres)
            weights.append(latest.value(c, 0));
        const QList<qint64>& total = scenario.volumes.value(api.key());
        CostCentreSplit split;
        for (const QString& c : centres)
            split.volumes.insert(c, QList<qint64>(scenario.months, 0));
        for (int m = 0; m < scenario.months; ++m) {
            const auto it = imported.constFind(m);
            const QList<qint64> parts = it != imported.constEnd() ? QList<qint64>() : apportionCalls(total.value(m, 0), weights);
            for (qsizetype k = 0; k < centres.size(); ++k)
                split.volumes[centres.at(k)][m] = it != imported.constEnd() ? it->value(centres.at(k), 0) : parts.at(k);
        }
        scenario.costCentres.insert(api.key(), split);
    }
    return cells;
}

std::optional<YearMonth> UsageImport::actualThroughAfter(const UsageHistory& history, const Scenario& scenario) {
    const std::optional<YearMonth> complete = history.lastCompleteMonth();
    if (!complete)
        return scenario.actualThrough;
    const YearMonth candidate = std::min(*complete, scenario.monthAt(scenario.months - 1));
    if (candidate < scenario.start)
        return scenario.actualThrough;
    // Never moves back: unlocking months is a step of its own.
    if (scenario.actualThrough && *scenario.actualThrough >= candidate)
        return scenario.actualThrough;
    return candidate;
}

Scenario UsageImport::projectFrom(const UsageHistory& history, int months, qint64 monthlyGrowthPpm) {
    Scenario s;
    s.months = months;
    s.start = history.isEmpty() ? YearMonth(2027, 1) : history.lastMonth().addMonths(1);
    const YearMonth last = history.lastMonth();
    for (auto api = history.calls.constBegin(); api != history.calls.constEnd(); ++api) {
        // The last three months before the projection, missing months counting as 0 only
        // when the interface was seen before them.
        Int128 sum = 0;
        int counted = 0;
        for (int back = 0; back < 3; ++back) {
            const YearMonth m = last.addMonths(-back);
            if (m < api->firstKey())
                break;
            sum += api->value(m, 0);
            ++counted;
        }
        Int128 level = counted == 0 ? 0 : (sum + counted / 2) / counted;
        QList<qint64> volumes;
        for (int k = 0; k < months; ++k) {
            // Growth compounds monthly, rounded to whole calls each month.
            level = (level * (Scenario::kFullShare + monthlyGrowthPpm) + Scenario::kFullShare / 2) /
                    Scenario::kFullShare;
            level = std::clamp<Int128>(level, 0, Scenario::kMaxMonthlyCalls);
            volumes.append(static_cast<qint64>(level));
        }
        s.volumes.insert(api.key(), volumes);
    }
    return s;
}

} // namespace ocp
