// Long work runs on the event loop with progress, can be cancelled between items, and sums up
// what succeeded and what failed with why.

#include "BatchJob.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailroom;

class TestBatchJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsEveryItemAndSumsUp()
    {
        BatchJob job({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, [](int i) -> Status {
            if (i == 1)
                return makeError(ErrorCode::WrongState, QString(), QStringLiteral("b is busy"));
            return Done{};
        });
        QSignalSpy finished(&job, &BatchJob::finished);
        QSignalSpy progressed(&job, &BatchJob::progressed);
        job.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job.succeeded(), 2);
        QCOMPARE(job.failed(), 1);
        QVERIFY(progressed.count() >= 1);
        QCOMPARE(progressed.last().at(0).toInt(), 3);
        QVERIFY(job.summaryText().contains(QStringLiteral("b: b is busy")));
    }

    void cancelStopsBetweenItems()
    {
        int calls = 0;
        QStringList items;
        for (int i = 0; i < 1000; ++i)
            items << QString::number(i);
        BatchJob* jobPtr = nullptr;
        BatchJob job(items, [&](int i) -> Status {
            ++calls;
            if (i == 9)
                jobPtr->cancel();
            return Done{};
        });
        jobPtr = &job;
        QSignalSpy finished(&job, &BatchJob::finished);
        job.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(calls, 10);
        QVERIFY(job.isCancelled());
        QVERIFY(job.summaryText().contains(QStringLiteral("990")));
    }
};

QTEST_GUILESS_MAIN(TestBatchJob)
#include "tst_BatchJob.moc"
