#pragma once
// Long work (bulk enable, disable, delete) run a slice at a time on the event loop, so the window
// never freezes: progress after each item, cancel between items, and a summary at the end. Each
// item is one engine operation with its own transaction.

#include "core/Result.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace mailroom {

class BatchJob : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        QString item; // what people know the item by (a username)
        bool ok = false;
        QString message; // the error, when not ok
    };
    using Operation = std::function<Status(int index)>;

    // labels[i] names item i; operation(i) does it.
    BatchJob(QStringList labels, Operation operation, QObject* parent = nullptr);

    void start();
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    const QVector<Outcome>& outcomes() const { return m_outcomes; }
    int succeeded() const;
    int failed() const;
    // A plain-text summary: one line per failure, and the counts.
    QString summaryText() const;

Q_SIGNALS:
    void progressed(int done, int total);
    void finished();

private:
    void runSlice();

    QStringList m_labels;
    Operation m_operation;
    QVector<Outcome> m_outcomes;
    int m_next = 0;
    bool m_cancelled = false;
};

} // namespace mailroom
