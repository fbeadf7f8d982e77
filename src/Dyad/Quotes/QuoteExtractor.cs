using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Quotes;

/// <summary>
/// The quotes stage: finds direct quotes by their marks and indirect (reported) speech by the clausal complements of
/// speech verbs, and attributes each to a speaker — the subject of its cue verb, the object of "according to", or the
/// speaker of the quote it continues — resolving pronouns and surnames to the article's named person or organisation,
/// and linking the speaker to <see cref="Document.Actors"/> (and its code) when the actors stage ran.
/// </summary>
public sealed class QuoteExtractor : IStage
{
    /// <summary>Sentences searched backwards for the antecedent of a speaker pronoun (the pronoun's own included).
    /// Chosen on the PolNeAR train split.</summary>
    private const int PronounLookbackSentences = 4;

    /// <summary>Paragraphs back a quote with no frame may look for the speaker of the quote it continues.
    /// Chosen on the PolNeAR train split.</summary>
    private const int ContinuationParagraphs = 1;

    /// <summary>Farthest a cue verb may stand from the quote, in frame tokens, when no speech verb is in the frame
    /// and the frame's own verb is taken. Chosen on the PolNeAR train split.</summary>
    private const int MaxFrameVerbDistance = 6;

    /// <summary>Words outside the quote marks that an indirect content may hold and still be the direct quote it
    /// contains ("that", "saying"); more make it a mixed quote. Chosen on the PolNeAR train split.</summary>
    private const int MaxUnquotedWordsOfDirect = 1;

    /// <summary>Most words a quoted run may have and still be a name or scare quote rather than a quotation.
    /// Chosen on the PolNeAR train split.</summary>
    private const int MaxFragmentWords = 4;

    /// <summary>Longest sentence, in tokens, read as the frame of the quote before it ("Trump said."). Chosen on the
    /// PolNeAR train split.</summary>
    private const int MaxCutFrameTokens = 6;

    /// <summary>Most punctuation, number and adverb tokens between a cue the parse left without a subject and the
    /// name before it ("Suu Kyi, 70, said"). Chosen on the PolNeAR train split.</summary>
    private const int MaxSubjectGap = 4;

    private readonly HashSet<int> _speechLemmas = [];
    private readonly HashSet<int> _cueLemmas = [];
    private readonly HashSet<int> _complementLemmas = [];
    private readonly HashSet<ulong> _cueForms = [];
    private readonly HashSet<ulong> _titleWords = [];
    private readonly ushort _verb, _aux, _pron, _propn, _noun, _det, _adj, _num, _adv;
    private readonly ushort _nsubj, _nsubjPass, _ccomp, _parataxis, _conj, _xcomp, _advcl, _relcl, _appos, _case, _fixed, _obj, _particle;
    private readonly ushort _person, _org;
    private readonly ulong _according, _to, _who, _which, _that, _he, _she, _i, _it, _him, _her;

    /// <summary>The shared instance (the stage holds no per-document state).</summary>
    public static QuoteExtractor Default { get; } = new();

    /// <summary>Builds the stage, interning the cue lexicon's lemmas.</summary>
    public QuoteExtractor()
    {
        foreach (var w in CueLexicon.Speech) { int id = Vocabulary.Shared.Intern(w); _speechLemmas.Add(id); _cueLemmas.Add(id); }
        foreach (var w in CueLexicon.Thought) _cueLemmas.Add(Vocabulary.Shared.Intern(w));
        foreach (var w in CueLexicon.Complement) { int id = Vocabulary.Shared.Intern(w); _complementLemmas.Add(id); _cueLemmas.Add(id); }
        _verb = Labels.Upos.Intern("VERB"); _aux = Labels.Upos.Intern("AUX"); _pron = Labels.Upos.Intern("PRON");
        _propn = Labels.Upos.Intern("PROPN"); _noun = Labels.Upos.Intern("NOUN"); _det = Labels.Upos.Intern("DET"); _adj = Labels.Upos.Intern("ADJ");
        _num = Labels.Upos.Intern("NUM"); _adv = Labels.Upos.Intern("ADV");
        foreach (var form in CueLexicon.SpeechForms()) _cueForms.Add(StringHash.OfNorm(form));
        foreach (var w in CueLexicon.TitleWords) _titleWords.Add(StringHash.OfNorm(w));
        _nsubj = Labels.Deprel.Intern("nsubj"); _nsubjPass = Labels.Deprel.Intern("nsubj:pass");
        _ccomp = Labels.Deprel.Intern("ccomp"); _parataxis = Labels.Deprel.Intern("parataxis");
        _conj = Labels.Deprel.Intern("conj"); _xcomp = Labels.Deprel.Intern("xcomp"); _advcl = Labels.Deprel.Intern("advcl");
        _relcl = Labels.Deprel.Intern("acl:relcl"); _appos = Labels.Deprel.Intern("appos");
        _case = Labels.Deprel.Intern("case"); _fixed = Labels.Deprel.Intern("fixed"); _obj = Labels.Deprel.Intern("obj"); _particle = Labels.Deprel.Intern("compound:prt");
        _person = Labels.Entity.Intern("PERSON"); _org = Labels.Entity.Intern("ORG");
        _according = Norm("according"); _to = Norm("to"); _who = Norm("who"); _which = Norm("which"); _that = Norm("that");
        _he = Norm("he"); _she = Norm("she"); _i = Norm("i"); _it = Norm("it");
        _him = Norm("him"); _her = Norm("her");
    }

