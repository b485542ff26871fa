#pragma once

#include "model/billing/BudgetVariance.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ocp {

class Catalog;

// The approved budget against actual + forecast, as the CLI writes it: a table for people,
// JSON for scripts and CSV for spreadsheets (money as exact decimals in 元, see docs/cli.md).
class VarianceReport {
public:
    VarianceReport(const Catalog& catalog, QString planName, BudgetVariance variance);

    const BudgetVariance& variance() const { return m_variance; }

    QJsonObject toJsonObject() const;
    QByteArray toJson() const;
    QString toText() const;
    // One row per pack and month, with a row per pack ("total") and one for all packs ("all").
    QByteArray toCsv() const;

    // The parts of the split with the words the reports use, in report order.
    struct Part {
        QString key;  // the JSON key
        QString name; // English words for the table and CSV
        Money amount;
    };
    static QList<Part> parts(const VarianceSplit& split);

private:
    QString packName(const QString& id) const;

    const Catalog& m_catalog;
    QString m_planName;
    BudgetVariance m_variance;
};

} // namespace ocp
