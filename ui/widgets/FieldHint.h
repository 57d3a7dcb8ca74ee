// A short line under a form field: an error (blocks Next) or a warning (fine, but check). Two lines
// are reserved while empty, so nothing jumps when it appears.
#pragma once

#include <QWidget>

class QLabel;

namespace acmedesk {

class FieldHint : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Info };
    explicit FieldHint(QWidget *parent = nullptr);

    void setHint(Kind kind, const QString &text);
    void clear();
    QString text() const;
    // Keeps one line's height when there is no hint, so the fields below never jump.
    void reserveSpace();

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace acmedesk
