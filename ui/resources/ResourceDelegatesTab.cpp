#include "ResourceDelegatesTab.h"

#include "core/Engine.h"
#include "groups/MemberChanges.h"
#include "resources/Resources.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldErrors.h"
#include "widgets/MemberPicker.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mailroom {

namespace {

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

} // namespace

ResourceDelegatesTab::ResourceDelegatesTab(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_picker(new MemberPicker(engine, this)), m_note(new QLabel(this)),
      m_guard(this, QStringLiteral("Delegates"),
              {[this] { return isDirty(); }, [this] { return save(); }, [this] { revert(); }}),
      m_errors(new FieldErrors(this)), m_conflict(new ConflictBar(this))
{
    setObjectName(QStringLiteral("resourceDelegatesTab"));
    m_picker->setObjectName(QStringLiteral("delegatePicker"));
    m_picker->setChosenTitle(tr("Delegates"));
    m_note->setObjectName(QStringLiteral("delegatesNote"));
    m_note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_conflict);
    layout->addWidget(m_note);
    layout->addWidget(m_picker, 1);
    layout->addLayout(
        m_guard.row({m_errors->errorLabel(QStringLiteral("delegates")), m_errors->generalLabel()}));

    connect(m_picker, &MemberPicker::chosenChanged, this, &ResourceDelegatesTab::updateButtons);
    m_guard.followConflicts(m_conflict, m_engine, [this](const Change& c) {
        return c.subject == Change::Subject::Resource && c.ids.contains(m_resourceId);
    });
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (change.subject != Change::Subject::Resource || change.kind != Change::Kind::Updated ||
            !change.ids.contains(m_resourceId))
            return;
        if (isDirty())
            updateAcceptAll(); // keep the edit, but say at once when it can no longer be saved
        else
            showResource(m_resourceId);
    });
    showResource(QString());
}

void ResourceDelegatesTab::setOrganization(const QString& organizationId)
{
    m_organizationId = organizationId;
    m_picker->setOrganization(organizationId);
}

void ResourceDelegatesTab::showResource(const QString& resourceId)
{
    m_conflict->dismiss();
    m_resourceId = resourceId;
    m_errors->clear();
    auto delegates =
        resourceId.isEmpty() ? Result<QVector<Member>>(Error{}) : m_engine.resources().delegates(resourceId);
    if (!delegates) {
        m_resourceId.clear();
        m_saved.clear();
        m_picker->setChosen({});
        m_note->clear();
        setEnabled(false);
        updateButtons();
        return;
    }
    setEnabled(true);
    QStringList ids;
    for (const Member& m : delegates.value())
        ids << m.id;
    m_saved = sorted(ids);
    m_picker->setChosen(delegates.value());
    updateAcceptAll();
}

void ResourceDelegatesTab::updateAcceptAll()
{
    auto resource = m_engine.resources().get(m_resourceId);
    const bool acceptAll = resource && resource.value().booking.acceptAll;
    m_readOnly = m_engine.accessLevel() == AccessLevel::ReadOnly;
    if (m_readOnly)
        m_note->setText(tr("Your access is read-only."));
    else if (acceptAll)
        m_note->setText(
            tr("Delegates only apply when requests are not accepted automatically: this resource accepts "
               "every request, so no one would be asked. To choose delegates, turn off \"Automatically "
               "accept all requests\" on the Booking options tab and save."));
    else
        m_note->setText(
            tr("Delegates receive a copy of every booking request, have full access to the resource's "
               "calendar, and must accept each request. Choose users or groups on the left and move "
               "them across with the arrow."));
    m_picker->setEnabled(!acceptAll && !m_readOnly);
    updateButtons();
}

bool ResourceDelegatesTab::isDirty() const
{
    return !m_resourceId.isEmpty() && sorted(m_picker->chosenIds()) != m_saved;
}

void ResourceDelegatesTab::updateButtons()
{
    m_guard.update(!m_readOnly);
}

bool ResourceDelegatesTab::save()
{
    if (!isDirty())
        return true;
    m_errors->clear();
    // One engine operation: when it refuses, nothing has changed.
    // By difference, so that delegates someone else added or removed meanwhile stay so.
    if (const Status ok = m_engine.resources().changeDelegates(
            m_resourceId, MemberChanges::between(m_saved, m_picker->chosenIds()));
        !ok) {
        m_errors->show(ok.error());
        return false;
    }
    showResource(m_resourceId);
    return true;
}

void ResourceDelegatesTab::revert()
{
    showResource(m_resourceId);
}

} // namespace mailroom
