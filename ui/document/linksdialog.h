#pragma once

#include "core/model/documentlink.h"
#include "core/model/user.h"
#include "ui/workflow/actiondialog.h"

#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace dc {

class Session;

// Links… on the Details tab: the documents of the register, searched by number or title, with a
// check box per document; the checked ones are those this document cites by hand. Those its text
// names are listed below (they follow the text). OK sends what was added and removed
// (LinkService::changeLinks: one audited change). Object names: linksDialog, linksSearch,
// linksList, linksChecked, linksInText.
class LinksDialog final : public ActionDialog {
    Q_OBJECT
public:
    LinksDialog(Session &session, const User &actor, const DocumentLinks &links, QWidget *parent = nullptr);

    // The documents checked now, sorted.
    QStringList checked() const;
    QStringList added() const;
    QStringList removed() const;

protected:
    QString validate() const override;

private:
    void fillList();
    void itemChanged(QListWidgetItem *item);
    void showChecked();

    Session &m_session;
    User m_actor;
    QString m_number;
    QStringList m_manual;  // linked by hand when the dialog opened
    QStringList m_checked;
    QList<std::pair<QString, QString>> m_documents; // number, title
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_checkedLabel = nullptr;
    bool m_filling = false;
};

} // namespace dc
