#pragma once
// The one bar every editing pane shows when someone else changed what it edits (ARCHITECTURE.md,
// versions and Conflict): above the pane's fields, it says who changed the object and when, and,
// after a refused save, each field or member that moved with theirs beside yours. The pane keeps
// the person's edit; Reload drops it and shows theirs, Keep mine writes it over theirs.

#include "core/Change.h"
#include "core/Result.h"

#include <QDateTime>
#include <QFrame>
#include <QVector>
#include <functional>

class QGridLayout;
class QLabel;
class QPushButton;

namespace mailroom {

class Engine;

struct ConflictRow
{
    QString label;  // the field as the pane names it ("Phone")
    QString theirs; // saved now
    QString yours;  // in the pane, not saved

    // For a document: adds a row when theirs moved away from what the pane read (base).
    static void addIfMoved(QVector<ConflictRow>& rows, const QString& label, const QString& base,
                           const QString& theirs, const QString& yours)
    {
        if (theirs != base)
            rows.append({label, theirs, yours});
    }
};

class ConflictBar : public QFrame
{
    Q_OBJECT
public:
    explicit ConflictBar(QWidget* parent = nullptr);

    // A save refused with Conflict: the rows are the fields or members that moved (may be empty
    // for a document, which then says only that it moved on).
    void showConflict(const Error& error, const QVector<ConflictRow>& rows);
    // For a pane's save: shows error when it is a Conflict and says so; other errors are the
    // pane's to show. After it, theirVersion() is the version to write over with Keep mine.
    bool offer(const Error& error, const QVector<ConflictRow>& rows = {});
    qint64 theirVersion() const { return m_theirVersion; }
    // Someone else changed the object while the pane has unsaved edits: offers Reload only.
    void showChangedUnderneath(const QString& actor, const QDateTime& at);
    void dismiss();
    // Shows showChangedUnderneath when another process's change concerns what the pane shows
    // while the pane is dirty (the pane itself refreshes when it is not).
    void watch(Engine& engine, std::function<bool(const Change&)> concerns, std::function<bool()> dirty);
    // A refused save is shown (not only a change underneath).
    bool showsConflict() const { return !isHidden() && m_refused; }

    // "by NAME at TIME", or "by another administrator" when neither is known. Translated.
    static QString byWhom(const QString& actor, const QDateTime& at);

Q_SIGNALS:
    void reloadRequested();   // drop my edit and show theirs
    void keepMineRequested(); // write my edit over theirs

private:
    void setRows(const QVector<ConflictRow>& rows);

    QLabel* m_headline;
    QLabel* m_detail;
    QWidget* m_table;
    QGridLayout* m_grid;
    QPushButton* m_reload;
    QPushButton* m_keepMine;
    qint64 m_theirVersion = 0;
    bool m_refused = false;
};

} // namespace mailroom
