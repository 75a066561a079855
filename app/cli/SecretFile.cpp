#include "cli/SecretFile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretFile)
};
} // namespace

SecretFile::~SecretFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_fd >= 0 && !m_written)
        ::unlink(QFile::encodeName(m_path).constData());
}

QString SecretFile::create()
{
    // O_EXCL refuses an existing file and a symbolic link alike; the mode is set at creation.
    m_fd = ::open(QFile::encodeName(m_path).constData(),
                  O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (m_fd >= 0)
        return QString();
    const int error = errno;
    if (error == EEXIST)
        return Text::tr("--secret-file \"%1\" already exists; it is never overwritten").arg(m_path);
    return Text::tr("cannot create --secret-file \"%1\": %2")
            .arg(m_path, QString::fromLocal8Bit(std::strerror(error)));
}

QString SecretFile::write(const QString &secret)
{
    QByteArray bytes = secret.toUtf8() + '\n';
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    bytes.fill('\0');
    const bool closed = ::close(m_fd) == 0;
    m_fd = -1;
    m_written = true; // even half-written, the file stays: it may hold the only copy
    if (done < secret.toUtf8().size() + 1 || !closed)
        return Text::tr("could not write the whole secret to \"%1\"").arg(m_path);
    return QString();
}
