// The accounts table: one row per account in the database, ordered by name.
#pragma once

#include "core/store/Account.h"
#include "core/store/AccountRepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace acmedesk {

class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Server, Status, KeyType, AccountUrl, Count };
    enum Role {
        AccountIdRole = Qt::UserRole + 1, // qint64
        StatusRole,                       // the raw status, e.g. "valid"
    };

    explicit AccountListModel(Database db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the accounts again. On failure the model keeps its rows and lastError() says why.
    bool reload();
    QString lastError() const { return m_lastError; }

    std::optional<Account> accountAt(int row) const;
    QStringList accountNames() const;

    static QString statusLabel(const QString &status); // translated, for people
    static QString serverLabel(const Account &account);

Q_SIGNALS:
    void reloaded();

private:
    AccountRepository m_repo;
    QList<Account> m_accounts;
    QString m_lastError;
};

} // namespace acmedesk
