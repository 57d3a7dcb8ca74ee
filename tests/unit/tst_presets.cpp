// Endpoint presets (FACTS.md section 2) and SCM login URLs.
#include "core/scm/Presets.h"

#include <QSet>
#include <QTest>

using namespace acmedesk;

class TestPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsAndUrls_data();
    void idsAndUrls();
    void listIsCompleteAndOrdered();
    void storedIdsNeverChange();
    void findUnknown();
    void presetIdForUrl_data();
    void presetIdForUrl();
    void instances();
    void loginUrl_data();
    void loginUrl();
    void loginUrlInvalid_data();
    void loginUrlInvalid();
};

void TestPresets::idsAndUrls_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("sectigo");
    QTest::newRow("sectigo-dv") << QString(presetids::SectigoDv)
                                << QStringLiteral("https://acme.sectigo.com/v2/DV") << true;
    QTest::newRow("sectigo-ov") << QString(presetids::SectigoOv)
                                << QStringLiteral("https://acme.sectigo.com/v2/OV") << true;
    QTest::newRow("sectigo-ev") << QString(presetids::SectigoEv)
                                << QStringLiteral("https://acme.sectigo.com/v2/EV") << true;
    QTest::newRow("incommon-ov") << QString(presetids::InCommonOv)
                                 << QStringLiteral("https://acme.sectigo.com/v2/InCommonRSAOV")
                                 << true;
    QTest::newRow("sectigo-enterprise")
        << QString(presetids::SectigoEnterprise)
        << QStringLiteral("https://acme.enterprise.sectigo.com") << true;
    QTest::newRow("zerossl") << QString(presetids::ZeroSsl)
                             << QStringLiteral("https://acme.zerossl.com/v2/DV90") << false;
    QTest::newRow("google") << QString(presetids::Google)
                            << QStringLiteral("https://dv.acme-v02.api.pki.goog/directory")
                            << false;
    QTest::newRow("sslcom") << QString(presetids::SslCom)
                            << QStringLiteral("https://acme.ssl.com/sslcom-dv-rsa") << false;
}

void TestPresets::idsAndUrls()
{
    QFETCH(QString, id);
    QFETCH(QString, url);
    QFETCH(bool, sectigo);

    const EndpointPreset *p = findPreset(id);
    QVERIFY(p);
    QCOMPARE(p->id, id);
    QCOMPARE(p->directoryUrl.toString(), url);
    QVERIFY(p->directoryUrl.isValid());
    QCOMPARE(p->sectigo, sectigo);
    QVERIFY(!p->label.trimmed().isEmpty());
    QVERIFY(!p->note.trimmed().isEmpty());
    // Stable pointers.
    QCOMPARE(findPreset(id), p);

    QCOMPARE(acmedesk::presetIdForUrl(QUrl(url)), id);

    const QList<EndpointPreset> all = endpointPresets();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const EndpointPreset &e) { return e.id == id; });
    QVERIFY(it != all.end());
    QCOMPARE(it->directoryUrl, p->directoryUrl);
    QCOMPARE(it->label, p->label);
}

void TestPresets::listIsCompleteAndOrdered()
{
    const QList<EndpointPreset> all = endpointPresets();
    QCOMPARE(all.size(), 8);
    QSet<QString> ids, urls, labels;
    for (const EndpointPreset &p : all) {
        ids.insert(p.id);
        urls.insert(p.directoryUrl.toString());
        labels.insert(p.label);
        QCOMPARE(p.directoryUrl.scheme(), QStringLiteral("https"));
    }
    QCOMPARE(ids.size(), all.size());
    QCOMPARE(urls.size(), all.size());
    QCOMPARE(labels.size(), all.size());
    QCOMPARE(all.first().id, QString(presetids::SectigoDv));
    QVERIFY(!ids.contains(QString(presetids::Custom)));
}

// Ids are stored with accounts: a changed spelling would orphan every stored account's preset.
void TestPresets::storedIdsNeverChange()
{
    QCOMPARE(QString(presetids::SectigoDv), QStringLiteral("sectigo-dv"));
    QCOMPARE(QString(presetids::SectigoOv), QStringLiteral("sectigo-ov"));
    QCOMPARE(QString(presetids::SectigoEv), QStringLiteral("sectigo-ev"));
    QCOMPARE(QString(presetids::InCommonOv), QStringLiteral("incommon-ov"));
    QCOMPARE(QString(presetids::SectigoEnterprise), QStringLiteral("sectigo-enterprise"));
    QCOMPARE(QString(presetids::ZeroSsl), QStringLiteral("zerossl"));
    QCOMPARE(QString(presetids::Google), QStringLiteral("google"));
    QCOMPARE(QString(presetids::SslCom), QStringLiteral("sslcom"));
    QCOMPARE(QString(presetids::Custom), QStringLiteral("custom"));
    QCOMPARE(QString(presetids::LocalTest), QStringLiteral("local-test"));
    QCOMPARE(findPreset(presetids::LocalTest), nullptr); // not an endpoint preset
}

void TestPresets::findUnknown()
{
    QCOMPARE(findPreset(QString(presetids::Custom)), nullptr);
    QCOMPARE(findPreset(QString()), nullptr);
    QCOMPARE(findPreset(QStringLiteral("Sectigo-DV")), nullptr); // ids are exact
}

