#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

// One call to a local instance as its admin, waited for: the answer's JSON object, or
// {"failed": status} when the status is not 2xx (the list-order tests compare whole answers).
inline QJsonObject adminCall(QNetworkAccessManager &network, QUrl url, const QString &secret,
                             const QByteArray &verb, const QString &path, const QString &query,
                             const QByteArray &body)
{
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return status / 100 == 2 ? answer : QJsonObject{{QStringLiteral("failed"), status}};
}