    private static ulong Norm(string s) => StringHash.OfNorm(s);

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public Layers Reads => Layers.Tokens | Layers.Sentences | Layers.Tags | Layers.Lemmas | Layers.Parse | Layers.Entities;

    /// <inheritdoc />
    public Layers Writes => Layers.Quotes;

    /// <inheritdoc />
    public void Process(Document document)
    {
        document.Quotes.Clear();
        if (document.TokenCount == 0) return;
        var work = new Work(this, document);
        work.Run();
        document.Quotes.AddRange(work.Result);
    }

    /// <summary>The state of one document's extraction.</summary>
    private sealed class Work
    {
        private readonly QuoteExtractor _x;
        private readonly Document _doc;
        private readonly List<QuotedSpan> _spans;
        /// <summary>Per token: the quoted span holding it, or -1.</summary>
        private readonly int[] _inQuote;
        /// <summary>Per token: its paragraph number.</summary>
        private readonly int[] _paragraph;
        /// <summary>Per token: the entity span holding it, or -1.</summary>
        private readonly int[] _entityAt;
        private readonly List<Quote> _direct = [];
        private readonly List<Quote> _indirect = [];
        /// <summary>Cue tokens already used by direct quotes.</summary>
        private readonly HashSet<int> _directCues = [];

        public Work(QuoteExtractor x, Document doc)
        {
            _x = x;
            _doc = doc;
            _spans = QuoteMarks.Find(doc.Text);
            var tokens = doc.Tokens;
            _inQuote = new int[tokens.Length];
            _paragraph = new int[tokens.Length];
            _entityAt = new int[tokens.Length];
            Array.Fill(_inQuote, -1);
            Array.Fill(_entityAt, -1);
            int q = 0, para = 0;
            for (int t = 0; t < tokens.Length; t++)
            {
                if (t > 0 && (tokens[t].Flags & TokenFlags.ParagraphStart) != 0) para++;
                _paragraph[t] = para;
                while (q < _spans.Count && _spans[q].End <= tokens[t].Start) q++;
                if (q < _spans.Count && tokens[t].Start >= _spans[q].Start && tokens[t].End <= _spans[q].End) _inQuote[t] = q;
            }
            for (int e = 0; e < doc.Entities.Count; e++)
            {
                var s = doc.Entities[e];
                for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++) _entityAt[t] = e;
            }
        }

        public List<Quote> Result { get; } = [];

        public void Run()
        {
            var tokenRanges = new (int First, int Last)[_spans.Count];
            for (int q = 0; q < _spans.Count; q++) tokenRanges[q] = (-1, -1);
            for (int t = 0; t < _inQuote.Length; t++)
            {
                int q = _inQuote[t];
                if (q < 0) continue;
                if (tokenRanges[q].First < 0) tokenRanges[q].First = t;
                tokenRanges[q].Last = t;
            }
            // Reported speech first: a quote standing alone may continue the words of the speaker reported before it.
            FindIndirect();
            int nextIndirect = 0;
            Quote? previous = null;
            for (int q = 0; q < _spans.Count; q++)
            {
                var (first, last) = tokenRanges[q];
                if (first < 0 || IsFragment(q, first, last)) continue;
                while (nextIndirect < _indirect.Count && _indirect[nextIndirect].Start < _spans[q].Start)
                {
                    if (_indirect[nextIndirect].HasSpeaker) previous = _indirect[nextIndirect];
                    nextIndirect++;
                }
                var quote = AttributeDirect(q, first, last, previous);
                _direct.Add(quote);
                if (quote.HasSpeaker) previous = quote;
            }
            // A reported clause that holds a direct quote of the same cue plus words of its own is one mixed quote;
            // one whose cue a direct quote took, and that holds no quoted words, is that quote's frame misread.
            var dropped = new HashSet<Quote>();
            foreach (var ind in _indirect)
            {
                if (ind.Kind != QuoteKind.Mixed) continue;
                foreach (var d in _direct)
                    if (d.CueToken == ind.CueToken && d.Start >= ind.Start && d.End <= ind.End) dropped.Add(d);
            }
            foreach (var d in _direct) if (!dropped.Contains(d)) Result.Add(Link(d));
            foreach (var i in _indirect)
                if (i.Kind == QuoteKind.Mixed || !_directCues.Contains(i.CueToken)) Result.Add(Link(i));
            Result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        }

