#include "AvailabilitySettingsView.h"

#include "AvailabilityPasswordDialog.h"
#include "AvailabilitySettingsForm.h"
#include "AvailabilityTableModel.h"
#include "CaBundleChooser.h"
#include "ModelRoles.h"
#include "core/Engine.h"
#include "domains/Domains.h"
#include "interop/AvailabilitySettings.h"
#include "interop/AvailabilityTest.h"
#include "organizations/Organizations.h"
#include "shell/OrganizationPane.h"
#include "widgets/Confirm.h"
#include "widgets/FieldErrors.h"
#include "widgets/Icons.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mailroom {

namespace {

// A status line takes no room while it says nothing.
void say(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

AvailabilitySettingsView::AvailabilitySettingsView(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_refreshSoon(new QTimer(this)), m_blocked(new QLabel(this)),
      m_empty(new QLabel(this)), m_model(new AvailabilityTableModel(this)), m_table(new QTableView(this)),
      m_edit(new QPushButton(icons::themed(QStringLiteral("document-edit")), tr("&Edit settings…"), this)),
      m_password(
          new QPushButton(icons::themed(QStringLiteral("dialog-password")), tr("Change &password…"), this)),
      m_remove(new QPushButton(icons::themed(QStringLiteral("edit-delete")), tr("&Remove settings"), this)),
      m_runTest(new QPushButton(icons::themed(QStringLiteral("network-server")), tr("&Test"), this)),
      m_cancelTest(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_activity(new QLabel(this)), m_result(new QLabel(this)), m_caBundle(new CaBundleChooser(this)),
      m_form(new AvailabilitySettingsForm(engine, this)), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("availabilitySettings"));
    m_blocked->setObjectName(QStringLiteral("changesBlocked"));
    m_blocked->setWordWrap(true);
    m_blocked->hide();
    m_empty->setObjectName(QStringLiteral("noDomains"));
    m_empty->setWordWrap(true);
    m_empty->setText(
        tr("Availability settings are kept per corporate domain, and this organization has only its "
           "test domain. Add and verify the domains that Exchange uses under Domains first."));
    m_empty->hide();

    m_table->setObjectName(QStringLiteral("availabilityTable"));
    m_table->setAccessibleName(tr("Availability settings by domain"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setItemDelegateForColumn(AvailabilityTableModel::LastTestColumn,
                                      new StatusBadgeDelegate(m_table));
    const int unit = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(AvailabilityTableModel::DomainColumn, 22 * unit);
    m_table->setColumnWidth(AvailabilityTableModel::UrlColumn, 42 * unit);
    m_table->setColumnWidth(AvailabilityTableModel::AccountColumn, 28 * unit);
    m_table->setColumnWidth(AvailabilityTableModel::PasswordColumn,
                            fontMetrics().horizontalAdvance(tr("In the system keychain")) + 3 * unit);
    m_table->setColumnWidth(AvailabilityTableModel::LastTestColumn,
                            fontMetrics().horizontalAdvance(tr("Untrusted certificate")) + 6 * unit);

    m_edit->setObjectName(QStringLiteral("editSettings"));
    m_password->setObjectName(QStringLiteral("changePassword"));
    m_password->setAccessibleName(tr("Change password"));
    m_remove->setObjectName(QStringLiteral("removeSettings"));
    m_remove->setAccessibleName(tr("Remove settings"));
    m_runTest->setObjectName(QStringLiteral("testSettings"));
    m_runTest->setAccessibleName(tr("Test the settings"));
    m_cancelTest->setObjectName(QStringLiteral("cancelTest"));
    m_cancelTest->setAccessibleName(tr("Cancel the test"));
    m_progress->setObjectName(QStringLiteral("testProgress"));
    m_progress->setAccessibleName(tr("Test progress"));
    m_progress->setRange(0, 0);
    m_activity->setObjectName(QStringLiteral("activity"));
    m_activity->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setAccessibleName(tr("Test result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->generalLabel()->setObjectName(QStringLiteral("availabilityError"));
    m_form->hide();
    m_form->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_activity->hide();

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_edit, m_password, m_remove, m_runTest, m_cancelTest})
        actions->addWidget(b);
    actions->addWidget(m_progress, 1);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_blocked);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_activity);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_result);
    layout->addWidget(m_form);
    layout->addWidget(m_caBundle);

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(0);
    connect(m_refreshSoon, &QTimer::timeout, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    connect(&engine, &Engine::changed, this, &AvailabilitySettingsView::onEngineChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        if (!m_test)
            showSelectedResult();
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            editSelected();
    });
    connect(m_edit, &QPushButton::clicked, this, &AvailabilitySettingsView::editSelected);
    connect(m_password, &QPushButton::clicked, this, &AvailabilitySettingsView::changePasswordOfSelected);
    connect(m_remove, &QPushButton::clicked, this, &AvailabilitySettingsView::removeSelected);
    connect(m_runTest, &QPushButton::clicked, this, &AvailabilitySettingsView::testSelected);
    connect(m_cancelTest, &QPushButton::clicked, this, &AvailabilitySettingsView::cancelTest);
    connect(m_caBundle, &CaBundleChooser::chosen, this, [this](const QString& summary) {
        m_errors->clear();
        say(m_activity, summary);
    });
    connect(m_caBundle, &CaBundleChooser::failed, this, [this](const Error& error) {
        m_errors->clear();
        m_errors->show({error.code, {}, error.message});
    });
    connect(m_form, &AvailabilitySettingsForm::saved, this, [this](const AvailabilitySetting& s) {
        if (m_freshDomain == s.domain)
            m_freshDomain.clear();
        say(m_activity,
            tr("The settings of %1 are saved. Test them to see that Exchange accepts them.").arg(s.domain));
        refresh();
        Q_EMIT changed();
    });
    connect(m_form, &AvailabilitySettingsForm::closed, this, &AvailabilitySettingsView::updateActions);
    updateActions();
}

AvailabilitySettingsView::~AvailabilitySettingsView()
{
    if (m_test) {
        m_test->disconnect(this);
        m_test->cancel();
    }
}

void AvailabilitySettingsView::setOrganizationId(const QString& orgId)
{
    if (orgId != m_orgId) {
        cancelTest();
        m_form->hide();
        m_freshDomain.clear();
        say(m_activity, {});
    }
    m_orgId = orgId;
    refresh();
    if (m_model->rowCount() > 0 && selectedDomain().isEmpty())
        m_table->selectRow(0);
}

void AvailabilitySettingsView::onEngineChanged(const Change& change)
{
    if (m_orgId.isEmpty() || (!change.organizationId.isEmpty() && change.organizationId != m_orgId))
        return;
    m_refreshSoon->start();
}

void AvailabilitySettingsView::refresh()
{
    m_refreshSoon->stop();
    // What an action said stays until the next action; only a failed read is replaced.
    if (m_loadFailed)
        m_errors->clear();
    auto org = m_engine.organizations().get(m_orgId);
    m_org = org ? org.value() : Organization{};
    m_domains.clear();
    QVector<AvailabilitySetting> saved;
    auto domains = m_engine.domains().list(m_orgId);
    auto settings = m_engine.availability().list(m_orgId);
    m_loadFailed = !org || !domains || !settings;
    if (m_loadFailed) {
        m_errors->show(!org ? org.error() : !domains ? domains.error() : settings.error());
    } else {
        for (const Domain& d : domains.value())
            if (!d.isTest)
                m_domains.append(d);
        saved = settings.value();
    }
    showRows(saved);
    const QString blocked = changesBlocked();
    m_blocked->setText(tr("%1 The settings can be looked at and tested here, not changed.").arg(blocked));
    m_blocked->setVisible(!blocked.isEmpty());
    updateActions();
    if (!m_test)
        showSelectedResult();
    m_caBundle->refresh();
}

std::optional<AvailabilitySetting> AvailabilitySettingsView::settingOf(const QString& domain) const
{
    return m_model->settingOf(domain);
}

void AvailabilitySettingsView::showRows(const QVector<AvailabilitySetting>& settings)
{
    const QString keep = selectedDomain();
    {
        const QSignalBlocker quiet(m_table->selectionModel());
        m_model->setRows(m_domains, settings);
        if (const int row = m_model->rowOf(keep); row >= 0)
            m_table->selectRow(row);
    }
    // Domain names are read whole: the column grows to the longest (the URL's keeps its width).
    const int domainWidth = m_table->columnWidth(AvailabilityTableModel::DomainColumn);
    m_table->resizeColumnToContents(AvailabilityTableModel::DomainColumn);
    if (m_table->columnWidth(AvailabilityTableModel::DomainColumn) < domainWidth)
        m_table->setColumnWidth(AvailabilityTableModel::DomainColumn, domainWidth);
    m_empty->setVisible(m_domains.isEmpty() && !m_orgId.isEmpty());
    m_table->setVisible(!m_domains.isEmpty());
}

QString AvailabilitySettingsView::selectedDomain() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(IdRole).toString();
}

