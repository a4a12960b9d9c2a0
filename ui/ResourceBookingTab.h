#pragma once
// RES-2: how a resource answers booking requests, kept with Save or dropped with Revert. The
// engine refuses "accept all" while the resource has delegates; its reason shows here.

#include "resources/Resource.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace mailroom {

class Engine;
class FieldErrors;

class ResourceBookingTab : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceBookingTab(Engine& engine, QWidget* parent = nullptr);

    void showResource(const QString& resourceId);
    bool isDirty() const;
    bool save();
    void revert();

private:
    BookingOptions edited() const;
    void load(const Resource& resource);
    void updateButtons();

    Engine& m_engine;
    QString m_resourceId;
    BookingOptions m_saved;
    QCheckBox* m_acceptAll;
    QCheckBox* m_declineRecurring;
    QCheckBox* m_declineConflicting;
    QLabel* m_note;
    QPushButton* m_save;
    QPushButton* m_revert;
    FieldErrors* m_errors;
    bool m_readOnly = false;
};

} // namespace mailroom