        /// <summary>
        /// A short quoted run that is a name or a scare quote rather than a quotation: a title ("State of the Union,"),
        /// a date, a few words right after a word of the sentence ("is “still in the game.”"), or a few words that do
        /// not end in punctuation of their own ("boasters").
        /// </summary>
        private bool IsFragment(int q, int first, int last)
        {
            var toks = _doc.Tokens;
            var text = _doc.Text;
            int words = 0;
            bool allCapitalized = true;
            for (int t = first; t <= last; t++)
            {
                if ((toks[t].Flags & TokenFlags.Punct) != 0) continue;
                words++;
                char c = text[toks[t].Start];
                if (!char.IsUpper(c) && !char.IsDigit(c) && !_x._titleWords.Contains(toks[t].Norm)) allCapitalized = false;
            }
            if (words > MaxFragmentWords) return false;
            if (words == 0 || allCapitalized) return true;
            // A few words right after a word of the sentence are part of it ("the plan is “still in the game.”").
            if (first > 0 && toks[first - 1].Sentence == toks[first].Sentence && (toks[first - 1].Flags & TokenFlags.Punct) == 0) return true;
            // Otherwise words that end in their own comma, period, question or exclamation mark are a quotation.
            var span = _spans[q];
            int k = span.End - 2;
            while (k > span.Start && (text[k] == '\u2019' || text[k] == '\'')) k--;
            return text[k] is not (',' or '.' or '?' or '!' or '\u2026');
        }

        // ---- direct quotes -------------------------------------------------------------------------------------

        private Quote AttributeDirect(int q, int first, int last, Quote? previous)
        {
            var span = _spans[q];
            var toks = _doc.Tokens;
            var quote = new Quote
            {
                Kind = QuoteKind.Direct, Start = span.Start, End = span.End, FirstToken = first, TokenCount = last - first + 1,
                SpansParagraphs = span.SpansParagraphs, Rule = "none",
            };
            // The frame: the words around the quote in its first and last sentences, up to the neighbouring quotes.
            var (lead0, lead1) = LeadingFrame(first);
            var (trail0, trail1) = TrailingFrame(last);
            int cue = -1;
            string rule = "cue-subject";
            // A speech verb in the frame, nearest to the quote (the trailing frame first on ties: "...," she said).
            int best = int.MaxValue;
            for (int t = trail0; t <= trail1; t++)
                if (IsSpeechCue(t) && t - last < best) { best = t - last; cue = t; }
            for (int t = lead1; t >= lead0; t--)
                if (IsSpeechCue(t) && first - t < best) { best = first - t; cue = t; }
            if (cue < 0)
            {
                int according = FindAccording(lead0, lead1, trail0, trail1);
                if (according >= 0) { cue = according; rule = "according-to"; }
            }
            if (cue < 0)
            {
                // A speech verb the tagger took for a noun, right after the quote's speaker ("...," Viguerie concludes.).
                for (int t = trail0; t <= trail1 && t - last <= MaxFrameVerbDistance; t++)
                    if (_x._cueForms.Contains(toks[t].Norm) && (t == trail1 || (toks[t + 1].Flags & TokenFlags.Punct) != 0)) { cue = t; rule = "cue-form"; break; }
            }
            if (cue < 0)
            {
                // No speech verb: a verb of the frame close to the quote, when the frame introduces it ("He addressed
                // the crowd: “...”") or follows it ("“...,” he began").
                for (int t = trail0; t <= trail1 && t - last <= MaxFrameVerbDistance; t++)
                    if (toks[t].Upos == _x._verb && HasSubject(t)) { cue = t; rule = "frame-verb"; break; }
                if (cue < 0 && lead1 >= lead0 && IsIntroducing(lead1))
                    for (int t = lead1; t >= lead0; t--)
                        if (toks[t].Upos == _x._verb && HasSubject(t)) { cue = t; rule = "frame-verb"; break; }
            }
            if (cue < 0 && DashSignature(last, trail0, trail1) is var (d0, d1) && d0 >= 0)
                return WithMention(quote, d1, d0, d1, "dash-name");
            if (cue < 0 && lead1 < lead0 && trail1 < trail0)
            {
                // A quote standing alone: introduced by the previous sentence ending in a colon, or continuing the
                // previous speaker's words.
                int prevSentence = toks[first].Sentence - 1;
                if (prevSentence >= 0)
                {
                    var ps = _doc.SentenceRecords[prevSentence];
                    int end = ps.FirstToken + ps.TokenCount - 1;
                    if (IsIntroducing(end))
                        for (int t = end - 1; t >= ps.FirstToken; t--)
                            if (_inQuote[t] < 0 && (IsSpeechCue(t) || toks[t].Upos == _x._verb) && HasSubject(t)) { cue = t; rule = "colon-lead"; break; }
                }
                if (cue < 0 && TrailingSentenceCue(last) is var next && next >= 0) { cue = next; rule = "next-sentence"; }
                if (cue < 0 && previous is not null && _paragraph[first] - _paragraph[previous.FirstToken + previous.TokenCount - 1] <= ContinuationParagraphs)
                    return quote with
                    {
                        SpeakerFirstToken = previous.SpeakerFirstToken, SpeakerTokenCount = previous.SpeakerTokenCount,
                        SpeakerHead = previous.SpeakerHead, SpeakerName = previous.SpeakerName,
                        NameFirstToken = previous.NameFirstToken, NameTokenCount = previous.NameTokenCount,
                        Rule = "continuation",
                    };
            }
            if (cue < 0) return quote;
            _directCues.Add(cue);
            var attributed = WithSpeaker(quote with { CueToken = cue }, cue, rule);
            if (!attributed.HasSpeaker && cue > last) attributed = SpeakerByPosition(attributed, cue, trail0, trail1, rule);
            if (!attributed.HasSpeaker && previous is not null && previous.Kind == QuoteKind.Direct
                && toks[previous.FirstToken + previous.TokenCount - 1].Sentence == toks[first].Sentence)
                // "“...,” he said, and then predicted: “...”": the cue's subject is the previous quote's speaker.
                attributed = attributed with
                {
                    SpeakerFirstToken = previous.SpeakerFirstToken, SpeakerTokenCount = previous.SpeakerTokenCount,
                    SpeakerHead = previous.SpeakerHead, SpeakerName = previous.SpeakerName,
                    NameFirstToken = previous.NameFirstToken, NameTokenCount = previous.NameTokenCount,
                    Rule = "same-sentence",
                };
            return attributed;
        }

