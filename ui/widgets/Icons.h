#pragma once
// Icons from the desktop theme, with the bundled fallbacks of resources/ (UI.md).

#include <QIcon>

namespace mailroom::icons {

inline QIcon themed(const QString& name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/fallback/") + name + QStringLiteral(".svg")));
}

} // namespace mailroom::icons
