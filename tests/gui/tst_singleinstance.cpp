// One window per data folder: a second launch hands its request to the first and exits, a
// launch on another data folder is not affected, and a socket left by a crashed instance does
// not stop the next one from serving.
#include "ui/SingleInstance.h"

#include <QFile>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_keys; // unique keys, so parallel test runs never meet

    QString key(const char *name) const { return m_keys.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void secondLaunchHandsOver()
    {
        SingleInstance first(key("data"));
        QVERIFY(!first.handOver(QStringLiteral("show"))); // nobody before it: it serves
        QSignalSpy requests(&first, &SingleInstance::requested);

        SingleInstance second(key("data"));
        QVERIFY(second.handOver(QStringLiteral("issue")));
        QVERIFY(requests.wait(5000));
        QCOMPARE(requests.constFirst().constFirst().toString(), QStringLiteral("issue"));

        SingleInstance third(key("data"));
        QVERIFY(third.handOver(QStringLiteral("add-account")));
        QTRY_COMPARE_WITH_TIMEOUT(requests.size(), 2, 5000);
        QCOMPARE(requests.at(1).constFirst().toString(), QStringLiteral("add-account"));
    }

    void otherDataFolderIsIndependent()
    {
        SingleInstance first(key("one"));
        QVERIFY(!first.handOver(QStringLiteral("show")));
        SingleInstance other(key("two"));
        QVERIFY(!other.handOver(QStringLiteral("show"))); // serves its own folder
    }

    void crashedInstanceLeavesNoBlock()
    {
        QString path;
        {
            SingleInstance before(key("crash"));
            QVERIFY(!before.handOver(QStringLiteral("show")));
            path = before.findChild<QLocalServer *>()->fullServerName();
        }
        // What a killed process can leave on Unix: a file where the socket was, nobody behind it.
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance next(key("crash"));
        QVERIFY(!next.handOver(QStringLiteral("show"))); // not fooled, serves
        QSignalSpy requests(&next, &SingleInstance::requested);
        SingleInstance later(key("crash"));
        QVERIFY(later.handOver(QStringLiteral("issue")));
        QVERIFY(requests.wait(5000));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
