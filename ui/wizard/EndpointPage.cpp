#include "ui/wizard/EndpointPage.h"

#include "core/acme/AcmeClient.h"
#include "core/scm/Presets.h"
#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/ErrorPanel.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace acmedesk {

namespace {

constexpr int IdRole = EndpointPage::PresetIdRole;
constexpr int UrlRole = IdRole + 1;
constexpr int NoteRole = IdRole + 2;

QString linkHtml(const QUrl &url)
{
    const QString text = url.toString().toHtmlEscaped();
    return QStringLiteral("<a href=\"") % QString::fromUtf8(url.toEncoded()).toHtmlEscaped() %
           QStringLiteral("\">") % text % QStringLiteral("</a>");
}

QString comparable(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
}

} // namespace

EndpointPage::EndpointPage(LocalTestCa *localTestCa, QWidget *parent)
    : QWizardPage(parent), m_localCa(localTestCa), m_list(new QListWidget(this)),
      m_customUrl(new QLineEdit(this)), m_note(new QLabel(this)),
      m_localCaUnavailable(new QLabel(this)), m_busy(new BusyIndicator(this)),
      m_error(new ErrorPanel(this)), m_info(new QWidget(this)), m_tos(new QLabel(m_info)),
      m_eab(new QLabel(m_info)), m_website(new QLabel(m_info)), m_localValues(new QLabel(this))
{
    setTitle(tr("ACME server"));
    setSubTitle(tr("Choose the ACME endpoint that SCM shows for your ACME account."));

    m_list->setObjectName(QStringLiteral("presetList"));
    for (const EndpointPreset &preset : endpointPresets()) {
        auto *item = new QListWidgetItem(preset.label, m_list);
        item->setData(IdRole, preset.id);
        item->setData(UrlRole, preset.directoryUrl);
        item->setData(NoteRole, preset.note);
        item->setToolTip(preset.directoryUrl.toString());
    }
    auto *custom = new QListWidgetItem(tr("Custom URL"), m_list);
    custom->setData(IdRole, presetids::Custom);
    custom->setData(NoteRole, tr("Any other ACME server: enter its directory URL below."));
    auto *local = new QListWidgetItem(tr("Local test CA (try without SCM)"), m_list);
    local->setData(IdRole, presetids::LocalTest);
    local->setData(NoteRole,
                   tr("A private test server on this computer that hands out EAB values "
                      "like SCM does. Its accounts and certificates are for trying only."));
    const bool localAvailable = m_localCa && LocalTestCa::isAvailable();
    if (!localAvailable)
        local->setFlags(local->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));

    m_customUrl->setObjectName(QStringLiteral("customUrlEdit"));
    m_customUrl->setPlaceholderText(QStringLiteral("https://acme.example.com/directory"));
    m_customUrl->setEnabled(false);

    m_note->setObjectName(QStringLiteral("presetNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setText(tr("Pick the entry whose URL matches the ACME URL in SCM."));

    m_localCaUnavailable->setObjectName(QStringLiteral("localCaUnavailableLabel"));
    m_localCaUnavailable->setWordWrap(true);
    m_localCaUnavailable->setTextFormat(Qt::PlainText);
    m_localCaUnavailable->setText(LocalTestCa::unavailableReason());
    m_localCaUnavailable->setVisible(!localAvailable);

    m_busy->setObjectName(QStringLiteral("directoryBusy"));
    m_error->setObjectName(QStringLiteral("directoryError"));

    m_info->setObjectName(QStringLiteral("directoryInfo"));
    for (QLabel *label : {m_tos, m_eab, m_website}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }
    m_tos->setObjectName(QStringLiteral("tosLinkLabel"));
    m_tos->setTextFormat(Qt::RichText);
    m_tos->setOpenExternalLinks(true);
    m_eab->setObjectName(QStringLiteral("eabRequiredLabel"));
    m_eab->setTextFormat(Qt::PlainText);
    m_website->setObjectName(QStringLiteral("websiteLabel"));
    m_website->setTextFormat(Qt::RichText);
    m_website->setOpenExternalLinks(true);
    auto *infoForm = new QFormLayout(m_info);
    infoForm->setContentsMargins(0, 0, 0, 0);
    infoForm->addRow(tr("Terms of service:"), m_tos);
    infoForm->addRow(tr("External Account Binding:"), m_eab);
    infoForm->addRow(tr("Website:"), m_website);
    m_info->setVisible(false);

    m_localValues->setObjectName(QStringLiteral("localCaValuesLabel"));
    m_localValues->setTextFormat(Qt::PlainText);
    m_localValues->setWordWrap(true);
    m_localValues->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_localValues->setFrameShape(QFrame::StyledPanel);
    m_localValues->setMargin(6);
    m_localValues->setVisible(false);

    auto *customRow = new QHBoxLayout;
    auto *customLabel = new QLabel(tr("&Directory URL:"), this);
    customLabel->setBuddy(m_customUrl);
    customRow->addWidget(customLabel);
    customRow->addWidget(m_customUrl, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(customRow);
    layout->addWidget(m_note);
    layout->addWidget(m_localCaUnavailable);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_info);
    layout->addWidget(m_localValues);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &EndpointPage::check);
    connect(m_list, &QListWidget::currentItemChanged, this, &EndpointPage::onChoiceChanged);
    connect(m_customUrl, &QLineEdit::textChanged, this, [this] {
        if (currentId() == presetids::Custom)
            onChoiceChanged();
    });
}

