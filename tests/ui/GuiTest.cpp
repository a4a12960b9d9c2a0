#include "GuiTest.h"

#include <QDir>

namespace mailroom::test {

void shot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("MAILROOM_SHOTS");
    if (folder.isEmpty() || !widget)
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace mailroom::test
