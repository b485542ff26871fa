#include "model/io/PackInventoryImport.h"

#include "model/billing/AtomicFile.h"
#include "model/billing/Catalog.h"
#include "model/billing/CsvReader.h"
#include "model/billing/InputError.h"
#include "model/billing/JsonReader.h"
#include "model/io/Display.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace ocp {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ocp::PackInventoryImport", text);
}

enum Column { PackColumn, SizeColumn, RemainingColumn, ExpiresColumn, StatusColumn, ColumnCount };

// Header names of the console's list (Chinese and English pages) and of hand-made sheets,
// compared in lower case without spaces or a unit in brackets, most specific first.
const QStringList& headerNames(int column) {
    static const QList<QStringList> names = {
        QStringList{QStringLiteral("资源包名称"), QStringLiteral("资源包"), QStringLiteral("资源包类型"),
                    QStringLiteral("packname"), QStringLiteral("resourcepackname"), QStringLiteral("resourcepack"),
                    QStringLiteral("pack"), QStringLiteral("名称"), QStringLiteral("name")},
        QStringList{QStringLiteral("规格"), QStringLiteral("资源包规格"), QStringLiteral("总量"),
                    QStringLiteral("size"), QStringLiteral("packsize"), QStringLiteral("specification"),
                    QStringLiteral("spec"), QStringLiteral("total")},
        QStringList{QStringLiteral("剩余量"), QStringLiteral("剩余"), QStringLiteral("剩余次数"),
                    QStringLiteral("余量"), QStringLiteral("remaining"), QStringLiteral("remainingcalls"),
                    QStringLiteral("balance"), QStringLiteral("left")},
        QStringList{QStringLiteral("到期时间"), QStringLiteral("过期时间"), QStringLiteral("失效时间"),
                    QStringLiteral("有效期至"), QStringLiteral("到期日"), QStringLiteral("expires"),
                    QStringLiteral("expiry"), QStringLiteral("expirytime"), QStringLiteral("expirationtime"),
                    QStringLiteral("expirydate"), QStringLiteral("expireson"), QStringLiteral("expiresat")},
        QStringList{QStringLiteral("状态"), QStringLiteral("资源包状态"), QStringLiteral("status"),
                    QStringLiteral("state")},
    };
    return names.at(column);
}

QString normalisedHeader(const QString& header) {
    QString h = header.trimmed().toLower();
    h.remove(QRegularExpression(QStringLiteral("\\s")));
    // "剩余量(次)" and "Remaining (calls)" name the same column as without the unit.
    const qsizetype paren = h.indexOf(QRegularExpression(QStringLiteral("[（(]")));
    if (paren > 0)
        h.truncate(paren);
    return h;
}

// Statuses of the console's list, lower case without spaces: usable ones become holdings.
bool usableStatus(const QString& normalised) {
    static const QStringList usable = {
        QStringLiteral("有效"),   QStringLiteral("使用中"), QStringLiteral("正常"),  QStringLiteral("生效中"),
        QStringLiteral("已生效"), QStringLiteral("可用"),   QStringLiteral("valid"), QStringLiteral("active"),
        QStringLiteral("inuse"),  QStringLiteral("normal"), QStringLiteral("available"),
        QStringLiteral("effective")};
    return usable.contains(normalised);
}

// A cell quoted in a reason, cut to the length of a name.
QString shown(const QString& cell) {
    const QString cut = JsonReader::clipped(cell.trimmed());
    return cut.size() < cell.trimmed().size() ? cut + u'…' : cut;
}

// Pack and interface names compared loosely: lower case, ASCII brackets, single spaces.
QString looseName(const QString& name) {
    QString n = name.toLower().simplified();
    n.replace(u'（', u'(');
    n.replace(u'）', u')');
    return n;
}

bool isAscii(const QString& text) {
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
}

// Whether a console name contains a catalog name: a Latin name as whole words ("vin" is not in
// "driving"), a Chinese one anywhere, spaces ignored ("身份证识别资源包").
bool containsName(const QString& looseText, const QString& looseName) {
    if (isAscii(looseName)) {
        auto wordChar = [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; };
        for (qsizetype at = looseText.indexOf(looseName); at >= 0; at = looseText.indexOf(looseName, at + 1)) {
            const qsizetype end = at + looseName.size();
            if ((at == 0 || !wordChar(looseText.at(at - 1))) && (end == looseText.size() || !wordChar(looseText.at(end))))
                return true;
        }
        return false;
    }
    QString text = looseText;
    QString name = looseName;
    text.remove(u' ');
    name.remove(u' ');
    return text.contains(name);
}

