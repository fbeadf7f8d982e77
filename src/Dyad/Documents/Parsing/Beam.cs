namespace Dyad.Documents.Parsing;

/// <summary>
/// Beam search over arc-hybrid transitions (Zhang and Clark 2008; Zhang and Nivre 2011): the <see cref="Width"/> best
/// partial parses, each scored by the sum of its move-class scores (in double, so that adding an item's score never merges two
/// classes' different scores into a tie: width 1 chooses exactly as the greedy parser). Every parse of an N-word sentence takes 2N moves, so
/// the items advance in step and all end together. The label of an "other" arc is the label table's best for the item
/// that makes it (labels are not part of the beam score). All buffers are allocated once and grow only for a wider beam
/// or a longer sentence than any before; a step copies the surviving items' small flat state arrays.
/// </summary>
internal sealed class Beam
{
    /// <summary>Beam width: partial parses kept after each step.</summary>
    public readonly int Width;

    /// <summary>Items in the beam (fewer than <see cref="Width"/> only in the first steps).</summary>
    public int Count;

    /// <summary>Steps taken since <see cref="Start"/>.</summary>
    public int Steps;

    private ArcHybrid[] _cur, _next;
    private double[] _score, _nextScore;
    private readonly ulong[] _features;
    private readonly int[] _featureCount;
    private readonly float[] _moveScores;
    private float[] _labelScores;
    private readonly int[] _topParent, _topClass;
    private readonly double[] _topScore;

    /// <summary>Whether each step's (parent, class, label) of every item is kept (training backtracks through them).</summary>
    public bool Record;
    private int[] _histParent, _histClass, _histLabel;

    public Beam(int width, int labelStride)
    {
        if (width < 1) throw new ArgumentOutOfRangeException(nameof(width), "beam width must be at least 1");
        Width = width;
        _cur = new ArcHybrid[width];
        _next = new ArcHybrid[width];
        for (int i = 0; i < width; i++) { _cur[i] = new ArcHybrid(); _next[i] = new ArcHybrid(); }
        _score = new double[width];
        _nextScore = new double[width];
        _features = new ulong[width * ParserFeatures.Max];
        _featureCount = new int[width];
        _moveScores = new float[width * ParserModel.MoveStride];
        _labelScores = new float[labelStride];
        _topParent = new int[width];
        _topClass = new int[width];
        _topScore = new double[width];
        _histParent = _histClass = _histLabel = [];
    }

    /// <summary>The best item (the beam is kept sorted, best first).</summary>
    public ArcHybrid Best => _cur[0];

    /// <summary>Score of item <paramref name="i"/> (0 is the best).</summary>
    public double ScoreOf(int i) => _score[i];

    /// <summary>Whether the items have ended (they all end at the same step).</summary>
    public bool Terminal => _cur[0].Terminal;

    /// <summary>Starts a sentence of <paramref name="n"/> words: one empty item.</summary>
    public void Start(int n, int labelStride)
    {
        if (_labelScores.Length < labelStride) _labelScores = new float[labelStride];
        _cur[0].Init(n);
        _score[0] = 0;
        Count = 1;
        Steps = 0;
        if (Record && _histParent.Length < 2 * n * Width)
        {
            int size = Math.Max(2 * n * Width, _histParent.Length * 2);
            _histParent = new int[size]; _histClass = new int[size]; _histLabel = new int[size];
        }
    }

    /// <summary>
    /// One step: every item's allowed move classes are scored, the <see cref="Width"/> best successors (item score plus
    /// class score; ties keep the earlier item and class, so width 1 is the greedy parser) become the beam. When
    /// <paramref name="goldIndex"/> is an item, the successor taking <paramref name="goldClass"/> from it gets
    /// <paramref name="goldLabel"/> as its label (training keeps the gold prefix's labels gold); returns that successor's
    /// index in the new beam, or -1 when it fell out (or <paramref name="goldIndex"/> is -1).
    /// </summary>
    public int Advance(ParserModel model, ParseInput input, int goldIndex = -1, int goldClass = -1, int goldLabel = -1)
    {
        const int stride = ParserModel.MoveStride;
        int top = 0;
        for (int i = 0; i < Count; i++)
        {
            var state = _cur[i];
            var f = _features.AsSpan(i * ParserFeatures.Max, ParserFeatures.Max);
            int k = ParserFeatures.Extract(state, input, f, model);
            _featureCount[i] = k;
            var ms = _moveScores.AsSpan(i * stride, stride);
            model.ScoreMoves(f[..k], ms);
            double baseScore = _score[i];
            if (state.CanShift) Offer(ref top, baseScore + ms[ParserModel.ShiftClass], i, ParserModel.ShiftClass);
            if (state.CanLeft)
                for (int c = model.LeftFrom; c <= ParserModel.LeftOtherClass; c++) Offer(ref top, baseScore + ms[c], i, c);
            if (state.CanRight)
                for (int c = model.RightFrom; c <= ParserModel.RightOtherClass; c++) Offer(ref top, baseScore + ms[c], i, c);
        }
        int newGold = -1;
        for (int j = 0; j < top; j++)
        {
            int parent = _topParent[j], cls = _topClass[j];
            int move = model.ClassMove[cls], label = model.ClassLabel[cls];
            bool gold = parent == goldIndex && cls == goldClass;
            if (gold) newGold = j;
            if (move != ArcHybrid.Shift && label < 0)
            {
                if (gold) label = goldLabel;
                else
                {
                    model.ScoreLabels(_features.AsSpan(parent * ParserFeatures.Max, _featureCount[parent]), move, _labelScores);
                    label = model.BestOtherLabel(_labelScores, move);
                }
            }
            var next = _next[j];
            next.CopyFrom(_cur[parent]);
            next.Apply(move, label);
            _nextScore[j] = _topScore[j];
            if (Record)
            {
                int h = Steps * Width + j;
                _histParent[h] = parent; _histClass[h] = cls; _histLabel[h] = label;
            }
        }
        (_cur, _next) = (_next, _cur);
        (_score, _nextScore) = (_nextScore, _score);
        Count = top;
        Steps++;
        return newGold;
    }

    /// <summary>Inserts a candidate into the sorted top list if it beats its last entry (strictly: earlier candidates win ties).</summary>
    private void Offer(ref int top, double score, int parent, int cls)
    {
        int pos;
        if (top < Width) pos = top++;
        else if (score > _topScore[Width - 1]) pos = Width - 1;
        else return;
        while (pos > 0 && score > _topScore[pos - 1])
        {
            _topScore[pos] = _topScore[pos - 1]; _topParent[pos] = _topParent[pos - 1]; _topClass[pos] = _topClass[pos - 1];
            pos--;
        }
        _topScore[pos] = score; _topParent[pos] = parent; _topClass[pos] = cls;
    }

    /// <summary>
    /// Writes the classes and labels of the first <paramref name="steps"/> moves of the item that was at index
    /// <paramref name="item"/> after step <paramref name="steps"/> (needs <see cref="Record"/>).
    /// </summary>
    public void Backtrack(int steps, int item, Span<int> classes, Span<int> labels)
    {
        for (int t = steps - 1; t >= 0; t--)
        {
            int h = t * Width + item;
            classes[t] = _histClass[h];
            labels[t] = _histLabel[h];
            item = _histParent[h];
        }
    }
}
