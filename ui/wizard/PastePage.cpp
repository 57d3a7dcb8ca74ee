#include "ui/wizard/PastePage.h"

#include "ui/widgets/BusyIndicator.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace acmedesk {

PasteArea::PasteArea(QWidget *parent) : QFrame(parent), m_prompt(new QLabel(this))
{
    setObjectName(QStringLiteral("pasteArea"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumHeight(fontMetrics().lineSpacing() * 7);
    setAccessibleName(tr("Paste what SCM shows"));

    m_prompt->setObjectName(QStringLiteral("pastePromptLabel"));
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setForegroundRole(QPalette::PlaceholderText);
    m_prompt->setText(
        tr("Paste here (%1) what SCM shows in the ACME account's Details")
            .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
}

void PasteArea::setContent(QWidget *content)
{
    m_content = content;
    layout()->addWidget(content);
    content->setVisible(false);
}

void PasteArea::showPrompt(bool prompt)
{
    m_prompt->setVisible(prompt);
    if (m_content)
        m_content->setVisible(!prompt);
}

void PasteArea::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        Q_EMIT textPasted(QGuiApplication::clipboard()->text());
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void PasteArea::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    QFrame::mousePressEvent(event);
}

void PasteArea::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasText())
        event->acceptProposedAction();
}

void PasteArea::dropEvent(QDropEvent *event)
{
    if (event->mimeData()->hasText()) {
        event->acceptProposedAction();
        Q_EMIT textPasted(event->mimeData()->text());
    }
}

void PasteArea::focusInEvent(QFocusEvent *event)
{
    setFrameShadow(QFrame::Plain);
    setLineWidth(2);
    QFrame::focusInEvent(event);
}

void PasteArea::focusOutEvent(QFocusEvent *event)
{
    setFrameShadow(QFrame::Sunken);
    setLineWidth(1);
    QFrame::focusOutEvent(event);
}

namespace {

QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *noteLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// A label that keeps its line when empty, so the rows below it do not move.
void reserveLine(QLabel *label)
{
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
}

} // namespace

PastePage::PastePage(QWidget *parent)
    : QWizardPage(parent), m_area(new PasteArea(this)), m_preview(new QWidget(this)),
      m_origin(noteLabel(m_preview, "pastedOriginLabel")),
      m_url(valueLabel(m_preview, "pastedUrlLabel")),
      m_keyId(valueLabel(m_preview, "pastedKeyIdLabel")),
      m_hmac(valueLabel(m_preview, "pastedHmacLabel")), m_emailsLabel(nullptr),
      m_emails(valueLabel(m_preview, "pastedEmailsLabel")),
      m_message(noteLabel(this, "pasteMessageLabel")),
      m_changes(noteLabel(this, "pasteChangesLabel")), m_busy(new BusyIndicator(this)),
      m_server(noteLabel(this, "pasteServerLabel")), m_reason(noteLabel(this, "pasteReasonLabel")),
      m_paste(new QPushButton(tr("&Paste from SCM"), this)),
      m_byHand(new QPushButton(tr("Enter the values by &hand"), this)),
      m_localCa(new QPushButton(tr("Try with the &local test CA"), this))
{
    setTitle(tr("Paste what SCM shows"));
    setSubTitle(tr("In SCM, open the ACME account's Details and copy the ACME URL, Key ID and "
                   "HMAC key together. A certbot, lego or acme.sh command line, or SCM's JSON, "
                   "works too."));

    m_paste->setObjectName(QStringLiteral("pasteButton"));
    m_paste->setToolTip(tr("Reads SCM's account details, a certbot, lego or acme.sh command line, "
                           "or SCM's JSON from the clipboard"));
    m_byHand->setObjectName(QStringLiteral("byHandButton"));
    m_localCa->setObjectName(QStringLiteral("localCaButton"));
    m_localCa->setToolTip(tr("A private test server on this computer that hands out EAB values "
                             "like SCM does. Its accounts and certificates are for trying only."));

    auto *form = new QFormLayout(m_preview);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_origin);
    form->addRow(tr("ACME URL:"), m_url);
    form->addRow(tr("Key ID:"), m_keyId);
    form->addRow(tr("HMAC key:"), m_hmac);
    form->addRow(tr("E-mail:"), m_emails);
    m_emailsLabel = qobject_cast<QLabel *>(form->labelForField(m_emails));
    m_area->setContent(m_preview);

    m_busy->setObjectName(QStringLiteral("pasteServerBusy"));
    for (QLabel *label : {m_message, m_changes, m_server, m_reason})
        reserveLine(label);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_paste);
    buttons->addStretch(1);
    buttons->addWidget(m_byHand);
    buttons->addWidget(m_localCa);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_area, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_changes);
    layout->addWidget(m_busy);
    layout->addWidget(m_server);
    layout->addWidget(m_reason);

    connect(m_area, &PasteArea::textPasted, this, [this](const QString &text) {
        const PastedEab values = parsePastedEab(text);
        if (values.isEmpty()) {
            m_message->setText(tr("Nothing recognised: the pasted text holds no ACME URL, Key ID "
                                  "or HMAC key. In SCM, open the ACME account's Details and copy "
                                  "them."));
            return;
        }
        m_message->clear();
        Q_EMIT pasted(values);
    });
    connect(m_paste, &QPushButton::clicked, this, [this] { pasteFromClipboard(); });
    connect(m_byHand, &QPushButton::clicked, this, &PastePage::byHandRequested);
    connect(m_localCa, &QPushButton::clicked, this, &PastePage::localTestCaRequested);
    showFound(Found{});
}

