#include "SeasonalityDialog.h"

#include "ChartPalette.h"
#include "model/billing/Money.h"
#include "model/io/Display.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ocp {

SeasonalityDialog::SeasonalityDialog(const QList<qint64>& factorMillionths, QWidget* parent)
    : QDialog(parent)
    , m_error(new QLabel(this))
    , m_factors(factorMillionths) {
    setWindowTitle(tr("Seasonality profile"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each selected cell is multiplied by the factor of its calendar month "
                                "(1 keeps it, 1.2 is 20% more, 0.8 is 20% less)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* grid = new QGridLayout;
    const QLocale locale;
    for (int m = 0; m < 12; ++m) {
        auto* edit = new QLineEdit(this);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setText(Money::fromMicros(m_factors.value(m, 1'000'000)).toDecimalString());
        edit->setObjectName(QStringLiteral("factor%1").arg(m + 1));
        m_edits.append(edit);
        grid->addWidget(new QLabel(locale.monthName(m + 1), this), m % 6, (m / 6) * 2);
        grid->addWidget(edit, m % 6, (m / 6) * 2 + 1);
    }
    layout->addLayout(grid);
    m_error->setStyleSheet(ChartPalette::textStyleSheet(ChartPalette::errorText()));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* flat = buttons->addButton(tr("All 1"), QDialogButtonBox::ResetRole);
    connect(flat, &QPushButton::clicked, this, [this] {
        for (QLineEdit* edit : std::as_const(m_edits))
            edit->setText(QStringLiteral("1.00"));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SeasonalityDialog::accept() {
    QList<qint64> factors;
    for (int m = 0; m < m_edits.size(); ++m) {
        QString reason;
        const std::optional<qint64> factor = Display::parseDecimalMillionths(m_edits.at(m)->text(), &reason);
        if (!factor || *factor < 0) {
            m_error->setText(tr("%1: %2").arg(QLocale().monthName(m + 1),
                                              factor ? tr("a factor cannot be negative") : reason));
            m_edits.at(m)->setFocus();
            return;
        }
        factors.append(*factor);
    }
    m_factors = factors;
    QDialog::accept();
}

} // namespace ocp
