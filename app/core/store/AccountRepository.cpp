#include "core/store/AccountRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace acmedesk {

namespace {

class AccountRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)
};

const QString Columns = QStringLiteral(
    "id, name, preset, directory_url, account_url, contacts, key_type, status, eab_key_id, "
    "eab_alg, hmac_kept, local_test_ca, ca_bundle_pem, terms_of_service, scm_instance, "
    "scm_customer_uri, scm_organization, scm_department, key_change_pending, created_at, "
    "updated_at");

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QString sqlDetail(const QSqlError &e)
{
    QString d = e.text();
    if (!e.nativeErrorCode().isEmpty())
        d += QStringLiteral(" (SQLite code ") + e.nativeErrorCode() + QLatin1Char(')');
    return d;
}

bool isUniqueNameViolation(const QSqlError &e)
{
    const QString text = e.databaseText();
    return text.contains(QLatin1String("UNIQUE constraint failed"), Qt::CaseInsensitive) &&
           text.contains(QLatin1String("accounts.name"), Qt::CaseInsensitive);
}

Error queryFailed(const QString &message, const QSqlQuery &q)
{
    return Error::storage(message, sqlDetail(q.lastError()));
}

Error writeFailed(const QString &message, const Account &account, const QSqlQuery &q)
{
    if (isUniqueNameViolation(q.lastError())) {
        Error e = Error::storage(
            AccountRepositoryText::tr("An account named %1 already exists; choose another name.")
                .arg(account.name),
            sqlDetail(q.lastError()));
        e.code = QStringLiteral("duplicate-name");
        return e;
    }
    return queryFailed(message, q);
}

Result<void> validate(const Account &account)
{
    if (account.name.trimmed().isEmpty())
        return Error::invalid(AccountRepositoryText::tr("The account needs a name."));
    return {};
}

// A null QString would be bound as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindFields(QSqlQuery &q, const Account &a)
{
    q.bindValue(QStringLiteral(":name"), text(a.name));
    q.bindValue(QStringLiteral(":preset"), text(a.preset));
    q.bindValue(QStringLiteral(":directory_url"),
                text(a.directoryUrl.toString(QUrl::FullyEncoded)));
    q.bindValue(QStringLiteral(":account_url"), text(a.accountUrl.toString(QUrl::FullyEncoded)));
    q.bindValue(
        QStringLiteral(":contacts"),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(a.contacts)).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":key_type"), keyTypeName(a.keyType));
    q.bindValue(QStringLiteral(":status"), text(a.status));
    q.bindValue(QStringLiteral(":eab_key_id"), text(a.eabKeyId));
    q.bindValue(QStringLiteral(":eab_alg"), hmacAlgName(a.eabAlgorithm));
    q.bindValue(QStringLiteral(":hmac_kept"), a.hmacKept ? 1 : 0);
    q.bindValue(QStringLiteral(":local_test_ca"), a.localTestCa ? 1 : 0);
    q.bindValue(QStringLiteral(":ca_bundle_pem"), a.caBundlePem.isEmpty()
                                                      ? QVariant(QMetaType::fromType<QString>())
                                                      : QVariant(QString::fromUtf8(a.caBundlePem)));
    q.bindValue(QStringLiteral(":terms_of_service"), text(a.termsOfService));
    q.bindValue(QStringLiteral(":scm_instance"), text(a.scmInstance));
    q.bindValue(QStringLiteral(":scm_customer_uri"), text(a.scmCustomerUri));
    q.bindValue(QStringLiteral(":scm_organization"), text(a.scmOrganization));
    q.bindValue(QStringLiteral(":scm_department"), text(a.scmDepartment));
    q.bindValue(QStringLiteral(":key_change_pending"), a.keyChangePending ? 1 : 0);
}

Result<Account> fromRow(const QSqlQuery &q)
{
    Account a;
    int i = 0;
    a.id = q.value(i++).toLongLong();
    a.name = q.value(i++).toString();
    a.preset = q.value(i++).toString();
    a.directoryUrl = QUrl(q.value(i++).toString());
    a.accountUrl = QUrl(q.value(i++).toString());
    const QJsonArray contacts = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array();
    for (const QJsonValue &c : contacts)
        a.contacts.append(c.toString());
    const QString keyType = q.value(i++).toString();
    const auto kt = keyTypeFromName(keyType);
    if (!kt)
        return Error::storage(AccountRepositoryText::tr(
                                  "The account %1 uses the key type \"%2\" that this version of "
                                  "AcmeDesk does not know. Update AcmeDesk.")
                                  .arg(a.name, keyType));
    a.keyType = *kt;
    a.status = q.value(i++).toString();
    a.eabKeyId = q.value(i++).toString();
    const QString alg = q.value(i++).toString();
    const auto ha = hmacAlgFromName(alg);
    if (!ha)
        return Error::storage(AccountRepositoryText::tr(
                                  "The account %1 uses the EAB algorithm \"%2\" that this version "
                                  "of AcmeDesk does not know. Update AcmeDesk.")
                                  .arg(a.name, alg));
    a.eabAlgorithm = *ha;
    a.hmacKept = q.value(i++).toInt() != 0;
    a.localTestCa = q.value(i++).toInt() != 0;
    const QVariant ca = q.value(i++);
    a.caBundlePem = ca.isNull() ? QByteArray() : ca.toString().toUtf8();
    a.termsOfService = q.value(i++).toString();
    a.scmInstance = q.value(i++).toString();
    a.scmCustomerUri = q.value(i++).toString();
    a.scmOrganization = q.value(i++).toString();
    a.scmDepartment = q.value(i++).toString();
    a.keyChangePending = q.value(i++).toInt() != 0;
    a.createdAt = fromIsoUtc(q.value(i++).toString());
    a.updatedAt = fromIsoUtc(q.value(i++).toString());
    return a;
}

