// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The application's style: the platform's own, with the icons of the menu bar's and tool bars'
// extension buttons made when first drawn, and Fusion's dock title bar icons made once.

#include <QIcon>
#include <QProxyStyle>

#include <map>

namespace actviz::app {

/// The platform's style (QProxyStyle over the default one). A menu bar and every tool bar make
/// an extension button at once, and its standard icon, read as an image file, loads every image
/// format plugin (SVG, GIF, JPEG, ...) before the window's first frame, although the button only
/// shows when the bar is too narrow. Those icons are made when first drawn.
class AppStyle : public QProxyStyle {
public:
    /// Over `base` (owned), or by default over the style Qt would choose (`-style`,
    /// QT_STYLE_OVERRIDE, the desktop's), made when first needed.
    explicit AppStyle(QStyle* base = nullptr);
    /// The base style's icon; the extension buttons' is made when first drawn. Fusion's close
    /// and float buttons of dock and title bars are fixed images: made once, not each time a
    /// dock asks (some forty times while the window lays out its first frame).
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

private:
    mutable std::map<StandardPixmap, QIcon> m_fixed; ///< Fusion's fixed icons, once made
};

} // namespace actviz::app
