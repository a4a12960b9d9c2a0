#pragma once
// The controls of a DNS check that runs in the background (DOM-6), the same wherever one runs:
// Check DNS; while it runs, Cancel, a progress bar and the step being asked; below, a summary of
// the last run. The owner starts and stops the run (runRequested, cancelRequested) and tells the
// panel how it goes. A run over several domains gives each domain the same share of the bar.
// Used by the DNS check of a domain, the migration checklist, and the wizard's prerequisites and
// decommission checklist pages.

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mailroom {

struct Domain;

class DnsRunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DnsRunPanel(QWidget* parent = nullptr);

    // The Check DNS button's label (with its mnemonic), what it does, and its accessible name
    // (the label without the mnemonic when empty).
    void setRunButton(const QString& text, const QString& toolTip, const QString& accessibleName = {});
    // Check DNS is offered when nothing runs and there is something to check (with why not in
    // its tooltip otherwise); Cancel, the bar and the step show only while a check runs.
    void setRunning(bool running, bool canRun = true, const QString& whyNot = {});

    // A run of one check: the bar is busy until the first progress.
    void showStarted(const QString& step);
    void showProgress(int done, int total, const QString& step);
    // A run over count domains: the bar moves within each domain's share.
    void showDomainsStarted(int count);
    void showDomainStarting(const Domain& domain, int index, int count);
    void showDomainProgress(const Domain& domain, int index, int count, const QString& step, double fraction);
    void showDomainDone(int index);

    void setSummary(const QString& text);
    // Says first what happened to the run ("cancelled"), then what the summary said.
    void prefixSummary(const QString& text);
    QString summary() const;

    QPushButton* runButton() const { return m_run; }

Q_SIGNALS:
    void runRequested();
    void cancelRequested();

private:
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_step;
    QLabel* m_summary;
    QString m_runToolTip;
};

} // namespace mailroom
