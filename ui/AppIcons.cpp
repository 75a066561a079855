#include "ui/AppIcons.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace {
const QString kFolder = QStringLiteral(":/icons/");

// Renders one SVG of the resource at any size; currentColor becomes the palette's text colour
// for the icon's mode, read at paint time, so a theme switch needs no new icons.
class ThemedSvgEngine : public QIconEngine
{
public:
    explicit ThemedSvgEngine(const QString &name) : m_name(name)
    {
        QFile file(kFolder + name + QLatin1String(".svg"));
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
        m_themed = m_svg.contains("currentColor");
    }

    // The cached pixmap at the device's scale: the SVG is parsed once per size and colour.
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        if (image.isNull())
            return;
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    // In device pixels: QIcon asks for size times the screen's scale and sets the ratio itself.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (m_svg.isEmpty() || size.isEmpty())
            return QPixmap();
        // An icon with colours of its own looks the same in every mode and palette.
        const QColor color = m_themed ? colorFor(mode) : QColor();
        QString key = QStringLiteral("losant-icon/%1/%2x%3")
                              .arg(m_name)
                              .arg(size.width())
                              .arg(size.height());
        if (m_themed)
            key += QLatin1Char('/') + QString::number(color.rgba());
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = QPixmap(size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            QSvgRenderer renderer(m_themed ? tinted(color) : m_svg);
            renderer.render(&painter, QRectF(QPointF(), QSizeF(size)));
            painter.end();
            QPixmapCache::insert(key, pixmap);
        }
        return pixmap;
    }

    QIconEngine *clone() const override { return new ThemedSvgEngine(*this); }
    QString key() const override { return QStringLiteral("losant-themed-svg"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    static QColor colorFor(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QByteArray tinted(const QColor &color) const
    {
        QByteArray svg = m_svg;
        return svg.replace("currentColor", color.name().toLatin1());
    }

    QString m_name;
    QByteArray m_svg;
    bool m_themed = false; // the SVG draws in currentColor
};
} // namespace

QIcon AppIcons::icon(const QString &name)
{
    // One per name: QIcon is shared, and its engine reads the palette when it paints, so the
    // same icon serves every theme.
    static QHash<QString, QIcon> icons;
    auto it = icons.find(name);
    if (it == icons.end())
        it = icons.insert(name, QIcon(new ThemedSvgEngine(name)));
    return *it;
}

QIcon AppIcons::appIcon()
{
    return icon(QStringLiteral("losant-tokens"));
}

QStringList AppIcons::names()
{
    QStringList names;
    const QFileInfoList files = QDir(kFolder).entryInfoList({QStringLiteral("*.svg")}, QDir::Files);
    for (const QFileInfo &file : files)
        names.append(file.completeBaseName());
    return names;
}
