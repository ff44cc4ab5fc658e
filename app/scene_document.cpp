// SPDX-License-Identifier: GPL-3.0-or-later
#include "scene_document.h"

#include "exporter.h"
#include "scene_json.h"
#include "scene_model.h"
#include "slide_deck.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace actviz::app {

constexpr int kMaxRecent = 8;

SceneDocument::SceneDocument(ui::SlideDeck* deck, QWidget* window)
    : QObject(window)
    , m_deck(deck)
    , m_window(window) {
    ui::SceneModel* model = deck->model();
    // Modified means: differs from what was last opened or saved. Changes that come back to it
    // (presentation mode and back, undo) leave the document unmodified.
    auto modified = [this] {
        if (!m_loading && !m_deck->moving()) setModified(!m_deck->matches(m_saved));
    };
    connect(model, &ui::SceneModel::curveAdded, this, modified);
    connect(model, &ui::SceneModel::curveRemoved, this, modified);
    connect(model, &ui::SceneModel::curveParametersChanged, this, modified);
    connect(model, &ui::SceneModel::curveStyleChanged, this, modified);
    connect(model, &ui::SceneModel::viewChanged, this, modified);
    connect(model, &ui::SceneModel::themeChanged, this, modified);
    connect(model, &ui::SceneModel::languageChanged, this, modified);
    connect(model, &ui::SceneModel::depthChanged, this, modified);
    connect(model, &ui::SceneModel::softmaxChanged, this, modified);
    connect(model, &ui::SceneModel::tangentsChanged, this, modified);
    connect(model, &ui::SceneModel::sceneRestored, this, modified);
    connect(m_deck, &ui::SlideDeck::slidesChanged, this, modified);
    m_saved = m_deck->deck();
}

void SceneDocument::setBaseline() {
    m_saved = m_deck->deck();
    setModified(false);
}

void SceneDocument::setRecentFiles(const QStringList& files) {
    m_recent = files.mid(0, kMaxRecent);
    emit changed();
}

void SceneDocument::setModified(bool modified) {
    if (m_modified == modified) return;
    m_modified = modified;
    emit changed();
}

void SceneDocument::remember(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(absolute);
    m_recent.prepend(absolute);
    m_recent = m_recent.mid(0, kMaxRecent);
}

std::optional<QString> SceneDocument::open(const QString& path) {
    const ui::DeckParse parsed = ui::readDeckFile(path);
    if (!parsed.deck) return parsed.error;
    m_loading = true;
    m_deck->setDeck(*parsed.deck);
    m_loading = false;
    m_path = path;
    remember(path);
    m_saved = m_deck->deck();
    m_modified = false;
    emit changed();
    return std::nullopt;
}

std::optional<QString> SceneDocument::saveAs(const QString& path) {
    const ui::Deck deck = m_deck->deck();
    if (auto why = ui::writeFileAtomically(path, ui::documentToJson(deck))) return why;
    m_path = path;
    remember(path);
    m_saved = deck;
    m_modified = false;
    emit changed();
    return std::nullopt;
}

void SceneDocument::openInteractive(const QString& given) {
    if (!maybeSave()) return;
    QString path = given;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(
            m_window, tr("Open a scene or deck"), QFileInfo(m_path).path(),
            tr("actviz scenes and decks (*.actviz.json *.json);;All files (*)"));
    if (path.isEmpty()) return;
    if (auto why = open(path)) QMessageBox::warning(m_window, tr("Cannot open the scene"), *why);
}

bool SceneDocument::saveInteractive() {
    if (m_path.isEmpty()) return saveAsInteractive();
    if (auto why = saveAs(m_path)) {
        QMessageBox::warning(m_window, tr("Cannot save the scene"), *why);
        return false;
    }
    return true;
}

QString sceneFileName(const QString& chosen) {
    return QFileInfo(chosen).suffix().isEmpty() ? chosen + QStringLiteral(".actviz.json") : chosen;
}

bool SceneDocument::saveAsInteractive() {
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save the scene"), m_path.isEmpty() ? tr("scene.actviz.json") : m_path,
        tr("actviz scenes and decks (*.actviz.json *.json)"));
    if (path.isEmpty()) return false;
    path = sceneFileName(path);
    if (auto why = saveAs(path)) {
        QMessageBox::warning(m_window, tr("Cannot save the scene"), *why);
        return false;
    }
    return true;
}

bool SceneDocument::maybeSave(bool quitting) {
    if (!m_modified || (quitting && m_path.isEmpty())) return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved changes"),
        tr("The scene has changes that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return saveInteractive();
    return answer == QMessageBox::Discard;
}

} // namespace actviz::app
