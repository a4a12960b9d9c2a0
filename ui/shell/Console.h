#pragma once
// One open database and its window. Switching databases (File › Open, the sample account)
// opens the new engine first and only then replaces the window, so a file that cannot be
// opened leaves the current one as it was.

#include "core/AccessLevel.h"
#include "core/Result.h"

#include <QObject>
#include <memory>

namespace mailroom {

class Engine;
class MainWindow;

class Console : public QObject
{
    Q_OBJECT
public:
    explicit Console(AccessLevel access, QObject* parent = nullptr);
    ~Console() override;

    // Opens the database at path and shows its window. Errors: those of Engine::open.
    Status open(const QString& path);
    // Opens the sample account, generating it first when it does not exist yet.
    Status openSampleAccount();
    MainWindow* window() const { return m_window.get(); }
    Engine* engine() const { return m_engine.get(); }

private:
    void openFromWindow(const QString& path);
    void sampleFromWindow();

    AccessLevel m_access;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace mailroom
