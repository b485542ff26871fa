#pragma once

#include "model/billing/Money.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <QtGlobal>
#include <optional>

namespace ocp {

// Reads one JSON object field by field and remembers the path ("resourcePacks[3].sizes[1]")
// so every refusal names the exact field. Throws InputError.
class JsonReader {
public:
    // Names and other text in a file (scenario and plan names, catalog ids and names) are a
    // few words; files come from colleagues, so a longer string is refused, not shown.
    static constexpr qsizetype kMaxTextLength = 200;

    JsonReader(QJsonObject object, QString path);

    // Parses a whole document whose top level must be an object; `what` names the file kind.
    static QJsonObject parseDocument(const QByteArray& json, const QString& what);

    const QString& path() const { return m_path; }
    QString fieldPath(const QString& key) const;
    bool has(const QString& key) const { return m_object.contains(key); }
    QJsonValue value(const QString& key);

    // A non-empty string of at most kMaxTextLength characters.
    QString requireString(const QString& key);
    std::optional<QString> optionalString(const QString& key);
    qint64 requireInteger(const QString& key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const QString& key, qint64 min, qint64 max);
    Money requireMoney(const QString& key, bool allowNegative = false);
    std::optional<Money> optionalMoney(const QString& key);
    QJsonArray requireArray(const QString& key);
    QJsonObject requireObject(const QString& key);

    // Reads the "format" and "version" fields every file of ours starts with: the format must
    // be `format` (or `alsoAccepted`, when given, which the caller reads instead) and the
    // version at most `newestVersion`.
    void requireFormat(const QString& format, int newestVersion, const QString& alsoAccepted = QString());

    // Refuses any key that was never asked for: a typo in a price file must not pass silently.
    void rejectUnknownKeys() const;

    [[noreturn]] void fail(const QString& key, const QString& reason) const;

    // Refuses text longer than kMaxTextLength characters, naming the field at `path`.
    static void checkLength(const QString& text, const QString& path);
    // Characters as a user counts them: a character outside the BMP is one, not two.
    static qsizetype characterCount(QStringView text);
    // The text cut to at most `room` UTF-16 units (so at most that many characters), never
    // inside a character: for names the planner builds from longer text.
    static QString clipped(const QString& text, qsizetype room = kMaxTextLength);

    // Helpers for values that are not object members (array items).
    static qint64 toInteger(const QJsonValue& value, const QString& path, qint64 min, qint64 max);
    static Money toMoney(const QJsonValue& value, const QString& path, bool allowNegative = false);
    static QJsonObject toObject(const QJsonValue& value, const QString& path);

private:
    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_seen;
};

} // namespace ocp
