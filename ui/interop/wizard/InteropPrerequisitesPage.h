#pragma once
// The first page of the interoperability wizard (IOP-3): the prerequisites checklist, each item
// with its state in colour and text and a sentence naming the object and the fix. It follows the
// engine while it shows (a user enabled or a domain verified elsewhere updates it), runs the DNS
// check of the verified domains' MX records (at once the first time, again with Check DNS), and
// asks the administrator to confirm that the mailboxes have been migrated — which the engine
// cannot see; the step marked done is that confirmation.

#include "InteropWizardPage.h"
#include "interop/InteropPrerequisites.h"

class QCheckBox;
class QLabel;
class QTableWidget;
class QTimer;

namespace mailroom {

class DnsRunPanel;

struct Change;

class InteropPrerequisitesPage : public InteropWizardPage
{
    Q_OBJECT
public:
    explicit InteropPrerequisitesPage(Engine& engine, QWidget* parent = nullptr);
    ~InteropPrerequisitesPage() override;

    void initializePage() override;
    QString left() const override;

    void startDnsCheck();
    void cancelDnsCheck();
    bool isDnsCheckRunning() const { return m_check != nullptr; }
    // The items as shown: the engine's, with the DNS check's results and the confirmation merged in.
    QVector<interop::Prerequisite> items() const { return m_items; }

private:
    void onEngineChanged(const Change& change);
    void refresh();
    void onDnsProgress(int done, int total, const QString& domain);
    void onDnsFinished();
    // Keeps the newest result per domain; a cancelled check's unreached domains keep the earlier one.
    void mergeDnsResults(const QVector<interop::Prerequisite>& results, bool keepEarlierWhenUnchecked);
    void showItems();
    void updateDnsControls();

    QVector<interop::Prerequisite> m_items;
    QVector<interop::Prerequisite> m_dnsResults; // of the last check that ran to its end, by domain
    QString m_loadError;
    interop::InteropDnsCheck* m_check = nullptr;
    bool m_autoChecked = false;
    QTimer* m_refreshSoon;
    QTableWidget* m_table;
    DnsRunPanel* m_dns;
    QCheckBox* m_migrated;
};

} // namespace mailroom