EndpointPage::~EndpointPage()
{
    ++m_generation; // late answers find nothing to update
    if (m_client)
        m_client->cancelAll();
}

QString EndpointPage::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

bool EndpointPage::isComplete() const
{
    return m_directory.has_value() && !m_debounce.isActive() && !m_busy->isBusy();
}

bool EndpointPage::isChecking() const
{
    return m_debounce.isActive() || m_busy->isBusy();
}

QUrl EndpointPage::chosenUrl() const
{
    const QString id = currentId();
    if (id.isEmpty())
        return {};
    if (id == presetids::LocalTest)
        return m_localCa && m_localCa->isRunning() ? m_localCa->directoryUrl() : m_checkedUrl;
    if (id == presetids::Custom)
        return QUrl(m_customUrl->text().trimmed(), QUrl::StrictMode);
    return m_list->currentItem()->data(UrlRole).toUrl();
}

QString EndpointPage::statusText() const
{
    if (isChecking())
        return tr("Checking the ACME server…");
    if (!m_error->isHidden())
        return m_error->message();
    return {};
}

EndpointValues EndpointPage::values() const
{
    EndpointValues v;
    v.presetId = currentId();
    if (const QListWidgetItem *item = m_list->currentItem())
        v.label = item->text();
    if (v.presetId == presetids::LocalTest)
        v.label = tr("Local test CA");
    v.directoryUrl = m_checkedUrl;
    v.localTestCa = m_checkedLocal;
    v.caBundlePem = m_caBundle;
    v.directory = m_directory;
    return v;
}

void EndpointPage::selectLocalTestCa()
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(IdRole).toString() == presetids::LocalTest &&
            (item->flags() & Qt::ItemIsEnabled))
            m_list->setCurrentItem(item);
    }
}

void EndpointPage::selectDirectoryUrl(const QUrl &url)
{
    if (m_localCa && m_localCa->isRunning() &&
        comparable(url) == comparable(m_localCa->directoryUrl())) {
        selectLocalTestCa();
        return;
    }
    const QString id = presetIdForUrl(url);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(IdRole).toString() == id) {
            if (id == presetids::Custom)
                m_customUrl->setText(url.toString());
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void EndpointPage::resetResult()
{
    ++m_generation;
    if (m_client) {
        m_client->cancelAll();
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_directory.reset();
    m_checkedUrl.clear();
    m_checkedLocal = false;
    m_caBundle.clear();
    m_busy->stop();
    m_error->clear();
    m_info->setVisible(false);
    m_localValues->clear();
    m_localValues->setVisible(false);
}

void EndpointPage::onChoiceChanged()
{
    resetResult();
    const QString id = currentId();
    m_customUrl->setEnabled(id == presetids::Custom);
    if (const QListWidgetItem *item = m_list->currentItem()) {
        const QString url = item->data(UrlRole).toUrl().toString();
        const QString note = item->data(NoteRole).toString();
        m_note->setText(url.isEmpty() ? note : note % QLatin1Char('\n') % url);
    }
    if (!id.isEmpty())
        m_debounce.start();
    Q_EMIT completeChanged();
    Q_EMIT checkStateChanged();
}

void EndpointPage::check()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (id == presetids::LocalTest)
        return checkLocalTestCa();

    ServerOptions options;
    if (id == presetids::Custom) {
        const QString text = m_customUrl->text().trimmed();
        if (text.isEmpty()) {
            Q_EMIT completeChanged();
            Q_EMIT checkStateChanged();
            return;
        }
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            url.scheme().toLower() != QLatin1String("https")) {
            m_error->showMessage(tr("Enter the full https address of the directory, e.g. "
                                    "https://acme.example.com/directory."));
            Q_EMIT completeChanged();
            Q_EMIT checkStateChanged();
            return;
        }
        options.directoryUrl = url;
    } else {
        options.directoryUrl = m_list->currentItem()->data(UrlRole).toUrl();
    }
    fetch(options, false);
}

