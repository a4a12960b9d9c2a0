#pragma once
// Chooses users and groups (GRP-1 members, RES-3 delegates): a search by first name, last name,
// username or group name fills the list on the left; the arrow buttons move the chosen ones
// across to the list on the right and back.

#include "groups/Group.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QToolButton;
class QLabel;

namespace mailroom {

class Engine;
class MemberListModel;

class MemberPicker : public QWidget
{
    Q_OBJECT
public:
    explicit MemberPicker(Engine& engine, QWidget* parent = nullptr);

    void setOrganization(const QString& organizationId);
    // Ids never offered (the group being edited).
    void setExcluded(const QStringList& ids);
    void setChosen(const QVector<Member>& members);
    QVector<Member> chosen() const;
    QStringList chosenIds() const;
    void setChosenTitle(const QString& title);
    void search(const QString& text);

Q_SIGNALS:
    void chosenChanged();

private:
    void refreshCandidates();
    void moveRight();
    void moveLeft();
    void updateButtons();

    Engine& m_engine;
    QString m_organizationId;
    QStringList m_excluded;
    QLineEdit* m_search;
    QListView* m_available;
    QListView* m_chosen;
    QToolButton* m_add;
    QToolButton* m_remove;
    QLabel* m_chosenTitle;
    QLabel* m_status;
    MemberListModel* m_availableModel;
    MemberListModel* m_chosenModel;
};

} // namespace mailroom