bool PastePage::isComplete() const
{
    return m_found;
}

void PastePage::pasteFromClipboard(bool quiet)
{
    const QString text = QGuiApplication::clipboard()->text();
    if (quiet && parsePastedEab(text).isEmpty())
        return;
    Q_EMIT m_area->textPasted(text);
}

void PastePage::setLocalTestCaAvailable(bool available, const QString &whyNot)
{
    m_localCa->setEnabled(available);
    if (!available)
        m_localCa->setToolTip(whyNot);
}

void PastePage::showFound(const Found &found)
{
    const bool wasFound = m_found;
    m_found = found.serverUrl.isValid() || !found.keyId.isEmpty() || found.hasHmac;
    m_complete = m_found && found.serverUrl.isValid() && found.serverError.isEmpty() &&
                 !found.keyId.isEmpty() && found.keyIdError.isEmpty() && found.hasHmac &&
                 found.hmacError.isEmpty();
    m_area->showPrompt(!m_found);

    const QString missing = tr("not found: enter it on the next page");
    m_origin->setText(tr("Found in %1:").arg(found.origin));
    m_url->setText(!found.serverUrl.isValid() ? missing
                   : found.serverError.isEmpty()
                       ? found.serverUrl.toString()
                       : found.serverUrl.toString() % QLatin1Char('\n') % found.serverError);
    m_keyId->setText(found.keyId.isEmpty()        ? missing
                     : found.keyIdError.isEmpty() ? found.keyId
                                                  : found.keyIdError);
    // The key itself never: its length says the paste was whole.
    m_hmac->setText(!found.hasHmac ? missing
                    : found.hmacError.isEmpty()
                        ? QString(12, QChar(0x2022)) % QLatin1Char(' ') %
                              tr("(%n character(s), kept hidden)", nullptr, found.hmacLength)
                        : found.hmacError);
    m_emails->setText(found.emails.join(QStringLiteral(", ")));
    m_emails->setVisible(!found.emails.isEmpty());
    if (m_emailsLabel)
        m_emailsLabel->setVisible(!found.emails.isEmpty());
    updateReason();
    if (wasFound != m_found)
        Q_EMIT completeChanged();
}

void PastePage::showChanges(const QStringList &changes)
{
    m_changes->setText(changes.join(QLatin1Char('\n')));
}

void PastePage::setServerState(bool busy, bool ready, const QString &text)
{
    if (busy)
        m_busy->start(text);
    else
        m_busy->stop();
    m_server->setText(busy || text.isEmpty() ? QString()
                      : ready                ? QStringLiteral("\u2713 ") % text
                                             : QStringLiteral("\u26a0 ") % text);
}

void PastePage::updateReason()
{
    if (!m_found)
        m_reason->setText(tr("Next is available once the values are pasted. Or enter them by "
                             "hand, or try AcmeDesk with the local test CA."));
    else if (!m_complete)
        m_reason->setText(tr("Next: fill in what is missing or wrong by hand."));
    else
        m_reason->clear();
}

} // namespace acmedesk
