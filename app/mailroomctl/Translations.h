#pragma once
// Loads the translation of the user's language (LANGUAGE/LC_ALL/LANG) from :/i18n.

class QCoreApplication;

namespace mailroomctl {

void installTranslations(QCoreApplication& app);

} // namespace mailroomctl