        /// <summary>When the parse gives the cue no subject, the speaker is read from the frame's word order: the
        /// words between the quote and the cue ("...," Sarandon, 69, told MSNBC), else the words after a cue that
        /// follows the quote ("...," said Clinton's aide Jake Sullivan.).</summary>
        private Quote SpeakerByPosition(Quote quote, int cue, int trail0, int trail1, string rule)
        {
            var toks = _doc.Tokens;
            int m0 = trail0;
            while (m0 < cue && (toks[m0].Flags & TokenFlags.Punct) != 0) m0++;
            int m1;
            if (m0 < cue)
            {
                m1 = m0;
                while (m1 + 1 < cue && (toks[m1 + 1].Flags & TokenFlags.Punct) == 0) m1++;
            }
            else
            {
                m0 = cue + 1;
                if (m0 > trail1 || (toks[m0].Flags & TokenFlags.Punct) != 0 || !IsNominal(m0)) return quote;
                m1 = m0;
                while (m1 + 1 <= trail1 && (toks[m1 + 1].Flags & TokenFlags.Punct) == 0) m1++;
            }
            for (int t = m0; t <= m1; t++) if (toks[t].Upos == _x._verb || toks[t].Upos == _x._aux) return quote;
            return WithMention(quote, m1, m0, m1, rule + "+position");
        }

        private bool IsNominal(int t)
        {
            ushort u = _doc.Tokens[t].Upos;
            return u == _x._propn || u == _x._noun || u == _x._pron || u == _x._det || u == _x._adj || u == _x._num;
        }

        /// <summary>The cue of a short frame the segmenter cut off after a quote that ends in ? or ! ("“Is that all
        /// there is?” Trump said."), or -1.</summary>
        private int TrailingSentenceCue(int last)
        {
            var toks = _doc.Tokens;
            int s = toks[last].Sentence + 1;
            if (s >= _doc.SentenceCount || last + 1 >= toks.Length || _paragraph[last + 1] != _paragraph[last]) return -1;
            var rec = _doc.SentenceRecords[s];
            if (rec.TokenCount > MaxCutFrameTokens) return -1;
            int cue = -1;
            for (int t = rec.FirstToken; t < rec.FirstToken + rec.TokenCount; t++)
            {
                if (_inQuote[t] >= 0) return -1;
                if (cue < 0 && IsSpeechCue(t)) cue = t;
            }
            return cue >= 0 && HasSubject(cue) ? cue : -1;
        }

