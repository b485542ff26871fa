#include "model/billing/Money.h"

#include <QLocale>

#include <ostream>

namespace ocp {
namespace {

// 10^12 元: far above any price, and small enough that price x 10^13 calls x 60 months x
// hundreds of packs stays inside 128 bits.
constexpr Int128 kMaxAbsMicros = Int128(1'000'000'000'000LL) * Money::kMicrosPerYuan;

void setError(QString* error, const QString& message) {
    if (error)
        *error = message;
}

QString int128ToString(Int128 value) {
    if (value == 0)
        return QStringLiteral("0");
    const bool negative = value < 0;
    // Work with the magnitude as unsigned so INT128_MIN cannot overflow.
    __extension__ using UInt128 = unsigned __int128;
    UInt128 magnitude = negative ? UInt128(-(value + 1)) + 1 : UInt128(value);
    QString digits;
    while (magnitude > 0) {
        digits.prepend(QChar(u'0' + static_cast<char16_t>(magnitude % 10)));
        magnitude /= 10;
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}

Int128 roundToFenMicros(Int128 micros) {
    constexpr Int128 fen = Money::kMicrosPerYuan / 100;
    const Int128 half = fen / 2;
    if (micros >= 0)
        return (micros + half) / fen;
    return -((-micros + half) / fen);
}

} // namespace

std::optional<Money> Money::parse(QStringView text, QString* error) {
    const QStringView s = text.trimmed();
    if (s.isEmpty()) {
        setError(error, QStringLiteral("an amount is required"));
        return std::nullopt;
    }
    qsizetype pos = 0;
    bool negative = false;
    if (s.at(0) == u'-' || s.at(0) == u'+') {
        negative = s.at(0) == u'-';
        ++pos;
    }
    Int128 whole = 0;
    Int128 fraction = 0;
    int fractionDigits = 0;
    int wholeDigits = 0;
    bool seenPoint = false;
    for (; pos < s.size(); ++pos) {
        const QChar c = s.at(pos);
        if (c == u'.') {
            if (seenPoint) {
                setError(error, QStringLiteral("\"%1\" has more than one decimal point").arg(s));
                return std::nullopt;
            }
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9') {
            setError(error, QStringLiteral("\"%1\" is not a plain decimal number (digits and one '.' only)").arg(s));
            return std::nullopt;
        }
        const int digit = c.unicode() - u'0';
        if (seenPoint) {
            if (++fractionDigits > kDecimals) {
                setError(error, QStringLiteral("\"%1\" has more than %2 decimals").arg(s).arg(kDecimals));
                return std::nullopt;
            }
            fraction = fraction * 10 + digit;
        } else {
            if (++wholeDigits > 13) {
                setError(error, QStringLiteral("\"%1\" is too large").arg(s));
                return std::nullopt;
            }
            whole = whole * 10 + digit;
        }
    }
    if (wholeDigits == 0 && fractionDigits == 0) {
        setError(error, QStringLiteral("\"%1\" has no digits").arg(s));
        return std::nullopt;
    }
    for (int i = fractionDigits; i < kDecimals; ++i)
        fraction *= 10;
    Int128 micros = whole * kMicrosPerYuan + fraction;
    if (micros > kMaxAbsMicros) {
        setError(error, QStringLiteral("\"%1\" is too large").arg(s));
        return std::nullopt;
    }
    return Money(negative ? -micros : micros);
}

QString Money::toDecimalString() const {
    const bool negative = m_micros < 0;
    const Int128 magnitude = negative ? -m_micros : m_micros;
    const Int128 whole = magnitude / kMicrosPerYuan;
    auto fraction = static_cast<qint64>(magnitude % kMicrosPerYuan);
    QString fractionText = QStringLiteral("%1").arg(fraction, kDecimals, 10, QLatin1Char('0'));
    while (fractionText.size() > 2 && fractionText.endsWith(u'0'))
        fractionText.chop(1);
    QString result = int128ToString(whole) + u'.' + fractionText;
    if (negative)
        result.prepend(u'-');
    return result;
}

qint64 Money::roundedFen() const { return static_cast<qint64>(roundToFenMicros(m_micros)); }

QString Money::toFenString() const {
    const Int128 fen = roundToFenMicros(m_micros);
    const bool negative = fen < 0;
    const Int128 magnitude = negative ? -fen : fen;
    QString result = int128ToString(magnitude / 100) + u'.' +
                     QStringLiteral("%1").arg(static_cast<int>(magnitude % 100), 2, 10, QLatin1Char('0'));
    if (negative)
        result.prepend(u'-');
    return result;
}

QString Money::toDisplayString(const QLocale& locale) const {
    const Int128 fen = roundToFenMicros(m_micros);
    const bool negative = fen < 0;
    const Int128 magnitude = negative ? -fen : fen;
    // Group the whole part with the locale's separator; the whole part can exceed 64 bits in
    // theory, so group the digit string instead of asking QLocale to format an integer.
    const QString wholeDigits = int128ToString(magnitude / 100);
    QString grouped;
    const QString separator = locale.groupSeparator();
    for (qsizetype i = 0; i < wholeDigits.size(); ++i) {
        if (i > 0 && (wholeDigits.size() - i) % 3 == 0)
            grouped += separator;
        grouped += wholeDigits.at(i);
    }
    QString result = grouped + locale.decimalPoint() +
                     QStringLiteral("%1").arg(static_cast<int>(magnitude % 100), 2, 10, QLatin1Char('0'));
    if (negative)
        result.prepend(locale.negativeSign());
    return result;
}

double Money::toDoubleForDisplay() const { return static_cast<double>(m_micros) / double(kMicrosPerYuan); }

void PrintTo(const Money& money, std::ostream* os) { *os << money.toDecimalString().toStdString() << " 元"; }

} // namespace ocp
