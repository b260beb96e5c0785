#include "core/store/changefeed.h"

#include "core/store/storelog.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace dc {

namespace {

// How often a lost connection is tried again.
constexpr int kReconnectMs = 3000;

} // namespace

QString ChangeFeed::channel() { return QStringLiteral("doccontrol_changed"); }

ChangeFeed::ChangeFeed(const QString &location, QObject *parent)
    : QObject(parent), m_connectionName(QStringLiteral("doccontrol-feed-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    auto parsed = StoreLocation::parse(location);
    if (!parsed || !parsed->isPostgres())
        return;
    m_location = parsed.value();
    m_watchdog.setInterval(kReconnectMs);
    connect(&m_watchdog, &QTimer::timeout, this, &ChangeFeed::checkConnection);
    m_watchdog.start();
    connectAndListen();
}

ChangeFeed::~ChangeFeed() { close(); }

bool ChangeFeed::isListening() const { return m_listening; }

void ChangeFeed::close()
{
    m_listening = false;
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void ChangeFeed::connectAndListen()
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(m_location.host);
    if (m_location.port > 0)
        m_db.setPort(m_location.port);
    m_db.setUserName(m_location.user);
    m_db.setDatabaseName(m_location.database);
    if (const QString typed = m_location.password(); !typed.isEmpty())
        m_db.setPassword(typed);
    m_db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=doccontrol-feed"));
    if (!m_db.open()) {
        qCDebug(lcStore).noquote() << "change feed: cannot connect to" << m_location.display() << ":" << m_db.lastError().text();
        return;
    }
    QSqlDriver *driver = m_db.driver();
    if (!driver->subscribeToNotification(channel())) {
        qCWarning(lcStore).noquote() << "change feed: cannot listen on" << m_location.display() << ":" << driver->lastError().text();
        return;
    }
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) {
        if (name == channel())
            Q_EMIT changed();
    });
    m_listening = true;
    qCDebug(lcStore).noquote() << "change feed: listening on" << m_location.display();
}

void ChangeFeed::checkConnection()
{
    if (m_listening) {
        // A cheap round trip finds a connection the server or the network dropped.
        QSqlQuery ping(m_db);
        if (ping.exec(QStringLiteral("SELECT 1")))
            return;
        qCInfo(lcStore).noquote() << "change feed: lost the connection to" << m_location.display() << "; reconnecting";
    }
    connectAndListen();
    if (m_listening)
        Q_EMIT changed(); // whatever was written while nobody listened
}

} // namespace dc
