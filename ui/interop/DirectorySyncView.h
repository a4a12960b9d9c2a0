#pragma once
// The directory synchronisation of an organization in interoperability mode (IOP-2), as the
// Interoperability section shows it: when it last ran, by whom, what it changed, the addresses it
// could not take and why, when the next one is due (every four hours), and "Synchronise now", which
// runs off the GUI thread with its progress shown.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mailroom {

class Engine;
class FieldErrors;

class DirectorySyncView : public QWidget
{
    Q_OBJECT
public:
    explicit DirectorySyncView(Engine& engine, QWidget* parent = nullptr);

    void setOrganizationId(const QString& orgId);
    // Starts the synchronisation; false (with the reason shown) when the engine refused to start it.
    // When it ends, the report (or why it stopped) is shown.
    bool syncNow();
    QTableWidget* skipped() const { return m_skipped; }

private:
    void refresh();
    void showRunning(int done, int total);
    void onFinished();

    Engine& m_engine;
    QString m_orgId;
    QLabel* m_last;
    QLabel* m_next;
    QLabel* m_running;
    QTableWidget* m_skipped;
    QPushButton* m_sync;
    QPushButton* m_stop;
    FieldErrors* m_errors;
};

} // namespace mailroom
