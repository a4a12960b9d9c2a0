#pragma once
// Enabling directory users (USR-4, USR-7) and groups (GRP-2): review the primary address
// proposed for each selected entity, change any, then enable them all as a batch with progress
// and a summary.

#include "core/Result.h"

#include <QDialog>
#include <functional>

class QTableWidget;

namespace mailroom {

struct EnableCandidate
{
    QString id;
    QString name;    // username or group name
    QString detail;  // display name, or empty
    QString address; // the proposed primary address
};

class EnableReviewDialog : public QDialog
{
    Q_OBJECT
public:
    using EnableFn = std::function<Status(const QString& id, const QString& address)>;

    struct Texts
    {
        QString title;      // "Enable users"
        QString intro;      // what enabling does
        QString nameHeader; // "Username"
        QString detailHeader;
        QString progress; // "Enabling users"
        // In interoperability mode (IOP-2) the address is the one Exchange gave: shown, not edited.
        bool addressesFromExchange = false;
    };

    // The texts for enabling users, or groups, in an organization in interoperability mode or not.
    static Texts userTexts(bool interoperability);
    static Texts groupTexts(bool interoperability);

    EnableReviewDialog(const Texts& texts, const QVector<EnableCandidate>& candidates, EnableFn enable,
                       QWidget* parent = nullptr);

private:
    void enableAll();

    QString m_progress;
    QVector<EnableCandidate> m_candidates;
    EnableFn m_enable;
    QTableWidget* m_table;
};

} // namespace mailroom
