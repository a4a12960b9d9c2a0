#include "Console.h"

#include "MainWindow.h"
#include "core/Engine.h"
#include "organizations/SampleAccount.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace mailroom {

Console::Console(AccessLevel access, QObject* parent) : QObject(parent), m_access(access) {}

Console::~Console()
{
    m_window.reset(); // the window's models hold the engine
    m_engine.reset();
}

Status Console::open(const QString& path)
{
    EngineOptions options;
    options.access = m_access;
    auto engine = Engine::open(path, options);
    if (!engine)
        return engine.error();
    auto window = std::make_unique<MainWindow>(*engine.value());
    connect(window.get(), &MainWindow::openDatabaseRequested, this, &Console::openFromWindow,
            Qt::QueuedConnection);
    connect(window.get(), &MainWindow::sampleAccountRequested, this, &Console::sampleFromWindow,
            Qt::QueuedConnection);
    if (m_window)
        window->setGeometry(m_window->geometry());
    m_window.reset();
    m_engine = std::move(engine).value();
    m_window = std::move(window);
    m_window->show();
    return Done{};
}

Status Console::openSampleAccount()
{
    const QString path = SampleAccount::defaultPath();
    if (!QFileInfo::exists(path)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status made = SampleAccount::generate(path);
        QApplication::restoreOverrideCursor();
        if (!made)
            return made;
    }
    return open(path);
}

void Console::openFromWindow(const QString& path)
{
    if (auto opened = open(path); !opened)
        QMessageBox::warning(m_window.get(), tr("Open database"), opened.error().message);
}

void Console::sampleFromWindow()
{
    if (auto opened = openSampleAccount(); !opened)
        QMessageBox::warning(m_window.get(), tr("Sample account"), opened.error().message);
}

} // namespace mailroom
