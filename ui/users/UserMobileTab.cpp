#include "UserMobileTab.h"

#include "DeviceTableModel.h"
#include "ModelRoles.h"
#include "core/Engine.h"
#include "mobile/MobileDevices.h"
#include "organizations/Organizations.h"
#include "shell/OrganizationPane.h"
#include "users/Users.h"
#include "widgets/Confirm.h"
#include "widgets/EmptyState.h"
#include "widgets/FieldErrors.h"
#include "widgets/Icons.h"
#include "widgets/ListTable.h"
#include "widgets/PaneActions.h"
#include "widgets/TypedConfirmDialog.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mailroom {

namespace {

// "APPLE123 (iPhone 15 Pro)": the ID, and what the device is when it said so.
QString described(const MobileDevice& device)
{
    const QString what = !device.model.trimmed().isEmpty() ? device.model : device.type;
    return what.trimmed().isEmpty() ? device.deviceId
                                    : UserMobileTab::tr("%1 (%2)").arg(device.deviceId, what.trimmed());
}

QLabel* valueLabel(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

UserMobileTab::UserMobileTab(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_model(new DeviceTableModel(engine, this)),
      m_sorted(new QSortFilterProxyModel(this)), m_actions(new PaneActions(this)),
      m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_empty(
          new EmptyState(tr("This user has no mobile devices. A device appears here when it first syncs."),
                         QString(), this)),
      m_details(new QScrollArea(this)), m_detailsStack(new QStackedWidget), m_noSelection(new QLabel),
      m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("userMobile"));
    m_wipe = m_actions->add(
        QIcon::fromTheme(QStringLiteral("edit-clear-all"), icons::themed(QStringLiteral("edit-delete"))),
        tr("&Wipe device"), QStringLiteral("wipeDevice"), [this] { wipeSelected(); });
    m_remove = m_actions->add(QStringLiteral("list-remove"), tr("Re&move device"),
                              QStringLiteral("removeDevice"), [this] { removeSelected(); });

    m_empty->setObjectName(QStringLiteral("devicesEmpty"));
    m_empty->button()->hide(); // a device is added by syncing, not here

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);
    listtable::setUp(m_table, m_sorted,
                     {.name = QStringLiteral("devices"),
                      .accessibleName = tr("Mobile devices"),
                      .sortColumn = DeviceTableModel::Type,
                      .selectionMode = QAbstractItemView::SingleSelection,
                      .badgeColumn = DeviceTableModel::Status,
                      .firstWidths = {{DeviceTableModel::Type, 12},
                                      {DeviceTableModel::Model, 15},
                                      {DeviceTableModel::OperatingSystem, 14},
                                      {DeviceTableModel::LastSync, 22}}});
    m_actions->setContextMenu(m_table);
    m_actions->removeKeyInViewOnly(m_remove, m_table);
    listtable::stack(m_stack, m_table, m_empty);

