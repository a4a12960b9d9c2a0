#pragma once
// Helpers for GUI tests: answer the modal dialog that a click opens, wait for conditions, and
// save screenshots when MAILROOM_SHOTS names a folder (for looking at what people see).

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace mailroom::test {

// Runs handler on the next modal dialog of type D once it is shown (polls for up to 10 s). When
// none appears the test program stops with a fatal error naming the dialog: a test that waits for a
// dialog never passes without it.
template <typename D> void whenModal(std::function<void(D*)> handler)
{
    auto* timer = new QTimer;
    auto started = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, handler, started] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
            dialog && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            handler(dialog);
        } else if (++*started > 1000) {
            timer->stop();
            timer->deleteLater();
            qFatal("whenModal: no %s appeared within 10 s", D::staticMetaObject.className());
        }
    });
    timer->start(10);
}

// Saves widget->grab() as <MAILROOM_SHOTS>/<name>.png when that variable is set.
void shot(QWidget* widget, const QString& name);

// The child of that type and object name; when there is none, the test program stops with a fatal
// error naming it (never a null pointer that a test might read as "not shown"). For a child that
// may be absent, use findChild.
template <typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent ? parent->findChild<T*>(name) : nullptr;
    if (!found)
        qFatal("child: no %s named %s under %s", T::staticMetaObject.className(), qPrintable(name),
               parent ? qPrintable(parent->objectName()) : "nothing");
    return found;
}

} // namespace mailroom::test
