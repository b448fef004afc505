#include "widgets/candidate_list.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>

#include <algorithm>
#include <cmath>

namespace bertlab::widgets {

// ---------------------------------------------------------------------------------------------------------
// CandidateListModel

CandidateListModel::CandidateListModel(QObject* parent)
    : QAbstractListModel(parent) {}

void CandidateListModel::setCandidates(std::vector<core::MaskCandidate> candidates) {
    beginResetModel();
    m_candidates = std::move(candidates);
    endResetModel();
}

int CandidateListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_candidates.size());
}

QString CandidateListModel::percentText(double probability) {
    const double percent = probability * 100.0;
    // One decimal is enough for the large values a trained model gives; tiny ones keep two significant
    // digits.
    if (percent >= 0.1 || percent == 0.0)
        return tr("%1 %").arg(QLocale().toString(percent, 'f', 1));
    if (percent >= 0.01)
        return tr("%1 %").arg(QLocale().toString(percent, 'f', 2));
    return tr("< %1 %").arg(QLocale().toString(0.01, 'f', 2));
}

QVariant CandidateListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const core::MaskCandidate& c = m_candidates[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TokenRole:
        return c.token;
    case IdRole:
        return c.id;
    case ProbabilityRole:
        return double(c.probability);
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(c.token, percentText(c.probability));
    case Qt::ToolTipRole: {
        const QString glue = c.token.startsWith(QLatin1String("##"))
                                 ? tr("A word piece: it joins the word before it without a space.") + u'\n'
                                 : QString();
        return QString(
            tr("%1 (vocabulary id %2): %3").arg(c.token, QString::number(c.id), percentText(c.probability)) %
            u'\n' % glue % tr("Click it or press Enter to put it into the text in place of this [MASK]."));
    }
    default:
        return {};
    }
}

Qt::ItemFlags CandidateListModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> CandidateListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(TokenRole, "token");
    names.insert(IdRole, "id");
    names.insert(ProbabilityRole, "probability");
    return names;
}

// ---------------------------------------------------------------------------------------------------------
// Drawing

namespace {

// Row layout: [token][bar track ..................][ 37.2 %]; all sizes come from the font so 2x scale and
// large fonts keep the proportions.
class CandidateDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    int tokenWidth = 0; // widest token of the current list, set by the view

    static int gap(const QFontMetrics& fm) { return fm.horizontalAdvance(u'M') * 3 / 4 + 2; }
    static int percentWidth(const QFontMetrics& fm) {
        return fm.horizontalAdvance(CandidateListModel::percentText(1.0)) + gap(fm);
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override {
        const QFontMetrics& fm = option.fontMetrics;
        const int barMinimum = fm.horizontalAdvance(u'M') * 8;
        return {gap(fm) * 4 + tokenWidth + barMinimum + percentWidth(fm), fm.height() + fm.height() / 2};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear(); // the style draws background, hover, selection and focus; the rest is ours
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QFontMetrics& fm = option.fontMetrics;
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor text =
            option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor fill =
            option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
        QColor track = text;
        track.setAlphaF(0.12f);

        const QString token = index.data(CandidateListModel::TokenRole).toString();
        const double probability =
            std::clamp(index.data(CandidateListModel::ProbabilityRole).toDouble(), 0.0, 1.0);
        const QRect r = option.rect.adjusted(gap(fm), 0, -gap(fm), 0);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(text);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        const QRect tokenRect(r.left(), r.top(), tokenWidth, r.height());
        painter->drawText(tokenRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(token, Qt::ElideRight, tokenWidth));
        painter->setFont(option.font);

        const int pw = percentWidth(fm);
        const QRect percentRect(r.right() - pw + 1, r.top(), pw, r.height());
        painter->drawText(percentRect, Qt::AlignRight | Qt::AlignVCenter,
                          CandidateListModel::percentText(probability));

        const int barHeight = std::max(4, fm.height() * 3 / 5);
        const QRect barTrack(tokenRect.right() + 1 + gap(fm), r.top() + (r.height() - barHeight) / 2,
                             percentRect.left() - gap(fm) - (tokenRect.right() + 1 + gap(fm)), barHeight);
        if (barTrack.width() > 0) {
            const qreal radius = barHeight / 4.0;
            painter->setPen(Qt::NoPen);
            painter->setBrush(track);
            painter->drawRoundedRect(barTrack, radius, radius);
            // Any non-zero probability gets at least a sliver, so "small" never reads as "none".
            const int filled =
                probability > 0.0 ? std::max(2, int(std::lround(barTrack.width() * probability))) : 0;
            if (filled > 0) {
                painter->setBrush(fill);
                painter->drawRoundedRect(QRect(barTrack.left(), barTrack.top(),
                                               std::min(filled, barTrack.width()), barTrack.height()),
                                         radius, radius);
            }
        }
        painter->restore();
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------------------
// CandidateList

CandidateList::CandidateList(QWidget* parent)
    : QListView(parent) {
    setItemDelegate(new CandidateDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    setMouseTracking(true); // hover highlight shows what a click would pick
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(
        tr("Candidates for this [MASK], most probable first. Click one (or press Enter) to put it into "
           "the text."));
    // A single click picks a candidate (QListView's `activated` may need a double click, depending on style).
    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT candidateActivated(index.row());
    });
}

void CandidateList::setModel(QAbstractItemModel* model) {
    for (const auto& connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QListView::setModel(model);
    if (model) {
        m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this,
                                      &CandidateList::rowsChanged);
        m_modelConnections << connect(model, &QAbstractItemModel::layoutChanged, this,
                                      &CandidateList::rowsChanged);
        m_modelConnections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                      &CandidateList::rowsChanged);
        m_modelConnections << connect(model, &QAbstractItemModel::rowsRemoved, this,
                                      &CandidateList::rowsChanged);
        m_modelConnections << connect(model, &QAbstractItemModel::dataChanged, this,
                                      &CandidateList::rowsChanged);
    }
    rowsChanged();
}

void CandidateList::rowsChanged() {
    auto* delegate = static_cast<CandidateDelegate*>(itemDelegate());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int widest = fm.horizontalAdvance(u'M') * 4;
    if (QAbstractItemModel* m = model()) {
        // A pixel or two beyond the advance: elidedText also counts the last glyph's overhang.
        for (int row = 0; row < m->rowCount(); ++row)
            widest = std::max(
                widest,
                fm.horizontalAdvance(m->index(row, 0).data(CandidateListModel::TokenRole).toString()) + 2);
    }
    delegate->tokenWidth = std::min(widest, fm.horizontalAdvance(u'M') * 16);
    updateGeometry();
    viewport()->update();
}

QSize CandidateList::sizeHint() const {
    const int rows = model() ? std::max(1, model()->rowCount()) : 1;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QSize row = itemDelegate()->sizeHint(option, {});
    const int frame = 2 * frameWidth();
    return {row.width() + frame, rows * row.height() + frame};
}

QSize CandidateList::minimumSizeHint() const {
    return sizeHint();
}

void CandidateList::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT candidateActivated(currentIndex().row());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void CandidateList::changeEvent(QEvent* event) {
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        rowsChanged();
}

} // namespace bertlab::widgets
