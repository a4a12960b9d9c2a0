#include "MainWindow.h"

#include "OrganizationView.h"
#include "OrganizationsScreen.h"
#include "core/AuditLog.h"
#include "core/Engine.h"
#include "organizations/Region.h"
#include "users/UsersPane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>

namespace mailroom {

MainWindow::MainWindow(Engine& engine, QWidget* parent)
    : QMainWindow(parent), m_engine(engine), m_stack(new QStackedWidget(this)),
      m_organizations(new OrganizationsScreen(engine, this)),
      m_organization(new OrganizationView(engine, this)), m_lastChange(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->addWidget(m_organizations);
    m_stack->addWidget(m_organization);
    setCentralWidget(m_stack);

    auto* database = new QLabel(tr("Database: %1").arg(engine.databasePath()), this);
    database->setObjectName(QStringLiteral("databasePath"));
    // A long path gives way to the last change and the access level; the tooltip keeps it whole.
    database->setToolTip(engine.databasePath());
    database->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* access = new QLabel(labelOf(engine.accessLevel()), this);
    access->setObjectName(QStringLiteral("accessLevel"));
    m_lastChange->setObjectName(QStringLiteral("lastChange"));
    m_lastChange->setText(tr("No changes yet"));
    statusBar()->addWidget(database, 1);
    statusBar()->addPermanentWidget(m_lastChange);
    statusBar()->addPermanentWidget(access);

    createMenus();
    connect(m_organizations, &OrganizationsScreen::openOrganization, this, &MainWindow::openOrganization);
    connect(m_organizations, &OrganizationsScreen::sampleAccountRequested, this,
            &MainWindow::sampleAccountRequested);
    connect(m_organization, &OrganizationView::backRequested, this, &MainWindow::showOrganizations);
    connect(m_organization, &OrganizationView::titleChanged, this, &MainWindow::updateTitle);
    connect(&m_engine, &Engine::changed, this, &MainWindow::noteChange);

    resize(1200, 760);
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open database…"), QKeySequence::Open, this, &MainWindow::chooseDatabase);
    file->addAction(tr("Open the &sample account"), this, &MainWindow::sampleAccountRequested);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
    view->addAction(tr("&Search"), QKeySequence::Find, this, &MainWindow::focusSearch);
    view->addAction(tr("&Back to organizations"), QKeySequence(Qt::ALT | Qt::Key_Left), this,
                    &MainWindow::showOrganizations);
    for (int i = 0; i < 9; ++i) {
        auto* entry = new QAction(this);
        entry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(entry, &QAction::triggered, this, [this, i] {
            if (m_stack->currentWidget() == m_organization)
                m_organization->selectEntry(i);
        });
        addAction(entry);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Mailroom"), this, [this] {
        QMessageBox::about(
            this, tr("About Mailroom"),
            tr("<p><b>Mailroom %1</b></p><p>An administration console for a business email service: "
               "organizations, directories, users and mailboxes on an embedded database.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::openOrganization(const QString& organizationId)
{
    m_organization->showOrganization(organizationId);
    m_stack->setCurrentWidget(m_organization);
    updateTitle();
}

void MainWindow::showOrganizations()
{
    if (m_stack->currentWidget() == m_organization && !m_organization->mayLeave())
        return;
    const QString id = m_organization->organizationId();
    m_stack->setCurrentWidget(m_organizations);
    m_organizations->selectOrganization(id);
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (m_stack->currentWidget() == m_organization) {
        const Organization& org = m_organization->organization();
        setWindowTitle(tr("Mailroom — %1 (%2)").arg(org.alias, org.region));
    } else {
        setWindowTitle(tr("Mailroom — Organizations"));
    }
}

void MainWindow::noteChange(const Change& change)
{
    m_lastChange->setText(tr("Last change: %1 at %2")
                              .arg(AuditLog::describe(change.action),
                                   QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    if (change.subject == Change::Subject::Organization && change.kind == Change::Kind::Removed &&
        change.ids.contains(m_organization->organizationId()) && m_stack->currentWidget() == m_organization) {
        m_stack->setCurrentWidget(m_organizations);
        updateTitle();
    }
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QString(),
                                                      tr("Mailroom databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openDatabaseRequested(path);
}

void MainWindow::focusSearch()
{
    if (m_stack->currentWidget() == m_organization)
        m_organization->focusSearch();
    else
        m_organizations->focusSearch();
}

void MainWindow::refresh()
{
    m_organizations->refresh();
    if (m_stack->currentWidget() == m_organization)
        m_organization->showOrganization(m_organization->organizationId());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_stack->currentWidget() == m_organization && !m_organization->mayLeave()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace mailroom
