#include "CreationProgressDialog.h"

#include "core/Engine.h"
#include "organizations/Organizations.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace mailroom {

CreationProgressDialog::CreationProgressDialog(Engine& engine, const QString& organizationId, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_organizationId(organizationId), m_steps(new QListWidget(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this))
{
    auto org = m_engine.organizations().get(organizationId);
    const SetupKind setup = org ? org.value().setup : SetupKind::Quick;
    setWindowTitle(tr("Creating %1").arg(org ? org.value().alias : organizationId));
    const QStringList labels = Organizations::creationSteps(setup);
    for (const QString& label : labels)
        m_steps->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_ArrowRight), label));
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setAccessibleName(tr("Creation steps"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_progress->setRange(0, int(labels.size()));
    m_progress->setValue(org ? org.value().creationStep : 0);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Requested: waiting for the first step."));

    auto* buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("Open organization"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        Q_EMIT openOrganizationRequested(m_organizationId);
        accept();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    QTimer::singleShot(0, this, &CreationProgressDialog::runNextStep);
}

void CreationProgressDialog::runNextStep()
{
    auto org = m_engine.organizations().advanceCreation(m_organizationId);
    if (!org) {
        const int failedStep = m_progress->value();
        if (QListWidgetItem* item = m_steps->item(failedStep))
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        finish(false, tr("Failed: %1").arg(org.error().message));
        return;
    }
    const int done = org.value().creationStep;
    for (int i = 0; i < done && i < m_steps->count(); ++i)
        m_steps->item(i)->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_progress->setValue(done);
    if (org.value().state == OrgState::Active) {
        finish(true, tr("%1 is Active. Add domains and users next.").arg(org.value().alias));
        return;
    }
    m_status->setText(tr("Creating: %1…").arg(m_steps->item(done)->text()));
    QTimer::singleShot(0, this, &CreationProgressDialog::runNextStep);
}

void CreationProgressDialog::reject()
{
    if (m_close->isEnabled())
        QDialog::reject();
}

void CreationProgressDialog::finish(bool ok, const QString& message)
{
    m_succeeded = ok;
    m_status->setText(message);
    m_open->setEnabled(ok);
    m_close->setEnabled(true);
    (ok ? m_open : m_close)->setDefault(true);
}

} // namespace mailroom