void EndpointPage::checkLocalTestCa()
{
    if (!m_localCa)
        return;
    if (m_localCa->isRunning()) {
        auto certificates = ServerOptions::parseCaBundle(m_localCa->caBundlePem());
        if (!certificates)
            return showError(certificates.error());
        ServerOptions options;
        options.directoryUrl = m_localCa->directoryUrl();
        options.localTestCa = true;
        options.extraCaCertificates = *certificates;
        return fetch(options, true);
    }
    m_busy->start(tr("Starting the local test CA…"));
    Q_EMIT completeChanged();
    Q_EMIT checkStateChanged();
    if (m_startingLocalCa)
        return; // the pending start answers below
    m_startingLocalCa = true;
    // The saved Key ID, HMAC, port and certificate when it ran before: earlier accounts stay right.
    m_localCa->ensureRunning([self = QPointer<EndpointPage>(this)](Result<void> ok) {
        if (!self)
            return;
        self->m_startingLocalCa = false;
        if (self->currentId() != presetids::LocalTest)
            return; // the choice moved on meanwhile
        if (!ok)
            return self->showError(ok.error());
        self->checkLocalTestCa();
    });
}

void EndpointPage::fetch(const ServerOptions &options, bool local)
{
    const quint64 generation = ++m_generation;
    if (m_client) {
        m_client->cancelAll();
        m_client->deleteLater();
    }
    m_busy->start(tr("Checking…"));
    m_error->clear();
    m_checkedUrl = options.directoryUrl;
    m_checkedLocal = local;
    m_caBundle = local && m_localCa ? m_localCa->caBundlePem() : QByteArray();
    Q_EMIT completeChanged();
    Q_EMIT checkStateChanged();

    m_client = new AcmeClient(options, this);
    m_client->fetchDirectory(
        [self = QPointer<EndpointPage>(this), generation, local](Result<Directory> directory) {
            if (!self || self->m_generation != generation)
                return;
            if (!directory)
                return self->showError(directory.error());
            self->showDirectory(*directory, local);
        });
}

void EndpointPage::showDirectory(const Directory &directory, bool local)
{
    m_busy->stop();
    m_error->clear();
    m_directory = directory;
    m_tos->setText(directory.termsOfService.isValid() ? linkHtml(directory.termsOfService)
                                                      : tr("none published").toHtmlEscaped());
    m_eab->setText(directory.externalAccountRequired
                       ? tr("required: you need the Key ID and HMAC key from SCM")
                       : tr("not required by this server"));
    m_website->setText(directory.website.isValid() ? linkHtml(directory.website)
                                                   : tr("none published").toHtmlEscaped());
    m_info->setVisible(true);

    if (local && m_localCa) {
        const LocalTestCa::EabPair eab = m_localCa->eab(0);
        m_localValues->setText(
            tr("Your local test CA created these values, as SCM shows them in an "
               "ACME account's Details. The next page is already filled in.") %
            QStringLiteral("\n\nACME URL\n") % directory.url.toString() %
            QStringLiteral("\nKey ID\n") % eab.keyId % QStringLiteral("\nHMAC Key\n") %
            QString(12, QChar(0x2022)));
        m_localValues->setVisible(true);
        Q_EMIT localTestCaValues(directory.url, eab.keyId, eab.hmacKey);
    }
    Q_EMIT completeChanged();
    Q_EMIT checkStateChanged();
}

void EndpointPage::showError(const Error &error)
{
    m_busy->stop();
    m_directory.reset();
    m_info->setVisible(false);
    m_error->showError(error);
    Q_EMIT completeChanged();
    Q_EMIT checkStateChanged();
}

} // namespace acmedesk
