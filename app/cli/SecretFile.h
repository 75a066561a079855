#pragma once

#include <QString>

// A new file only its owner may read, for a token's secret: created before the secret exists
// (so a taken path is refused before anything is sent), never over an existing file.
class SecretFile
{
public:
    explicit SecretFile(const QString &path) : m_path(path) { }
    ~SecretFile(); // closes; a file never written is removed again
    SecretFile(const SecretFile &) = delete;
    SecretFile &operator=(const SecretFile &) = delete;

    // Creates it (0600, refusing an existing path or link); returns the problem, empty when done.
    QString create();
    // Writes the secret and a line break, and closes; returns the problem, empty when done.
    QString write(const QString &secret);

private:
    QString m_path;
    int m_fd = -1;
    bool m_written = false;
};
