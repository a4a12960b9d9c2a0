#include "OrganizationView.h"

#include "core/Engine.h"
#include "dashboard/DashboardPane.h"
#include "domains/DomainsPane.h"
#include "flow/FlowRulesPane.h"
#include "groups/GroupsPane.h"
#include "interop/InteropPane.h"
#include "organizations/Organizations.h"
#include "resources/ResourcesPane.h"
#include "settings/JournalingPane.h"
#include "settings/MigrationPane.h"
#include "settings/MobilePolicyPane.h"
#include "users/UsersPane.h"
#include "widgets/Icons.h"

#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailroom {

OrganizationView::OrganizationView(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_breadcrumb(new QLabel(this)), m_navigation(new QTreeWidget(this)),
      m_panes(new QStackedWidget(this)), m_splitter(new QSplitter(this)), m_users(new UsersPane(engine, this))
{
    setObjectName(QStringLiteral("organizationView"));
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setAccessibleName(tr("Location"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setItemsExpandable(false);
    m_navigation->setIndentation(16);
    addPane(new DashboardPane(engine, this), QStringLiteral("go-home"), tr("Dashboard"));
    addPane(m_users, QStringLiteral("user-available"), tr("Users"));
    addPane(new GroupsPane(engine, this), QStringLiteral("system-users"), tr("Groups"));
    addPane(new ResourcesPane(engine, this), QStringLiteral("x-office-calendar"), tr("Resources"));
    addPane(new DomainsPane(engine, this), QStringLiteral("network-server"), tr("Domains"));
    addPane(new MobilePolicyPane(engine, this), QStringLiteral("dialog-password"), tr("Mobile policies"));
    QTreeWidgetItem* settings = addHeading(tr("Organization settings"));
    addPane(new FlowRulesPane(engine, this), QStringLiteral("mail-mark-junk"), tr("Email flow rules"),
            settings);
    addPane(new JournalingPane(engine, this), QStringLiteral("document-save"), tr("Journaling"), settings);
    addPane(new MigrationPane(engine, this), QStringLiteral("go-jump"), tr("Migration"), settings);
    addPane(new InteropPane(engine, this), QStringLiteral("network-workgroup"), tr("Interoperability"),
            settings);
    m_navigation->expandAll();
    m_navigation->setCurrentItem(m_entries.constFirst());
    m_navigation->setMaximumWidth(240);

    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_panes);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({180, 900});
    m_splitter->restoreState(QSettings().value(QStringLiteral("organizationView/splitter")).toByteArray());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_splitter, 1);

    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const int pane = m_entries.indexOf(item);
        if (pane < 0)
            return;
        m_panes->setCurrentIndex(pane);
        updateBreadcrumb();
    });
    connect(m_breadcrumb, &QLabel::linkActivated, this, &OrganizationView::backRequested);
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (change.subject == Change::Subject::Organization && change.ids.contains(m_organization.id) &&
            change.kind != Change::Kind::Removed) {
            auto org = m_engine.organizations().get(m_organization.id);
            if (org) {
                m_organization = org.value();
                updateEntries();
            }
        }
    });
}

void OrganizationView::addPane(OrganizationPane* pane, const QString& icon, const QString& title,
                               QTreeWidgetItem* heading)
{
    auto* item = heading ? new QTreeWidgetItem(heading) : new QTreeWidgetItem(m_navigation);
    item->setText(0, title);
    item->setIcon(0, icons::themed(icon));
    m_panes->addWidget(pane);
    m_paneList.append(pane);
    m_entries.append(item);
}

QTreeWidgetItem* OrganizationView::addHeading(const QString& title)
{
    // A heading groups entries; it is not a pane of its own and cannot be selected.
    auto* heading = new QTreeWidgetItem(m_navigation);
    heading->setText(0, title);
    heading->setFlags(Qt::ItemIsEnabled);
    QFont font = heading->font(0);
    font.setBold(true);
    heading->setFont(0, font);
    return heading;
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
    updateEntries();
    updateBreadcrumb();
}

QString OrganizationView::currentPaneTitle() const
{
    const QTreeWidgetItem* item = m_navigation->currentItem();
    return item ? item->text(0) : QString();
}

void OrganizationView::updateEntries()
{
    for (int i = 0; i < m_entries.size(); ++i)
        m_entries.at(i)->setHidden(!m_paneList.at(i)->isShownFor(m_organization));
    if (m_navigation->currentItem() && m_navigation->currentItem()->isHidden())
        m_navigation->setCurrentItem(m_entries.constFirst());
}

QList<QTreeWidgetItem*> OrganizationView::shownEntries() const
{
    QList<QTreeWidgetItem*> shown;
    for (QTreeWidgetItem* item : m_entries)
        if (!item->isHidden())
            shown.append(item);
    return shown;
}

void OrganizationView::selectEntry(int index)
{
    const QList<QTreeWidgetItem*> shown = shownEntries();
    if (index >= 0 && index < shown.size())
        m_navigation->setCurrentItem(shown.at(index));
}

QStringList OrganizationView::entryTitles() const
{
    QStringList titles;
    for (const QTreeWidgetItem* item : shownEntries())
        titles.append(item->text(0));
    return titles;
}

bool OrganizationView::selectEntryTitled(const QString& title)
{
    const int index = entryTitles().indexOf(title);
    selectEntry(index);
    return index >= 0;
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
    QString place = currentPaneTitle().toHtmlEscaped();
    if (const QTreeWidgetItem* item = m_navigation->currentItem(); item && item->parent())
        place = item->parent()->text(0).toHtmlEscaped() + QStringLiteral(" › ") + place;
    m_breadcrumb->setText(
        QStringLiteral("<a href=\"back\">%1</a> › %2 › %3")
            .arg(tr("Organizations").toHtmlEscaped(), m_organization.alias.toHtmlEscaped(), place));
    Q_EMIT titleChanged();
}

} // namespace mailroom
