// The translations users see: every zh_CN message is translated, no translation loses or
// invents a placeholder or an accelerator, every English plural message has its singular and
// plural, and the compiled catalogues (.qm, built by qt_add_translations) answer with those
// translations. The checker itself is tested first on catalogues written by the test.
//
// DC_TS_ZH_CN, DC_TS_EN (the .ts in the source tree) and DC_QM_DIR (where lrelease writes the
// .qm) come from tests/i18n/CMakeLists.txt.

#include "tscatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <utility>

using namespace dc;
using namespace dc::i18n;
using namespace Qt::StringLiterals;

namespace {

const QString zhCatalogue = QStringLiteral(DC_TS_ZH_CN);
const QString enCatalogue = QStringLiteral(DC_TS_EN);
const QString qmDir = QStringLiteral(DC_QM_DIR);

// The problems, one per line, as the failure message.
QByteArray listing(const QString &what, const QStringList &problems)
{
    return (u"%1 (%2):\n"_s.arg(what).arg(problems.size()) + problems.join(u'\n')).toUtf8();
}

// A catalogue of one context holding the given <message> elements.
QString writeCatalogue(const QTemporaryDir &dir, const QString &language, const QString &messages)
{
    const QString path = dir.filePath(u"test_%1.ts"_s.arg(language));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write((u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"%1\">\n"
                "<context>\n    <name>dc::Sample</name>\n%2</context>\n</TS>\n"_s)
                   .arg(language, messages)
                   .toUtf8());
    return path;
}

QString message(const QString &source, const QString &translation)
{
    return u"    <message>\n        <source>%1</source>\n        %2\n    </message>\n"_s.arg(source, translation);
}

QString numerus(const QString &source, const QString &translation)
{
    return u"    <message numerus=\"yes\">\n        <source>%1</source>\n        %2\n    </message>\n"_s.arg(source, translation);
}

Result<TsCatalogue> load(const QString &path)
{
    auto catalogue = readCatalogue(path);
    if (catalogue && catalogue->messages.isEmpty())
        return Error{ErrorCode::InvalidInput, u"%1 holds no messages."_s.arg(path)};
    return catalogue;
}

} // namespace

class TstTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkerFindsProblems_data();
    void checkerFindsProblems();
    void checkerRefusesBrokenFiles();

    void zhCatalogueIsComplete();
    void placeholdersMatch_data();
    void placeholdersMatch();
    void acceleratorsMatch_data();
    void acceleratorsMatch();
    void pluralFormsComplete_data();
    void pluralFormsComplete();

    void compiledZhCatalogueAnswers();
    void compiledEnCatalogueHasPlurals_data();
    void compiledEnCatalogueHasPlurals();
};