// The pack a console name stands for: the catalog's id or name, else the longest pack or
// interface name (Chinese or English) or interface id contained in it. -1 with `ambiguous`
// set when two packs match equally well.
int recognisePack(const Catalog& catalog, const QString& text, bool* ambiguous) {
    *ambiguous = false;
    const QString t = text.trimmed();
    if (const int exact = catalog.packIndex(t); exact >= 0)
        return exact;
    const QString loose = looseName(t);
    int best = -1;
    qsizetype bestLength = 0;
    auto consider = [&](const QString& name, int pack) {
        const QString n = looseName(name);
        if (n.isEmpty() || !containsName(loose, n))
            return;
        if (n.size() > bestLength) {
            best = pack;
            bestLength = n.size();
            *ambiguous = false;
        } else if (n.size() == bestLength && pack != best) {
            *ambiguous = true;
        }
    };
    for (int p = 0; p < catalog.packs().size(); ++p) {
        const ResourcePack& rp = catalog.packs().at(p);
        consider(rp.id, p);
        consider(rp.name, p);
        consider(rp.nameEn, p);
    }
    for (const OcrInterface& api : catalog.interfaces()) {
        consider(api.id, api.pack);
        consider(api.name, api.pack);
        consider(api.nameEn, api.pack);
    }
    return *ambiguous ? -1 : best;
}

// A count of calls as the console prints it: "100,000", "100000次", "10万次", "10万".
std::optional<qint64> parseCount(const QString& text) {
    QString t = text.trimmed();
    for (const QString& unit : {QStringLiteral("次"), QStringLiteral("calls"), QStringLiteral("call")}) {
        if (t.endsWith(unit, Qt::CaseInsensitive)) {
            t.chop(unit.size());
            t = t.trimmed();
            break;
        }
    }
    if (t.isEmpty())
        return std::nullopt;
    return Display::parseCalls(t);
}

// "2027-06-30 23:59:59", "2027-06-30", "2027/6/30", "2027年6月30日", "2027-06": the month.
std::optional<YearMonth> parseExpiry(const QString& text) {
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T].*)?$"));
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})月?$"));
    const QString t = text.trimmed();
    QRegularExpressionMatch m = ymd.match(t);
    if (!m.hasMatch())
        m = ym.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const YearMonth month(m.captured(1).toInt(), m.captured(2).toInt());
    if (!month.isValid())
        return std::nullopt;
    if (m.lastCapturedIndex() >= 3) {
        const int day = m.captured(3).toInt();
        if (day < 1 || day > month.daysInMonth())
            return std::nullopt;
    }
    return month;
}

QString sizesOf(const ResourcePack& pack) {
    QStringList sizes;
    for (const PackSize& s : pack.sizes)
        sizes.append(Display::calls(s.calls));
    return sizes.join(QStringLiteral(", "));
}

} // namespace

int PackInventory::count(InventoryRow::Outcome outcome) const {
    int n = 0;
    for (const InventoryRow& row : rows)
        n += row.outcome == outcome ? 1 : 0;
    return n;
}

qint64 PackInventory::heldPacks() const {
    qint64 packs = 0;
    for (const Holding& h : holdings)
        packs += h.count;
    return packs;
}

