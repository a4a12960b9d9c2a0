#pragma once
// The wizard's last page (IOP-7): the decommission checklist after disabling interoperability.
// One row per item with its state in colour and text, a sentence naming the objects and the fix,
// and Mark done / Mark not done. Check DNS runs the DNS check (DOM-6) of every mail domain in turn,
// in the background with progress and Cancel, and records each finished one (Domains::recordCheck)
// so that the AutoDiscover and MX items follow. Finish is possible once all four items are done;
// the wizard can be closed and resumed at any time.

#include "InteropWizardPage.h"
#include "core/Result.h"
#include "interop/DecommissionChecklist.h"

#include <optional>

class QLabel;
class QPushButton;

namespace mailroom {

class DnsRunPanel;

class DomainsDnsCheck;
struct Change;
struct Domain;
struct DnsReport;

class InteropChecklistPage : public InteropWizardPage
{
    Q_OBJECT
public:
    explicit InteropChecklistPage(Engine& engine, QWidget* parent = nullptr);
    ~InteropChecklistPage() override;

    void initializePage() override;
    void cleanupPage() override;
    QString left() const override;

    // The items as shown, fresh from the engine.
    QVector<interop::ChecklistItem> items() const { return m_items; }
    // Marks the item done, or not done when it is marked (its row's button).
    void toggle(InteropStep step);

    // The DNS check of every mail domain, one after the other.
    void startDnsCheck();
    void cancelDnsCheck();
    bool isDnsCheckRunning() const { return m_check != nullptr; }

private:
    struct Row
    {
        QLabel* state = nullptr;
        QLabel* text = nullptr;
        QPushButton* mark = nullptr;
    };

    void onEngineChanged(const Change& change);
    void refresh();
    void showItems();
    void onDnsChecked(const Domain& domain, int index, const std::optional<Error>& recordError);
    void onDnsFinished(bool cancelled);
    void stopDnsCheck();
    void updateDnsControls();

    QVector<interop::ChecklistItem> m_items;
    QVector<Row> m_rows; // in interopChecklist() order
    QLabel* m_intro;
    DnsRunPanel* m_dns;

    // The run of Check DNS: from Check DNS until the last domain is recorded or Cancel.
    DomainsDnsCheck* m_check = nullptr;
    QStringList m_notRecorded;
};

} // namespace mailroom