void TstTranslations::checkerFindsProblems_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("messages");
    QTest::addColumn<int>("formsNeeded");
    QTest::addColumn<int>("unfinished");
    QTest::addColumn<int>("placeholderProblems");
    QTest::addColumn<int>("acceleratorProblems");
    QTest::addColumn<int>("pluralProblems");

    QTest::newRow("finished") << u"zh_CN"_s << message(u"Cannot read %1: %2"_s, u"<translation>无法读取 %1：%2</translation>"_s) << 1 << 0 << 0 << 0 << 0;
    QTest::newRow("placeholders reordered") << u"zh_CN"_s << message(u"%1 has no revision %2."_s, u"<translation>%2 不属于 %1。</translation>"_s) << 1 << 0 << 0 << 0 << 0;
    QTest::newRow("unfinished") << u"zh_CN"_s << message(u"Draft"_s, u"<translation type=\"unfinished\">草稿</translation>"_s) << 1 << 1 << 0 << 0 << 0;
    QTest::newRow("unfinished and empty") << u"zh_CN"_s << message(u"Draft"_s, u"<translation type=\"unfinished\"></translation>"_s) << 1 << 1 << 0 << 0 << 0;
    QTest::newRow("empty") << u"zh_CN"_s << message(u"Draft"_s, u"<translation></translation>"_s) << 1 << 1 << 0 << 0 << 0;
    QTest::newRow("blank") << u"zh_CN"_s << message(u"Draft"_s, u"<translation>  </translation>"_s) << 1 << 1 << 0 << 0 << 0;
    QTest::newRow("vanished ignored") << u"zh_CN"_s << message(u"Gone %1"_s, u"<translation type=\"vanished\"></translation>"_s) << 1 << 0 << 0 << 0 << 0;
    QTest::newRow("obsolete ignored") << u"zh_CN"_s << message(u"&amp;Gone %1"_s, u"<translation type=\"obsolete\">走了</translation>"_s) << 1 << 0 << 0 << 0 << 0;
    QTest::newRow("placeholder dropped") << u"zh_CN"_s << message(u"%1 of %2"_s, u"<translation>%1</translation>"_s) << 1 << 0 << 1 << 0 << 0;
    QTest::newRow("placeholder renumbered") << u"zh_CN"_s << message(u"Signed: %1"_s, u"<translation>签署：%2</translation>"_s) << 1 << 0 << 1 << 0 << 0;
    QTest::newRow("placeholder invented") << u"zh_CN"_s << message(u"Settings saved."_s, u"<translation>设置 %1 已保存。</translation>"_s) << 1 << 0 << 1 << 0 << 0;
    QTest::newRow("localized placeholder lost") << u"zh_CN"_s << message(u"%L1 bytes"_s, u"<translation>%1 字节</translation>"_s) << 1 << 0 << 1 << 0 << 0;
    QTest::newRow("accelerator kept") << u"zh_CN"_s << message(u"&amp;Open Store…"_s, u"<translation>打开文档库(&amp;O)…</translation>"_s) << 1 << 0 << 0 << 0 << 0;
    QTest::newRow("accelerator lost") << u"zh_CN"_s << message(u"&amp;Open Store…"_s, u"<translation>打开文档库…</translation>"_s) << 1 << 0 << 0 << 1 << 0;
    QTest::newRow("accelerator invented") << u"zh_CN"_s << message(u"Open Store"_s, u"<translation>打开文档库(&amp;O)</translation>"_s) << 1 << 0 << 0 << 1 << 0;
    QTest::newRow("literal ampersand") << u"zh_CN"_s << message(u"Save &amp;&amp; Close"_s, u"<translation>保存并关闭</translation>"_s) << 1 << 0 << 0 << 0 << 0;
    QTest::newRow("zh numerus") << u"zh_CN"_s << numerus(u"%n document(s)"_s, u"<translation><numerusform>共 %n 份文件</numerusform></translation>"_s) << 1 << 0 << 0 << 0 << 0;
    QTest::newRow("zh numerus without %n") << u"zh_CN"_s << numerus(u"%n document(s)"_s, u"<translation><numerusform>多份文件</numerusform></translation>"_s) << 1 << 0 << 1 << 0 << 0;
    QTest::newRow("zh numerus empty form") << u"zh_CN"_s << numerus(u"%n document(s)"_s, u"<translation><numerusform></numerusform></translation>"_s) << 1 << 1 << 0 << 0 << 1;
    QTest::newRow("en plural") << u"en"_s << numerus(u"%n line(s) added"_s, u"<translation><numerusform>%n line added</numerusform><numerusform>%n lines added</numerusform></translation>"_s) << 2 << 0 << 0 << 0 << 0;
    QTest::newRow("en plural form missing") << u"en"_s << numerus(u"%n line(s) added"_s, u"<translation><numerusform>%n line added</numerusform></translation>"_s) << 2 << 0 << 0 << 0 << 1;
    QTest::newRow("en plural form empty") << u"en"_s << numerus(u"%n line(s) added"_s, u"<translation><numerusform>%n line added</numerusform><numerusform></numerusform></translation>"_s) << 2 << 1 << 0 << 0 << 1;
    QTest::newRow("en plural unfinished") << u"en"_s << numerus(u"%n line(s) added"_s, u"<translation type=\"unfinished\"><numerusform></numerusform><numerusform></numerusform></translation>"_s) << 2 << 1 << 0 << 0 << 1;
    QTest::newRow("en plural vanished") << u"en"_s << numerus(u"%n line(s) added"_s, u"<translation type=\"vanished\"><numerusform></numerusform></translation>"_s) << 2 << 0 << 0 << 0 << 0;
}