    // The selected device's details: what it reported, unknown for what it did not.
    m_deviceId = valueLabel(QStringLiteral("deviceId"), tr("Device ID"), this);
    m_type = valueLabel(QStringLiteral("deviceType"), tr("Type"), this);
    m_deviceModel = valueLabel(QStringLiteral("deviceModel"), tr("Model"), this);
    m_os = valueLabel(QStringLiteral("deviceOs"), tr("Operating system"), this);
    m_userAgent = valueLabel(QStringLiteral("deviceUserAgent"), tr("User agent"), this);
    m_firstSync = valueLabel(QStringLiteral("deviceFirstSync"), tr("First sync"), this);
    m_lastSync = valueLabel(QStringLiteral("deviceLastSync"), tr("Last sync"), this);
    m_status = valueLabel(QStringLiteral("deviceStatus"), tr("Status"), this);
    m_statusDescription =
        valueLabel(QStringLiteral("deviceStatusDescription"), tr("What the status means"), this);
    m_statusDescription->setForegroundRole(QPalette::PlaceholderText);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    auto* form = new QWidget;
    auto* formLayout = new QFormLayout(form);
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formLayout->addRow(tr("Device ID:"), m_deviceId);
    formLayout->addRow(tr("Type:"), m_type);
    formLayout->addRow(tr("Model:"), m_deviceModel);
    formLayout->addRow(tr("Operating system:"), m_os);
    formLayout->addRow(tr("User agent:"), m_userAgent);
    formLayout->addRow(tr("First sync:"), m_firstSync);
    formLayout->addRow(tr("Last sync:"), m_lastSync);
    auto* statusColumn = new QVBoxLayout;
    statusColumn->setSpacing(2);
    statusColumn->addWidget(m_status);
    statusColumn->addWidget(m_statusDescription);
    formLayout->addRow(tr("Status:"), statusColumn);
    m_noSelection->setText(tr("Select a device to see its details."));
    m_noSelection->setObjectName(QStringLiteral("noDeviceSelected"));
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setWordWrap(true);
    m_detailsStack->addWidget(m_noSelection);
    m_detailsStack->addWidget(form);
    m_details->setObjectName(QStringLiteral("deviceDetails"));
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->setWidgetResizable(true);
    m_details->setWidget(m_detailsStack);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("mobileNote"));
    m_note->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mobileSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});
    m_details->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    // The buttons go with the table: the empty state has no device to act on.
    m_buttonBar = new QWidget(this);
    QHBoxLayout* buttons = m_actions->buttonRow();
    buttons->setContentsMargins(0, 0, 0, 0);
    m_buttonBar->setLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_buttonBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_note);

    connect(m_model, &DeviceTableModel::devicesChanged, this, &UserMobileTab::onDevicesChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UserMobileTab::updateDetails);
    connect(m_model, &DeviceTableModel::loadFailed, this, [this](const QString& message) {
        m_errors->show(makeError(ErrorCode::StoreFailure, QString(), message));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_errors->clear();
        updateDetails();
    });
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        if (change.subject == Change::Subject::Organization && change.ids.contains(m_organization.id))
            loadOrganization();
    });
}

void UserMobileTab::showUser(const QString& userId)
{
    m_userId = userId;
    m_userName.clear();
    m_organization = {};
    if (!userId.isEmpty())
        if (auto user = m_engine.users().get(userId)) {
            m_userName = user.value().username;
            m_organization.id = user.value().organizationId;
        }
    m_errors->clear();
    m_note->clear();
    loadOrganization();
    m_model->setUser(userId);
}

void UserMobileTab::loadOrganization()
{
    if (m_organization.id.isEmpty())
        return;
    if (auto org = m_engine.organizations().get(m_organization.id))
        m_organization = org.value();
    updateActions();
}

void UserMobileTab::onDevicesChanged()
{
    const bool none = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(none ? static_cast<QWidget*>(m_empty) : m_table);
    m_details->setVisible(!none); // nothing to select: the empty state has the room
    m_buttonBar->setVisible(!none);
    if (!none && !m_table->selectionModel()->hasSelection())
        selectDevice(m_sorted->index(0, 0).data(IdRole).toString());
    updateDetails();
}

const MobileDevice* UserMobileTab::selectedDevice() const
{
    const QStringList ids = listtable::selectedIds(m_table);
    return ids.size() == 1 ? m_model->deviceAt(m_model->rowOf(ids.first())) : nullptr;
}

QString UserMobileTab::selectedDeviceId() const
{
    const MobileDevice* device = selectedDevice();
    return device ? device->id : QString();
}

