#include "core/render/renderinput.h"

#include <array>
#include <utility>

namespace dc::render {

namespace {

constexpr std::array<std::pair<StampKind, const char *>, 4> kStampKeys{{
    {StampKind::Controlled, "controlled"},
    {StampKind::Uncontrolled, "uncontrolled"},
    {StampKind::Draft, "draft"},
    {StampKind::Obsolete, "obsolete"},
}};

PdfIdentity identityFrom(const PageHeader &header, const Stamp &stamp, const QString &sha256, qint64 chainSeq, const QString &chainHead)
{
    PdfIdentity identity;
    identity.number = header.number;
    identity.revisionLabel = header.revisionLabel;
    identity.copyNumber = stamp.kind == StampKind::Controlled ? stamp.copyNumber : 0;
    identity.contentSha256 = sha256.toLower();
    identity.stamp = stamp.kind;
    identity.chainSeq = chainSeq;
    identity.chainHead = chainHead;
    return identity;
}

} // namespace

QString stampKindKey(StampKind kind)
{
    for (const auto &[value, key] : kStampKeys) {
        if (value == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<StampKind> stampKindFromKey(const QString &key)
{
    for (const auto &[value, k] : kStampKeys) {
        if (key == QLatin1String(k))
            return value;
    }
    return std::nullopt;
}

QString labelText(LabelLanguage language, const QString &zh, const QString &en)
{
    return language == LabelLanguage::Chinese ? zh : zh + QLatin1Char(' ') + en;
}

QString stampText(const Stamp &stamp)
{
    if (stamp.language == LabelLanguage::Chinese) {
        switch (stamp.kind) {
        case StampKind::Controlled:
            return QStringLiteral("受控文件 第 %1 号 — 持有人：%2").arg(stamp.copyNumber, 3, 10, QLatin1Char('0')).arg(stamp.holder);
        case StampKind::Uncontrolled: {
            const QDate printed = stamp.printDate.isValid() ? stamp.printDate : QDate::currentDate();
            return QStringLiteral("非受控文件 — 打印于 %1，仅当日有效").arg(printed.toString(Qt::ISODate));
        }
        case StampKind::Draft:
            return QStringLiteral("草稿 — 不得使用");
        case StampKind::Obsolete:
            return stamp.withdrawnOn.isValid() ? QStringLiteral("作废 %1").arg(stamp.withdrawnOn.toString(Qt::ISODate)) : QStringLiteral("作废");
        }
    }
    switch (stamp.kind) {
    case StampKind::Controlled:
        return QStringLiteral("受控文件 CONTROLLED COPY No. %1 — 持有人 Holder: %2")
            .arg(stamp.copyNumber, 3, 10, QLatin1Char('0'))
            .arg(stamp.holder);
    case StampKind::Uncontrolled: {
        const QDate printed = stamp.printDate.isValid() ? stamp.printDate : QDate::currentDate();
        return QStringLiteral("非受控 UNCONTROLLED COPY — 打印于 printed %1，仅当日有效 valid on that day only").arg(printed.toString(Qt::ISODate));
    }
    case StampKind::Draft:
        return QStringLiteral("草稿 DRAFT — not for use");
    case StampKind::Obsolete:
        return stamp.withdrawnOn.isValid() ? QStringLiteral("作废 OBSOLETE %1").arg(stamp.withdrawnOn.toString(Qt::ISODate)) : QStringLiteral("作废 OBSOLETE");
    }
    return {};
}

QString chainHeadText(const ReleaseAnchor &anchor)
{
    const QString head = anchor.head.toLower();
    const QString shortHead = head.size() > 16 ? head.left(8) + QStringLiteral("…") + head.right(8) : head;
    return QStringLiteral("链头 Chain head: #%1 %2").arg(anchor.seq).arg(shortHead);
}

PdfIdentity identityOf(const DocumentRender &input)
{
    return identityFrom(input.header, input.stamp, input.contentSha256, input.chainSeq, input.chainHead);
}

PdfIdentity identityOf(const ManualRender &input)
{
    return identityFrom(input.header, input.stamp, input.contentSha256, input.chainSeq, input.chainHead);
}

PdfIdentity identityOf(const TableRender &input)
{
    return identityFrom(input.header, input.stamp, input.contentSha256, input.chainSeq, input.chainHead);
}

} // namespace dc::render
