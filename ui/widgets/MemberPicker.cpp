#include "MemberPicker.h"

#include "Icons.h"
#include "MemberListModel.h"
#include "ModelRoles.h"
#include "core/Engine.h"
#include "groups/Groups.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailroom {

namespace {

constexpr int CandidateLimit = 200;

QStringList selectedIds(const QListView* view)
{
    QStringList ids;
    for (const QModelIndex& index : view->selectionModel()->selectedIndexes())
        ids.append(index.data(IdRole).toString());
    return ids;
}

} // namespace

MemberPicker::MemberPicker(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_search(new QLineEdit(this)), m_available(new QListView(this)),
      m_chosen(new QListView(this)), m_add(new QToolButton(this)), m_remove(new QToolButton(this)),
      m_chosenTitle(new QLabel(tr("Chosen"), this)), m_status(new QLabel(this)),
      m_availableModel(new MemberListModel(this)), m_chosenModel(new MemberListModel(this))
{
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Search by first name, last name, username or group name"));
    m_search->setAccessibleName(tr("Search users and groups"));
    m_search->setClearButtonEnabled(true);
    m_available->setObjectName(QStringLiteral("available"));
    m_available->setAccessibleName(tr("Users and groups found"));
    m_available->setModel(m_availableModel);
    m_available->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_chosen->setObjectName(QStringLiteral("chosen"));
    m_chosen->setAccessibleName(tr("Chosen users and groups"));
    m_chosen->setModel(m_chosenModel);
    m_chosen->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_add->setObjectName(QStringLiteral("addChosen"));
    m_add->setIcon(icons::themed(QStringLiteral("go-next")));
    m_add->setToolTip(tr("Add the selected users and groups"));
    m_add->setAccessibleName(tr("Add"));
    m_remove->setObjectName(QStringLiteral("removeChosen"));
    m_remove->setIcon(icons::themed(QStringLiteral("go-previous")));
    m_remove->setToolTip(tr("Take the selected users and groups out"));
    m_remove->setAccessibleName(tr("Remove"));
    m_status->setObjectName(QStringLiteral("memberSearchStatus"));

    auto* arrows = new QVBoxLayout;
    arrows->addStretch();
    arrows->addWidget(m_add);
    arrows->addWidget(m_remove);
    arrows->addStretch();
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 0, 0);
    layout->addWidget(m_chosenTitle, 0, 2);
    layout->addWidget(m_available, 1, 0);
    layout->addLayout(arrows, 1, 1);
    layout->addWidget(m_chosen, 1, 2);
    layout->addWidget(m_status, 2, 0, 1, 3);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);

    connect(m_search, &QLineEdit::textChanged, this, &MemberPicker::refreshCandidates);
    connect(m_add, &QToolButton::clicked, this, &MemberPicker::moveRight);
    connect(m_remove, &QToolButton::clicked, this, &MemberPicker::moveLeft);
    connect(m_available, &QListView::doubleClicked, this, &MemberPicker::moveRight);
    connect(m_chosen, &QListView::doubleClicked, this, &MemberPicker::moveLeft);
    connect(m_available->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MemberPicker::updateButtons);
    connect(m_chosen->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MemberPicker::updateButtons);
    updateButtons();
}

void MemberPicker::setOrganization(const QString& organizationId)
{
    m_organizationId = organizationId;
    refreshCandidates();
}

void MemberPicker::setExcluded(const QStringList& ids)
{
    m_excluded = ids;
    refreshCandidates();
}

void MemberPicker::setChosen(const QVector<Member>& members)
{
    m_chosenModel->setMembers({});
    m_chosenModel->add(members);
    refreshCandidates();
    Q_EMIT chosenChanged();
}

QVector<Member> MemberPicker::chosen() const
{
    return m_chosenModel->members();
}

QStringList MemberPicker::chosenIds() const
{
    return m_chosenModel->ids();
}

void MemberPicker::setChosenTitle(const QString& title)
{
    m_chosenTitle->setText(title);
}

void MemberPicker::search(const QString& text)
{
    m_search->setText(text);
}

void MemberPicker::refreshCandidates()
{
    if (m_organizationId.isEmpty())
        return;
    auto found = m_engine.groups().candidates(m_organizationId, m_search->text(), CandidateLimit + 1);
    if (!found) {
        m_status->setText(found.error().message);
        return;
    }
    QVector<Member> offered;
    for (const Member& m : found.value())
        if (!m_excluded.contains(m.id) && !m_chosenModel->contains(m.id))
            offered.append(m);
    const bool more = found.value().size() > CandidateLimit;
    if (more)
        offered.resize(std::min<qsizetype>(offered.size(), CandidateLimit));
    m_availableModel->setMembers(offered);
    if (offered.isEmpty())
        m_status->setText(m_search->text().isEmpty()
                              ? tr("No users or groups to add.")
                              : tr("No user or group starts with “%1”.").arg(m_search->text()));
    else if (more)
        m_status->setText(tr("Showing the first %1; type more to narrow the search.").arg(CandidateLimit));
    else
        m_status->clear();
    updateButtons();
}

void MemberPicker::moveRight()
{
    const QStringList ids = selectedIds(m_available);
    if (ids.isEmpty())
        return;
    QVector<Member> moving;
    for (const Member& m : m_availableModel->members())
        if (ids.contains(m.id))
            moving.append(m);
    m_chosenModel->add(moving);
    refreshCandidates();
    Q_EMIT chosenChanged();
}

void MemberPicker::moveLeft()
{
    const QStringList ids = selectedIds(m_chosen);
    if (ids.isEmpty())
        return;
    m_chosenModel->removeIds(ids);
    refreshCandidates();
    Q_EMIT chosenChanged();
}

void MemberPicker::updateButtons()
{
    m_add->setEnabled(m_available->selectionModel()->hasSelection());
    m_remove->setEnabled(m_chosen->selectionModel()->hasSelection());
}

} // namespace mailroom
