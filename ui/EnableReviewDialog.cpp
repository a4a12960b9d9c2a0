#include "EnableUsersDialog.h"

#include "BatchJob.h"
#include "BatchProgressDialog.h"
#include "Engine.h"
#include "Mailboxes.h"
#include "Users.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mailroom {

EnableUsersDialog::EnableUsersDialog(Engine& engine, const QStringList& userIds, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_userIds(userIds), m_table(new QTableWidget(int(userIds.size()), 3, this))
{
    setObjectName(QStringLiteral("enableUsersDialog"));
    setWindowTitle(tr("Enable users"));
    auto* intro = new QLabel(tr("Each user gets a mailbox with the primary address below; edit an address to "
                                "change it. A user disabled less than 30 days ago gets its old mailbox back."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("review"));
    m_table->setAccessibleName(tr("Users to enable"));
    m_table->setHorizontalHeaderLabels({tr("Username"), tr("Display name"), tr("Primary address")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < userIds.size(); ++row) {
        auto user = m_engine.users().get(userIds.at(row));
        auto address = m_engine.mailboxes().proposedAddress(userIds.at(row));
        auto* username = new QTableWidgetItem(user ? user.value().username : userIds.at(row));
        auto* display = new QTableWidgetItem(user ? user.value().details.displayName : QString());
        username->setFlags(username->flags() & ~Qt::ItemIsEditable);
        display->setFlags(display->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, 0, username);
        m_table->setItem(row, 1, display);
        m_table->setItem(row, 2, new QTableWidgetItem(address ? address.value() : QString()));
    }
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* enable = buttons->addButton(tr("Enable"), QDialogButtonBox::AcceptRole);
    enable->setObjectName(QStringLiteral("enableButton"));
    enable->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnableUsersDialog::enableAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

void EnableUsersDialog::enableAll()
{
    QStringList usernames;
    QStringList addresses;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        usernames << m_table->item(row, 0)->text();
        addresses << m_table->item(row, 2)->text().trimmed();
    }
    BatchJob job(usernames, [this, addresses](int i) {
        return statusOf(m_engine.mailboxes().enable(m_userIds.at(i), addresses.at(i)));
    });
    BatchProgressDialog::run(this, tr("Enabling users"), job);
    accept();
}

} // namespace mailroom