        /// <summary>A name signed after the quote with a dash ("“...” ― Jorge Falcon"), in the frame or as the next
        /// sentence: its first and last token, or (-1, -1).</summary>
        private (int First, int Last) DashSignature(int last, int trail0, int trail1)
        {
            var toks = _doc.Tokens;
            int t = trail0;
            if (trail1 < trail0)
            {
                if (last + 1 >= toks.Length || toks[last + 1].Sentence == toks[last].Sentence) return (-1, -1);
                t = last + 1;
            }
            if (t >= toks.Length || toks[t].End - toks[t].Start != 1 || !TextChars.IsDash(_doc.Text[toks[t].Start])) return (-1, -1);
            int n0 = t + 1, n1 = t;
            while (n1 + 1 < toks.Length && toks[n1 + 1].Sentence == toks[t].Sentence && toks[n1 + 1].Upos == _x._propn && _inQuote[n1 + 1] < 0) n1++;
            return n1 >= n0 ? (n0, n1) : (-1, -1);
        }

        private (int First, int Last) LeadingFrame(int first)
        {
            var sent = _doc.SentenceRecords[_doc.Tokens[first].Sentence];
            int t = first - 1;
            while (t >= sent.FirstToken && _inQuote[t] < 0) t--;
            return (t + 1, first - 1);
        }

        private (int First, int Last) TrailingFrame(int last)
        {
            var sent = _doc.SentenceRecords[_doc.Tokens[last].Sentence];
            int end = sent.FirstToken + sent.TokenCount;
            int t = last + 1;
            while (t < end && _inQuote[t] < 0) t++;
            return (last + 1, t - 1);
        }

        /// <summary>A token ending a frame that introduces what follows: a colon or comma.</summary>
        private bool IsIntroducing(int t)
        {
            var s = _doc.Text.AsSpan(_doc.Tokens[t].Start, _doc.Tokens[t].End - _doc.Tokens[t].Start);
            return s is ":" or ",";
        }

        private bool IsSpeechCue(int t)
        {
            ref readonly var d = ref _doc.Tokens[t];
            return _inQuote[t] < 0 && d.Upos == _x._verb && _x._cueLemmas.Contains(d.Lemma);
        }

        private int FindAccording(int lead0, int lead1, int trail0, int trail1)
        {
            var toks = _doc.Tokens;
            for (int t = trail0; t < trail1; t++) if (toks[t].Norm == _x._according && toks[t + 1].Norm == _x._to) return t;
            for (int t = lead0; t < lead1; t++) if (toks[t].Norm == _x._according && toks[t + 1].Norm == _x._to) return t;
            return -1;
        }

        // ---- indirect speech -----------------------------------------------------------------------------------

        private void FindIndirect()
        {
            var toks = _doc.Tokens;
            for (int v = 0; v < toks.Length; v++)
            {
                if (_inQuote[v] >= 0) continue;
                ref readonly var d = ref toks[v];
                if (d.Norm == _x._according && v + 1 < toks.Length && toks[v + 1].Norm == _x._to)
                {
                    AddAccording(v);
                    continue;
                }
                if (d.Upos != _x._verb || !_x._cueLemmas.Contains(d.Lemma)) continue;
                var sent = _doc.SentenceRecords[d.Sentence];
                int s0 = sent.FirstToken, s1 = sent.FirstToken + sent.TokenCount - 1;
                int c0 = -1, c1 = -1;
                for (int t = s0; t <= s1; t++)
                    if (toks[t].Head == v && toks[t].Deprel == _x._ccomp) { (c0, c1) = Extent(t, s0, s1); break; }
                if (c0 < 0 && (d.Deprel == _x._parataxis || d.Deprel == _x._ccomp) && d.Head >= 0 && d.Head < v)
                {
                    // "The plan is dead, she said": the reported clause is the head's, without the frame.
                    var (h0, _) = Extent(d.Head, s0, s1);
                    var (v0, _) = Extent(v, s0, s1);
                    c0 = h0; c1 = v0 - 1;
                }
                if (c0 < 0)
                {
                    // "declined to comment", "urged him to resign", "endorsed Cruz", "called Trump “unhinged”": the
                    // object and the infinitive clause of the verbs whose complement is what is said.
                    int obj = -1, xcomp = -1;
                    bool particle = false;
                    for (int t = s0; t <= s1; t++)
                    {
                        if (toks[t].Head != v || t < v) continue;
                        if (toks[t].Deprel == _x._obj && obj < 0) obj = t;
                        else if (toks[t].Deprel == _x._xcomp && xcomp < 0) xcomp = t;
                        else if (toks[t].Deprel == _x._particle) particle = true;
                    }
                    // "call off a visit" is not "call Trump a liar".
                    if (particle || !_x._complementLemmas.Contains(d.Lemma)) continue;
                    if (xcomp >= 0) (c0, c1) = Extent(xcomp, s0, s1);
                    if (obj >= 0)
                    {
                        var (o0, o1) = Extent(obj, s0, s1);
                        (c0, c1) = c0 < 0 ? (o0, o1) : (Math.Min(c0, o0), Math.Max(c1, o1));
                    }
                }
                if (c0 < 0) continue;
                (c0, c1) = TrimPunct(c0, c1);
                if (c1 < c0 || c0 <= v && v <= c1) continue;
                AddIndirect(v, c0, c1, "cue-subject");
            }
        }

