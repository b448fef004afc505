#include "probe_list.h"

#include <QPainter>
#include <QStyledItemDelegate>

#include <algorithm>

namespace bertlab::widgets {

namespace {

const auto kMask = QStringLiteral("[MASK]");

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString guessLine(const std::vector<QStringList>& guesses) {
    QStringList parts;
    for (std::size_t i = 0; i < guesses.size(); ++i) {
        const QString list = guesses[i].join(QStringLiteral(" · "));
        parts << (guesses.size() > 1 ? QStringLiteral("%1: %2").arg(i + 1).arg(list) : list);
    }
    return parts.join(QStringLiteral("    "));
}

class ProbeDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override {
        const QFontMetrics fm(option.font);
        return {fm.horizontalAdvance(u'M') * 20, fm.height() * 2 + fm.height() / 2 + 10};
    }

    void paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette& pal = option.palette;
        const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor base = pal.color(selected ? QPalette::Highlight : QPalette::Base);
        const QColor accent = pal.color(QPalette::Highlight);
        const QFontMetrics fm(option.font);
        const QRect r = option.rect.adjusted(6, 4, -6, -4);
        const QString sentence = index.data(ProbeListModel::SentenceRole).toString();
        const QStringList best = index.data(ProbeListModel::BestRole).toStringList();
        const bool changed = index.data(ProbeListModel::ChangedRole).toBool();

        // First line: the sentence, each [MASK] a chip holding the best guess.
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldFm(bold);
        double x = r.left();
        const double baseline = r.top() + fm.ascent() + 1;
        const QStringList pieces = sentence.split(kMask);
        for (int i = 0; i < pieces.size(); ++i) {
            const QString piece = pieces[i];
            p->setFont(option.font);
            p->setPen(text);
            p->drawText(QPointF(x, baseline), piece);
            x += fm.horizontalAdvance(piece);
            if (i + 1 == pieces.size() || x > r.right())
                continue;
            const QString guess = i < best.size() && !best[i].isEmpty() ? best[i] : kMask;
            const double w = boldFm.horizontalAdvance(guess) + 8;
            const QRectF chip(x + 1, r.top(), w, fm.height() + 2);
            QColor fill = accent;
            fill.setAlphaF(changed ? 0.35f : 0.18f);
            p->setPen(QPen(accent, changed ? 1.4 : 0.8));
            p->setBrush(fill);
            p->drawRoundedRect(chip, 3, 3);
            p->setFont(bold);
            p->setPen(text);
            p->drawText(chip, Qt::AlignCenter, guess);
            x += w + 2;
        }
        // Second line: the top guesses per mask.
        QFont small = option.font;
        small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.9));
        p->setFont(small);
        p->setPen(mix(base, text, 0.62));
        QVariantList guesses = index.data(ProbeListModel::GuessesRole).toList();
        std::vector<QStringList> lists;
        for (const QVariant& g : guesses)
            lists.push_back(g.toStringList());
        const QString line = lists.empty() ? ProbeList::tr("no guesses yet") : guessLine(lists);
        const QRect second(r.left(), r.top() + fm.height() + 5, r.width(), QFontMetrics(small).height());
        p->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(small).elidedText(line, Qt::ElideRight, second.width()));
        p->restore();
    }
};

} // namespace

ProbeListModel::ProbeListModel(QObject* parent)
    : QAbstractListModel(parent) {}

void ProbeListModel::setSentences(const QStringList& sentences) {
    beginResetModel();
    m_rows.clear();
    for (const QString& s : sentences)
        m_rows.push_back({s, {}, false});
    m_step = -1;
    endResetModel();
}

QStringList ProbeListModel::sentences() const {
    QStringList list;
    for (const Row& row : m_rows)
        list << row.sentence;
    return list;
}

void ProbeListModel::setPredictions(const std::vector<core::ProbePrediction>& predictions, qint64 step) {
    m_step = step;
    for (const core::ProbePrediction& prediction : predictions) {
        auto it = std::find_if(m_rows.begin(), m_rows.end(),
                               [&](const Row& row) { return row.sentence == prediction.sentence; });
        if (it == m_rows.end()) {
            const int row = int(m_rows.size());
            beginInsertRows({}, row, row);
            m_rows.push_back({prediction.sentence, prediction.guesses, false});
            endInsertRows();
            continue;
        }
        bool changed = false;
        for (std::size_t i = 0; i < prediction.guesses.size(); ++i) {
            const QString before = i < it->guesses.size() ? it->guesses[i].value(0) : QString();
            if (!it->guesses.empty() && before != prediction.guesses[i].value(0))
                changed = true;
        }
        it->guesses = prediction.guesses;
        it->changed = changed;
        const QModelIndex at = index(int(it - m_rows.begin()));
        Q_EMIT dataChanged(at, at);
    }
}

void ProbeListModel::clear() {
    setSentences({});
}

int ProbeListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ProbeListModel::filledSentence(const QString& sentence, const std::vector<QStringList>& guesses) {
    const QStringList pieces = sentence.split(kMask);
    QString filled = pieces.value(0);
    for (int i = 1; i < pieces.size(); ++i) {
        const QString best =
            std::size_t(i - 1) < guesses.size() ? guesses[std::size_t(i - 1)].value(0) : QString();
        filled += best.isEmpty() ? kMask : u'[' + best + u']';
        filled += pieces[i];
    }
    return filled;
}

QVariant ProbeListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return filledSentence(row.sentence, row.guesses);
    case Qt::ToolTipRole: {
        if (row.guesses.empty())
            return tr("%1\nNo guesses yet: they come with the first probe of the run.").arg(row.sentence);
        QStringList lines{row.sentence};
        for (std::size_t i = 0; i < row.guesses.size(); ++i)
            lines << tr("[MASK] %1: %2").arg(i + 1).arg(row.guesses[i].join(QStringLiteral(", ")));
        return lines.join(u'\n');
    }
    case SentenceRole:
        return row.sentence;
    case GuessesRole: {
        QVariantList list;
        for (const QStringList& g : row.guesses)
            list << g;
        return list;
    }
    case BestRole: {
        QStringList best;
        for (const QStringList& g : row.guesses)
            best << g.value(0);
        return best;
    }
    case ChangedRole:
        return row.changed;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProbeListModel::roleNames() const {
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles[SentenceRole] = "sentence";
    roles[GuessesRole] = "guesses";
    roles[BestRole] = "best";
    roles[ChangedRole] = "changed";
    return roles;
}

ProbeList::ProbeList(QWidget* parent)
    : QListView(parent) {
    setItemDelegate(new ProbeDelegate(this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void ProbeList::setPlaceholderText(const QString& text) {
    m_placeholder = text;
    viewport()->update();
}

void ProbeList::paintEvent(QPaintEvent* event) {
    QListView::paintEvent(event);
    if (m_placeholder.isEmpty() || (model() && model()->rowCount() > 0))
        return;
    QPainter p(viewport());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(viewport()->rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

} // namespace bertlab::widgets