bool AvailabilitySettingsView::selectDomain(const QString& domain)
{
    const int row = m_model->rowOf(domain);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

QString AvailabilitySettingsView::changesBlocked() const
{
    return OrganizationPane::changesBlockedReason(m_engine, m_org);
}

void AvailabilitySettingsView::updateActions()
{
    const QString domain = selectedDomain();
    const auto saved = settingOf(domain);
    const bool editing = !m_form->isHidden();
    const bool idle = !m_busy && !editing && !m_test;
    const QString blocked = changesBlocked();
    QString editWhy;
    if (domain.isEmpty())
        editWhy = tr("Select a domain first.");
    else if (!blocked.isEmpty())
        editWhy = blocked;
    else if (!m_org.interoperability)
        editWhy = tr("%1 is not in interoperability mode; availability settings are only for that mode.")
                      .arg(m_org.alias);
    m_edit->setText(saved ? tr("&Edit settings…") : tr("&Add settings…"));
    m_edit->setAccessibleName(saved ? tr("Edit settings") : tr("Add settings"));
    m_edit->setEnabled(idle && editWhy.isEmpty());
    m_edit->setToolTip(editWhy.isEmpty() ? tr("Enter the EWS URL, the service account and its password")
                                         : editWhy);
    const QString noSettings = domain.isEmpty() ? editWhy : tr("%1 has no saved settings yet.").arg(domain);
    m_password->setEnabled(idle && saved && editWhy.isEmpty());
    m_password->setToolTip(!saved              ? noSettings
                           : editWhy.isEmpty() ? tr("Replace the password in the system keychain")
                                               : editWhy);
    const QString removeWhy = !saved ? noSettings : blocked;
    m_remove->setEnabled(idle && removeWhy.isEmpty());
    m_remove->setToolTip(removeWhy.isEmpty() ? tr("Remove the settings and the password in the keychain")
                                             : removeWhy);
    m_runTest->setEnabled(idle && saved.has_value());
    m_runTest->setToolTip(saved ? tr("Send a real request with the saved settings to the EWS URL")
                                : noSettings);
    m_cancelTest->setVisible(m_test != nullptr);
    m_progress->setVisible(m_test != nullptr || m_busy);
    m_table->setEnabled(!editing && !m_busy);
    m_caBundle->setEnabled(!m_test);
}

void AvailabilitySettingsView::showSelectedResult()
{
    const QString domain = selectedDomain();
    const auto saved = settingOf(domain);
    const bool freshIsNewer =
        domain == m_freshDomain && (!saved || !saved->testedAt.isValid() || saved->testedAt < m_freshAt);
    if (freshIsNewer && !m_freshDomain.isEmpty()) {
        showResult(domain, networkOutcomeName(m_fresh.outcome), m_fresh.explanation, m_fresh.fix, m_freshAt);
    } else if (saved && saved->testedAt.isValid()) {
        showResult(domain, AvailabilityTableModel::recorded(*saved, "outcome"),
                   AvailabilityTableModel::recorded(*saved, "explanation"),
                   AvailabilityTableModel::recorded(*saved, "fix"), saved->testedAt);
    } else if (saved) {
        say(m_result,
            tr("The settings of %1 have not been tested since they were saved.").arg(domain.toHtmlEscaped()));
    } else {
        say(m_result, domain.isEmpty()
                          ? QString()
                          : tr("%1 has no availability settings yet.").arg(domain.toHtmlEscaped()));
    }
}

void AvailabilitySettingsView::showResult(const QString& domain, const QString& outcome,
                                          const QString& explanation, const QString& fix, const QDateTime& at)
{
    const bool ok = outcome == networkOutcomeName(NetworkOutcome::Ok);
    const bool cancelled = outcome == networkOutcomeName(NetworkOutcome::Cancelled);
    QString text =
        tr("Test of %1 at %2: %3")
            .arg(domain.toHtmlEscaped(),
                 QLocale().toString(at.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                 badgeHtml(AvailabilityTableModel::outcomeLabel(outcome), ok          ? Badge::Good
                                                                          : cancelled ? Badge::Neutral
                                                                                      : Badge::Bad));
    if (!explanation.isEmpty())
        text += QStringLiteral("<br>") + explanation.toHtmlEscaped();
    if (!fix.isEmpty())
        text += QStringLiteral("<br>") + tr("What to do: %1").arg(fix.toHtmlEscaped());
    say(m_result, text);
}

void AvailabilitySettingsView::editSelected()
{
    const QString domain = selectedDomain();
    if (domain.isEmpty() || !m_edit->isEnabled())
        return;
    m_errors->clear();
    say(m_activity, {});
    m_form->edit(m_orgId, domain, settingOf(domain));
    updateActions();
}

void AvailabilitySettingsView::changePasswordOfSelected()
{
    const QString domain = selectedDomain();
    if (domain.isEmpty() || !m_password->isEnabled())
        return;
    m_errors->clear();
    AvailabilityPasswordDialog dialog(m_engine, m_orgId, domain, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_freshDomain == domain)
        m_freshDomain.clear();
    say(m_activity,
        tr("The password of %1 is changed in the system keychain. Test the settings again.").arg(domain));
    refresh();
    Q_EMIT changed();
}

void AvailabilitySettingsView::removeSelected()
{
    const QString domain = selectedDomain();
    if (domain.isEmpty() || !m_remove->isEnabled())
        return;
    if (!Confirm::ask(
            this, tr("Remove availability settings"),
            tr("The EWS URL and service account of %1 are removed, and the password is deleted from the "
               "system keychain. Until settings are saved again, free/busy lookups between this "
               "service and Exchange fail for %1.")
                .arg(domain),
            tr("Remove settings")))
        return;
    m_busy = true;
    m_errors->clear();
    say(m_activity, tr("Removing the settings of %1…").arg(domain));
    updateActions();
    QPointer<AvailabilitySettingsView> self(this);
    m_engine.availability().remove(m_orgId, domain, [self, domain](Status done) {
        if (!self)
            return;
        self->m_busy = false;
        if (!done) {
            say(self->m_activity, {});
            self->m_errors->show(done.error());
            self->updateActions();
            return;
        }
        if (self->m_freshDomain == domain)
            self->m_freshDomain.clear();
        say(self->m_activity, tr("The settings of %1 are removed.").arg(domain));
        self->refresh();
        Q_EMIT self->changed();
    });
}

void AvailabilitySettingsView::testSelected()
{
    const QString domain = selectedDomain();
    if (domain.isEmpty() || m_test || !m_runTest->isEnabled())
        return;
    m_errors->clear();
    auto cas = CaBundleChooser::certificates();
    if (!cas) {
        m_errors->show(
            {cas.error().code,
             {},
             tr("The test did not run: the trusted CA bundle cannot be used. %1 Choose another file or "
                "use the system's certificates only.")
                 .arg(cas.error().message)});
        return;
    }
    m_testDomain = domain;
    m_test = new AvailabilityTest(m_engine, m_orgId, domain, this);
    m_test->setCaCertificates(cas.value());
    connect(m_test, &AvailabilityTest::finished, this, &AvailabilitySettingsView::onTestFinished);
    connect(m_test, &AvailabilityTest::failed, this, &AvailabilitySettingsView::onTestFailed);
    say(m_activity, tr("Testing the settings of %1: reading the password from the keychain, then asking the "
                       "EWS URL…")
                        .arg(domain));
    say(m_result, {});
    m_test->start();
    updateActions();
}

void AvailabilitySettingsView::cancelTest()
{
    if (m_test)
        m_test->cancel(); // finished(Cancelled) follows
}

void AvailabilitySettingsView::onTestFinished(const NetworkCheckResult& result)
{
    const QString domain = m_testDomain;
    endTest();
    if (result.outcome == NetworkOutcome::Cancelled) {
        say(m_activity, tr("The test of %1 was cancelled; nothing was recorded.").arg(domain));
        showSelectedResult();
        return;
    }
    QString outcome =
        result.ok() ? tr("The test of %1 succeeded.").arg(domain) : tr("The test of %1 failed.").arg(domain);
    if (m_engine.accessLevel() != AccessLevel::Full)
        outcome += u' ' + tr("With read-only access its outcome is shown but not kept.");
    say(m_activity, outcome);
    m_freshDomain = domain;
    m_fresh = result;
    m_freshAt = m_engine.now();
    refresh();
    selectDomain(domain);
    showSelectedResult();
    Q_EMIT changed();
}

void AvailabilitySettingsView::onTestFailed(const Error& error)
{
    const QString domain = m_testDomain;
    endTest();
    say(m_activity, {});
    m_errors->show({error.code, {}, tr("The test of %1 could not run: %2").arg(domain, error.message)});
    showSelectedResult();
}

void AvailabilitySettingsView::endTest()
{
    if (m_test) {
        m_test->disconnect(this);
        m_test->deleteLater();
        m_test = nullptr;
    }
    m_testDomain.clear();
    updateActions();
}

bool AvailabilitySettingsView::setCaBundle(const QString& path)
{
    return m_caBundle->setPath(path);
}

} // namespace mailroom
