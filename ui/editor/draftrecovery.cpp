#include "ui/editor/draftrecovery.h"

#include "core/model/clock.h"
#include "ui/editor/markdowneditor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace dc {

namespace {

const QString kFormat = u"doccontrol-draft"_s;
const QString kSuffix = u".draft"_s;
constexpr int kVersion = 1;

} // namespace

DraftRecovery::DraftRecovery(MarkdownEditor *editor, QObject *parent) : QObject(parent), m_editor(editor), m_clock(&Clock::system())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DraftRecovery::onTimeout);
    connect(editor, &MarkdownEditor::contentChanged, this, &DraftRecovery::schedule);
}

void DraftRecovery::setKey(const QString &key)
{
    if (key == m_key)
        return;
    if (m_pending)
        (void)flush(); // a failure was reported through failed()
    m_key = key;
    m_pending = false;
    m_timer.stop();
}

void DraftRecovery::setIntervals(int quietMs, int maxDelayMs)
{
    m_quietMs = std::max(0, quietMs);
    m_maxDelayMs = std::max(m_quietMs, maxDelayMs);
}

void DraftRecovery::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
}

void DraftRecovery::schedule()
{
    if (m_key.isEmpty())
        return;
    if (!m_pending) {
        m_pending = true;
        m_firstPending.start();
    }
    // Restart the quiet period, but never beyond the longest delay since the first change.
    const qint64 left = m_maxDelayMs - m_firstPending.elapsed();
    m_timer.start(int(std::clamp<qint64>(left, 0, m_quietMs)));
}

void DraftRecovery::onTimeout()
{
    if (m_pending)
        (void)flush();
}

Status DraftRecovery::flush()
{
    if (!m_pending || m_key.isEmpty() || !m_editor)
        return {};
    m_timer.stop();
    Status written = write();
    if (written) {
        m_pending = false;
    } else {
        Q_EMIT failed(written.message());
        m_firstPending.start(); // try again after the quiet period
        m_timer.start(m_quietMs);
    }
    return written;
}

Status DraftRecovery::write()
{
    QJsonObject images;
    const QHash<QString, QByteArray> editorImages = m_editor->images();
    for (auto it = editorImages.cbegin(); it != editorImages.cend(); ++it)
        images.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    const QDateTime now = m_clock->nowUtc();
    const QJsonObject draft{{u"format"_s, kFormat},
                            {u"version"_s, kVersion},
                            {u"key"_s, m_key},
                            {u"savedAt"_s, now.toString(Qt::ISODateWithMs)},
                            {u"markdown"_s, m_editor->markdown()},
                            {u"images"_s, images}};

    const QString path = filePath(m_key);
    if (!QDir().mkpath(directory()))
        return Error{ErrorCode::Io, tr("Cannot create the folder %1 for recovering drafts.").arg(QDir::toNativeSeparators(directory()))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(draft).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return Error{ErrorCode::Io, tr("Cannot keep a recovery copy of the draft in %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    Q_EMIT written(now);
    return {};
}

Status DraftRecovery::discardDraft()
{
    m_timer.stop();
    m_pending = false;
    return m_key.isEmpty() ? Status() : discard(m_key);
}

QString DraftRecovery::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

QString DraftRecovery::filePath(const QString &key)
{
    // Readable for ordinary keys; '.' and '~' are encoded too so no key names "..".
    QString name = QString::fromLatin1(QUrl::toPercentEncoding(key, QByteArray(), ".~"));
    if (name.size() > 180) // keep within file name limits
        name = u"key-"_s + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
    return directory() + u'/' + name + kSuffix;
}

bool DraftRecovery::hasRecovery(const QString &key)
{
    return !key.isEmpty() && QFile::exists(filePath(key));
}

namespace {

Result<RecoveredDraft> readDraft(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::NotFound, DraftRecovery::tr("There is no recovered draft in %1.").arg(QDir::toNativeSeparators(path))};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::CannotOpen,
                     DraftRecovery::tr("Cannot read the recovered draft %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject object = json.object();
    if (json.isNull() || object.value(u"format"_s).toString() != kFormat || !object.value(u"markdown"_s).isString())
        return Error{ErrorCode::Io, DraftRecovery::tr("The recovered draft %1 is damaged.").arg(QDir::toNativeSeparators(path))};
    if (object.value(u"version"_s).toInt() > kVersion)
        return Error{ErrorCode::Io, DraftRecovery::tr("The recovered draft %1 was written by a newer DocControl.").arg(QDir::toNativeSeparators(path))};
    RecoveredDraft draft;
    draft.key = object.value(u"key"_s).toString();
    draft.markdown = object.value(u"markdown"_s).toString();
    draft.savedAt = QDateTime::fromString(object.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
    const QJsonObject images = object.value(u"images"_s).toObject();
    for (auto it = images.constBegin(); it != images.constEnd(); ++it)
        draft.images.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return draft;
}

} // namespace

Result<RecoveredDraft> DraftRecovery::recover(const QString &key)
{
    if (key.isEmpty() || !hasRecovery(key))
        return Error{ErrorCode::NotFound, tr("There is no recovered draft of %1.").arg(key)};
    return readDraft(filePath(key));
}

Status DraftRecovery::discard(const QString &key)
{
    const QString path = filePath(key);
    if (QFile::exists(path) && !QFile::remove(path))
        return Error{ErrorCode::Io, tr("Cannot remove the recovered draft %1.").arg(QDir::toNativeSeparators(path))};
    return {};
}

QStringList DraftRecovery::keys()
{
    QStringList keys;
    const QDir dir(directory());
    for (const QString &name : dir.entryList({u"*"_s + kSuffix}, QDir::Files, QDir::Name)) {
        if (auto draft = readDraft(dir.filePath(name)); draft && !draft->key.isEmpty())
            keys << draft->key;
    }
    return keys;
}

} // namespace dc
