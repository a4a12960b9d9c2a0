#pragma once
// ORG-4: shows an organization's creation steps as they run, one step per turn of the event
// loop so the window stays live, and ends with the result: Active (and a way in) or Failed with
// the reason.

#include <QDialog>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace mailroom {

class Engine;

class CreationProgressDialog : public QDialog
{
    Q_OBJECT
public:
    CreationProgressDialog(Engine& engine, const QString& organizationId, QWidget* parent = nullptr);
    bool succeeded() const { return m_succeeded; }
    // The steps are not cancellable: closing waits until they end.
    void reject() override;

Q_SIGNALS:
    void openOrganizationRequested(const QString& organizationId);

private:
    void runNextStep();
    void finish(bool ok, const QString& message);

    Engine& m_engine;
    QString m_organizationId;
    QListWidget* m_steps;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_open;
    QPushButton* m_close;
    bool m_succeeded = false;
};

} // namespace mailroom
