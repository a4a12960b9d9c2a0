#pragma once
// Long work in a dialog (UI.md): a progress bar with Cancel while a BatchJob runs, then its
// summary — what succeeded, what failed and why — with a Copy button.

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace mailroom {

class BatchJob;

class BatchProgressDialog : public QDialog
{
    Q_OBJECT
public:
    BatchProgressDialog(const QString& title, BatchJob& job, QWidget* parent = nullptr);
    // Runs the job in a modal dialog and returns when the administrator closes the summary.
    static void run(QWidget* parent, const QString& title, BatchJob& job);

    // Esc or the window's close button while the job runs cancels it (between items) and
    // waits for the summary; afterwards it closes as usual.
    void reject() override;

private:
    void showSummary();
    bool m_finished = false;

    BatchJob& m_job;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_summary;
    QPushButton* m_cancel;
    QPushButton* m_copy;
    QPushButton* m_close;
};

} // namespace mailroom
