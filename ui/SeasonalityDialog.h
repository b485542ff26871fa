#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;

namespace ocp {

// Asks for a seasonality profile: one factor per calendar month (1 = unchanged, 1.2 = 20%
// more). The factors are kept as exact decimals in millionths.
class SeasonalityDialog : public QDialog {
    Q_OBJECT

public:
    explicit SeasonalityDialog(const QList<qint64>& factorMillionths, QWidget* parent = nullptr);

    QList<qint64> factors() const { return m_factors; }

    void accept() override;

private:
    QList<QLineEdit*> m_edits;
    QLabel* m_error;
    QList<qint64> m_factors;
};

} // namespace ocp
