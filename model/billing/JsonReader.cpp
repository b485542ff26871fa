#include "model/billing/JsonReader.h"

#include "model/billing/InputError.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace ocp {
namespace {

QString describe(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

// Object keys are names too (interfaces, packs, groups) and are quoted in messages: a key
// longer than a name is refused wherever it is, before any field is read.
void checkKeys(const QJsonValue& value, const QString& path) {
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (key.size() > JsonReader::kMaxTextLength &&
                JsonReader::characterCount(key) > JsonReader::kMaxTextLength) {
                throw InputError(QStringLiteral("%1: a key has %2 characters; at most %3 are allowed")
                                     .arg(path.isEmpty() ? QStringLiteral("top level") : path)
                                     .arg(JsonReader::characterCount(key))
                                     .arg(JsonReader::kMaxTextLength));
            }
            if (it.value().isObject() || it.value().isArray())
                checkKeys(it.value(), path.isEmpty() ? key : path + u'.' + key);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isObject() || array.at(i).isArray())
                checkKeys(array.at(i), QStringLiteral("%1[%2]").arg(path, QString::number(i)));
        }
    }
}

} // namespace

JsonReader::JsonReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path)) {}

QJsonObject JsonReader::parseDocument(const QByteArray& json, const QString& what) {
    if (json.trimmed().isEmpty())
        throw InputError(QStringLiteral("the %1 is empty").arg(what));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Turn the byte offset into a line number: that is what an editor shows.
        const auto offset = static_cast<qsizetype>(error.offset);
        const qsizetype line = json.left(offset).count('\n') + 1;
        throw InputError(QStringLiteral("the %1 is not valid JSON: %2 at line %3 (byte %4)")
                             .arg(what, error.errorString())
                             .arg(line)
                             .arg(offset));
    }
    if (!document.isObject())
        throw InputError(QStringLiteral("the %1 must be a JSON object at the top level").arg(what));
    checkKeys(document.object(), QString());
    return document.object();
}

QString JsonReader::fieldPath(const QString& key) const {
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

QJsonValue JsonReader::value(const QString& key) {
    m_seen.insert(key);
    return m_object.value(key);
}

void JsonReader::fail(const QString& key, const QString& reason) const {
    throw InputError(QStringLiteral("%1: %2").arg(key.isEmpty() ? m_path : fieldPath(key), reason));
}

void JsonReader::requireFormat(const QString& format, int newestVersion, const QString& alsoAccepted) {
    const QString found = requireString(QStringLiteral("format"));
    if (found != format) {
        fail(QStringLiteral("format"),
             alsoAccepted.isEmpty()
                 ? QStringLiteral("is \"%1\", expected \"%2\"").arg(found, format)
                 : QStringLiteral("is \"%1\", expected \"%2\" or \"%3\"").arg(found, format, alsoAccepted));
    }
    const qint64 version = requireInteger(QStringLiteral("version"), 1, 1'000'000);
    if (version > newestVersion) {
        fail(QStringLiteral("version"),
             QStringLiteral("%1 is newer than this planner reads (%2); update the planner")
                 .arg(version)
                 .arg(newestVersion));
    }
}

QString JsonReader::requireString(const QString& key) {
    const QJsonValue v = value(key);
    if (v.isUndefined())
        fail(key, QStringLiteral("is required"));
    if (!v.isString())
        fail(key, QStringLiteral("must be a string, not %1").arg(describe(v)));
    if (v.toString().trimmed().isEmpty())
        fail(key, QStringLiteral("must not be empty"));
    checkLength(v.toString(), fieldPath(key));
    return v.toString();
}

qsizetype JsonReader::characterCount(QStringView text) {
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

QString JsonReader::clipped(const QString& text, qsizetype room) {
    if (text.size() <= room)
        return text;
    QString out = text.left(std::max<qsizetype>(room, 0));
    if (!out.isEmpty() && out.back().isHighSurrogate())
        out.chop(1);
    return out;
}

void JsonReader::checkLength(const QString& text, const QString& path) {
    if (text.size() <= kMaxTextLength)
        return;
    const qsizetype count = characterCount(text);
    if (count > kMaxTextLength)
        throw InputError(QStringLiteral("%1: has %2 characters; at most %3 are allowed")
                             .arg(path)
                             .arg(count)
                             .arg(kMaxTextLength));
}

std::optional<QString> JsonReader::optionalString(const QString& key) {
    if (!has(key)) {
        m_seen.insert(key);
        return std::nullopt;
    }
    return requireString(key);
}

qint64 JsonReader::toInteger(const QJsonValue& v, const QString& path, qint64 min, qint64 max) {
    if (v.isUndefined())
        throw InputError(QStringLiteral("%1: is required").arg(path));
    if (!v.isDouble())
        throw InputError(QStringLiteral("%1: must be a whole number, not %2").arg(path, describe(v)));
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d)
        throw InputError(QStringLiteral("%1: must be a whole number, not %2").arg(path).arg(d));
    if (d < static_cast<double>(min) || d > static_cast<double>(max)) {
        throw InputError(
            QStringLiteral("%1: %2 is out of range (%3 to %4)").arg(path).arg(d, 0, 'f', 0).arg(min).arg(max));
    }
    return v.toInteger();
}

qint64 JsonReader::requireInteger(const QString& key, qint64 min, qint64 max) {
    return toInteger(value(key), fieldPath(key), min, max);
}

std::optional<qint64> JsonReader::optionalInteger(const QString& key, qint64 min, qint64 max) {
    if (!has(key)) {
        m_seen.insert(key);
        return std::nullopt;
    }
    return requireInteger(key, min, max);
}

Money JsonReader::toMoney(const QJsonValue& v, const QString& path, bool allowNegative) {
    if (v.isUndefined())
        throw InputError(QStringLiteral("%1: is required").arg(path));
    // Prices are strings so that no JSON tool can round them through a double on the way.
    if (!v.isString())
        throw InputError(
            QStringLiteral("%1: must be a decimal string such as \"0.15\", not %2").arg(path, describe(v)));
    QString reason;
    const std::optional<Money> money = Money::parse(v.toString(), &reason);
    if (!money)
        throw InputError(QStringLiteral("%1: %2").arg(path, reason));
    if (!allowNegative && money->isNegative())
        throw InputError(QStringLiteral("%1: must not be negative").arg(path));
    return *money;
}

Money JsonReader::requireMoney(const QString& key, bool allowNegative) {
    return toMoney(value(key), fieldPath(key), allowNegative);
}

std::optional<Money> JsonReader::optionalMoney(const QString& key) {
    if (!has(key)) {
        m_seen.insert(key);
        return std::nullopt;
    }
    return requireMoney(key);
}

QJsonArray JsonReader::requireArray(const QString& key) {
    const QJsonValue v = value(key);
    if (v.isUndefined())
        fail(key, QStringLiteral("is required"));
    if (!v.isArray())
        fail(key, QStringLiteral("must be an array, not %1").arg(describe(v)));
    return v.toArray();
}

QJsonObject JsonReader::toObject(const QJsonValue& v, const QString& path) {
    if (!v.isObject())
        throw InputError(QStringLiteral("%1: must be an object, not %2").arg(path, describe(v)));
    return v.toObject();
}

QJsonObject JsonReader::requireObject(const QString& key) {
    const QJsonValue v = value(key);
    if (v.isUndefined())
        fail(key, QStringLiteral("is required"));
    return toObject(v, fieldPath(key));
}

void JsonReader::rejectUnknownKeys() const {
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            fail(it.key(), QStringLiteral("is not a known field (check its spelling)"));
    }
}

} // namespace ocp