Result<std::optional<Account>> findOne(const Database &db, const QString &where,
                                       const QVariant &value)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM accounts WHERE ") +
              where);
    q.bindValue(0, value);
    if (!q.exec())
        return queryFailed(
            AccountRepositoryText::tr("Could not read the account from the database."), q);
    if (!q.next())
        return std::optional<Account>();
    auto a = fromRow(q);
    if (!a)
        return a.error();
    return std::optional<Account>(std::move(a).value());
}

} // namespace

Result<qint64> AccountRepository::insert(const Account &account)
{
    if (auto v = validate(account); !v)
        return v.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO accounts (name, preset, directory_url, account_url, contacts, key_type, "
        "status, eab_key_id, eab_alg, hmac_kept, local_test_ca, ca_bundle_pem, terms_of_service, "
        "scm_instance, scm_customer_uri, scm_organization, scm_department, key_change_pending, "
        "created_at, updated_at) "
        "VALUES (:name, :preset, :directory_url, :account_url, :contacts, :key_type, :status, "
        ":eab_key_id, :eab_alg, :hmac_kept, :local_test_ca, :ca_bundle_pem, :terms_of_service, "
        ":scm_instance, :scm_customer_uri, :scm_organization, :scm_department, "
        ":key_change_pending, :created_at, :updated_at)"));
    bindFields(q, account);
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    q.bindValue(QStringLiteral(":created_at"), now);
    q.bindValue(QStringLiteral(":updated_at"), now);
    if (!q.exec())
        return writeFailed(
            AccountRepositoryText::tr("Could not save the account %1.").arg(account.name), account,
            q);
    return q.lastInsertId().toLongLong();
}

Result<void> AccountRepository::update(const Account &account)
{
    if (auto v = validate(account); !v)
        return v;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE accounts SET name = :name, preset = :preset, directory_url = :directory_url, "
        "account_url = :account_url, contacts = :contacts, key_type = :key_type, "
        "status = :status, eab_key_id = :eab_key_id, eab_alg = :eab_alg, "
        "hmac_kept = :hmac_kept, local_test_ca = :local_test_ca, ca_bundle_pem = :ca_bundle_pem, "
        "terms_of_service = :terms_of_service, scm_instance = :scm_instance, "
        "scm_customer_uri = :scm_customer_uri, scm_organization = :scm_organization, "
        "scm_department = :scm_department, key_change_pending = :key_change_pending, "
        "updated_at = :updated_at WHERE id = :id"));
    bindFields(q, account);
    q.bindValue(QStringLiteral(":updated_at"), isoUtc(QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":id"), account.id);
    if (!q.exec())
        return writeFailed(
            AccountRepositoryText::tr("Could not save the changes to the account %1.")
                .arg(account.name),
            account, q);
    if (q.numRowsAffected() == 0) {
        Error e = Error::storage(
            AccountRepositoryText::tr(
                "The account %1 no longer exists; it may have been removed in another window.")
                .arg(account.name));
        e.code = QStringLiteral("not-found");
        return e;
    }
    return {};
}

Result<void> AccountRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return queryFailed(
            AccountRepositoryText::tr("Could not remove the account from the database."), q);
    return {}; // removing an account that is already gone is not an error
}

Result<QList<Account>> AccountRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + Columns +
                QStringLiteral(" FROM accounts ORDER BY name, id")))
        return queryFailed(
            AccountRepositoryText::tr("Could not read the accounts from the database."), q);
    QList<Account> out;
    while (q.next()) {
        auto a = fromRow(q);
        if (!a)
            return a.error();
        out.append(std::move(a).value());
    }
    return out;
}

Result<std::optional<Account>> AccountRepository::findById(qint64 id) const
{
    return findOne(m_db, QStringLiteral("id = ?"), id);
}

Result<std::optional<Account>> AccountRepository::findByName(const QString &name) const
{
    return findOne(m_db, QStringLiteral("name = ?"), name);
}

} // namespace acmedesk
