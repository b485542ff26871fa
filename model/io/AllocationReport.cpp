#include "model/io/AllocationReport.h"

#include "model/billing/Catalog.h"
#include "model/billing/Scenario.h"
#include "model/io/TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ocp {
namespace {

QString display(Money value) {
    return value.toDisplayString(TextTable::reportLocale());
}

QString decimal(Money value) {
    return value.toDecimalString();
}

// A part of the whole as a percentage with one decimal, rounded half up: "37.5 %".
QString shareText(Money part, Money whole) {
    if (whole.micros() == 0)
        return QString();
    const Int128 tenths = (part.micros() * 2000 + whole.micros()) / (whole.micros() * 2);
    const qint64 t = static_cast<qint64>(tenths);
    return QStringLiteral("%1.%2 %").arg(t / 10).arg(std::abs(t % 10));
}

CentreCost sumOver(const QList<CentreCost>& costs) {
    CentreCost sum;
    for (const CentreCost& c : costs)
        sum.add(c);
    return sum;
}

} // namespace

AllocationReport::AllocationReport(const Catalog& catalog, const Scenario& scenario, CostAllocation allocation)
    : m_catalog(catalog)
    , m_scenario(scenario)
    , m_allocation(std::move(allocation)) {}

QString AllocationReport::packId(int pack) const {
    return m_catalog.packs().at(pack).id;
}

QString AllocationReport::packName(int pack) const {
    return m_catalog.packs().at(pack).name;
}

QList<int> AllocationReport::packsCharged() const {
    QList<int> packs;
    for (int p = 0; p < m_catalog.packs().size(); ++p) {
        bool used = false;
        for (const CentreAllocation& c : m_allocation.centres) {
            const CentreCost sum = p < c.packMonths.size() ? sumOver(c.packMonths.at(p)) : CentreCost{};
            used = used || sum.calls != 0 || sum.total().micros() != 0;
        }
        if (used)
            packs.append(p);
    }
    return packs;
}

QJsonObject AllocationReport::toJsonObject() const {
    const CostAllocation& a = m_allocation;
    const QList<int> packs = packsCharged();
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("ocr-cost-planner/allocation"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("scenario"), m_scenario.name);
    root.insert(QStringLiteral("currency"), m_catalog.currency());
    root.insert(QStringLiteral("start"), a.start.toString());
    root.insert(QStringLiteral("end"), a.start.addMonths(a.months - 1).toString());
    root.insert(QStringLiteral("unusedBalance"), toString(a.unusedBalance));
    QJsonArray centres;
    for (const CentreAllocation& c : a.centres) {
        QJsonArray months;
        for (int m = 0; m < c.months.size(); ++m) {
            const CentreCost& cost = c.months.at(m);
            months.append(QJsonObject{{QStringLiteral("month"), a.start.addMonths(m).toString()},
                                      {QStringLiteral("calls"), cost.calls},
                                      {QStringLiteral("packUsage"), decimal(cost.packUsage)},
                                      {QStringLiteral("postpaid"), decimal(cost.postpaid)},
                                      {QStringLiteral("expired"), decimal(cost.expired)},
                                      {QStringLiteral("total"), decimal(cost.total())}});
        }
        QJsonArray packTotals;
        for (int p : packs) {
            packTotals.append(QJsonObject{{QStringLiteral("pack"), packId(p)},
                                          {QStringLiteral("name"), packName(p)},
                                          {QStringLiteral("total"), decimal(c.packTotal(p))}});
        }
        centres.append(QJsonObject{{QStringLiteral("name"), c.name},
                                   {QStringLiteral("total"), decimal(c.total)},
                                   {QStringLiteral("balanceAtEnd"), decimal(c.balanceAtEnd)},
                                   {QStringLiteral("months"), months},
                                   {QStringLiteral("packs"), packTotals}});
    }
    root.insert(QStringLiteral("centres"), centres);
    root.insert(QStringLiteral("total"), decimal(a.total));
    return root;
}