        private void AddAccording(int according)
        {
            var toks = _doc.Tokens;
            int x = toks[according].Head;
            if (x < 0) return;
            int h = toks[x].Head;
            var sent = _doc.SentenceRecords[toks[according].Sentence];
            int s0 = sent.FirstToken, s1 = sent.FirstToken + sent.TokenCount - 1;
            if (h < 0 || h < s0 || h > s1) return;
            // The reported clause is the verb's the phrase hangs from, even when the parse attached it to a noun.
            for (int depth = 0; depth < 8 && toks[h].Upos != _x._verb && toks[h].Head >= s0 && toks[h].Head <= s1; depth++) h = toks[h].Head;
            var (h0, h1) = Extent(h, s0, s1);
            var (a0, a1) = Extent(x, s0, s1);
            a0 = Math.Min(a0, according);
            int c0, c1;
            if (a0 <= h0) { c0 = a1 + 1; c1 = h1; }
            else { c0 = h0; c1 = a0 - 1; }
            (c0, c1) = TrimPunct(c0, c1);
            if (c1 < c0) return;
            AddIndirect(according, c0, c1, "according-to");
        }

        private void AddIndirect(int cue, int c0, int c1, string rule)
        {
            var toks = _doc.Tokens;
            int unquoted = 0, quoted = 0;
            for (int t = c0; t <= c1; t++)
            {
                if (_inQuote[t] >= 0) { quoted++; continue; }
                if ((toks[t].Flags & TokenFlags.Punct) == 0 && toks[t].Norm != _x._that) unquoted++;
            }
            // The direct quote stands for a clause that is little more than it, or that it opens (the rest being
            // the frame misattached: "“...,” she told MSNBC when asked about ...").
            int lead = c0;
            while (lead < c1 && (toks[lead].Norm == _x._that || (toks[lead].Flags & TokenFlags.Punct) != 0 && _inQuote[lead] < 0)) lead++;
            if (quoted > 0 && (unquoted <= MaxUnquotedWordsOfDirect || _inQuote[lead] >= 0)) return;
            var quote = new Quote
            {
                Kind = quoted > 0 ? QuoteKind.Mixed : QuoteKind.Indirect,
                Start = toks[c0].Start, End = toks[c1].End, FirstToken = c0, TokenCount = c1 - c0 + 1, CueToken = cue, Rule = "none",
            };
            _indirect.Add(WithSpeaker(quote, cue, rule));
        }

        private (int, int) TrimPunct(int c0, int c1)
        {
            var toks = _doc.Tokens;
            while (c0 <= c1 && (toks[c0].Flags & TokenFlags.Punct) != 0 && _inQuote[c0] < 0) c0++;
            while (c1 >= c0 && (toks[c1].Flags & TokenFlags.Punct) != 0 && _inQuote[c1] < 0) c1--;
            return (c0, c1);
        }

        // ---- speakers ------------------------------------------------------------------------------------------

        private bool HasSubject(int v)
        {
            var toks = _doc.Tokens;
            var sent = _doc.SentenceRecords[toks[v].Sentence];
            for (int t = sent.FirstToken; t < sent.FirstToken + sent.TokenCount; t++)
                if (toks[t].Head == v && (toks[t].Deprel == _x._nsubj)) return true;
            return false;
        }

        /// <summary>The subject of a cue verb: its nsubj, else (for "adding", "and said") its governor's; the noun of
        /// "according to X"; the noun a "who said" clause modifies.</summary>
        private int Subject(int cue)
        {
            var toks = _doc.Tokens;
            if (toks[cue].Norm == _x._according) return toks[cue].Head;
            int v = cue;
            for (int depth = 0; depth < 4 && v >= 0; depth++)
            {
                var sent = _doc.SentenceRecords[toks[v].Sentence];
                for (int t = sent.FirstToken; t < sent.FirstToken + sent.TokenCount; t++)
                {
                    if (toks[t].Head != v || toks[t].Deprel != _x._nsubj || _inQuote[t] >= 0) continue;
                    if ((toks[t].Norm == _x._who || toks[t].Norm == _x._which || toks[t].Norm == _x._that) && toks[v].Deprel == _x._relcl)
                        return toks[v].Head;
                    return t;
                }
                var rel = toks[v].Deprel;
                if (rel != _x._conj && rel != _x._xcomp && rel != _x._advcl && rel != _x._parataxis) break;
                v = toks[v].Head;
            }
            return -1;
        }

