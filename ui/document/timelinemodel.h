#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

#include <utility>

namespace dc {

struct DocumentState;
struct Event;

// What happened to a document, in time order: its audit events (registered, edited,
// submitted, rejected with the comment, released, superseded, withdrawn …) and signatures
// with the signer's display name, the meaning in both languages and a short fingerprint.
// Readers, who see no audit events, get the signatures alone.
class TimelineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, WhoColumn, WhatColumn, RevisionColumn, FingerprintColumn, DetailColumn, ColumnCount };
    enum class Kind { Event, Signature, Rejection };
    static constexpr int KindRole = Qt::UserRole + 1; // Kind as int

    struct Entry {
        QDateTime at; // UTC
        QString who;   // display name
        QString login; // user name
        QString what;
        QString revision;
        QString detail;
        QString fingerprint;
        Kind kind = Kind::Event;
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void setState(const DocumentState &state);
    // An audit event in words for people and the detail worth showing ("Released", "effective
    // 2026-12-01"); names of people through `state` (an empty state: user names). The one
    // mapping of event codes to words, shared by the document timeline and the audit log.
    static std::pair<QString, QString> describeEvent(const Event &event, const DocumentState &state);
    void clear();
    const QList<Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

} // namespace dc
