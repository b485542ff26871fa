#pragma once

#include <QCoreApplication>
#include <QLocale>

namespace ocp {

// The interface language: Simplified Chinese or English, following the system unless the
// user chose one (stored in QSettings). apply() switches it at once: open windows follow
// QEvent::LanguageChange.
class Language {
    Q_DECLARE_TR_FUNCTIONS(ocp::Language)

public:
    enum Choice { System, Chinese, English };

    static Choice stored();
    static void store(Choice choice);
    // The locale a choice resolves to: zh_CN or en_US (numbers use "," and "." in both).
    static QLocale localeFor(Choice choice);
    // Sets the default locale and installs the planner's and Qt's translations.
    static void apply(Choice choice);
};

} // namespace ocp