QByteArray AllocationReport::toJson() const {
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

QString AllocationReport::toText(bool byPack) const {
    const CostAllocation& a = m_allocation;
    using A = TextTable::Align;
    QString out;
    out += QStringLiteral("Cost allocation: %1\n").arg(m_scenario.name);
    out += QStringLiteral("%1 to %2, amounts in 元; balance never used goes %3\n\n")
               .arg(a.start.toString(), a.start.addMonths(a.months - 1).toString(),
                    a.unusedBalance == UnusedBalanceRule::ByUse
                        ? QStringLiteral("to the centres that used the pack")
                        : QStringLiteral("to the Unallocated line"));

    TextTable summary({A::Left, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right});
    summary.addRow({QStringLiteral("Cost centre"), QStringLiteral("Calls"), QStringLiteral("Pack usage"),
                    QStringLiteral("Postpaid"), QStringLiteral("Expired"), QStringLiteral("Unused at end"),
                    QStringLiteral("Total"), QStringLiteral("Share")});
    summary.addRule();
    CentreCost all;
    Money allAtEnd;
    for (const CentreAllocation& c : a.centres) {
        const CentreCost sum = sumOver(c.months);
        all.add(sum);
        allAtEnd += c.balanceAtEnd;
        summary.addRow({c.name, TextTable::grouped(sum.calls), display(sum.packUsage), display(sum.postpaid),
                        display(sum.expired), display(c.balanceAtEnd), display(c.total), shareText(c.total, a.total)});
    }
    summary.addRule();
    summary.addRow({QStringLiteral("Total"), TextTable::grouped(all.calls), display(all.packUsage),
                    display(all.postpaid), display(all.expired), display(allAtEnd), display(a.total),
                    a.total.micros() == 0 ? QString() : QStringLiteral("100.0 %")});
    out += summary.toString();

    // Months down, centres across: as many centres per block as fit the terminal.
    out += QStringLiteral("\nBy month\n");
    const auto widthOf = [&](const CentreAllocation* c) {
        int width = TextTable::displayWidth(c ? c->name : QStringLiteral("Total"));
        for (int m = 0; m < a.months; ++m) {
            const Money value = c ? c->months.value(m).total() : Money();
            width = std::max(width, TextTable::displayWidth(display(value)));
        }
        if (c) {
            width = std::max(width, TextTable::displayWidth(display(c->total - c->balanceAtEnd)));
            width = std::max(width, TextTable::displayWidth(display(c->balanceAtEnd)));
        } else {
            width = std::max(width, TextTable::displayWidth(display(a.total)));
        }
        return width;
    };
    QList<int> columns; // centre indices, then -1 for the total of all centres
    for (int i = 0; i < a.centres.size(); ++i)
        columns.append(i);
    columns.append(-1);
    constexpr int kGap = 2;
    const int labelWidth = TextTable::displayWidth(QStringLiteral("Unused at end"));
    qsizetype next = 0;
    while (next < columns.size()) {
        QList<int> block;
        int width = labelWidth;
        while (next < columns.size()) {
            const int c = columns.at(next);
            const int w = widthOf(c < 0 ? nullptr : &a.centres.at(c)) + kGap;
            if (!block.isEmpty() && width + w > kTextWidth)
                break;
            block.append(c);
            width += w;
            ++next;
        }
        QList<A> alignments{A::Left};
        QStringList header{QStringLiteral("Month")};
        for (int c : block) {
            alignments.append(A::Right);
            header.append(c < 0 ? QStringLiteral("Total") : a.centres.at(c).name);
        }
        TextTable table(alignments);
        table.addRow(header);
        table.addRule();
        for (int m = 0; m < a.months; ++m) {
            QStringList row{a.start.addMonths(m).toString()};
            for (int c : block) {
                Money value;
                if (c >= 0) {
                    value = a.centres.at(c).months.value(m).total();
                } else {
                    for (const CentreAllocation& centre : a.centres)
                        value += centre.months.value(m).total();
                }
                row.append(display(value));
            }
            table.addRow(row);
        }
        QStringList atEnd{QStringLiteral("Unused at end")};
        QStringList total{QStringLiteral("Total")};
        for (int c : block) {
            atEnd.append(display(c >= 0 ? a.centres.at(c).balanceAtEnd : allAtEnd));
            total.append(display(c >= 0 ? a.centres.at(c).total : a.total));
        }
        table.addRow(atEnd);
        table.addRule();
        table.addRow(total);
        if (next < columns.size() || block.size() < columns.size())
            out += u'\n';
        out += table.toString();
    }

    if (byPack) {
        out += QStringLiteral("\nBy pack\n");
        TextTable packs({A::Left, A::Left, A::Right, A::Right, A::Right, A::Right, A::Right});
        packs.addRow({QStringLiteral("Cost centre"), QStringLiteral("Pack"), QStringLiteral("Calls"),
                      QStringLiteral("Pack usage"), QStringLiteral("Postpaid"), QStringLiteral("Expired"),
                      QStringLiteral("Total")});
        packs.addRule();
        const QList<int> charged = packsCharged();
        for (const CentreAllocation& c : a.centres) {
            for (int p : charged) {
                const CentreCost sum = sumOver(c.packMonths.value(p));
                if (sum.calls == 0 && sum.total().micros() == 0)
                    continue;
                packs.addRow({c.name, packName(p), TextTable::grouped(sum.calls), display(sum.packUsage),
                              display(sum.postpaid), display(sum.expired), display(sum.total())});
            }
            if (c.balanceAtEnd.micros() != 0) {
                packs.addRow({c.name, QStringLiteral("(unused at end)"), QString(), QString(), QString(), QString(),
                              display(c.balanceAtEnd)});
            }
        }
        packs.addRule();
        packs.addRow({QStringLiteral("Total"), QString(), TextTable::grouped(all.calls), display(all.packUsage),
                      display(all.postpaid), display(all.expired), display(a.total)});
        out += packs.toString();
    }
    return out;
}

QByteArray AllocationReport::toCsv() const {
    const CostAllocation& a = m_allocation;
    CsvWriter csv;
    csv.addTextRow({QStringLiteral("cost centre"), QStringLiteral("month"), QStringLiteral("calls"),
                    QStringLiteral("pack usage"), QStringLiteral("postpaid"), QStringLiteral("expired"),
                    QStringLiteral("unused at end"), QStringLiteral("total")});
    const auto row = [&csv](const QString& centre, const QString& month, const CentreCost& cost,
                            std::optional<Money> atEnd, Money total) {
        csv.addRow({centre, month, CsvWriter::Field::number(cost.calls), CsvWriter::Field::number(cost.packUsage),
                    CsvWriter::Field::number(cost.postpaid), CsvWriter::Field::number(cost.expired),
                    atEnd ? CsvWriter::Field::number(*atEnd) : CsvWriter::Field(), CsvWriter::Field::number(total)});
    };
    QList<CentreCost> allMonths(a.months);
    Money allAtEnd;
    for (const CentreAllocation& c : a.centres) {
        for (int m = 0; m < a.months; ++m) {
            const CentreCost cost = c.months.value(m);
            allMonths[m].add(cost);
            row(c.name, a.start.addMonths(m).toString(), cost, std::nullopt, cost.total());
        }
        allAtEnd += c.balanceAtEnd;
        row(c.name, QStringLiteral("total"), sumOver(c.months), c.balanceAtEnd, c.total);
    }
    for (int m = 0; m < a.months; ++m)
        row(QStringLiteral("all"), a.start.addMonths(m).toString(), allMonths.at(m), std::nullopt,
            allMonths.at(m).total());
    row(QStringLiteral("all"), QStringLiteral("total"), sumOver(allMonths), allAtEnd, a.total);
    return csv.toUtf8();
}

QByteArray AllocationReport::toPackCsv() const {
    const CostAllocation& a = m_allocation;
    CsvWriter csv;
    csv.addTextRow({QStringLiteral("cost centre"), QStringLiteral("pack"), QStringLiteral("pack name"),
                    QStringLiteral("calls"), QStringLiteral("pack usage"), QStringLiteral("postpaid"),
                    QStringLiteral("expired"), QStringLiteral("unused at end"), QStringLiteral("total")});
    const auto row = [&csv](const QString& centre, const QString& pack, const QString& name, const CentreCost& cost,
                            std::optional<Money> atEnd, Money total) {
        csv.addRow({centre, pack, name, CsvWriter::Field::number(cost.calls), CsvWriter::Field::number(cost.packUsage),
                    CsvWriter::Field::number(cost.postpaid), CsvWriter::Field::number(cost.expired),
                    atEnd ? CsvWriter::Field::number(*atEnd) : CsvWriter::Field(), CsvWriter::Field::number(total)});
    };
    const QList<int> charged = packsCharged();
    QList<CentreCost> allPacks(charged.size());
    Money allAtEnd;
    for (const CentreAllocation& c : a.centres) {
        for (qsizetype i = 0; i < charged.size(); ++i) {
            const CentreCost sum = sumOver(c.packMonths.value(charged.at(i)));
            allPacks[i].add(sum);
            row(c.name, packId(charged.at(i)), packName(charged.at(i)), sum, std::nullopt, sum.total());
        }
        allAtEnd += c.balanceAtEnd;
        row(c.name, QStringLiteral("total"), QString(), sumOver(c.months), c.balanceAtEnd, c.total);
    }
    for (qsizetype i = 0; i < charged.size(); ++i)
        row(QStringLiteral("all"), packId(charged.at(i)), packName(charged.at(i)), allPacks.at(i), std::nullopt,
            allPacks.at(i).total());
    row(QStringLiteral("all"), QStringLiteral("total"), QString(), sumOver(allPacks), allAtEnd, a.total);
    return csv.toUtf8();
}

} // namespace ocp
