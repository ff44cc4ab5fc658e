// SPDX-License-Identifier: GPL-3.0-or-later
#include "slide_strip.h"

#include "scene_model.h"
#include "slide_deck.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <tuple>

namespace actviz::ui {

SlideStrip::SlideStrip(SlideDeck* deck, QWidget* parent)
    : QWidget(parent)
    , m_deck(deck)
    , m_list(new QListWidget(this))
    , m_add(new QToolButton(this))
    , m_duplicate(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_titleLabel(new QLabel(this))
    , m_captionLabel(new QLabel(this))
    , m_titleEn(new QLineEdit(this))
    , m_titleZh(new QLineEdit(this))
    , m_captionEn(new QLineEdit(this))
    , m_captionZh(new QLineEdit(this))
    , m_problem(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    // Two short rows, so the panel is as narrow as the curves panel it shares a column with.
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_remove, 0, 2);
    buttons->addWidget(m_up, 1, 0);
    buttons->addWidget(m_down, 1, 1);
    buttons->setColumnStretch(3, 1);
    layout->addLayout(buttons);
    // Each field marked with its language, as that language writes its own name.
    auto* fields = new QGridLayout;
    int row = 0;
    for (auto [label, en, zh] : {std::tuple{m_titleLabel, m_titleEn, m_titleZh},
                                 {m_captionLabel, m_captionEn, m_captionZh}}) {
        fields->addWidget(label, row++, 0, 1, 2);
        fields->addWidget(new QLabel(QStringLiteral("EN"), this), row, 0);
        fields->addWidget(en, row++, 1);
        fields->addWidget(new QLabel(QStringLiteral("中文"), this), row, 0);
        fields->addWidget(zh, row++, 1);
    }
    layout->addLayout(fields);
    layout->addWidget(m_problem);
    m_problem->setWordWrap(true);
    m_titleLabel->setWordWrap(true);
    m_captionLabel->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_titleLabel->setBuddy(m_titleEn);
    m_captionLabel->setBuddy(m_captionEn);
    for (QLineEdit* field : {m_titleEn, m_titleZh, m_captionEn, m_captionZh}) {
        field->setClearButtonEnabled(true);
        connect(field, &QLineEdit::editingFinished, this, [this, field] { commit(field); });
    }
    m_titleEn->setMaxLength(kMaxSlideTitle);
    m_titleZh->setMaxLength(kMaxSlideTitle);
    m_captionEn->setMaxLength(kMaxSlideCaption);
    m_captionZh->setMaxLength(kMaxSlideCaption);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_rebuilding && row >= 0) m_deck->goTo(row);
    });
    connect(m_add, &QToolButton::clicked, m_deck, &SlideDeck::addSlide);
    connect(m_duplicate, &QToolButton::clicked, this,
            [this] { m_deck->duplicateSlide(m_deck->current()); });
    connect(m_remove, &QToolButton::clicked, this,
            [this] { m_deck->removeSlide(m_deck->current()); });
    connect(m_up, &QToolButton::clicked, this,
            [this] { m_deck->moveSlide(m_deck->current(), m_deck->current() - 1); });
    connect(m_down, &QToolButton::clicked, this,
            [this] { m_deck->moveSlide(m_deck->current(), m_deck->current() + 1); });
    // A title or caption being typed belongs to the slide it was typed on.
    connect(m_deck, &SlideDeck::aboutToLeave, this, [this] {
        for (QLineEdit* field : {m_titleEn, m_titleZh, m_captionEn, m_captionZh})
            if (field->isModified()) commit(field);
    });
    connect(m_deck, &SlideDeck::slidesChanged, this, &SlideStrip::rebuild);
    connect(m_deck, &SlideDeck::currentChanged, this, &SlideStrip::rebuild);
    retranslate();
}

void SlideStrip::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void SlideStrip::retranslate() {
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("The view as a new slide after this one (Ctrl+Shift+N)"));
    m_duplicate->setText(tr("Copy"));
    m_duplicate->setToolTip(tr("Duplicate this slide"));
    m_up->setText(QStringLiteral("↑"));
    m_up->setToolTip(tr("Move this slide up"));
    m_up->setAccessibleName(tr("Move this slide up"));
    m_down->setText(QStringLiteral("↓"));
    m_down->setToolTip(tr("Move this slide down"));
    m_down->setAccessibleName(tr("Move this slide down"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove this slide"));
    m_titleLabel->setText(tr("&Title"));
    m_captionLabel->setText(tr("&Caption"));
    m_captionLabel->setToolTip(tr("A sentence or two shown under the plot while presenting"));
    m_titleEn->setPlaceholderText(tr("English"));
    m_titleZh->setPlaceholderText(tr("Chinese"));
    m_captionEn->setPlaceholderText(tr("English"));
    m_captionZh->setPlaceholderText(tr("Chinese"));
    for (auto [field, name] : {std::pair{m_titleEn, tr("Title in English")},
                               {m_titleZh, tr("Title in Chinese")},
                               {m_captionEn, tr("Caption in English")},
                               {m_captionZh, tr("Caption in Chinese")}}) {
        field->setAccessibleName(name);
        field->setToolTip(name);
    }
    m_list->setAccessibleName(tr("Slides"));
    m_list->setAccessibleDescription(
        tr("The lecture's slides: the one chosen is shown and edited; presentation mode (F5) "
           "steps through them with PageDown and PageUp"));
    rebuild();
}

void SlideStrip::rebuild() {
    m_rebuilding = true;
    const int n = m_deck->count();
    while (m_list->count() > n)
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < n)
        m_list->addItem(QString());
    const QString language = m_deck->model()->language();
    for (int i = 0; i < n; ++i) {
        const Slide slide = m_deck->slide(i);
        QString title = slide.title.in(language);
        if (title.isEmpty()) title = tr("(untitled)");
        m_list->item(i)->setText(QStringLiteral("%1. %2").arg(i + 1).arg(title));
        m_list->item(i)->setToolTip(slide.caption.in(language));
    }
    m_list->setCurrentRow(m_deck->current());
    const Slide current = m_deck->slide(m_deck->current());
    for (auto [field, text] : {std::pair{m_titleEn, current.title.en},
                               {m_titleZh, current.title.zh},
                               {m_captionEn, current.caption.en},
                               {m_captionZh, current.caption.zh}})
        if (field->text() != text) {
            field->setText(text);
            field->setCursorPosition(0); // the start of a long caption, not its end
        }
    m_duplicate->setEnabled(n < kMaxSlides);
    m_add->setEnabled(n < kMaxSlides);
    m_remove->setEnabled(n > 1);
    m_up->setEnabled(m_deck->current() > 0);
    m_down->setEnabled(m_deck->current() < n - 1);
    m_rebuilding = false;
}

void SlideStrip::commit(QLineEdit* field) {
    field->setModified(false); // stored now, or refused: not again at the next slide change
    const bool caption = field == m_captionEn || field == m_captionZh;
    const QString text = field->text().trimmed();
    if (auto problem = slideTextProblem(text, caption)) {
        m_problem->setText(*problem);
        m_problem->show();
        return;
    }
    m_problem->hide();
    const int i = m_deck->current();
    const Slide slide = m_deck->slide(i);
    SlideText value = caption ? slide.caption : slide.title;
    (field == m_titleZh || field == m_captionZh ? value.zh : value.en) = text;
    if (caption)
        m_deck->setCaption(i, value);
    else
        m_deck->setTitle(i, value);
}

} // namespace actviz::ui
