// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_style.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>

#include <optional>

namespace actviz::app {
namespace {

/// An icon made by the style when it is first asked for pixels.
class DeferredIconEngine : public QIconEngine {
public:
    DeferredIconEngine(const QStyle* style, QStyle::StandardPixmap which)
        : m_style(style)
        , m_which(which) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
               QIcon::State state) override {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    /// `size` device pixels (QIcon::pixmap sets the ratio of what this returns).
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return false; } // (asked before drawing: QIcon::isNull)
    [[nodiscard]] QString key() const override { return QStringLiteral("actviz-deferred"); }
    [[nodiscard]] QIconEngine* clone() const override {
        auto* copy = new DeferredIconEngine(m_style, m_which);
        copy->m_icon = m_icon;
        return copy;
    }

private:
    const QIcon& icon() {
        if (!m_icon) m_icon = m_style ? m_style->standardIcon(m_which) : QIcon();
        return *m_icon;
    }

    QPointer<const QStyle> m_style; ///< the base style, which makes the icon
    QStyle::StandardPixmap m_which;
    std::optional<QIcon> m_icon;
};

} // namespace

AppStyle::AppStyle(QStyle* base)
    : QProxyStyle(base) {}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                             const QWidget* widget) const {
    if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new DeferredIconEngine(baseStyle(), icon));
    // Fusion draws these from built-in images, whatever the option and widget.
    const bool fixed = icon == SP_TitleBarCloseButton || icon == SP_TitleBarNormalButton ||
                       icon == SP_DockWidgetCloseButton;
    if (fixed && baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0) {
        auto [it, made] = m_fixed.try_emplace(icon);
        if (made) it->second = QProxyStyle::standardIcon(icon, option, widget);
        return it->second;
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

} // namespace actviz::app
