#include "ui/TrayNotifier.h"

#include "core/store/ScmRepository.h"
#include "models/CertificateInventoryModel.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace acmedesk {

namespace {
constexpr int CheckIntervalMs = 60 * 60 * 1000;
} // namespace

TrayNotifier::TrayNotifier(Services services, CertificateInventoryModel *certificates,
                           QWidget *window)
    : QObject(window), m_services(std::move(services)), m_certificates(certificates),
      m_window(window), m_timer(new QTimer(this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        auto *menu = new QMenu(window);
        menu->addAction(tr("Show AcmeDesk"), this, &TrayNotifier::showWindowRequested);
        menu->addAction(tr("Quit"), qApp, &QApplication::closeAllWindows);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger ||
                        reason == QSystemTrayIcon::DoubleClick)
                        Q_EMIT showWindowRequested();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_shown)
                return Q_EMIT showWindowRequested();
            if (m_shown->subject.kind == NoticeSubject::Kind::Certificate)
                Q_EMIT certificateActivated(m_shown->subject.id);
            else
                Q_EMIT domainActivated(m_shown->subject.id);
        });
        m_tray->show();
    }
    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_certificates->refresh(); // days left move with the clock
        check();
    });
    m_timer->start();
    updateIcon();
}

void TrayNotifier::setDcvExpiringCount(int count)
{
    if (count == m_dcvExpiring)
        return;
    m_dcvExpiring = count;
    updateIcon();
}

QList<NoticeSubject> TrayNotifier::subjects() const
{
    QList<NoticeSubject> out;
    const QDateTime now = m_services.clock->now();
    for (int row = 0; row < m_certificates->rowCount(); ++row) {
        const CertificateListRow *c = &m_certificates->rowAt(row).record;
        if (CertificateInventoryModel::stateOf(*c, now) != CertificateInventoryModel::State::Active)
            continue;
        NoticeSubject s;
        s.kind = NoticeSubject::Kind::Certificate;
        s.key = QStringLiteral("certificate:%1").arg(c->id);
        s.title = c->sans.isEmpty() ? c->subject : c->sans.constFirst();
        s.id = c->id;
        s.notBefore = c->notBefore;
        s.notAfter = c->notAfter;
        out << s;
    }
    if (auto domains = ScmRepository(m_services.db).domainRows()) {
        QSet<qint64> seen;
        for (const DomainListRow &d : *domains) {
            if (!d.dcvExpires.isValid() || seen.contains(d.domainId))
                continue;
            seen.insert(d.domainId);
            NoticeSubject s;
            s.kind = NoticeSubject::Kind::DomainValidation;
            s.key =
                QStringLiteral("dcv:%1:%2").arg(d.domainId).arg(d.dcvExpires.toString(Qt::ISODate));
            s.title = d.name;
            s.id = d.domainId;
            s.notAfter = QDateTime(d.dcvExpires, QTime(0, 0), Qt::UTC);
            out << s;
        }
    }
    return out;
}

void TrayNotifier::check()
{
    updateIcon();
    auto sent = NoticeLog(m_services.db).sent();
    if (!sent)
        return;
    m_lastDue = dueNotices(subjects(), *sent, m_services.clock->now());
    if (m_tray && !m_lastDue.isEmpty())
        show(m_lastDue);
}

void TrayNotifier::notifyOrder(const QString &title, const QString &text, qint64 certificateId,
                               bool needsUser)
{
    m_lastOrderMessage = title + QStringLiteral(": ") + text;
    if (!m_tray)
        return;
    m_shown.reset();
    if (certificateId > 0) {
        Notice n;
        n.subject.kind = NoticeSubject::Kind::Certificate;
        n.subject.id = certificateId;
        m_shown = n;
    }
    m_tray->showMessage(title, text,
                        needsUser ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void TrayNotifier::show(const QList<Notice> &due)
{
    const Notice &first = due.constFirst();
    const int days = int(first.secondsLeft / 86400);
    QString title;
    QString text;
    if (due.size() == 1) {
        m_shown = first;
        if (first.subject.kind == NoticeSubject::Kind::Certificate) {
            title = tr("Certificate expires in %n day(s)", nullptr, days);
            text = tr("%1 expires on %2. Click to open it on the Dashboard.")
                       .arg(first.subject.title,
                            QLocale().toString(first.subject.notAfter.toLocalTime(),
                                               QLocale::ShortFormat));
        } else {
            title = tr("Domain validation expires in %n day(s)", nullptr, days);
            text = tr("The DCV of %1 in SCM ends on %2. Click to open the domain.")
                       .arg(first.subject.title, QLocale().toString(first.subject.notAfter.date(),
                                                                    QLocale::ShortFormat));
        }
    } else {
        m_shown.reset();
        QStringList names;
        for (const Notice &n : due.mid(0, 3))
            names << n.subject.title;
        title = tr("%n item(s) expire soon", nullptr, int(due.size()));
        text = names.join(QStringLiteral(", ")) +
               (due.size() > 3 ? tr(" and %n more", nullptr, int(due.size() - 3)) : QString());
    }
    m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
    NoticeLog log(m_services.db);
    for (const Notice &n : due)
        (void)log.markSent(n, m_services.clock->now()); // unmarked: shown again next time
}

void TrayNotifier::updateIcon()
{
    using C = CertificateInventoryModel::Category;
    const int expired = m_certificates->count(C::Expired);
    const int soon = m_certificates->count(C::Under30Days);
    const int failed = m_certificates->count(C::RenewalFailed);
    m_attention = expired + soon + failed + m_dcvExpiring;
    QStringList parts;
    if (expired > 0)
        parts << tr("%n certificate(s) expired", nullptr, expired);
    if (soon > 0)
        parts << tr("%n certificate(s) expire within 30 days", nullptr, soon);
    if (failed > 0)
        parts << tr("%n renewal(s) failed", nullptr, failed);
    if (m_dcvExpiring > 0)
        parts << tr("%n domain validation(s) expire within 30 days", nullptr, m_dcvExpiring);
    m_summary = parts.isEmpty() ? tr("Nothing needs attention.") : parts.join(QLatin1Char('\n'));
    if (!m_tray)
        return;
    m_tray->setToolTip(tr("AcmeDesk") + QLatin1Char('\n') + m_summary);
    QIcon base = QApplication::windowIcon();
    if (m_attention == 0 || base.isNull()) {
        m_tray->setIcon(base);
        return;
    }
    // The badge: the count in a red disc in the lower right corner.
    QPixmap pixmap = base.pixmap(64);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect disc(28, 28, 36, 36);
    p.setBrush(QColor(200, 30, 30));
    p.setPen(Qt::white);
    p.drawEllipse(disc);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(m_attention > 99 ? 14 : 22);
    p.setFont(f);
    p.drawText(disc, Qt::AlignCenter,
               m_attention > 99 ? QStringLiteral("99+") : QString::number(m_attention));
    p.end();
    m_tray->setIcon(QIcon(pixmap));
}

} // namespace acmedesk
