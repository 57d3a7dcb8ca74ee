// Step 2: which ACME server. The directory is read live whenever the choice settles, so the
// administrator sees at once whether the URL works, whether EAB is required and the terms.
#pragma once

#include "core/localca/LocalTestCa.h"
#include "ui/wizard/WizardValues.h"

#include <QPointer>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QWidget;

namespace acmedesk {

class AcmeClient;
class BusyIndicator;
class ErrorPanel;
struct Error;
struct ServerOptions;

class EndpointPage : public QWizardPage
{
    Q_OBJECT
public:
    // `localTestCa` may be null (then the local route is unavailable); it is not owned and must
    // outlive the page. It is started on demand unless it already runs.
    explicit EndpointPage(LocalTestCa *localTestCa, QWidget *parent = nullptr);
    ~EndpointPage() override;

    bool isComplete() const override;
    EndpointValues values() const;

    void selectLocalTestCa();
    // A preset if one matches, else "Custom URL" with `url` filled in.
    void selectDirectoryUrl(const QUrl &url);
    bool isChecking() const;
    // The directory URL of the current choice (a preset's, the custom one typed, or the running
    // local test CA's), checked or not; empty when nothing is chosen.
    QUrl chosenUrl() const;
    // The message shown while checking or after a failure, for the pages after this one.
    QString statusText() const;

    static constexpr int DebounceMs = 400;
    // Item data of the presetList entries: a presetids:: value.
    static constexpr int PresetIdRole = Qt::UserRole + 1;

Q_SIGNALS:
    // The local test CA answered: its values, as SCM would show them, for the EAB page.
    void localTestCaValues(const QUrl &directoryUrl, const QString &keyId, const QString &hmacKey);
    void checkStateChanged(); // started, answered or failed

private:
    QString currentId() const;
    void onChoiceChanged();
    void check();
    void checkLocalTestCa();
    void fetch(const ServerOptions &options, bool local);
    void showDirectory(const Directory &directory, bool local);
    void showError(const Error &error);
    void resetResult();

    LocalTestCa *m_localCa;
    QListWidget *m_list;
    QLineEdit *m_customUrl;
    QLabel *m_note;
    QLabel *m_localCaUnavailable;
    BusyIndicator *m_busy;
    ErrorPanel *m_error;
    QWidget *m_info;
    QLabel *m_tos;
    QLabel *m_eab;
    QLabel *m_website;
    QLabel *m_localValues;
    QTimer m_debounce;
    QPointer<AcmeClient> m_client;
    quint64 m_generation = 0;
    bool m_startingLocalCa = false;
    std::optional<Directory> m_directory;
    QUrl m_checkedUrl;
    bool m_checkedLocal = false;
    QByteArray m_caBundle;
};

} // namespace acmedesk
