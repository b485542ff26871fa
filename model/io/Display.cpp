#include "model/io/Display.h"

#include "model/billing/Scenario.h"

#include <QLocale>

namespace ocp {
namespace {

// Folds what people type into plain ASCII: full-width digits and punctuation from Chinese
// input methods, and drops group separators and spaces.
QString normalised(const QString& text) {
    const QLocale locale;
    const QString group = locale.groupSeparator();
    const bool dropLocaleGroup = !group.isEmpty() && group != locale.decimalPoint();
    QString out;
    for (QChar c : text.trimmed()) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(char16_t(u'0' + (u - 0xFF10)));
        else if (u == 0xFF0E || u == 0x3002)
            c = QLatin1Char('.');
        else if (u == 0xFF0D || u == 0x2212)
            c = QLatin1Char('-');
        else if (u == 0xFF05)
            c = QLatin1Char('%');
        if (c.isSpace() || c == u',' || c == u'\uFF0C' || c == u'_' || c == u'\'' ||
            (dropLocaleGroup && QString(c) == group))
            continue;
        out.append(c);
    }
    return out;
}

} // namespace

bool Display::chineseNames() {
    return QLocale().language() == QLocale::Chinese;
}

QString Display::name(const QString& chinese, const QString& english) {
    return chineseNames() || english.isEmpty() ? chinese : english;
}

QString Display::calls(qint64 calls) {
    return QLocale().toString(calls);
}

QString Display::money(Money amount) {
    return amount.toDisplayString(QLocale());
}

QString Display::yuan(Money amount) {
    return tr("%1 元").arg(money(amount));
}

QString Display::unitPrice(Money price) {
    QString text = price.toDecimalString();
    const QString point = QLocale().decimalPoint();
    if (point != QLatin1String("."))
        text.replace(QLatin1Char('.'), point);
    return text;
}

QString Display::perCallPrice(Money packPrice, qint64 calls) {
    if (calls <= 0)
        return QString();
    const Int128 micros = packPrice.micros();
    const Int128 rounded = (micros * 2 + calls) / (Int128(calls) * 2); // half up, prices are positive
    return unitPrice(Money::fromMicros(rounded));
}

QString Display::percent(qint64 ppm) {
    const qint64 magnitude = ppm < 0 ? -ppm : ppm;
    const qint64 whole = magnitude / 10'000;
    const qint64 fraction = magnitude % 10'000;
    QString text = QLocale().toString(whole);
    if (ppm < 0)
        text.prepend(QLocale().negativeSign());
    if (fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 4, 10, QLatin1Char('0'));
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += QLocale().decimalPoint() + digits;
    }
    return text + u'%';
}

std::optional<qint64> Display::parseCalls(const QString& text, QString* error) {
    auto fail = [&](const QString& reason) -> std::optional<qint64> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    QString s = normalised(text);
    if (s.isEmpty())
        return 0;
    if (s.startsWith(u'-'))
        return fail(tr("“%1”: calls cannot be negative").arg(text));
    if (s.startsWith(u'+'))
        s.remove(0, 1);
    qint64 multiplier = 1;
    const QChar last = s.isEmpty() ? QChar() : s.back();
    if (last == u'k' || last == u'K')
        multiplier = 1'000;
    else if (last == u'm' || last == u'M')
        multiplier = 1'000'000;
    else if (last == u'\u4E07' || last == u'w' || last == u'W') // 万
        multiplier = 10'000;
    else if (last == u'\u4EBF') // 亿
        multiplier = 100'000'000;
    if (multiplier != 1)
        s.chop(1);
    for (QChar c : std::as_const(s)) {
        if (!(c.isDigit() && c.unicode() < 128) && c != u'.')
            return fail(tr("“%1” is not a number of calls (digits only, such as 25000 or 2.5万)").arg(text));
    }
    const std::optional<Money> mantissa = Money::parse(s);
    if (!mantissa) {
        // Digits only, but too many for the arithmetic: say the limit, not "not a number".
        const qsizetype point = s.indexOf(u'.');
        if (s.count(u'.') <= 1 && (point < 0 ? s.size() : point) >= 13)
            return fail(
                tr("“%1” is more than %2 calls a month").arg(text, calls(Scenario::kMaxMonthlyCalls)));
        return fail(tr("“%1” is not a number of calls (digits only, such as 25000 or 2.5万)").arg(text));
    }
    const Int128 scaled = mantissa->micros() * multiplier;
    if (scaled % Money::kMicrosPerYuan != 0)
        return fail(tr("“%1” is not a whole number of calls").arg(text));
    const Int128 value = scaled / Money::kMicrosPerYuan;
    if (value > Scenario::kMaxMonthlyCalls)
        return fail(tr("“%1” is more than %2 calls a month").arg(text, calls(Scenario::kMaxMonthlyCalls)));
    return static_cast<qint64>(value);
}

std::optional<qint64> Display::parseDecimalMillionths(const QString& text, QString* error) {
    QString s = normalised(text);
    if (s.endsWith(u'%'))
        s.chop(1);
    if (QLocale().decimalPoint() != QLatin1String("."))
        s.replace(QLocale().decimalPoint(), QStringLiteral("."));
    const std::optional<Money> value = Money::parse(s);
    if (!value || value->micros() > Int128(1'000'000'000) * Money::kMicrosPerYuan) {
        if (error)
            *error = tr("“%1” is not a number (up to six decimals, such as 1.15 or 5)").arg(text);
        return std::nullopt;
    }
    return static_cast<qint64>(value->micros());
}

std::optional<Money> Display::parsePrice(const QString& text, QString* error) {
    QString s = normalised(text);
    if (s.endsWith(u'\u5143')) // 元
        s.chop(1);
    if (s.startsWith(u'\u00A5') || s.startsWith(u'\uFFE5')) // ¥ ￥
        s.remove(0, 1);
    const std::optional<Money> price = Money::parse(s);
    if (!price) {
        if (error)
            *error = tr("“%1” is not a price in 元 (digits and up to six decimals, such as 0.006)").arg(text);
        return std::nullopt;
    }
    if (price->isNegative()) {
        if (error)
            *error = tr("“%1”: a price cannot be negative").arg(text);
        return std::nullopt;
    }
    return price;
}

} // namespace ocp
