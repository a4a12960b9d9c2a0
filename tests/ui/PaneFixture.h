#pragma once
// The console for a pane test, built once per test the same way for every pane: a fresh test
// engine, the organization shown, and the pane P either as the administrator reaches it (in the
// main window, on its navigation entry) or on its own as the active window. Every lookup fails
// the test program when what it names is missing (GuiTest.h, child).

#include "GuiTest.h"
#include "TestEngine.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationView.h"

#include <QAction>
#include <QSize>
#include <QTest>
#include <memory>

namespace mailroom::test {

template <typename P> struct PaneFixture
{
    TestEngine engine;
    Organization org;
    std::unique_ptr<MainWindow> window; // when opened in the window
    P* pane = nullptr;

    // In the main window, on the navigation entry titled entry.
    void openInWindow(const Organization& organization, const QString& entry, QSize size = {1300, 800})
    {
        org = organization;
        m_alone.reset();
        window = std::make_unique<MainWindow>(*engine);
        window->resize(size);
        window->show();
        window->openOrganization(org.id);
        if (!window->organizationView()->selectEntryTitled(entry))
            qFatal("PaneFixture: no navigation entry %s", qPrintable(entry));
        pane = window->organizationView()->template findChild<P*>();
        if (!pane)
            qFatal("PaneFixture: the entry %s shows no %s", qPrintable(entry),
                   P::staticMetaObject.className());
    }

    // On its own, as the active window, showing the organization.
    void openAlone(const Organization& organization, QSize size = {1100, 760})
    {
        org = organization;
        window.reset();
        m_alone = std::make_unique<P>(*engine);
        pane = m_alone.get();
        pane->resize(size);
        pane->show();
        pane->activateWindow();
        if (!QTest::qWaitForWindowActive(pane))
            qFatal("PaneFixture: the %s never became the active window", P::staticMetaObject.className());
        pane->showOrganization(org);
    }

    // Closes the pane (and its window): what it runs is cancelled as when the administrator closes it.
    void close()
    {
        pane = nullptr;
        window.reset();
        m_alone.reset();
    }

    QAction* action(const char* name) { return child<QAction>(pane, QString::fromLatin1(name)); }
    template <typename T> T* get(const char* name) { return child<T>(pane, QString::fromLatin1(name)); }

private:
    std::unique_ptr<P> m_alone;
};

} // namespace mailroom::test
