// AccountListModel and EventTableModel over a real (temporary) SQLite database, checked by
// QAbstractItemModelTester on every reset.
#include "core/scm/Presets.h"
#include "core/store/AccountRepository.h"
#include "core/store/Database.h"
#include "core/store/EventLog.h"
#include "models/AccountListModel.h"
#include "models/EventTableModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void accountsEmpty();
    void accountsColumnsAndRoles();
    void accountsReloadSeesChanges();
    void eventsNewestFirstWithFailureRole();
    void eventsEveryKindHasLabelAndIcon();
    void eventsUnknownStoredKindShownRaw();

private:
    Account makeAccount(const QString &name, const QString &preset, const QString &status);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->path());
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = *db;
}

void TestModels::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Account TestModels::makeAccount(const QString &name, const QString &preset, const QString &status)
{
    Account a;
    a.name = name;
    a.preset = preset;
    a.directoryUrl = QUrl(QStringLiteral("https://acme.example.net/directory"));
    a.accountUrl = QUrl(QStringLiteral("https://acme.example.net/acct/") + name.toLower());
    a.keyType = KeyType::EcP384;
    a.status = status;
    a.eabKeyId = QStringLiteral("kid-") + name;
    return a;
}

void TestModels::accountsEmpty()
{
    AccountListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(AccountListModel::Column::Count));
    QVERIFY(model.accountNames().isEmpty());
    QVERIFY(!model.accountAt(0).has_value());
}

void TestModels::accountsColumnsAndRoles()
{
    AccountRepository repo(*m_db);
    QVERIFY(repo.insert(makeAccount(QStringLiteral("Beta"), QString(presetids::Custom),
                                    accountstatus::Pending))
                .ok());
    QVERIFY(repo.insert(makeAccount(QStringLiteral("Alpha"), QString(presetids::SectigoDv),
                                    accountstatus::Valid))
                .ok());

    AccountListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &AccountListModel::reloaded);
    QVERIFY(model.reload());
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.accountNames(), QStringList({QStringLiteral("Alpha"), QStringLiteral("Beta")}));

    using C = AccountListModel::Column;
    const auto cell = [&model](int row, C column, int role = Qt::DisplayRole) {
        return model.index(row, int(column)).data(role);
    };
    QCOMPARE(model.headerData(int(C::Name), Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(int(C::AccountUrl), Qt::Horizontal).toString(),
             QStringLiteral("Account URL"));
    QCOMPARE(cell(0, C::Name).toString(), QStringLiteral("Alpha"));
    QCOMPARE(cell(0, C::Server).toString(), QStringLiteral("Sectigo DV"));       // preset label
    QCOMPARE(cell(1, C::Server).toString(), QStringLiteral("acme.example.net")); // custom: host
    QCOMPARE(cell(0, C::Status).toString(), QStringLiteral("Valid"));
    QCOMPARE(cell(1, C::Status).toString(), QStringLiteral("Pending"));
    QVERIFY(keyTypeLabel(KeyType::EcP384).startsWith(cell(0, C::KeyType).toString()));
    QVERIFY(cell(0, C::KeyType).toString().contains(QLatin1String("384")));
    QCOMPARE(cell(0, C::KeyType, Qt::ToolTipRole).toString(), keyTypeLabel(KeyType::EcP384));
    QCOMPARE(cell(0, C::AccountUrl).toString(),
             QStringLiteral("https://acme.example.net/acct/alpha"));
    QCOMPARE(cell(0, C::Status, AccountListModel::StatusRole).toString(), accountstatus::Valid);
    QVERIFY(cell(0, C::Name, AccountListModel::AccountIdRole).toLongLong() > 0);
    QCOMPARE(cell(1, C::Server, Qt::ToolTipRole).toString(),
             QStringLiteral("https://acme.example.net/directory"));

    const auto alpha = model.accountAt(0);
    QVERIFY(alpha.has_value());
    QCOMPARE(alpha->eabKeyId, QStringLiteral("kid-Alpha"));
}

