// The certificates AcmeDesk wrote: one row per certificate in the database, soonest expiry first.
#pragma once

#include "core/store/CertificateRepository.h"
#include "core/store/Order.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <optional>

namespace acmedesk {

class CertificateListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Names, Expires, DaysLeft, Folder, Count };
    // How urgent the expiry is. Views mark Soon and Expired with palette colours and style icons;
    // the model never hard-codes a colour.
    enum class Expiry { Fine, Soon, Expired };
    enum Role {
        CertificateIdRole = Qt::UserRole + 1, // qint64
        DaysLeftRole,                         // int, negative once expired
        ExpiryRole,                           // int(Expiry)
        FolderRole,                           // QString
    };
    static constexpr int SoonDays = 30;

    explicit CertificateListModel(Database db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the certificates again. On failure the model keeps its rows and lastError() says why.
    bool reload();
    QString lastError() const { return m_lastError; }
    std::optional<CertificateListRow> certificateAt(int row) const;

    // Whole days from `now` until `notAfter` (negative once expired).
    static int daysLeft(const QDateTime &notAfter,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    static Expiry expiryFor(int daysLeft);

Q_SIGNALS:
    void reloaded();

private:
    CertificateRepository m_repo;
    QList<CertificateListRow> m_certificates;
    QString m_lastError;
};

} // namespace acmedesk
