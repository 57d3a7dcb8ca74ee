// Issuance step 4: how the CA checks that the names are yours (the validation route), with an
// explanation of each route and what it means for every name.
#pragma once

#include "ui/issue/IssueValues.h"

#include <QWizardPage>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace acmedesk {

class FieldHint;

class IssueRoutePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IssueRoutePage(std::function<IdentifierValues()> names, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    RouteValues values() const;

    static QString routeLabel(const QString &route); // for the summary
    // "name: how the CA checks it", one line per name, for `route`.
    static QStringList planLines(const QStringList &aceNames, const RouteValues &route);

private:
    QString currentRoute() const;
    void onRouteChanged();
    void validate();
    void updatePlan();
    void browseWebroot();

    std::function<IdentifierValues()> m_names;
    QComboBox *m_route;
    QLabel *m_explanation;
    QStackedWidget *m_fields;
    QLineEdit *m_address;
    QSpinBox *m_port;
    FieldHint *m_addressHint;
    QLineEdit *m_webroot;
    QPushButton *m_browse;
    FieldHint *m_webrootHint;
    QLineEdit *m_hook;
    FieldHint *m_hookHint;
    QLabel *m_plan;
    bool m_valid = false;
};

} // namespace acmedesk
