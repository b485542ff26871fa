#pragma once

#include "model/billing/Holding.h"
#include "model/billing/YearMonth.h"
#include "model/io/UsageImport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace ocp {

class Catalog;

// One data row of the console's resource-pack list and what became of it.
struct InventoryRow {
    enum class Outcome {
        Held,    // a usable pack: it is part of `holding` (rows alike are merged)
        Skipped, // a pack that cannot serve calls any more (its status, or nothing left)
        Error,   // a row that could not be read; `reason` names the line and the column
    };

    int line = 0; // line of the file or of the pasted text (the header is line 1)
    QString pack;      // the cells as given
    QString size;
    QString remaining;
    QString expires;
    QString status;
    Outcome outcome = Outcome::Error;
    int holding = -1;  // index into PackInventory::holdings when Held
    QString packId;    // the catalog pack it was recognised as, when it was
    QString reason;    // why it was skipped or refused
};

// The packs a console's resource-pack list shows as usable, as holdings.
struct PackInventory {
    QList<InventoryRow> rows;
    QList<Holding> holdings; // rows alike in pack, size, remaining and expiry merged into one, with a count
    QString encoding;        // of a file: "UTF-8" or "GBK"; empty for pasted text

    int count(InventoryRow::Outcome outcome) const;
    qint64 heldPacks() const;
};

// Reads the resource-pack list of the Tencent Cloud console (资源包管理), saved as CSV or copied
// from the web table (tab separated), with Chinese or English headers: pack name (资源包名称),
// size (规格), remaining calls (剩余量), expiry (到期时间) and, optionally, status (状态). The
// pack is recognised by its id, its name, or a pack or interface name inside the console's
// name; the size must be one the pack is sold in. Only packs whose status says they can be
// used become holdings; the others are skipped with the reason. When `start` is given, packs
// that expire before it, or later than a pack bought before it can last (start + validity - 2,
// R2), are row errors: the engine refuses such holdings.
class PackInventoryImport {
public:
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

    // Throws InputError when the text as a whole cannot be read (no rows, no usable header).
    static PackInventory parseText(const QString& text, const Catalog& catalog,
                                   std::optional<YearMonth> start = std::nullopt);
    static PackInventory parse(const QByteArray& bytes, const Catalog& catalog,
                               std::optional<YearMonth> start = std::nullopt,
                               TextEncoding encoding = TextEncoding::Auto);
    static PackInventory parseFile(const QString& path, const Catalog& catalog,
                                   std::optional<YearMonth> start = std::nullopt,
                                   TextEncoding encoding = TextEncoding::Auto);
};

} // namespace ocp
