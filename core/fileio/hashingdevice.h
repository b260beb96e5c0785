#pragma once

#include <QCryptographicHash>
#include <QIODevice>

namespace dc {

// A write-only device that hashes (SHA-256) what is written to it and, when given a device,
// passes it on: an archive entry is checked, or checked and saved, in one pass of chunks.
class HashingDevice final : public QIODevice {
public:
    explicit HashingDevice(QIODevice *forward = nullptr) : m_forward(forward) { open(QIODevice::WriteOnly); }
    // Lower-case hex of everything written so far.
    QString hex() const { return QString::fromLatin1(m_hash.result().toHex()); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_forward && m_forward->write(data, size) != size) {
            setErrorString(m_forward->errorString());
            return -1;
        }
        m_hash.addData(QByteArrayView(data, size));
        return size;
    }

private:
    QIODevice *m_forward;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace dc
