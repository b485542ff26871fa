#include "Language.h"

#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace ocp {
namespace {

const QString kKey = QStringLiteral("language");

// The translators installed by apply(), removed again when the language changes.
QPointer<QTranslator> plannerTranslator;
QPointer<QTranslator> qtTranslator;

} // namespace

Language::Choice Language::stored() {
    const QString value = QSettings().value(kKey).toString();
    if (value == QLatin1String("zh_CN"))
        return Chinese;
    if (value == QLatin1String("en"))
        return English;
    return System;
}

void Language::store(Choice choice) {
    QSettings settings;
    switch (choice) {
    case System:
        settings.remove(kKey);
        break;
    case Chinese:
        settings.setValue(kKey, QStringLiteral("zh_CN"));
        break;
    case English:
        settings.setValue(kKey, QStringLiteral("en"));
        break;
    }
}

QLocale Language::localeFor(Choice choice) {
    if (choice == System)
        choice = QLocale::system().language() == QLocale::Chinese ? Chinese : English;
    return choice == Chinese ? QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China)
                             : QLocale(QLocale::English, QLocale::UnitedStates);
}

void Language::apply(Choice choice) {
    const QLocale locale = localeFor(choice);
    QLocale::setDefault(locale);
    auto* app = QCoreApplication::instance();
    const QString suffix =
        locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    for (QPointer<QTranslator>* old : {&plannerTranslator, &qtTranslator}) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }
    // Installing a translator sends QEvent::LanguageChange: open windows translate themselves.
    auto* planner = new QTranslator(app);
    if (planner->load(QStringLiteral(":/i18n/ocr-cost-planner_%1.qm").arg(suffix)))
        QCoreApplication::installTranslator(planner);
    plannerTranslator = planner;
    // Qt's own strings (standard buttons, dialogs) in the same language.
    auto* qt = new QTranslator(app);
    if (locale.language() == QLocale::Chinese &&
        qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    qtTranslator = qt;
}

} // namespace ocp