        private Quote WithSpeaker(Quote quote, int cue, string rule)
        {
            int head = Subject(cue);
            var toks = _doc.Tokens;
            if (head < 0)
            {
                // The parse gave the cue no subject: the name just before it ("..., Suu Kyi, 70, said").
                int t = cue - 1, lo = Math.Max(_doc.SentenceRecords[toks[cue].Sentence].FirstToken, cue - MaxSubjectGap - 1);
                while (t >= lo && _inQuote[t] < 0 && ((toks[t].Flags & TokenFlags.Punct) != 0 || toks[t].Upos == _x._num || toks[t].Upos == _x._adv)) t--;
                if (quote.Kind != QuoteKind.Direct || t < lo || _inQuote[t] >= 0 || _entityAt[t] < 0 || !IsActorLabel(_doc.Entities[_entityAt[t]].Label))
                    return quote with { Rule = "none" };
                var e = _doc.Entities[_entityAt[t]];
                return WithMention(quote, t, e.FirstToken, e.FirstToken + e.TokenCount - 1, rule + "+position");
            }
            var sent = _doc.SentenceRecords[toks[head].Sentence];
            int s0 = sent.FirstToken, s1 = sent.FirstToken + sent.TokenCount - 1;
            var (m0, m1) = Extent(head, s0, s1);
            // The mention stops at quotes and at the cue's own words.
            for (int t = head; t >= m0; t--) if (_inQuote[t] >= 0 || t == cue) { m0 = t + 1; break; }
            for (int t = head; t <= m1; t++) if (_inQuote[t] >= 0 || t == cue) { m1 = t - 1; break; }
            (m0, m1) = TrimPunct(m0, m1);
            // "according to X": the mention is X, without its case words.
            while (m0 < head && (toks[m0].Deprel == _x._case || toks[m0].Deprel == _x._fixed)) m0++;
            if (m1 < m0) { m0 = m1 = head; }
            return WithMention(quote, head, m0, m1, rule);
        }

        private Quote WithMention(Quote quote, int head, int m0, int m1, string rule)
        {
            var toks = _doc.Tokens;
            var (n0, n1, coref) = Resolve(head, m0, m1);
            string mentionText = _doc.Text[toks[m0].Start..toks[m1].End];
            string? name = n0 >= 0 ? _doc.Text[toks[n0].Start..toks[n1].End] : null;
            return quote with
            {
                SpeakerFirstToken = m0, SpeakerTokenCount = m1 - m0 + 1, SpeakerHead = head,
                SpeakerName = name ?? mentionText,
                NameFirstToken = n0, NameTokenCount = n0 >= 0 ? n1 - n0 + 1 : 0,
                Rule = coref ? rule + "+coref" : rule,
            };
        }

