// A byte buffer for secrets: wiped with OPENSSL_cleanse when it goes away.
#pragma once

#include <QByteArray>

namespace acmedesk {

void secureWipe(QByteArray &bytes);

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArray bytes) : m_bytes(std::move(bytes)) { m_bytes.detach(); }
    SecureBytes(const SecureBytes &) = default;
    SecureBytes &operator=(const SecureBytes &) = default;
    SecureBytes(SecureBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}
    SecureBytes &operator=(SecureBytes &&other) noexcept
    {
        if (this != &other) {
            clear();
            m_bytes = std::move(other.m_bytes);
        }
        return *this;
    }
    ~SecureBytes() { clear(); }

    void clear()
    {
        // Only wipe storage we own alone: a shared copy stays valid for its other owner.
        if (m_bytes.isDetached())
            secureWipe(m_bytes);
        m_bytes.clear();
    }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    const QByteArray &bytes() const { return m_bytes; }
    bool operator==(const SecureBytes &o) const { return m_bytes == o.m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace acmedesk