void TestPresets::presetIdForUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("id");
    QTest::newRow("trailing slash")
        << QUrl(QStringLiteral("https://acme.sectigo.com/v2/OV/")) << QString(presetids::SectigoOv);
    QTest::newRow("host case") << QUrl(QStringLiteral("https://ACME.Sectigo.COM/v2/EV"))
                               << QString(presetids::SectigoEv);
    QTest::newRow("scheme and host case, slash")
        << QUrl(QStringLiteral("HTTPS://ACME.ENTERPRISE.SECTIGO.COM/"))
        << QString(presetids::SectigoEnterprise);
    QTest::newRow("explicit default port")
        << QUrl(QStringLiteral("https://acme.zerossl.com:443/v2/DV90"))
        << QString(presetids::ZeroSsl);
    QTest::newRow("google") << QUrl(QStringLiteral("https://dv.acme-v02.api.pki.goog/directory/"))
                            << QString(presetids::Google);
    QTest::newRow("path case matters")
        << QUrl(QStringLiteral("https://acme.sectigo.com/v2/dv")) << QString(presetids::Custom);
    QTest::newRow("other path") << QUrl(QStringLiteral("https://acme.sectigo.com/v2/DV/extra"))
                                << QString(presetids::Custom);
    QTest::newRow("plain http") << QUrl(QStringLiteral("http://acme.sectigo.com/v2/DV"))
                                << QString(presetids::Custom);
    QTest::newRow("other port") << QUrl(QStringLiteral("https://acme.sectigo.com:8443/v2/DV"))
                                << QString(presetids::Custom);
    QTest::newRow("unknown CA") << QUrl(QStringLiteral(
                                       "https://acme-v02.api.letsencrypt.org/directory"))
                                << QString(presetids::Custom);
    QTest::newRow("empty") << QUrl() << QString(presetids::Custom);
    QTest::newRow("relative") << QUrl(QStringLiteral("v2/DV")) << QString(presetids::Custom);
}

void TestPresets::presetIdForUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QString, id);
    QCOMPARE(acmedesk::presetIdForUrl(url), id);
}

void TestPresets::instances()
{
    const QStringList list = scmInstances();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.first(), QStringLiteral("cert-manager.com")); // the main one
    QVERIFY(list.contains(QStringLiteral("hard.cert-manager.com")));
    QVERIFY(list.contains(QStringLiteral("eu.cert-manager.com")));
    for (const QString &instance : list)
        QVERIFY(scmLoginUrl(instance, QStringLiteral("example")).isValid());
}

void TestPresets::loginUrl_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("main") << QStringLiteral("cert-manager.com") << QStringLiteral("ExampleUni")
                          << QStringLiteral("https://cert-manager.com/customer/ExampleUni");
    QTest::newRow("hard") << QStringLiteral("hard.cert-manager.com") << QStringLiteral("acme-corp")
                          << QStringLiteral("https://hard.cert-manager.com/customer/acme-corp");
    QTest::newRow("eu, trimmed") << QStringLiteral(" eu.cert-manager.com\n")
                                 << QStringLiteral(" contoso ")
                                 << QStringLiteral("https://eu.cert-manager.com/customer/contoso");
    QTest::newRow("pasted URL") << QStringLiteral("https://cert-manager.com/")
                                << QStringLiteral("InCommon")
                                << QStringLiteral("https://cert-manager.com/customer/InCommon");
    QTest::newRow("pasted login URL")
        << QStringLiteral("HTTPS://Hard.Cert-Manager.com/customer/old?x=1") << QStringLiteral("new")
        << QStringLiteral("https://hard.cert-manager.com/customer/new");
}

void TestPresets::loginUrl()
{
    QFETCH(QString, instance);
    QFETCH(QString, customer);
    QFETCH(QString, expected);
    const QUrl url = scmLoginUrl(instance, customer);
    QVERIFY(url.isValid());
    QCOMPARE(url.toString(), expected);
    QCOMPARE(url, QUrl(expected));
}

void TestPresets::loginUrlInvalid_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("customer");
    const QString main = QStringLiteral("cert-manager.com");
    QTest::newRow("empty instance") << QString() << QStringLiteral("acme");
    QTest::newRow("blank instance") << QStringLiteral("  ") << QStringLiteral("acme");
    QTest::newRow("instance with space")
        << QStringLiteral("cert manager.com") << QStringLiteral("acme");
    QTest::newRow("instance with port")
        << QStringLiteral("cert-manager.com:8443") << QStringLiteral("acme");
    QTest::newRow("instance with user")
        << QStringLiteral("admin@cert-manager.com") << QStringLiteral("acme");
    QTest::newRow("instance other scheme")
        << QStringLiteral("ftp://cert-manager.com") << QStringLiteral("acme");
    QTest::newRow("instance empty label")
        << QStringLiteral("cert..manager.com") << QStringLiteral("acme");
    QTest::newRow("only scheme") << QStringLiteral("https://") << QStringLiteral("acme");
    QTest::newRow("empty customer") << main << QString();
    QTest::newRow("blank customer") << main << QStringLiteral(" \t");
    QTest::newRow("slash") << main << QStringLiteral("acme/corp");
    QTest::newRow("question mark") << main << QStringLiteral("acme?x=1");
    QTest::newRow("hash") << main << QStringLiteral("acme#top");
    QTest::newRow("inner space") << main << QStringLiteral("acme corp");
    QTest::newRow("dot dot") << main << QStringLiteral("..");
}

void TestPresets::loginUrlInvalid()
{
    QFETCH(QString, instance);
    QFETCH(QString, customer);
    QVERIFY(!scmLoginUrl(instance, customer).isValid());
}

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