PackInventory PackInventoryImport::parseText(const QString& text, const Catalog& catalog,
                                             std::optional<YearMonth> start) {
    PackInventory inventory;
    QList<CsvRecord> records = CsvReader::parse(text, CsvReader::detectDelimiter(text));
    // Blank lines (a copied table often ends with one) are not rows.
    records.removeIf([](const CsvRecord& r) {
        return std::all_of(r.fields.cbegin(), r.fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
    });
    if (records.isEmpty())
        throw InputError(tr("the pack list has no rows"));

    const CsvRecord& headerRecord = records.constFirst();
    QList<int> column(ColumnCount, -1);
    for (int c = 0; c < ColumnCount; ++c) {
        for (const QString& name : headerNames(c)) {
            for (int i = 0; i < headerRecord.fields.size() && column.at(c) < 0; ++i) {
                const bool taken = std::find(column.cbegin(), column.cend(), i) != column.cend();
                if (!taken && normalisedHeader(headerRecord.fields.at(i)) == name)
                    column[c] = i;
            }
            if (column.at(c) >= 0)
                break;
        }
    }
    QStringList missing;
    if (column[PackColumn] < 0)
        missing.append(tr("pack name (资源包名称)"));
    if (column[SizeColumn] < 0)
        missing.append(tr("size (规格)"));
    if (column[RemainingColumn] < 0)
        missing.append(tr("remaining (剩余量)"));
    if (column[ExpiresColumn] < 0)
        missing.append(tr("expires (到期时间)"));
    if (!missing.isEmpty())
        throw InputError(tr("line %1: the header has no column for %2")
                             .arg(headerRecord.line)
                             .arg(missing.join(QStringLiteral(", "))));
    // Columns are named in messages as the user's header names them.
    auto header = [&](int c) { return headerRecord.fields.at(column.at(c)).trimmed(); };

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records.at(r);
        InventoryRow row;
        row.line = record.line;
        auto cell = [&record, &column](int c) {
            return column.at(c) >= 0 ? record.fields.value(column.at(c)).trimmed() : QString();
        };
        row.pack = cell(PackColumn);
        row.size = cell(SizeColumn);
        row.remaining = cell(RemainingColumn);
        row.expires = cell(ExpiresColumn);
        row.status = cell(StatusColumn);
        auto refuse = [&](int c, const QString& reason) {
            row.outcome = InventoryRow::Outcome::Error;
            row.reason = tr("line %1, %2: %3").arg(row.line).arg(header(c), reason);
            inventory.rows.append(row);
        };
        auto skip = [&](const QString& reason) {
            row.outcome = InventoryRow::Outcome::Skipped;
            row.reason = reason;
            inventory.rows.append(row);
        };

        // The status first: an expired or used-up pack is skipped whatever else it says.
        if (column[StatusColumn] >= 0) {
            const QString status = normalisedHeader(row.status);
            if (status.isEmpty()) {
                refuse(StatusColumn, tr("the status is empty"));
                continue;
            }
            if (!usableStatus(status)) {
                skip(tr("status \"%1\": the pack can no longer be used").arg(shown(row.status)));
                continue;
            }
        }
        bool ambiguous = false;
        const int pack = recognisePack(catalog, row.pack, &ambiguous);
        if (pack < 0) {
            refuse(PackColumn, ambiguous ? tr("\"%1\" matches more than one resource pack of the catalog")
                                                 .arg(shown(row.pack))
                                           : tr("\"%1\" is not a resource pack of the catalog").arg(shown(row.pack)));
            continue;
        }
        const ResourcePack& rp = catalog.packs().at(pack);
        row.packId = rp.id;
        const std::optional<qint64> size = parseCount(row.size);
        if (!size) {
            refuse(SizeColumn, tr("\"%1\" is not a number of calls").arg(shown(row.size)));
            continue;
        }
        if (!rp.size(*size)) {
            refuse(SizeColumn, tr("%1 is not sold with %2 calls; its sizes are %3")
                                   .arg(Display::name(rp.name, rp.nameEn), Display::calls(*size), sizesOf(rp)));
            continue;
        }
        const std::optional<qint64> remaining = parseCount(row.remaining);
        if (!remaining) {
            refuse(RemainingColumn, tr("\"%1\" is not a number of calls").arg(shown(row.remaining)));
            continue;
        }
        if (*remaining > *size) {
            refuse(RemainingColumn, tr("%1 calls left, more than the pack's %2")
                                        .arg(Display::calls(*remaining), Display::calls(*size)));
            continue;
        }
        const std::optional<YearMonth> expires = parseExpiry(row.expires);
        if (!expires) {
            refuse(ExpiresColumn, tr("\"%1\" is not a date (2027-06-30 or 2027-06)").arg(shown(row.expires)));
            continue;
        }
        if (*remaining == 0) {
            skip(tr("no calls left"));
            continue;
        }
        if (start) {
            // What the engine refuses (R2): a pack expired before the plan, or usable longer
            // than one bought before the plan can be.
            const YearMonth latest = start->addMonths(rp.validityMonths - 2);
            if (*expires < *start) {
                refuse(ExpiresColumn, tr("%1 is before the plan starts (%2)").arg(expires->toString(), start->toString()));
                continue;
            }
            if (*expires > latest) {
                refuse(ExpiresColumn, tr("%1 is too late: a pack bought before %2 is usable at most through %3")
                                          .arg(expires->toString(), start->toString(), latest.toString()));
                continue;
            }
        }
        const Holding held{rp.id, *size, *remaining, *expires, 1};
        row.outcome = InventoryRow::Outcome::Held;
        // Rows alike are the same kind of pack: one holding with a count.
        for (int h = 0; h < inventory.holdings.size(); ++h) {
            Holding& existing = inventory.holdings[h];
            if (existing.packId == held.packId && existing.size == held.size &&
                existing.remaining == held.remaining && existing.expires == held.expires) {
                ++existing.count;
                row.holding = h;
                break;
            }
        }
        if (row.holding < 0) {
            row.holding = static_cast<int>(inventory.holdings.size());
            inventory.holdings.append(held);
        }
        inventory.rows.append(row);
    }
    return inventory;
}

PackInventory PackInventoryImport::parse(const QByteArray& bytes, const Catalog& catalog,
                                         std::optional<YearMonth> start, TextEncoding encoding) {
    QString used;
    const QString text = UsageImport::decodeText(bytes, encoding, &used);
    PackInventory inventory = parseText(text, catalog, start);
    inventory.encoding = used;
    return inventory;
}

PackInventory PackInventoryImport::parseFile(const QString& path, const Catalog& catalog,
                                             std::optional<YearMonth> start, TextEncoding encoding) {
    const QByteArray bytes = AtomicFile::read(path, QStringLiteral("pack list"), kMaxFileBytes);
    return readingFile(path, [&] { return parse(bytes, catalog, start, encoding); });
}

} // namespace ocp
