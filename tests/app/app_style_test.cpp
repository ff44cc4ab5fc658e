// SPDX-License-Identifier: GPL-3.0-or-later
// The application style: the extension buttons' icons are the base style's, made when drawn.

#include "app_style.h"

#include <QCommonStyle>
#include <QIcon>
#include <QImage>
#include <QStyleFactory>

#include <gtest/gtest.h>

namespace actviz::app {
namespace {

/// Fusion's icons, counting how many it was asked for.
class CountingStyle : public QCommonStyle {
public:
    mutable int icons = 0;
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option,
                       const QWidget* widget) const override {
        ++icons;
        return QCommonStyle::standardIcon(icon, option, widget);
    }
};

TEST(Style, ExtensionIconsAreMadeWhenFirstDrawn) {
    auto* base = new CountingStyle;
    const AppStyle style(base);
    for (const auto which :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        const int before = base->icons;
        const QIcon icon = style.standardIcon(which);
        EXPECT_EQ(base->icons, before) << "made before it was drawn: " << which;
        const QImage own = base->QCommonStyle::standardIcon(which).pixmap(16).toImage();
        EXPECT_EQ(icon.pixmap(16).toImage(), own) << which;
        EXPECT_EQ(base->icons, before + 1) << which;
        const QIcon copy = icon; // shares what the first made
        EXPECT_EQ(copy.pixmap(32).toImage(),
                  base->QCommonStyle::standardIcon(which).pixmap(32).toImage())
            << which;
        EXPECT_EQ(base->icons, before + 1) << which;
    }
}

TEST(Style, OtherIconsAreTheBaseStylesAtOnce) {
    auto* base = new CountingStyle;
    const AppStyle style(base);
    const QIcon icon = style.standardIcon(QStyle::SP_DialogOkButton);
    EXPECT_EQ(base->icons, 1);
    EXPECT_EQ(icon.pixmap(16).toImage(),
              base->QCommonStyle::standardIcon(QStyle::SP_DialogOkButton).pixmap(16).toImage());
}

/// Fusion's dock and title bar buttons are built-in images: made once, however many docks ask
/// (each time a dock lays out), and the same pixels as Fusion's own.
TEST(Style, FusionsDockButtonIconsAreMadeOnce) {
    QStyle* fusion = QStyleFactory::create(QStringLiteral("fusion"));
    ASSERT_NE(fusion, nullptr);
    const AppStyle style(fusion);
    for (const auto which : {QStyle::SP_DockWidgetCloseButton, QStyle::SP_TitleBarCloseButton,
                             QStyle::SP_TitleBarNormalButton}) {
        const QIcon first = style.standardIcon(which);
        const QIcon again = style.standardIcon(which);
        EXPECT_EQ(first.cacheKey(), again.cacheKey()) << "made again: " << which;
        EXPECT_EQ(first.pixmap(16).toImage(), fusion->standardIcon(which).pixmap(16).toImage())
            << which;
    }
    // Any icon of another style is asked for each time.
    auto* base = new CountingStyle;
    const AppStyle other(base);
    (void)other.standardIcon(QStyle::SP_DockWidgetCloseButton);
    (void)other.standardIcon(QStyle::SP_DockWidgetCloseButton);
    EXPECT_EQ(base->icons, 2);
}

} // namespace
} // namespace actviz::app
