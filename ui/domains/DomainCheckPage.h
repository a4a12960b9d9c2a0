#pragma once
// The last page of AddDomainWizard (DOM-6, DOM-3): check the published records now, see each
// record's result and the domain's new status. Finish waits while a check runs.

#include <QWizardPage>

class QHostAddress;

namespace mailroom {

class DnsCheckView;
class Engine;
struct Domain;
struct Organization;

class DomainCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    DomainCheckPage(Engine& engine, QWidget* parent = nullptr);
    void setDomain(const Organization& organization, const Domain& domain);
    void setNameServer(const QHostAddress& server);
    bool isComplete() const override;
    DnsCheckView* checkView() const { return m_check; }

private:
    void updateLeft();

    DnsCheckView* m_check;
};

} // namespace mailroom