void TstTranslations::checkerFindsProblems()
{
    QFETCH(QString, language);
    QFETCH(QString, messages);
    QFETCH(int, formsNeeded);
    QFETCH(int, unfinished);
    QFETCH(int, placeholderProblems);
    QFETCH(int, acceleratorProblems);
    QFETCH(int, pluralProblems);

    const QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeCatalogue(dir, language, messages);
    QVERIFY(!path.isEmpty());
    auto catalogue = readCatalogue(path);
    QVERIFY2(catalogue, qPrintable(catalogue.message()));
    QCOMPARE(catalogue->language, language);
    QCOMPARE(catalogue->messages.size(), 1);

    const QStringList found[] = {unfinishedMessages(*catalogue), placeholderMismatches(*catalogue), acceleratorMismatches(*catalogue),
                                 missingPluralForms(*catalogue, formsNeeded)};
    QCOMPARE(found[0].size(), unfinished);
    QCOMPARE(found[1].size(), placeholderProblems);
    QCOMPARE(found[2].size(), acceleratorProblems);
    QCOMPARE(found[3].size(), pluralProblems);
    // Each report names the file, the line, the context and the source.
    const TsMessage &m = catalogue->messages.constFirst();
    for (const QStringList &problems : found) {
        for (const QString &problem : problems) {
            QVERIFY2(problem.startsWith(u"test_%1.ts:%2: "_s.arg(language).arg(m.line)), qPrintable(problem));
            QVERIFY2(problem.contains(u"dc::Sample | "_s + m.source), qPrintable(problem));
        }
    }
}

void TstTranslations::checkerRefusesBrokenFiles()
{
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());

    auto missing = readCatalogue(dir.filePath(u"absent.ts"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.code(), ErrorCode::CannotOpen);

    const QString broken = writeCatalogue(dir, u"zh_CN"_s, message(u"Draft"_s, u"<translation>草稿</translation"_s));
    auto malformed = readCatalogue(broken);
    QVERIFY(!malformed);
    QCOMPARE(malformed.code(), ErrorCode::InvalidInput);
    QVERIFY2(malformed.message().contains(broken), qPrintable(malformed.message()));

    QFile other(dir.filePath(u"other.xml"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("<?xml version=\"1.0\"?>\n<html><body/></html>\n");
    other.close();
    auto notTs = readCatalogue(other.fileName());
    QVERIFY(!notTs);
    QCOMPARE(notTs.code(), ErrorCode::InvalidInput);
}

void TstTranslations::zhCatalogueIsComplete()
{
    auto catalogue = load(zhCatalogue);
    QVERIFY2(catalogue, qPrintable(catalogue.message()));
    QCOMPARE(catalogue->language, u"zh_CN"_s);
    const QStringList problems = unfinishedMessages(*catalogue);
    if (!problems.isEmpty())
        QFAIL(listing(u"Untranslated zh_CN messages — translate them in translations/doccontrol_zh_CN.ts"_s, problems).constData());
}

void TstTranslations::placeholdersMatch_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("zh_CN") << zhCatalogue;
    QTest::newRow("en") << enCatalogue;
}

void TstTranslations::placeholdersMatch()
{
    QFETCH(QString, path);
    auto catalogue = load(path);
    QVERIFY2(catalogue, qPrintable(catalogue.message()));
    const QStringList problems = placeholderMismatches(*catalogue);
    if (!problems.isEmpty())
        QFAIL(listing(u"Translations whose placeholders differ from the source"_s, problems).constData());
}

void TstTranslations::acceleratorsMatch_data()
{
    placeholdersMatch_data();
}

void TstTranslations::acceleratorsMatch()
{
    QFETCH(QString, path);
    auto catalogue = load(path);
    QVERIFY2(catalogue, qPrintable(catalogue.message()));
    const QStringList problems = acceleratorMismatches(*catalogue);
    if (!problems.isEmpty())
        QFAIL(listing(u"Translations whose keyboard accelerator differs from the source"_s, problems).constData());
}

void TstTranslations::pluralFormsComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("formsNeeded");
    QTest::newRow("zh_CN: one form") << zhCatalogue << 1;
    QTest::newRow("en: singular and plural") << enCatalogue << 2;
}

