#include "DomainNamePage.h"

#include "core/Engine.h"
#include "domains/Domains.h"
#include "widgets/FieldErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace mailroom {

DomainNamePage::DomainNamePage(Engine& engine, const QString& organizationId, QWidget* parent)
    : QWizardPage(parent), m_engine(engine), m_organizationId(organizationId), m_name(new QLineEdit(this)),
      m_left(new QLabel(this)), m_errors(new FieldErrors(this))
{
    setTitle(tr("Domain name"));
    setSubTitle(
        tr("Step 1 of 3. The domain whose addresses this organization will send and receive mail for."));
    setCommitPage(true);
    m_name->setObjectName(QStringLiteral("domainName"));
    m_name->setAccessibleName(tr("Domain name"));
    m_name->setPlaceholderText(tr("example.com"));
    m_left->setObjectName(QStringLiteral("whatIsLeft"));
    m_left->setWordWrap(true);
    auto* about =
        new QLabel(tr("A fully qualified name such as example.com or mail.example.com; international "
                      "names such as bücher.example are accepted. The next page lists the DNS records "
                      "that prove the domain is yours."),
                   this);
    about->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(about);
    form->addRow(tr("&Domain:"), m_name);
    form->addRow(QString(), m_errors->errorLabel(QStringLiteral("domain")));
    form->addRow(m_errors->generalLabel());
    form->addRow(m_left);
    connect(m_name, &QLineEdit::textChanged, this, &DomainNamePage::validate);
    validate();
}

QString DomainNamePage::typedName() const
{
    return m_name->text().trimmed();
}

void DomainNamePage::validate()
{
    m_errors->clear();
    const Status checked = m_engine.domains().checkNew(m_organizationId, typedName());
    // An empty field is not worth an error yet.
    if (!checked && checked.error().code != ErrorCode::Required)
        m_errors->show(checked.error());
    m_valid = checked.ok();
    m_left->setText(m_valid
                        ? tr("Left: choose Add domain. The domain is added as Pending; it is verified once a "
                             "DNS check finds its TXT record.")
                        : tr("Left: type a valid domain name the organization does not have yet."));
    Q_EMIT completeChanged();
}

bool DomainNamePage::isComplete() const
{
    return m_valid;
}

} // namespace mailroom
