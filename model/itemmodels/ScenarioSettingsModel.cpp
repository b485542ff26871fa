#include "model/itemmodels/ScenarioSettingsModel.h"

#include "model/billing/InputError.h"
#include "model/document/PlanDocument.h"
#include "model/io/Display.h"
#include "model/itemmodels/ModelRoles.h"

#include <QDate>
#include <QVariantMap>

namespace ocp {
namespace {

QVariantList choices(const QStringList& labels) {
    QVariantList list;
    for (int i = 0; i < labels.size(); ++i)
        list.append(QVariantMap{{QStringLiteral("value"), i}, {QStringLiteral("label"), labels.at(i)}});
    return list;
}

} // namespace

ScenarioSettingsModel::ScenarioSettingsModel(PlanDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document) {
    connect(document, &PlanDocument::scenarioReplaced, this,
            [this] { Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1)); });
}

int ScenarioSettingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 1;
}

int ScenarioSettingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioSettingsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() != 0)
        return {};
    const Scenario& s = m_document->scenario();
    const QStringList policies{tr("First month only (yearly budget)"), tr("Any month")};
    const QStringList bases{tr("All calls of the month (default)"), tr("Postpaid calls only (conservative)")};
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != ChoicesRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return role == Qt::ToolTipRole || role == ChoicesRole ? QVariant() : QVariant(s.name);
    case StartColumn:
        if (role == Qt::ToolTipRole || role == ChoicesRole)
            return {};
        return edit ? QVariant(QDate(s.start.year(), s.start.month(), 1)) : QVariant(s.start.toString());
    case MonthsColumn:
        if (role == Qt::ToolTipRole || role == ChoicesRole)
            return {};
        return s.months;
    case PolicyColumn: {
        const int value = s.settings.purchasePolicy == PurchasePolicy::Start ? 0 : 1;
        if (role == ChoicesRole)
            return choices(policies);
        if (role == Qt::ToolTipRole)
            return tr(
                "When the optimizer may buy packs: only in the first month, or in any month of the plan");
        return edit ? QVariant(value) : QVariant(policies.at(value));
    }
    case TierBasisColumn: {
        const int value = s.settings.tierBasis == TierBasis::AllCalls ? 0 : 1;
        if (role == ChoicesRole)
            return choices(bases);
        if (role == Qt::ToolTipRole)
            return tr("Which monthly volume selects the postpaid tier; the price list is ambiguous here");
        return edit ? QVariant(value) : QVariant(bases.at(value));
    }
    case AboveTopPriceColumn:
        if (role == ChoicesRole)
            return {};
        if (role == Qt::ToolTipRole) {
            return tr("Unit price for calls above 1,000,000 a month (联系商务: ask sales). Empty uses the "
                      "top tier's "
                      "price, and such figures are flagged as estimates.");
        }
        if (s.settings.aboveTopTierPrice)
            return Display::unitPrice(*s.settings.aboveTopTierPrice);
        return edit ? QString() : tr("top tier price (estimate)");
    default:
        return {};
    }
}

bool ScenarioSettingsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.row() != 0)
        return false;
    if (data(index, Qt::EditRole) == value)
        return true;
    try {
        switch (index.column()) {
        case NameColumn:
            m_document->setName(value.toString());
            return true;
        case StartColumn: {
            QDate date = value.toDate();
            if (!date.isValid()) {
                const std::optional<YearMonth> ym = YearMonth::parse(value.toString().trimmed());
                if (ym)
                    date = QDate(ym->year(), ym->month(), 1);
            }
            if (!date.isValid())
                throw InputError(tr("“%1” is not a month (YYYY-MM)").arg(value.toString()));
            m_document->setStart(YearMonth(date.year(), date.month()));
            return true;
        }
        case MonthsColumn: {
            bool ok = false;
            const int months = value.toInt(&ok);
            if (!ok)
                throw InputError(tr("“%1” is not a number of months").arg(value.toString()));
            m_document->setMonths(months);
            return true;
        }
        case PolicyColumn:
            m_document->setPurchasePolicy(value.toInt() == 0 ? PurchasePolicy::Start : PurchasePolicy::Any);
            return true;
        case TierBasisColumn:
            m_document->setTierBasis(value.toInt() == 0 ? TierBasis::AllCalls : TierBasis::PostpaidCalls);
            return true;
        case AboveTopPriceColumn: {
            const QString text = value.toString().trimmed();
            if (text.isEmpty()) {
                m_document->setAboveTopTierPrice(std::nullopt);
                return true;
            }
            QString reason;
            const std::optional<Money> price = Display::parsePrice(text, &reason);
            if (!price)
                throw InputError(reason);
            m_document->setAboveTopTierPrice(price);
            return true;
        }
        default:
            return false;
        }
    } catch (const InputError& e) {
        Q_EMIT inputRejected(tr("Not changed: %1").arg(e.message()));
        return false;
    }
}

QVariant ScenarioSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section == 0 ? QVariant(tr("Plan")) : QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StartColumn:
        return tr("Start month");
    case MonthsColumn:
        return tr("Horizon (months)");
    case PolicyColumn:
        return tr("Purchase policy");
    case TierBasisColumn:
        return tr("Tier basis");
    case AboveTopPriceColumn:
        return tr("Price above 1,000,000 calls");
    default:
        return {};
    }
}

Qt::ItemFlags ScenarioSettingsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

} // namespace ocp