void TstTranslations::pluralFormsComplete()
{
    QFETCH(QString, path);
    QFETCH(int, formsNeeded);
    auto catalogue = load(path);
    QVERIFY2(catalogue, qPrintable(catalogue.message()));
    const auto numerusCount = std::count_if(catalogue->messages.cbegin(), catalogue->messages.cend(),
                                            [](const TsMessage &m) { return m.numerus && !m.retired(); });
    QVERIFY2(numerusCount > 0, "the catalogue has no plural (%n) messages; was it parsed?");
    const QStringList problems = missingPluralForms(*catalogue, formsNeeded);
    if (!problems.isEmpty())
        QFAIL(listing(u"Plural messages without all their forms"_s, problems).constData());
}

void TstTranslations::compiledZhCatalogueAnswers()
{
    const QString qm = qmDir + u"/doccontrol_zh_CN.qm"_s;
    QTranslator translator;
    QVERIFY2(translator.load(qm), qPrintable(u"Cannot load %1 (built by the target doccontrol_lrelease)."_s.arg(qm)));
    QCOMPARE(translator.language(), u"zh_CN"_s);

    auto catalogue = load(zhCatalogue);
    QVERIFY2(catalogue, qPrintable(catalogue.message()));
    // Every finished message answers with its translation: the .qm is built from this .ts.
    QStringList stale;
    int checked = 0;
    for (const TsMessage &m : std::as_const(catalogue->messages)) {
        if (!m.type.isEmpty() || m.forms.isEmpty())
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString got = translator.translate(context.constData(), source.constData(), m.comment.isEmpty() ? nullptr : comment.constData(),
                                                 m.numerus ? 1 : -1);
        ++checked;
        if (got != m.forms.constFirst())
            stale << u"%1 | %2: \"%3\" instead of \"%4\""_s.arg(m.context, m.source, got, m.forms.constFirst());
    }
    QVERIFY(checked > 0);
    if (!stale.isEmpty())
        QFAIL(listing(u"The compiled zh_CN catalogue does not answer with the .ts translation (rebuild doccontrol_lrelease)"_s, stale).constData());
}

void TstTranslations::compiledEnCatalogueHasPlurals_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("form");
    QTest::newRow("1: singular") << 1 << 0;
    QTest::newRow("2: plural") << 2 << 1;
    QTest::newRow("0: plural") << 0 << 1;
}

void TstTranslations::compiledEnCatalogueHasPlurals()
{
    QFETCH(int, count);
    QFETCH(int, form);
    const QString qm = qmDir + u"/doccontrol_en.qm"_s;
    QTranslator translator;
    QVERIFY2(translator.load(qm), qPrintable(u"Cannot load %1 (built by the target doccontrol_lrelease)."_s.arg(qm)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto catalogue = load(enCatalogue);
    QVERIFY2(catalogue, qPrintable(catalogue.message()));

    // What the user reads: QCoreApplication::translate picks the English form and fills in %n.
    QStringList wrong;
    int checked = 0;
    for (const TsMessage &m : std::as_const(catalogue->messages)) {
        if (!m.numerus || !m.type.isEmpty() || m.forms.size() <= form)
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        QString expected = m.forms.at(form);
        expected.replace(u"%n"_s, QString::number(count));
        const QString got = QCoreApplication::translate(context.constData(), source.constData(), nullptr, count);
        ++checked;
        if (got != expected)
            wrong << u"%1 | %2: \"%3\" instead of \"%4\""_s.arg(m.context, m.source, got, expected);
    }
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(checked > 0);
    if (!wrong.isEmpty())
        QFAIL(listing(u"English plurals from the compiled catalogue"_s, wrong).constData());
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