        /// <summary>The named mention a speaker stands for: a person or organisation inside the mention (a surname
        /// widened to the full name given earlier), or for a pronoun the most salient person (he, she, I) or
        /// organisation (it) before it.</summary>
        private (int First, int Last, bool Coref) Resolve(int head, int m0, int m1)
        {
            var toks = _doc.Tokens;
            var ents = _doc.Entities;
            int best = -1;
            if (_entityAt[head] >= 0 && IsActorLabel(ents[_entityAt[head]].Label)) best = _entityAt[head];
            else
                for (int t = m0; t <= m1; t++)
                {
                    int e = _entityAt[t];
                    if (e < 0 || !IsActorLabel(ents[e].Label)) continue;
                    // A later person is the one a title before them names: "Clinton campaign manager Robby Mook" is Mook.
                    if (best < 0 || ents[e].Label == _x._person && (ents[best].Label != _x._person || e > best)) best = e;
                }
            if (best >= 0)
            {
                var span = ents[best];
                if (span.Label == _x._person && span.TokenCount == 1)
                {
                    ulong surname = toks[span.FirstToken].Norm;
                    for (int e = best - 1; e >= 0; e--)
                    {
                        var earlier = ents[e];
                        if (earlier.Label == _x._person && earlier.TokenCount > 1 && toks[earlier.FirstToken + earlier.TokenCount - 1].Norm == surname)
                            return (earlier.FirstToken, earlier.FirstToken + earlier.TokenCount - 1, true);
                    }
                }
                return (span.FirstToken, span.FirstToken + span.TokenCount - 1, false);
            }
            if (toks[head].Upos != _x._pron) return (-1, -1, false);
            ulong norm = toks[head].Norm;
            ushort want;
            if (norm == _x._he || norm == _x._she || norm == _x._i || norm == _x._him || norm == _x._her) want = _x._person;
            else if (norm == _x._it) want = _x._org;
            else return (-1, -1, false);
            int sentence = toks[head].Sentence;
            for (int s = sentence; s >= 0 && s > sentence - PronounLookbackSentences; s--)
            {
                var rec = _doc.SentenceRecords[s];
                int end = s == sentence ? head : rec.FirstToken + rec.TokenCount;
                int firstFound = -1, subjectFound = -1;
                for (int t = rec.FirstToken; t < end; t++)
                {
                    int e = _entityAt[t];
                    if (e < 0 || _inQuote[t] >= 0 || ents[e].Label != want) continue;
                    if (firstFound < 0) firstFound = e;
                    int eh = EntityHead(ents[e]);
                    if (toks[eh].Deprel == _x._nsubj || toks[eh].Deprel == _x._appos && subjectFound < 0) subjectFound = e;
                }
                int pick = subjectFound >= 0 ? subjectFound : firstFound;
                if (pick < 0) continue;
                var (p0, p1, _) = Resolve(EntityHead(ents[pick]), ents[pick].FirstToken, ents[pick].FirstToken + ents[pick].TokenCount - 1);
                return (p0, p1, true);
            }
            return (-1, -1, false);
        }

        private bool IsActorLabel(ushort label) => label == _x._person || label == _x._org;

        /// <summary>The token of an entity span whose head lies outside it (the span's syntactic head).</summary>
        private int EntityHead(EntitySpan span)
        {
            var toks = _doc.Tokens;
            int end = span.FirstToken + span.TokenCount;
            for (int t = span.FirstToken; t < end; t++)
                if (toks[t].Head < span.FirstToken || toks[t].Head >= end) return t;
            return end - 1;
        }

        /// <summary>The first and last token of a token's subtree, within a sentence.</summary>
        private (int, int) Extent(int h, int s0, int s1)
        {
            var toks = _doc.Tokens;
            int lo = h, hi = h;
            for (int t = s0; t <= s1; t++)
            {
                if (t >= lo && t <= hi) continue;
                int a = t;
                for (int depth = 0; depth < 64 && a >= 0 && a != h; depth++) a = toks[a].Head;
                if (a != h) continue;
                if (t < lo) lo = t;
                if (t > hi) hi = t;
            }
            return (lo, hi);
        }

        // ---- actors --------------------------------------------------------------------------------------------

        /// <summary>Links a quote's speaker to the actors stage's mention of the named mention it resolved to (so name
        /// and code agree), else of the speaker mention itself, taking the actor's code; the actor's canonical name
        /// replaces ours only when we had none or it is the fuller form of ours ("Barack Obama" for "Obama").</summary>
        private Quote Link(Quote quote)
        {
            var actors = _doc.Actors;
            if (actors.Count == 0 || !quote.HasSpeaker) return quote;
            int found = -1;
            if (quote.NameFirstToken >= 0) found = ActorAt(quote.NameFirstToken, quote.NameFirstToken + quote.NameTokenCount - 1);
            if (found < 0 || actors[found].Code is null)
            {
                int own = ActorAt(quote.SpeakerHead, quote.SpeakerHead);
                if (own < 0) own = ActorAt(quote.SpeakerFirstToken, quote.SpeakerFirstToken + quote.SpeakerTokenCount - 1);
                if (own >= 0 && (found < 0 || actors[own].Code is not null)) found = own;
            }
            if (found < 0) return quote;
            var a = actors[found];
            string? name = quote.SpeakerName;
            if (a.Name is { } theirs && (quote.NameFirstToken < 0
                || a.Kind == Actors.MentionKind.Person && name is not null && theirs.Length > name.Length && theirs.EndsWith(name, StringComparison.Ordinal)))
                name = theirs;
            return quote with { SpeakerActor = found, SpeakerCode = a.Code, SpeakerName = name };
        }

        private int ActorAt(int first, int last)
        {
            var actors = _doc.Actors;
            int best = -1;
            for (int i = 0; i < actors.Count; i++)
            {
                var a = actors[i];
                int a1 = a.FirstToken + a.TokenCount - 1;
                if (a.FirstToken > last || a1 < first) continue;
                if (best < 0 || a.HeadToken >= first && a.HeadToken <= last && a.Code is not null) best = i;
            }
            return best;
        }
    }
}
