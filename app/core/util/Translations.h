// The translators of both executables (and of tests): Qt's own qtbase_<lang> catalogue and
// AcmeDesk's acmedesk_<lang>, which is compiled into acmedesk_core at :/i18n/acmedesk_<lang>.qm.
#pragma once

#include <QLocale>

class QCoreApplication;

namespace acmedesk {

// Installs the catalogues that fit `locale` (its uiLanguages, e.g. LANGUAGE=de or
// LANG=de_DE.UTF-8 for the system locale). Without an AcmeDesk catalogue for the locale the
// English one is installed, so counted messages read "1 day" / "2 days", never "day(s)".
// Calling it again replaces the translators an earlier call installed. Returns the language of
// the AcmeDesk catalogue now installed (e.g. "de", "en"), empty if none could be loaded.
QString installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace acmedesk