void UserMobileTab::selectDevice(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void UserMobileTab::updateDetails()
{
    const MobileDevice* d = selectedDevice();
    m_detailsStack->setCurrentIndex(d ? 1 : 0);
    if (d) {
        m_deviceId->setText(d->deviceId);
        m_type->setText(DeviceTableModel::orUnknown(d->type));
        m_deviceModel->setText(DeviceTableModel::orUnknown(d->model));
        m_os->setText(DeviceTableModel::orUnknown(d->os));
        m_userAgent->setText(DeviceTableModel::orUnknown(d->userAgent));
        m_firstSync->setText(DeviceTableModel::timeText(d->firstSync));
        m_lastSync->setText(DeviceTableModel::timeText(d->lastSync));
        m_status->setText(labelOf(d->status));
        m_statusDescription->setText(deviceStatusDescription(d->status));
    }
    updateActions();
}

QString UserMobileTab::blockedReason() const
{
    return OrganizationPane::changesBlockedReason(m_engine, m_organization);
}

void UserMobileTab::updateActions()
{
    const MobileDevice* d = selectedDevice();
    const QString blocked = blockedReason();
    QString wipeWhy = blocked;
    if (wipeWhy.isEmpty() && !d)
        wipeWhy = tr("Select a device.");
    else if (wipeWhy.isEmpty() && d->status == DeviceStatus::WipeRequired)
        wipeWhy = tr("A wipe of this device is already requested; it happens at the device's next sync.");
    else if (wipeWhy.isEmpty() && d->status == DeviceStatus::WipeSucceeded)
        wipeWhy = tr("This device is already wiped. Remove it from the list if it is no longer used.");
    PaneActions::allow(m_wipe, wipeWhy);
    PaneActions::allow(m_remove, !blocked.isEmpty() ? blocked : !d ? tr("Select a device.") : QString());
    if (!blocked.isEmpty())
        m_note->setText(blocked);
}

void UserMobileTab::wipeSelected()
{
    if (!m_wipe->isEnabled() || !selectedDevice())
        return;
    const MobileDevice device = *selectedDevice(); // the list may change while the dialog is open
    m_errors->clear();
    m_note->clear();
    TypedConfirmDialog dialog(
        tr("Wipe device"),
        tr("Wipe the device %1 of %2?\n\nA remote wipe resets most devices to their factory settings: it can "
           "erase everything on "
           "the device, the user's personal files included, not only the organization's mail. It cannot be "
           "undone.\n\nThe device is wiped at its next sync. Only a device that synced within the last 5 "
           "minutes can be wiped.")
            .arg(described(device), m_userName),
        device.deviceId, tr("Wipe device"), this);
    dialog.setObjectName(QStringLiteral("wipeDeviceDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto wiped = m_engine.mobile().wipe(device.id);
    if (!wiped) {
        m_errors->show(wiped.error());
        return;
    }
    m_note->setText(tr("Wipe requested for %1. The device is wiped at its next sync; its status then becomes "
                       "“%2”.")
                        .arg(device.deviceId, labelOf(DeviceStatus::WipeSucceeded)));
}

void UserMobileTab::removeSelected()
{
    if (!m_remove->isEnabled() || !selectedDevice())
        return;
    const MobileDevice device = *selectedDevice();
    m_errors->clear();
    m_note->clear();
    QString text =
        tr("Remove the device %1 from the devices of %2? If it syncs again, it reappears on the list "
           "and must provision again.")
            .arg(described(device), m_userName);
    if (device.status == DeviceStatus::WipeSucceeded)
        text +=
            QStringLiteral("\n\n") +
            tr("This device was wiped. Once it is removed, it is no longer wiped when it syncs: a device set "
               "up again with this mailbox is added back and syncs normally.");
    else if (device.status == DeviceStatus::WipeRequired)
        text +=
            QStringLiteral("\n\n") +
            tr("A wipe of this device is pending. Removing it cancels the wipe: if the device syncs again, "
               "it is added back and syncs normally.");
    if (!Confirm::ask(this, tr("Remove device"), text, tr("Remove device")))
        return;
    if (const Status removed = m_engine.mobile().remove(device.id); !removed) {
        m_errors->show(removed.error());
        return;
    }
    m_note->setText(tr("%1 was removed from the list. It reappears if it syncs again.").arg(device.deviceId));
}

} // namespace mailroom
