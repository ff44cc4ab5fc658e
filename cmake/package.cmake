# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in the build folder makes actviz_<version>_<arch>.deb. Its Depends come from the
# shared libraries the binary really uses (dpkg-shlibdeps); fonts with Chinese glyphs are
# recommended for the Chinese interface.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME actviz)
set(CPACK_PACKAGE_VENDOR "actviz developers")
set(CPACK_PACKAGE_CONTACT "actviz developers <actviz@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "activation functions of neural networks, shown and compared")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/actviz/actviz)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own strings (standard buttons) in Chinese come from qt6-translations-l10n, loaded at run
# time, which dpkg-shlibdeps cannot see. fonts-droid-fallback sets a handout's Chinese text so
# that it copies and searches as the characters it shows (see ui/handout.cpp).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-noto-cjk | fonts-wqy-microhei, fonts-droid-fallback, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The long description (CPack puts the summary above it and indents it).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "actviz shows the activation functions of neural networks (Sigmoid, Tanh,
ReLU, Leaky ReLU, ELU, PReLU, Swish, GELU, Mish, Squareplus, SMU and more)
with their derivatives and the gradients with respect to their parameters,
computed exactly. A lecturer overlays curves, moves their parameters with
sliders, reads the typeset formulas and properties of each function, pins
tangents, shows the softmax of several logits and how gradients vanish with
depth, and presents it all full screen, in English or Chinese.

Plots export to PNG, JPEG, BMP, PDF, SVG and animated GIF, and values to
CSV, from the window or from the command line without a display.")
include(CPack)
