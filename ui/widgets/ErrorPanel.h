// An inline error: one sentence to act on, and "Copy details" for the technical detail.
#pragma once

#include "core/util/Result.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace acmedesk {

class ErrorPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    void showError(const Error &error);
    void showMessage(const QString &message, const QString &detail = {});
    void clear(); // hides the panel and forgets the texts

    QString message() const;

private:
    QLabel *m_icon;
    QLabel *m_message;
    QPushButton *m_copy;
    QString m_detail;
};

} // namespace acmedesk
