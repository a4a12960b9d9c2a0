#include "OrganizationView.h"

#include "DomainsPane.h"
#include "Engine.h"
#include "FlowRulesPane.h"
#include "GroupsPane.h"
#include "Icons.h"
#include "JournalingPane.h"
#include "MigrationPane.h"
#include "Organizations.h"
#include "ResourcesPane.h"
#include "UsersPane.h"

#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mailroom {

OrganizationView::OrganizationView(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_breadcrumb(new QLabel(this)), m_navigation(new QListWidget(this)),
      m_panes(new QStackedWidget(this)), m_splitter(new QSplitter(this)), m_users(new UsersPane(engine, this))
{
    setObjectName(QStringLiteral("organizationView"));
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setAccessibleName(tr("Location"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    addPane(m_users, QStringLiteral("user-available"), tr("Users"));
    addPane(new GroupsPane(engine, this), QStringLiteral("system-users"), tr("Groups"));
    addPane(new ResourcesPane(engine, this), QStringLiteral("x-office-calendar"), tr("Resources"));
    addPane(new DomainsPane(engine, this), QStringLiteral("network-server"), tr("Domains"));
    addPane(new FlowRulesPane(engine, this), QStringLiteral("mail-mark-junk"), tr("Email flow rules"));
    addPane(new JournalingPane(engine, this), QStringLiteral("document-save"), tr("Journaling"));
    addPane(new MigrationPane(engine, this), QStringLiteral("go-jump"), tr("Migration"));
    m_navigation->setCurrentRow(0);
    m_navigation->setMaximumWidth(240);

    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_panes);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({180, 900});
    m_splitter->restoreState(QSettings().value(QStringLiteral("organizationView/splitter")).toByteArray());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_splitter, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_panes->setCurrentIndex(row);
        updateBreadcrumb();
    });
    connect(m_breadcrumb, &QLabel::linkActivated, this, &OrganizationView::backRequested);
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (change.subject == Change::Subject::Organization && change.ids.contains(m_organization.id)
            && change.kind != Change::Kind::Removed) {
            auto org = m_engine.organizations().get(m_organization.id);
            if (org)
                m_organization = org.value();
        }
    });
}

void OrganizationView::addPane(OrganizationPane* pane, const QString& icon, const QString& title)
{
    m_navigation->addItem(new QListWidgetItem(icons::themed(icon), title));
    m_panes->addWidget(pane);
    m_paneList.append(pane);
}

OrganizationView::~OrganizationView()
{
    QSettings().setValue(QStringLiteral("organizationView/splitter"), m_splitter->saveState());
}

void OrganizationView::showOrganization(const QString& organizationId)
{
    auto org = m_engine.organizations().get(organizationId);
    if (!org)
        return;
    m_organization = org.value();
    for (OrganizationPane* pane : std::as_const(m_paneList))
        pane->showOrganization(m_organization);
    updateBreadcrumb();
}

QString OrganizationView::currentPaneTitle() const
{
    const QListWidgetItem* item = m_navigation->currentItem();
    return item ? item->text() : QString();
}

void OrganizationView::selectEntry(int index)
{
    if (index >= 0 && index < m_navigation->count())
        m_navigation->setCurrentRow(index);
}

bool OrganizationView::mayLeave()
{
    for (OrganizationPane* pane : std::as_const(m_paneList))
        if (!pane->mayLeave())
            return false;
    return true;
}

void OrganizationView::focusSearch()
{
    if (auto* pane = qobject_cast<OrganizationPane*>(m_panes->currentWidget()))
        pane->focusSearch();
}

void OrganizationView::updateBreadcrumb()
{
    m_breadcrumb->setText(QStringLiteral("<a href=\"back\">%1</a> › %2 › %3")
                              .arg(tr("Organizations").toHtmlEscaped(), m_organization.alias.toHtmlEscaped(),
                                   currentPaneTitle().toHtmlEscaped()));
    Q_EMIT titleChanged();
}

} // namespace mailroom
