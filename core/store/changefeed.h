#pragma once

#include "core/store/storelocation.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

namespace dc {

// Tells a desk, within a moment, that another desk wrote to the shared PostgreSQL store: it
// LISTENs on a connection of its own (the store's connection may sit in a long read) for the
// notification every write sends with its commit (AuditLog::append: the new event's sequence
// number, never a title). A lost connection is made again and subscribed again every few
// seconds; `changed` is emitted after a reconnect too, for what was missed meanwhile.
class ChangeFeed final : public QObject {
    Q_OBJECT
public:
    // The channel writers notify on commit.
    static QString channel();

    // Starts listening for the store at `location` (a postgresql:// URL); does nothing for a file.
    explicit ChangeFeed(const QString &location, QObject *parent = nullptr);
    ~ChangeFeed() override;
    Q_DISABLE_COPY_MOVE(ChangeFeed)

    // True while the dedicated connection is open and subscribed.
    bool isListening() const;

Q_SIGNALS:
    void changed();

private:
    void connectAndListen();
    void checkConnection();
    void close();

    StoreLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer m_watchdog;
    bool m_listening = false;
};

} // namespace dc