void TestModels::accountsReloadSeesChanges()
{
    AccountListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 0);

    AccountRepository repo(*m_db);
    auto id = repo.insert(
        makeAccount(QStringLiteral("Gamma"), QString(presetids::LocalTest), accountstatus::Valid));
    QVERIFY(id.ok());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.reload());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, int(AccountListModel::Column::Server)).data().toString(),
             QStringLiteral("Local test CA"));

    QVERIFY(repo.remove(*id).ok());
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::eventsNewestFirstWithFailureRole()
{
    EventLog log(*m_db);
    QVERIFY(log.record(EventKind::AccountRegistered, QStringLiteral("Alpha"),
                       QStringLiteral("Registered."))
                .ok());
    QVERIFY(log.record(EventKind::AccountRegistrationFailed, QStringLiteral("Beta"),
                       QStringLiteral("The CA said no."), true)
                .ok());

    EventTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(EventTableModel::Column::Count));

    using C = EventTableModel::Column;
    const auto cell = [&model](int row, C column, int role = Qt::DisplayRole) {
        return model.index(row, int(column)).data(role);
    };
    // Newest first.
    QCOMPARE(cell(0, C::Subject).toString(), QStringLiteral("Beta"));
    QCOMPARE(cell(0, C::Message).toString(), QStringLiteral("The CA said no."));
    QCOMPARE(cell(0, C::Kind).toString(), QStringLiteral("Registration failed"));
    QCOMPARE(cell(0, C::Kind, EventTableModel::KindRole).toString(),
             eventKindName(EventKind::AccountRegistrationFailed));
    QCOMPARE(cell(1, C::Subject).toString(), QStringLiteral("Alpha"));

    // Failures are marked by a role (and bold text), never by a hard-coded colour.
    QCOMPARE(cell(0, C::Message, EventTableModel::FailureRole).toBool(), true);
    QCOMPARE(cell(1, C::Message, EventTableModel::FailureRole).toBool(), false);
    QVERIFY(cell(0, C::Message, Qt::FontRole).value<QFont>().bold());
    QVERIFY(!cell(1, C::Message, Qt::FontRole).isValid());
    for (int column = 0; column < model.columnCount(); ++column) {
        QVERIFY(!model.index(0, column).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0, column).data(Qt::BackgroundRole).isValid());
    }

    // Local time, formatted for people; the tool tip keeps the exact UTC time.
    const QDateTime at = cell(0, C::Time, EventTableModel::TimestampRole).toDateTime();
    QVERIFY(at.isValid());
    QCOMPARE(cell(0, C::Time).toString(),
             QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(cell(0, C::Time, Qt::ToolTipRole).toString().endsWith(QLatin1Char('Z')));
}

// One event of every kind through the real database and the model: a kind added to EventKind
// without a label or an icon fails here.
void TestModels::eventsEveryKindHasLabelAndIcon()
{
    EventLog log(*m_db);
    for (const EventKind kind : allEventKinds) {
        const auto id = log.record(kind, QStringLiteral("Subject"), QStringLiteral("Message."));
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
    }

    EventTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), int(allEventKinds.size()));

    QSet<QString> seenKinds, labels;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex kindCell = model.index(row, int(EventTableModel::Column::Kind));
        const QString name = kindCell.data(EventTableModel::KindRole).toString();
        const QString label = kindCell.data(Qt::DisplayRole).toString();
        QVERIFY2(eventKindFromName(name).has_value(), qPrintable(name));
        QVERIFY2(!label.isEmpty() && label != name, qPrintable(name));
        labels.insert(label);
        seenKinds.insert(name);

        const QIcon icon = kindCell.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY2(!icon.isNull(), qPrintable(name));
        QVERIFY2(!icon.pixmap(QSize(16, 16)).isNull(), qPrintable(name)); // the SVG renders
        // The raw name stays available to people who need it.
        QCOMPARE(kindCell.data(Qt::ToolTipRole).toString(), name);
    }
    QCOMPARE(seenKinds.size(), qsizetype(allEventKinds.size()));
    QCOMPARE(labels.size(), qsizetype(allEventKinds.size())); // no two kinds read the same
}

void TestModels::eventsUnknownStoredKindShownRaw()
{
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO events (at, kind, subject, message, failure) "
                                      "VALUES ('2026-01-01T00:00:00.000Z', 'future.kind', 's', "
                                      "'m', 0)")));
    }
    EventTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex kindCell = model.index(0, int(EventTableModel::Column::Kind));
    QCOMPARE(kindCell.data().toString(), QStringLiteral("future.kind"));
    QVERIFY(!kindCell.data(Qt::DecorationRole).value<QIcon>().isNull());
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
