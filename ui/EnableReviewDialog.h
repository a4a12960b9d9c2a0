#pragma once
// USR-4 / USR-7: review the primary address proposed for each selected disabled user (the one a
// kept mailbox had, else username@default domain), change any, then enable them all as a batch.

#include <QDialog>

class QTableWidget;

namespace mailroom {

class Engine;

class EnableUsersDialog : public QDialog
{
    Q_OBJECT
public:
    EnableUsersDialog(Engine& engine, const QStringList& userIds, QWidget* parent = nullptr);

private:
    void enableAll();

    Engine& m_engine;
    QStringList m_userIds;
    QTableWidget* m_table;
};

} // namespace mailroom
