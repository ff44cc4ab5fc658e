// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme_style.h"

namespace actviz::ui {

ThemeStyle themeStyle(Theme theme) {
    switch (theme) {
    case Theme::Dark:
        return {QColor(0x1e, 0x1f, 0x22),
                QColor(0xe6, 0xe6, 0xe6),
                QColor(0x3a, 0x3c, 0x40),
                QColor(0x8a, 0x8d, 0x93),
                QColor(0x26, 0x28, 0x2c, 230),
                QColor(0x26, 0x28, 0x2c),
                2.5,
                11,
                13};
    case Theme::Presentation:
        return {Qt::white,
                Qt::black,
                QColor(0xd0, 0xd0, 0xd0),
                QColor(0x30, 0x30, 0x30),
                QColor(255, 255, 255, 235),
                Qt::white,
                5.0,
                24,
                26};
    case Theme::Light:
        break;
    }
    return {Qt::white,
            QColor(0x20, 0x20, 0x20),
            QColor(0xe3, 0xe3, 0xe3),
            QColor(0x80, 0x80, 0x80),
            QColor(255, 255, 255, 230),
            Qt::white,
            2.5,
            11,
            13};
}

} // namespace actviz::ui
